import type { Token } from '../text/tokenize.ts';
import type { Sentence } from '../text/sentences.ts';
import type { RawQuote } from '../quotes/findQuotes.ts';
import { PARTY_STATE_TAG, ORG_KIND_BEFORE, MEMBERS_OF_BODY, NATIONALITY_NOUNS, GOES_BY, newEntity, type EntityIndex, type EntityDraft, type MentionDraft } from '../entities/findEntities.ts';
import { cueOf, invertibleCues, type CueInfo } from './cues.ts';
import { notAgents, placeWords } from '../data/entityWords.ts';
import { sourceNouns, singularSourceNouns, sourceDeterminers, sourceQualifiers, personTitles, organizationWords, ORG_NAME_ENDING, LEGAL_SUFFIX, postNominals, epithetHeads } from '../data/titles.ts';
import { labelNounsAfter, nonSpeechIntroducers, workNouns, speechNouns } from '../data/reportingVerbs.ts';
import { functionWords, silentPlaceEndings } from '../data/commonWords.ts';
import { skippable, clauseStoppers, auxiliaries, clauseOpeners, statePasts, subjectPronouns, cognitive, attributionPlaces, adverbial, cueDeterminers, directiveBases, companyNouns, orgRoleNouns, partyWords, oversightNouns, officialBodyEndings, notCompanies, notModified, quantifiers, numberWords, officeModifiers, indefinites, tellBases, listenerOpeners, oneWordListeners, clauseSubjects, lyNouns, genericOrgNouns, roleNouns, prepositionBefore, documentNouns, issuedDocuments, issuingVerbs, questionWords, determinersBeforeScare } from '../data/attributionWords.ts';
import { slugify } from '../text/slug.ts';
import { lowerBound } from '../text/lowerBound.ts';
import { modifierWord, pastTenseVerb, wordInfo } from '../entities/lexicon.ts';

/** A statement before ids are given. */
export interface StatementDraft {
  kind: 'direct' | 'partial' | 'indirect';
  start: number;
  end: number;
  speaker: string | null;
  speakerSpan: { start: number; end: number } | null;
  cue: string | null;
  cueSpan: { start: number; end: number } | null;
  sentenceStart: number;
  sentenceEnd: number;
}

interface Speaker {
  entity: string;
  start: number;
  end: number;
}

const SOURCE_NOUNS = new Set(sourceNouns);
const POST_NOMINALS = new Set(postNominals);
/** Words in -er or -or that name things, not people ("borders", "numbers"). */
const NOT_AGENTS = new Set<string>(notAgents);
/** Nationalities used as nouns for a person ("the Scot", "the Dutchman", "the Kenyan", "the Spaniard"). */
const nationalityNoun = (word: string): boolean => NATIONALITY_NOUNS.has(word) || (/^\p{Lu}/u.test(word) && wordInfo(word.toLowerCase()).demonym);
const SOURCE_DETERMINERS = new Set(sourceDeterminers);
const TITLE_WORDS = new Set(personTitles.filter((t) => !t.includes(' ')));
/** First words of titles of more than one word ("Battalion Chief", "Prime Minister"). */
const TITLE_OPENERS = new Set(personTitles.filter((t) => t.includes(' ')).map((t) => t.split(' ')[0] as string));
const ORG_WORDS = new Set(organizationWords);
const EPITHET_HEADS = new Set<string>(epithetHeads);
/** Place words that name a building which can speak for an office ("City Hall"), not a road, river or park. */
const PLACE_BUILDINGS = new Set(placeWords.filter((w) => !silentPlaceEndings.includes(w)));
const WORK_NOUNS = new Set(workNouns);
/** After a closing mark: ", a song …", ", her 2019 novel": the kind of work named in apposition (group 1). */
const WORK_AFTER = /^[”"’]?,?[”"’]?\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}\d-]+\s+){0,2}?(\p{L}+)\b/u;
const SPEECH_NOUNS = new Set(speechNouns);
const SKIPPABLE = new Set<string>(skippable);
const CLAUSE_STOPPERS = new Set<string>(clauseStoppers);
const AUXILIARIES = new Set<string>(auxiliaries);
const CLAUSE_OPENERS = new Set<string>(clauseOpeners);
const STATE_PASTS = new Set<string>(statePasts);
const SUBJECT_PRONOUNS = new Set<string>(subjectPronouns);
const COGNITIVE = new Set<string>(cognitive);
const ATTRIBUTION_PLACES = new Set<string>(attributionPlaces);
const ADVERBIAL = new Set<string>(adverbial);
/**
 * True when what follows a post-posed attribution ends the attribution: adverbials, or adverbials and then a comma
 * and another clause ("…, the company said on Thursday, after an investigation found…").
 */
function attributionTail(text: string): boolean {
  if (tailIsAdverbial(text)) return true;
  // "…, the company said on Monday, valuing it at about $400mn": a participle's clause after the attribution.
  // "…, the company said late Thursday, slightly above what analysts had expected": a comparison, too.
  const beforeComma = /^([^,]*),\s*(?:after|as|when|while|following|ending|adding|saying|citing|noting|which|amid|despite|in|with|but|and|the|a|an|its|his|her|their|compared|above|below|ahead|short|up|down|more|less|higher|lower|\p{Ll}+ing|\p{Ll}+ly)\b/iu.exec(text);
  if (beforeComma !== null && tailIsAdverbial(beforeComma[1] ?? '')) return true;
  // "…, prosecutors told Southwark Crown Court on Tuesday as her fraud trial opened.": a clause of circumstance
  // after the attribution's own adverbials.
  // Not "told reporters after a cabinet meeting that he regretted…": that tail holds what was said.
  const circumstance = /^(.*?)\s+(?:as|when|while|after|before|amid|shortly\s+after|hours\s+after|days\s+after)\s+\S/i.exec(text);
  return circumstance !== null && !/\bthat\b/i.test(text) && tailIsAdverbial(circumstance[1] ?? '');
}

/** "familiar with the talks", "close to the board": a source noun's qualifier running to the phrase's end. */
const SOURCE_QUALIFIER_TAILS = sourceQualifiers.map((q) => new RegExp(`^\\s+${q.replace(/\./g, '\\.')}\\b[^,.;:!?“”"]*$`, 'i'));

/** Things that bear words: signs, slogans, chants ("a banner that reads “…”"). */
const SIGN_NOUN = /^(?:banners?|signs?|placards?|slogans?|mottos?|mottoes|chants?|hashtags?|taglines?|posters?|graffiti|t-shirts?|billboards?|stickers?)$/;

/** A label noun right after a quote's closing mark ("the “If in doubt, leave early” message"). */
const LABEL_AFTER = new RegExp(`^[,.]?[”"’]?\\s+(?:${labelNounsAfter.join('|')})\\b`, 'i');

const CUE_DETERMINERS = new Set<string>(cueDeterminers);
const DIRECTIVE_BASES = new Set<string>(directiveBases);

/** "a Kremlin statement issued today", "the White House readout": a named issuer, then the document. */
const ISSUER_DOCUMENT = /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,4})(?:statement|communiqu[eé]|readout|release|letter|notice|memo)(?:\s+(?:issued|released|published|posted|sent|read\s+out)(?:\s+[\p{Ll}\p{N}][\p{L}\p{N}’'-]*){0,4})?\s*$/u;
const COMPANY_NOUNS = new Set<string>(companyNouns);
/** Last words of names that are not businesses. */
const SILENT_PLACE_ENDINGS = new Set(silentPlaceEndings);
const ORG_ROLE_NOUNS = new Set<string>(orgRoleNouns);
const PARTY_WORDS = new Set<string>(partyWords);
const OVERSIGHT_NOUNS = new Set<string>(oversightNouns);
const OFFICIAL_BODY_ENDINGS = new Set<string>(officialBodyEndings);
const NOT_COMPANIES = new Set<string>(notCompanies);
/** A lower-case word a quoted label can modify ("routine", "levels", "lists"). */
const MODIFIED_NOUN = /^\p{Ll}[\p{Ll}-]{2,}$/u;
const NOT_MODIFIED = new Set<string>(notModified);
/** "Residents of Willcox", "two people briefed on the talks": a description of more than one person. */
const pluralDescription = (text: string): boolean => {
  const words = text.toLowerCase().split(/\s+/);
  return NUMBER_WORDS.has(words[0] === 'the' ? (words[1] ?? '') : (words[0] ?? '')) || words.slice(0, 5).some((w) => SOURCE_NOUNS.has(w) && /(?:s|people|men|women|staff|police|crew|clergy)$/.test(w));
};
const QUANTIFIERS = new Set<string>(quantifiers);
const NUMBER_WORDS = new Set<string>(numberWords);
const OFFICE_MODIFIERS = new Set<string>(officeModifiers);
/** A nationality or regional adjective ("Spanish", "Nigerian", "Portuguese", "Dutch"). */
const demonymLike = (word: string): boolean => wordInfo(word.toLowerCase()).demonym || /^\p{Lu}\p{Ll}{2,}(?:ish|ese|ian|ean|an|i)$/u.test(word) || /^(?:French|Dutch|Greek|Swiss|Thai|Czech|Welsh|Scots|Kiwi|Basque|Catalan|Flemish)$/.test(word);
const INDEFINITES = new Set<string>(indefinites);
const TELL_BASES = new Set<string>(tellBases);
const LISTENER_OPENERS = new Set<string>(listenerOpeners);
const ONE_WORD_LISTENERS = new Set<string>(oneWordListeners);
const CLAUSE_SUBJECTS = new Set<string>(clauseSubjects);

const LY_NOUNS = new Set<string>(lyNouns);
/** The plural of a job or a title ("founders", "aldermen"), as a word for people. */
/** A role in the plural as written ("founders", "strategists"), not its singular. */
const pluralRoleWord = (lower: string): boolean => /s$/.test(lower) && pluralRole(lower);
/** A plural that names people by what they do ("strategists", "herders", "vendors"), not things ("borders"). */
const peoplePlural = (lower: string): boolean => pluralRoleWord(lower) || (/^\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents)$/u.test(lower) && !NOT_AGENTS.has(lower.slice(0, -1)));
const pluralRole = (lower: string): boolean => {
  const singular = lower.replace(/men$/, 'man').replace(/s$/, '');
  return ROLE_NOUNS.has(singular) || TITLE_WORDS.has(singular);
};

/** An adverb by its ending, not one of the -ly nouns. */
const adverb = (lower: string): boolean => /ly$/.test(lower) && !LY_NOUNS.has(lower);

/** True when what follows an attribution is only adverbials ("on Sunday", "in a statement to Reuters"). */
function tailIsAdverbial(text: string): boolean {
  const words = text.trim().replace(/[.!?]?[”"’]?$/, '').split(/\s+/).filter(Boolean);
  if (/^\s*,/.test(text)) return true; // a parenthetical attribution: "X, she added, and Y."
  // A name counts as one word: "in a filing to the Ho Chi Minh City Stock Exchange".
  const length = words.filter((w, i) => !(i > 0 && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(words[i - 1] ?? ''))).length;
  return length <= 10 && words.every((w) => ADVERBIAL.has(w.toLowerCase()) || ATTRIBUTION_PLACES.has(w.toLowerCase()) || ONE_WORD_LISTENERS.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w) || /day$/.test(w));
}
const GENERIC_ORG_NOUNS = new Set<string>(genericOrgNouns);
const ROLE_NOUNS = new Set<string>(roleNouns);
/** A sentence that opens with an unnamed person described in the singular, then a verb ("A retired teacher went next"). */
const SUBJECT_DESCRIPTION = new RegExp(`^\\s*(?:A|An|Another|One)\\s+(?:[\\p{Ll}’'.-]+\\s+){0,3}?(${[...new Set([...singularSourceNouns, ...roleNouns])].join('|')})(?=\\s+\\p{Ll})(?!\\s+(?:of|for|at|in|from|with|and|or)\\b)`, 'u');
/** An unnamed person in the singular: "a spokesperson for…", "one ward sister", "an official". */
const SINGULAR_DESCRIPTIONS = new RegExp(`\\b(?:a|an|one)\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?(${[...new Set([...singularSourceNouns, ...ROLE_NOUNS])].join('|')})\\b(?![’']?s\\b|-)`, 'giu');
/**
 * A named body's unnamed spokesperson ("the Kremlin’s spokesman", "the Prime Minister’s official spokesman"): one
 * person, too. Case matters: not "the mine’s".
 */
const NAMED_BODY_SPOKESPERSON = /\b[Tt]he\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*[’']s\s+(?:official\s+|chief\s+|deputy\s+)?(spokes(?:man|woman|person))\b/gu;
const CLAUSE_BREAK = /[;:]|,\s*(but|while|whereas|and|though|although)\s|\s(but|whereas|though|although)\s|[.!?]\s/;
const PREPOSITION_BEFORE = new Set<string>(prepositionBefore);
/** Words that name the same office ("Justice X" … "the judge said"). */
const TITLE_SYNONYMS: Record<string, string[]> = {
  judge: ['justice', 'magistrate', 'recorder'], justice: ['judge'], magistrate: ['judge'],
  ceo: ['chief executive', 'executive'], executive: ['ceo', 'chief executive'], boss: ['ceo', 'chief executive', 'chairman', 'chairwoman', 'head', 'director', 'manager', 'coach'],
  councillor: ['cllr', 'cllr.'], councilor: ['cllr', 'cllr.'], skipper: ['captain'],
  // "Amara Okonkwo-Reid, a professor of cardiology who led the study … the researcher said".
  researcher: ['professor', 'prof.', 'scientist', 'epidemiologist', 'physicist', 'biologist', 'chemist', 'astronomer', 'ecologist', 'climatologist', 'author', 'lecturer'],
  scientist: ['researcher', 'professor', 'epidemiologist', 'physicist', 'biologist', 'chemist', 'astronomer', 'ecologist'],
  chair: ['chairman', 'chairwoman', 'chairperson'], chairman: ['chair'], chairwoman: ['chair'],
  minister: ['secretary'], secretary: ['minister'], premier: ['prime minister'], manager: ['coach', 'head coach'], coach: ['manager', 'head coach'],
  lawyer: ['attorney', 'counsel', 'barrister', 'solicitor'], attorney: ['lawyer', 'counsel'], spokesperson: ['spokesman', 'spokeswoman'],
  spokesman: ['spokesperson'], spokeswoman: ['spokesperson'], officer: ['constable', 'detective', 'sergeant', 'inspector'], doctor: ['dr.', 'dr', 'physician', 'surgeon'],
  professor: ['prof.', 'prof'], president: ['head', 'leader', 'pres.'], leader: ['president', 'head'], mayor: ['mayor'],
  // "Gov. Marisol Quintanilla-Hart … the governor wrote": abbreviated titles name the same office.
  governor: ['gov.', 'gov'], senator: ['sen.', 'sen'], representative: ['rep.', 'rep', 'congressman', 'congresswoman'],
  congressman: ['rep.', 'representative'], congresswoman: ['rep.', 'representative'], general: ['gen.', 'gen'],
  lieutenant: ['lt.', 'lt'], sergeant: ['sgt.', 'sgt'], captain: ['capt.', 'capt', 'skipper'], superintendent: ['supt.', 'supt'],
  detective: ['det.', 'det'], inspector: ['insp.', 'insp'],
  admiral: ['adm.', 'adm'], colonel: ['col.', 'col'], commander: ['cmdr.', 'cmdr', 'cdr.'], major: ['maj.', 'maj'],
  corporal: ['cpl.', 'cpl'], brigadier: ['brig.', 'brig'], 'sergeant major': ['sgt. maj.'],
};
const DOCUMENT_NOUNS = new Set<string>(documentNouns);
/** Nouns for a body of people named by what they are a body of ("a group of bondholders", "a coalition of unions"). */
const COLLECTIVE_NOUNS = 'group|coalition|handful|bloc|consortium|band|collective|alliance';
/** "…, who streams as Rayo", "who is known as Kaiju": the capitalized name a described person goes by. */
const GOES_BY_NAME = new RegExp(`^[^.;:!?“”"]*?\\bwho\\s+(?:is\\s+known\\s+(?:online\\s+)?(?:as|by|under(?:\\s+the\\s+name)?)\\s+|${GOES_BY})(\\p{Lu}[\\p{L}\\p{N}_-]*)`, 'u');
const COLLECTIVE_NOUN = new RegExp(`^(?:${COLLECTIVE_NOUNS})$`);
/** "a group of offshore bondholders": the members (group 1) after the collective noun. */
const COLLECTIVE_OF = new RegExp(`^(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${COLLECTIVE_NOUNS})\\s+of\\s+(.+)$`, 'iu');
/** A sentence that opens with a subordinate clause holding the cue, before any comma ("When X said …, Y …"). */
const SUBORDINATE_OPENING = /^\s*(?:When|Whenever|After|Before|Because|Although|Though|Once|Until|If|Since)\s[^,;:]*$/;
const ISSUED_DOCUMENTS = new Set<string>([...documentNouns, ...issuedDocuments]);
const ISSUING_VERBS = new Set<string>(issuingVerbs);
const TEAM_LIKE = /^(motorsport|racing|mobility|health|energy|capital|partners|media|labs?|systems|group|holdings|technologies|airlines?|airways|rail|motors|foods|pharma|bio|network|studios?|records|entertainment)$/;
const TEAM_LIKE_NAME = /\b(?:athletic|united|city|rovers|wanderers|albion|fc|afc|sc|club|rangers|town|county|hotspur|racing|motorsport|team)\b|\b[A-Z][a-z]+s$|^(?:CD|FC|AC|CF|SC|SD|UD|AS|SS|SV|RC|FK|NK|KV|BK|IF|SK|PSV|VfB|VfL|RB|US|CA|CR|SE|EC)\s/i;
const QUESTION_WORDS = new Set<string>(questionWords);
const DETERMINERS_BEFORE_SCARE = new Set<string>(determinersBeforeScare);

interface Context {
  /** The file as it is, to see the markup the prose hides. */
  source: string;
  prose: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quotes: readonly RawQuote[];
  index: EntityIndex;
}

/**
 * Finds reported speech: attributes each quote to a cue and a speaker (after, before or around the quote,
 * continuing a speaker across a paragraph when a quote stands alone), leaves out scare quotes and titles, and
 * reads indirect speech ("X said that…", "…, X said.", "according to X") from cues outside quotes.
 */
export function attributeStatements(ctx: Context): StatementDraft[] {
  const { source, prose, tokens, sentences, quotes, index } = ctx;
  index.mentions.sort((a, b) => a.start - b.start);
  const mentionByEnd = new Map<number, MentionDraft>();
  const mentionByStart = new Map<number, MentionDraft>();
  for (const m of index.mentions) {
    const longer = mentionByEnd.get(m.end);
    if (!longer || longer.end - longer.start < m.end - m.start) mentionByEnd.set(m.end, m);
    const startHit = mentionByStart.get(m.start);
    if (!startHit || startHit.end - startHit.start < m.end - m.start) mentionByStart.set(m.start, m);
  }
  const sentenceIndexAt = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid] as Sentence).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo; // first token starting at or after offset
  };
  /** Index of the last quote opening at or before an offset (-1 when none). */
  const quoteIndexAt = (offset: number) => {
    let lo = 0;
    let hi = quotes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((quotes[mid] as RawQuote).open <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  // Quotes are sorted and do not overlap: a binary search tells whether an offset lies inside one.
  const insideQuote = (offset: number) => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid] as RawQuote;
      if (offset < q.open) hi = mid - 1;
      else if (offset >= (q.close ?? q.contentEnd)) lo = mid + 1;
      else return true;
    }
    return false;
  };

  // ---- groups, titles and places as speakers ----------------------------------------------------------------
  /**
   * A person known by one name at [start, end) ("Vaimoana", "mintleaf", "Rayo"), made if nobody holds the name's id;
   * null when the id is an organization's or a group's.
   */
  const personNamed = (name: string, start: number, end: number): Speaker | null => {
    const id = slugify(name);
    if (!id) return null;
    if (!index.entities.has(id)) index.entities.set(id, newEntity(id, name, 'person'));
    if (index.entities.get(id)?.type !== 'person') return null;
    if (!index.mentions.some((m) => m.start === start && m.entity === id)) index.mentions.push({ entity: id, start, end, form: 'name', possessive: false });
    return { entity: id, start, end };
  };

  /** "person" → "people", "spokesman" → "spokesmen", "friend" → "friends". */
  const pluralOf = (kind: string) => (kind === 'person' ? 'people' : kind.endsWith('man') ? `${kind.slice(0, -3)}men` : `${kind}s`);
  /** The latest mention, in the four sentences before `start`, of a group whose name matches `ofThatKind` and that has spoken. */
  const groupThatSpoke = (ofThatKind: RegExp, start: number): MentionDraft | undefined => {
    const from = (sentences[Math.max(0, sentenceIndexAt(start) - 4)] as Sentence).start;
    return index.mentions.filter((m) => m.end <= start && m.start >= from && index.entities.get(m.entity)?.type === 'group' && ofThatKind.test(index.entities.get(m.entity)?.name ?? '') && cues.some((c) => c.speaker?.entity === m.entity && (tokens[c.token] as Token).start < start)).at(-1);
  };

  const groupEntity = (description: string, start: number, end: number): Speaker => {
    // "the airport operator Isavia", "the digital rights group Open Wire Namora": a kind, then the name itself.
    const kindThenName = /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,4}((?:\p{Lu}[\p{L}\p{M}’'.&-]*\s*){1,4})$/u.exec(description.trim());
    // Not "a nurse in Ely": a preposition before the name makes it where the source is, not what it is called.
    if (kindThenName?.[1] && !SOURCE_NOUNS.has((description.trim().split(/\s+/).at(-1) ?? '').toLowerCase()) && !/\s(?:in|at|from|of|on|for|with|near|outside)\s+[\p{Lu}]/u.test(description)) {
      const name = kindThenName[1].trim();
      const nameStart = start + description.lastIndexOf(name);
      const known = [...index.entities.values()].find((e) => e.type !== 'group' && (e.name === name || e.aliases.has(name)));
      const id = known?.id ?? slugify(name);
      if (!known) index.entities.set(id, newEntity(id, name, 'organization'));
      index.mentions.push({ entity: id, start: nameStart, end, form: 'name', possessive: false });
      return { entity: id, start: nameStart, end };
    }
    // "Finance ministers from a dozen island states today": when they spoke is not part of who they are.
    const timeTail = /\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|(?:(?:on|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|afternoon|evening))?|(?:last|on)\s+(?:night|week))$/i.exec(description.trimEnd());
    if (timeTail) {
      end = start + description.trimEnd().length - timeTail[0].length;
      description = description.trimEnd().slice(0, -timeTail[0].length);
    }
    // "according to two people …, who said": the preposition is not part of who they are.
    // "But two people familiar with the matter said": the conjunction opens the sentence, not the description.
    const clean = description.replace(/\s+/g, ' ').trim().replace(/\s+(?:who|which|that|whose)$/i, '').replace(/^(?:but|and|yet|so|still|however,?)\s+(?=\S+\s)/i, '').replace(/^(?:according\s+to|to|by|from|with)\s+(?=\S)/i, '');
    const key = clean.replace(/^(the|a|an)\s+/i, '');
    // "Two people familiar with the family said …. One of them said …. “…,” that person said": a singular source
    // pointed back to is one of the plural group of its kind that spoke just before.
    const pointedBack = /^(?:(?:that|this|the)\s+)?(person|source|official|diplomat|insider|aide)$/i.exec(clean);
    const demonstrative = /^(?:that|this|the)\s/i.test(clean) || /(?:^|[^\p{L}])(?:that|this|the)\s+$/iu.exec(prose.slice(Math.max(0, start - 6), start)) !== null;
    if (pointedBack?.[1] && demonstrative) {
      const group = groupThatSpoke(new RegExp(`\\b${pluralOf(pointedBack[1].toLowerCase())}\\b`, 'i'), start);
      if (group) {
        index.mentions.push({ entity: group.entity, start, end, form: 'description', possessive: false });
        return { entity: group.entity, start, end };
      }
    }
    // "Friends of the star say …. “…,” one friend said", "Two guests described …; another guest said": one more of a
    // plural group that has just spoken is that group speaking again.
    // ("another" may stand just before the description found: "“…,” another guest said".)
    const oneMore = /^(?:one|another|a\s+(?:second|third|fourth))\s+([\p{L}-]+)$/iu.exec(clean) ?? (/^[\p{L}-]+$/u.test(clean) && /(?:^|[^\p{L}])another\s+$/iu.test(prose.slice(Math.max(0, start - 9), start)) ? [clean, clean] : null);
    // (Not "Another passenger, Guadalupe Ramírez Ochoa, posted": a name in apposition is who speaks.)
    if (oneMore?.[1] && !pointedBack && !/^,\s+\p{Lu}/u.test(prose.slice(end, end + 3))) {
      const group = groupThatSpoke(new RegExp(`(?:^|\\s)${pluralOf(oneMore[1].toLowerCase())}(?:\\s|$)`, 'i'), start);
      if (group) {
        // …still known as printed ("one friend"), for a reader who looks for that.
        index.entities.get(group.entity)?.aliases.add(clean);
        index.mentions.push({ entity: group.entity, start, end, form: 'description', possessive: false });
        return { entity: group.entity, start, end };
      }
    }
    // "his wife, who asked …, said", "her lawyers argued": whose they are is part of the description as printed.
    const owner = /(?:^|[^\p{L}])((?:his|her|their|its)\s+)$/iu.exec(prose.slice(Math.max(0, start - 7), start))?.[1]?.toLowerCase() ?? '';
    // "A spokesperson for the Environment Agency said … “…,” the spokesperson said": the definite one is the
    // spokesperson introduced last, and speaks for whom that one spoke for.
    if (/^the\s+spokes(?:man|woman|person)$/i.test(clean)) {
      const earlier = [...prose.slice(0, start).matchAll(/\bspokes(?:man|woman|person)\b/gi)].at(-1);
      if (earlier) {
        const at = earlier.index;
        const after = at + earlier[0].length;
        const owner = index.mentions.filter((m) => m.end <= start && index.entities.get(m.entity)?.type !== 'person' && (
          (m.start <= at && m.end >= after) ||
          (m.start >= after && /^\s+(?:for|of|at)\s+(?:the\s+)?$/i.test(prose.slice(after, m.start))) ||
          (m.end <= at && /^\s*$/.test(prose.slice(m.end, at))))).at(-1);
        if (owner) {
          index.mentions.push({ entity: owner.entity, start, end, form: 'description', possessive: false });
          return { entity: owner.entity, start, end };
        }
      }
    }
    const id = `group-${slugify(key)}`;
    if (!index.entities.has(id)) {
      // "the city's finance department" is also "finance department".
      const bare = key.replace(/^[\p{L}.]+[’']s\s+/u, '');
      const aliases = new Set(bare !== clean ? [bare, key] : []);
      if (owner && /^\p{Ll}/u.test(clean)) aliases.add(`${owner}${clean}`);
      // "a spokesman for Port of Antwerp-Bruges" speaks for the organization: its name is an alias of the source.
      const forOrg = /\b(?:spokes(?:man|woman|person|people)|representatives?|lawyers?|attorneys?)\s+(?:for|of|at)\s+(?:the\s+)?(.+)$/i.exec(key);
      if (forOrg?.[1]) aliases.add(forOrg[1]);
      // "a Department for Education spokesperson" speaks for the Department for Education.
      const orgBefore = /^(?:an?\s+|the\s+)?((?:\p{Lu}[\p{L}’'.&-]*\s+(?:(?:for|of|and|the)\s+)*){1,6})spokes(?:man|woman|person)$/u.exec(clean);
      if (orgBefore?.[1]) aliases.add(orgBefore[1].trim());
      // "Her critics in the Sejm" are also "critics in the Sejm".
      // "Your critics", "My late father" (in an interview's questions and answers) are "critics" and "father".
      const ownerless = /^(?:his|her|their|its|our|your|my)\s+(?:own\s+|late\s+)?(\S.*)$/i.exec(clean);
      if (ownerless?.[1]) aliases.add(ownerless[1]);
      // "Some commentators", "Many residents" are also "commentators", "residents".
      const unquantified = /^(?:some|many|several|most|few|a\s+few)\s+(\S.*)$/i.exec(clean);
      if (unquantified?.[1]) aliases.add(unquantified[1]);
      // "a group of offshore bondholders" is also "offshore bondholders".
      const members = COLLECTIVE_OF.exec(clean);
      if (members?.[1]) aliases.add(members[1]);
      // "Lawyers for the runner-up in Osun State’s governorship election" is also "Lawyers for the runner-up": the
      // description cut before each later qualifier, as long as its source noun stays in it.
      // "Two neighbours who live above the print works" is also "Two neighbours".
      const relative = /^(.+?)\s+(?:who|whose|that|which)\s/i.exec(clean);
      const personNoun = (w: string) => SOURCE_NOUNS.has(w) || ROLE_NOUNS.has(w) || pluralRole(w);
      if (relative?.[1] && relative[1].split(/\s+/).some((w) => personNoun(w.toLowerCase()))) aliases.add(relative[1]);
      // "A neighbor who called 911 and asked not to be named" is also "A neighbor who called 911".
      const firstVerb = relative ? /^(.+?\s+(?:who|whose)\s+.+?)\s+(?:and|but)\s/i.exec(clean) : null;
      if (firstVerb?.[1] && relative?.[1] && relative[1].split(/\s+/).some((w) => personNoun(w.toLowerCase()))) aliases.add(firstVerb[1]);
      // "A Qatari diplomat involved in the mediation" is also "A Qatari diplomat": cut before a participle, too.
      for (const cut of key.matchAll(/\s(?:in|at|from|on|with|of|for|over|about|because|since|after|involved|familiar|briefed|close|knowledgeable|speaking|participating|working)\s/gi)) {
        const shorter = key.slice(0, cut.index);
        if (cut.index > 0 && (shorter.includes(" ") || /s$/i.test(shorter)) && shorter.split(/\s+/).some((w) => personNoun(w.toLowerCase()))) aliases.add(shorter);
      }
      index.entities.set(id, newEntity(id, clean.replace(/^(the|a|an)\s+/i, (m) => m.toLowerCase()), 'group', { aliases, description: clean }));
    } else {
      if (clean !== index.entities.get(id)?.name) index.entities.get(id)?.aliases.add(clean);
      if (owner && /^\p{Ll}/u.test(clean)) index.entities.get(id)?.aliases.add(`${owner}${clean}`);
    }
    const mention: MentionDraft = { entity: id, start, end, form: 'description', possessive: false };
    index.mentions.push(mention);
    return { entity: id, start, end };
  };

  /** Words before a title that are part of an organization's name ("the Kelvinbridge manager"). */
  const organizationModifiers = (start: number, end: number): string[] => {
    const words: string[] = [];
    for (let k = tokenAt(start); tokens[k] && (tokens[k] as Token).end < end; k++) {
      const w = tokens[k] as Token;
      if (w.capitalized && !w.possessive && !functionWords.has(w.lower) && [...index.entities.values()].some((e) => e.type === 'organization' && e.name.toLowerCase().split(/\s+/).includes(w.lower))) words.push(w.lower);
    }
    return words;
  };

  const resolveTitle = (lowerWords: string[], start: number, end: number, before: number): Speaker | null => {
    // "the mayor", "the company", "the ministry": the actor most recently named with that role or word.
    const head = lowerWords.at(-1) as string;
    const heads = new Set([head, ...(TITLE_SYNONYMS[head] ?? [])]);
    // "the prime minister" is not the housing minister: a distinguishing word before the title must match too.
    const phrase = lowerWords.join(' ');
    const distinguished = lowerWords.length >= 2 && OFFICE_MODIFIERS.has(lowerWords.at(-2) ?? '');
    // "the Kelvinbridge manager" is not the manager given as "Dunmore Athletic manager": a title whose modifier
    // names an organization excludes people whose roles name another one.
    const orgModifiers = organizationModifiers(start, end);
    const otherOrganization = (e: EntityDraft) => orgModifiers.length > 0 && e.roles.some((r) => /\p{Lu}/u.test(r)) && !e.roles.some((r) => orgModifiers.some((w) => r.toLowerCase().split(/[\s’']+/).includes(w)));
    const candidates: EntityDraft[] = [...index.entities.values()].filter((e) =>
      e.type === 'person'
        ? [...e.roleWords].some((r) => (distinguished ? r === phrase || r.endsWith(` ${phrase}`) : heads.has(r) || [...heads].some((h) => r.endsWith(` ${h}`)) || phrase.endsWith(r))) && !otherOrganization(e)
        : e.type === 'organization' && e.name.toLowerCase().split(/\s+/).some((w) => heads.has(w)),
    );
    if (!candidates.length) return null;
    const recent = index.mentions.filter((m) => m.start < before && candidates.some((c) => c.id === m.entity)).at(-1);
    const entity = recent ? recent.entity : (candidates[0] as EntityDraft).id;
    index.mentions.push({ entity, start, end, form: 'title', possessive: false });
    return { entity, start, end };
  };

  /**
   * The organization "the company" or "the airline" stands for: the one named in the same sentence, else the one
   * the article names most often, nearer ones breaking ties.
   */
  const salientOrganization = (before: number, sentenceStart: number, sportsNoun = false, head = ''): string | null => {
    const scores = new Map<string, number>();
    const previousStart = (sentences[Math.max(0, sentenceIndexAt(sentenceStart) - 1)] as Sentence).start;
    // Only when the story names a public body is "the regulator" one of them; otherwise any organization may be.
    const officialBodies = OVERSIGHT_NOUNS.has(head) && index.mentions.some((m) => m.start < before && index.entities.get(m.entity)?.type === 'organization' && OFFICIAL_BODY_ENDINGS.has(index.entities.get(m.entity)?.name.toLowerCase().split(/\s+/).at(-1) ?? ''));
    for (const m of index.mentions) {
      if (m.start >= before) break;
      const org = index.entities.get(m.entity);
      if (org?.type !== 'organization') continue;
      // "the company" is not the dockers' union or the city council, however often they are named.
      // "Competition Commission of India": the kind of body may stand before "of".
      const kindWord = org.name.toLowerCase().split(/\s+of\s+/)[0]?.split(/\s+/).at(-1) ?? '';
      if (COMPANY_NOUNS.has(head) && (NOT_COMPANIES.has(org.name.toLowerCase().split(/\s+/).at(-1) ?? '') || NOT_COMPANIES.has(kindWord))) continue;
      // "the regulator said" after "the Therapeutic Goods Administration said": a public body, not the drugmaker.
      if (OVERSIGHT_NOUNS.has(head) && officialBodies && !OFFICIAL_BODY_ENDINGS.has(org.name.toLowerCase().split(/\s+/).at(-1) ?? '')) continue;
      // "the club said": a club's name ("Thornbury Athletic") before a league's.
      if (sportsNoun && !TEAM_LIKE_NAME.test(org.name)) continue;
      // "posted on Facebook", "wrote on X", "a Facebook post": where something was posted is no company the story is about.
      if (/(?:^|[^\p{L}])(?:on|via)\s+$/iu.test(prose.slice(Math.max(0, m.start - 5), m.start)) || /^\s+(?:post|posts|video|account|page|livestream|channel)\b/.test(prose.slice(m.end, m.end + 12))) continue;
      const sameSentence = m.start >= sentenceStart;
      // "Transport Scotland said … The agency said …": the body that spoke in the sentence before counts as much.
      const spokeJustBefore = !sameSentence && m.start >= previousStart && /^\s+(?:also\s+)?(?:said|says|told|added|warned|confirmed|announced|insisted|denied|denies|rejected|admitted|welcomed|declined)\b/.test(prose.slice(m.end, m.end + 20));
      scores.set(m.entity, (scores.get(m.entity) ?? 0) + (sameSentence || spokeJustBefore ? 3 : 1) + m.start / Math.max(1, before) / 10);
    }
    return [...scores.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };

  /**
   * "the park said" after "Ashcombe Wildlife Park", "the tribunal ruled" after "the Employment Appeal Tribunal": the
   * organization whose name ends in that noun, the latest one named before; a capitalized name in the copy that ends
   * in it becomes that organization when no entity holds it yet (a thing that speaks is not a place).
   */
  const namedByHead = (head: Token, before: number): string | null => {
    let best: { entity: string; start: number } | null = null;
    for (const m of index.mentions) {
      if (m.start >= before || (best && m.start < best.start)) continue;
      const entity = index.entities.get(m.entity);
      if (entity?.type === 'organization' && entity.name.toLowerCase().split(/\s+/).at(-1) === head.lower) best = m;
    }
    if (best) return best.entity;
    // A lead ("…, their union said on Sunday.") names the organization a paragraph later: look a little ahead too.
    let ahead: { entity: string; start: number } | null = null;
    for (const m of index.mentions) {
      if (m.start <= before || m.start > before + 1200 || (ahead && m.start > ahead.start)) continue;
      const entity = index.entities.get(m.entity);
      if (entity?.type === 'organization' && entity.name.includes(' ') && entity.name.toLowerCase().split(/\s+/).at(-1) === head.lower) ahead = m;
    }
    if (ahead) return ahead.entity;
    const capital = (head.text[0] ?? '').toUpperCase() + head.lower.slice(1);
    const pattern = new RegExp(`(?:\\p{Lu}[\\p{L}\\p{M}’'.-]*\\s+(?:(?:of|for|and|de)\\s+(?:the\\s+)?)?){1,4}${capital}\\b`, 'gu');
    let found: RegExpExecArray | null = null;
    for (const m of prose.slice(Math.max(0, before - 20_000), before).matchAll(pattern)) found = m;
    if (!found) return null;
    const offset = Math.max(0, before - 20_000) + found.index;
    const lead = /^(?:The|A|An|At|In|On|From|By|To)\s+/.exec(found[0]);
    const name = found[0].slice(lead?.[0].length ?? 0);
    if (name.split(/\s+/).length < 2) return null;
    const start = offset + (lead?.[0].length ?? 0);
    const id = slugify(name);
    const existing = index.entities.get(id);
    if (existing && existing.type !== 'organization') return null;
    if (!existing) index.entities.set(id, newEntity(id, name, 'organization'));
    index.mentions.push({ entity: id, start, end: start + name.length, form: 'name', possessive: false });
    return id;
  };

  /** A noun phrase of anonymous or titled sources ending at token k (inclusive), read leftwards. */
  /**
   * "The 64-year-old", "the 51-year-old professor" with nobody so titled: the person last named (not as a
   * possessive) in the three sentences before `start`, now also mentioned by the description [start, end).
   */
  /**
   * "Kasprzak’s lawyer, Samuel Achterberg, said …" then, about someone else, "Her lawyer said": a role held for one
   * person is not the same role held for another. True when `entity` was introduced as an owner's role and the
   * person the possessive pronoun `det` points to (the latest one of its gender) is not that owner.
   */
  const someoneElsesRole = (entity: string, det: string, at: number): boolean => {
    if (!['his', 'her', 'their'].includes(det)) return false;
    const named = index.mentions.find((m) => m.entity === entity && m.form === 'name');
    if (!named) return false;
    const owner = /(\p{Lu}[\p{L}’'-]*)[’']s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s*$/u.exec(prose.slice(Math.max(0, named.start - 60), named.start))?.[1];
    if (!owner) return false;
    const gender = det === 'her' ? 'female' : det === 'his' ? 'male' : null;
    const referent = index.mentions.filter((m) => m.end <= at && m.entity !== entity && index.entities.get(m.entity)?.type === 'person' && (gender === null || index.entities.get(m.entity)?.gender !== (gender === 'female' ? 'male' : 'female'))).at(-1);
    const referentName = referent ? (index.entities.get(referent.entity)?.name ?? '') : '';
    return referent !== undefined && !referentName.split(/\s+/).includes(owner);
  };

  /** Where "the story so far" starts for a description at `start`: three sentences back, or the paragraph before. */
  const recentFrom = (start: number): number => {
    const at = sentenceIndexAt(start);
    const block = (sentences[at] as Sentence).block;
    const paragraphBefore = sentences.find((x) => x.block >= block - 1)?.start ?? 0;
    return Math.min((sentences[Math.max(0, at - 3)] as Sentence).start, paragraphBefore);
  };
  const personWrittenAbout = (start: number, end: number): Speaker | null => {
    const from = recentFrom(start);
    const person = index.mentions.filter((m) => m.end <= start && m.start >= from && !m.possessive && index.entities.get(m.entity)?.type === 'person').sort((x, y) => x.start - y.start).at(-1);
    if (!person) return null;
    index.mentions.push({ entity: person.entity, start, end, form: 'description', possessive: false });
    return { entity: person.entity, start, end };
  };

  /**
   * "The Mexican", "the Dutchman said", "the Saudi driver": a nationality points to the subject of the nearest
   * sentence before that names a person (its first person, not a possessive or a name inside a quote), skipping
   * people already given another nationality ("the Saudi driver" is not "the Mexican").
   */
  const nationalities = new Map<string, string>();
  const nationalityReferent = (start: number, end: number, nationality: string): Speaker | null => {
    const at = sentenceIndexAt(start);
    const from = recentFrom(start);
    // Sentences of a quote in between ("…,” she said. “Nothing. …” The Dutchwoman said …) do not count as story.
    let quoted = 0;
    for (let si = at; si >= 0 && ((sentences[si] as Sentence).end > from || (quoted > 0 && at - si <= 3 + quoted)); si--) {
      const sentence = sentences[si] as Sentence;
      if (insideQuote(sentence.start) || /^[“"]/.test(prose.slice(sentence.start, sentence.start + 1))) quoted++;
      const people = index.mentions.filter((m) => m.start >= sentence.start && m.end <= Math.min(sentence.end, start) && !m.possessive && !insideQuote(m.start) && index.entities.get(m.entity)?.type === 'person' && (nationalities.get(m.entity) ?? nationality) === nationality).sort((x, y) => x.start - y.start);
      // "… by captain X, and their coach, Y, said …" then "the Dutchman told reporters": the one who spoke there, if
      // anyone did, is the one the story follows.
      // Not "Villanueva Paz, whose own agent, X, said …": a person the sentence opens with is its subject still.
      const opener = people[0] !== undefined && !/\p{Ll}/u.test(prose.slice(sentence.start, people[0].start));
      const spoke = opener ? undefined : people.find((m) => cues.some((c) => c.speaker?.entity === m.entity && c.sentence === si));
      const subject = spoke ?? people[0];
      if (!subject) continue;
      nationalities.set(subject.entity, nationality);
      index.mentions.push({ entity: subject.entity, start, end, form: 'description', possessive: false });
      return { entity: subject.entity, start, end };
    }
    return null;
  };

  const phraseEndingAt = (k: number, sentenceStart: number): Speaker | null => {
    const last = tokens[k];
    if (!last) return null;
    // "Belarusian state television", "Iranian state TV", "state radio": a state broadcaster speaks as printed.
    if (/^(?:television|tv|radio|broadcaster|media)$/.test(last.lower) && tokens[k - 1]?.lower === 'state' && (tokens[k - 1] as Token).start >= sentenceStart) {
      const from = k >= 2 && (tokens[k - 2] as Token).start >= sentenceStart && (tokens[k - 2] as Token).capitalized && demonymLike((tokens[k - 2] as Token).text) ? (tokens[k - 2] as Token) : (tokens[k - 1] as Token);
      return groupEntity(prose.slice(from.start, last.end), from.start, last.end);
    }
    const other = otherOfGroup(k);
    if (other) return other;
    // "The 64-year-old, whose term runs until 2027, told reporters": the person the story has been about.
    if (/^\d{1,3}-year-old$/.test(last.lower) && tokens[k - 1]?.lower === 'the') {
      const person = personWrittenAbout((tokens[k - 1] as Token).start, last.end);
      if (person) return person;
    }
    // "a person familiar with the talks": find a source noun followed by a qualifier that runs to k.
    for (let n = k; n >= Math.max(0, k - 9); n--) {
      const t = tokens[n] as Token;
      if (t.start < sentenceStart) break;
      // "its founders said", "the club's owners": a plural role speaks as a group, too.
      // "the star", "the influencer": a lower-case epithet is a title here (not "Beijing Evening Star").
      const epithetHead = EPITHET_HEADS.has(t.text);
      if (!SOURCE_NOUNS.has(t.lower) && !TITLE_WORDS.has(t.lower) && !peoplePlural(t.lower) && !epithetHead) continue;
      // "A person close to the insurers": the insurers are what the person is close to; the source is the person.
      if (n === k && tokens.slice(Math.max(0, k - 9), k).some((w) => w.start >= sentenceStart && SOURCE_NOUNS.has(w.lower) && SOURCE_QUALIFIER_TAILS.some((re) => re.test(prose.slice(w.end, last.end))))) continue;
      const tail = prose.slice(t.end, last.end);
      if (n !== k && !SOURCE_QUALIFIER_TAILS.some((re) => re.test(tail)) && !/^\s+(for|at|of|from|in|on|with|around|near|across)\s+(the\s+)?[^,.;:!?“”"]{1,60}$/i.test(tail)) continue;
      // Not "a spokesperson for Ardmore Water confirmed the talks but": a qualifier holds no verb of its own.
      if (n !== k && tokens.slice(n + 1, k + 1).some((w) => /^(?:and|but|or)$/.test(w.lower) || (cueOf(w.lower) && !cueOf(w.lower)?.ambiguous))) continue;
      // Extend left over determiners, numbers, adjectives and capitalized modifiers ("two senior U.S. officials").
      let a = n;
      while (a - 1 >= 0 && n - a < 8) {
        const p = tokens[a - 1] as Token;
        // "one OPEC+ delegate": a plus sign may end a capitalized name.
        // "More than 14,000 drivers": a thousands comma inside a number is no break.
        const thousands = /^\d{1,3}$/.test(p.text) && /^\d{3}$/.test((tokens[a] as Token).text) && prose.slice(p.end, (tokens[a] as Token).start) === ',';
        // "the club's owners", and "Workers' advocates", whose possessive is the apostrophe alone.
        const possessiveMark = p.possessive ? (/^[’']s?/.exec(prose.slice(p.end, p.end + 2))?.[0].length ?? 0) : 0;
        if (p.start < sentenceStart || (!/^\+?\s+$/.test(prose.slice(p.end + possessiveMark, (tokens[a] as Token).start)) && !thousands)) break;
        // "A Department for Business and Trade spokesperson": connectors inside a capitalized name before the noun.
        if (/^(?:for|of|and|&)$/.test(p.lower) && (tokens[a] as Token).capitalized && tokens[a - 2]?.capitalized && (tokens[a - 2] as Token).start >= sentenceStart) {
          a--;
          continue;
        }
        if (n - a >= 5 && !p.capitalized) break;
        if (SOURCE_DETERMINERS.has(p.lower) || p.capitalized || (n - a < 3 && !functionWords.has(p.lower) && !cueOf(p.lower) && !AUXILIARIES.has(p.lower) && !/ly$/.test(p.lower) && /^[\p{Ll}\d-]+$/u.test(p.text)) || /ly$/.test(p.lower) === false && /^(senior|junior|top|former|current|chief|local|western|eastern|foreign|federal|regional|national|international|independent|outside|unnamed|anonymous|other|several|two|three|four|five|six|some|many|few|more|most|government|administration|company|club|campaign|party|police|military|intelligence|security|industry|health|hospital|school|union|city|state|county|council|court|ministry|palace|embassy|team|defense|defence|legal|economic|financial|ruling|governing|opposition|coalition)$/.test(p.lower) || p.possessive) {
          a--;
          if (p.lower === 'the' || p.lower === 'a' || p.lower === 'an') break;
        } else break;
      }
      // "some of her own allies privately concede": an owner's pronoun, and a share of them, belong to the description.
      const ownerPronoun = tokens[a - 1];
      const share = tokens[a - 3];
      if (ownerPronoun && /^(?:his|her|their|its|our)$/.test(ownerPronoun.lower) && /[^s]s$/.test(t.lower) && tokens[a - 2]?.lower === 'of' && share && QUANTIFIERS.has(share.lower) && share.start >= sentenceStart && /^\s+$/.test(prose.slice(ownerPronoun.end, (tokens[a] as Token).start)) && !tokens.slice(a, n + 1).some((w) => SOURCE_DETERMINERS.has(w.lower) || w.possessive)) a -= 3;
      // "A group of offshore bondholders said": the collective noun and its "of" belong to the description.
      // "An ad hoc group of bondholders", "a small coalition of growers": up to two words may qualify the noun.
      const collective = tokens[a - 2];
      let detAt = a - 3;
      while (detAt > a - 6 && detAt >= 0 && !/^(?:a|an|the)$/.test((tokens[detAt] as Token).lower) && /^[\p{Ll}-]+$/u.test((tokens[detAt] as Token).text) && !functionWords.has((tokens[detAt] as Token).lower)) detAt--;
      const collectiveDet = tokens[detAt];
      if (tokens[a - 1]?.lower === 'of' && collective && collectiveDet && COLLECTIVE_NOUN.test(collective.lower) && /^(?:a|an|the)$/.test(collectiveDet.lower) && collectiveDet.start >= sentenceStart && /^[\p{Ll}\s-]*$/u.test(prose.slice(collectiveDet.end, collective.start)) && /^\s+$/.test(prose.slice(collective.end, (tokens[a - 1] as Token).start))) a = detAt;
      const first = tokens[a] as Token;
      // "Finance ministers from a dozen island states": the noun after "from" qualifies the head noun before it.
      const qualifier = tokens[a - 1];
      if (n === k && qualifier && qualifier.start >= sentenceStart && /^(?:from|of|in|at|for|with|representing)$/.test(qualifier.lower) && tokens.slice(Math.max(0, a - 5), a - 1).some((w) => w.start >= sentenceStart && SOURCE_NOUNS.has(w.lower) && !/[,;:.!?—–]/.test(prose.slice(w.end, qualifier.start)))) continue;
      const words = tokens.slice(a, n + 1).map((w) => w.lower);
      const text = prose.slice(first.start, last.end);
      const headIsTitle = epithetHead || TITLE_WORDS.has(t.lower) && !['official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman'].includes(t.lower) || (SOURCE_NOUNS.has(t.lower) && (words[0] === 'the' || tokens[a - 1]?.possessive));
      // "the diplomat" after "a senior diplomat": the same anonymous source, described again — unless a named
      // person with that title was mentioned more recently.
      // "the two sources" after "two people briefed on the talks": the same number names the same group again.
      const count = NUMBER_WORDS.has(words[1] ?? '') ? words[1] : undefined;
      const earlier = words[0] === 'the' && n === k ? [...index.entities.values()].filter((e) => e.type === 'group' && (e.description ?? '').toLowerCase().split(/\s+/).slice(0, 6).some((w, i) => w === t.lower || (count !== undefined && i <= 1 && w === count))).at(-1) : undefined;
      const lastMentionOf = (id: string) => index.mentions.reduce((at, m) => (m.entity === id && m.start < first.start && m.start > at ? m.start : at), -1);
      if (headIsTitle && n === k) {
        // "the 51-year-old professor": an age says nothing about which professor.
        const mark = index.mentions.length;
        const titled = resolveTitle(words.filter((w) => w !== 'the' && !/^\d+-year-old$/.test(w)), first.start, last.end, first.start);
        // "One ward sister", "a nurse": an indefinite description introduces someone new, not a person named
        // before — though a lead's "a judge said" may be the judge the story names later.
        const indefinite = INDEFINITES.has(words[0] ?? '');
        if (titled && indefinite && lastMentionOf(titled.entity) >= 0) index.mentions.splice(mark);
        else if (titled && someoneElsesRole(titled.entity, words[0] ?? '', first.start)) {
          index.mentions.splice(mark);
          return groupEntity(text, first.start, last.end);
        }
        else if (titled && (!earlier || lastMentionOf(titled.entity) > lastMentionOf(earlier.id))) return titled;
        // "the 51-year-old professor says" with nobody titled professor before: the person the story is about;
        // likewise a party or a nationality that sets the person apart ("X disagreed. The Labour councillor said").
        // "the former India seamer": a country (or a club, a party, a nationality) sets the person apart, too.
        const setApart = !/s$/.test(t.lower) && (tokens.slice(a + 1, n).some((w) => !w.possessive && (PARTY_WORDS.has(w.lower) || demonymLike(w.text) || (w.capitalized && wordInfo(w.lower).place))) || organizationModifiers(first.start, last.end).length > 0);
        // Not "the Omani official" after "An Omani official familiar with the talks": that source, described again.
        const sameSource = earlier !== undefined && tokens.slice(a + 1, n).every((w) => (earlier.description ?? '').toLowerCase().split(/\s+/).includes(w.lower));
        // "Lê was named man of the match. “…,” the midfielder said.": a bare singular title nobody holds is the
        // person the story has just been about.
        // Not "The Met Office said … The forecaster said": a body spoken of last may hold the title.
        const lastActorIsPerson = (): boolean => {
          const from = recentFrom(first.start);
          const lastActor = index.mentions.filter((m) => m.end <= first.start && m.start >= from && !m.possessive && !insideQuote(m.start)).sort((x, y) => x.start - y.start).at(-1);
          return lastActor !== undefined && index.entities.get(lastActor.entity)?.type === 'person';
        };
        // Not "has written to the commissioner asking her": the object of a preposition is nobody's subject.
        // "the reality star", "the former nursery nurse": an epithet may carry lower-case words before it.
        const epithet = words.length <= 4 && epithetHead && (words.length > 2 || !SOURCE_NOUNS.has(t.lower)) && tokens.slice(a + 1, n).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && !functionWords.has(w.lower) && !w.possessive);
        const bareTitle = (words.length === 2 || epithet) && (!SOURCE_NOUNS.has(t.lower) || epithet) && !/[^s]s$/.test(t.lower) && !titled && !sameSource && words[0] === 'the' && !(PREPOSITION_BEFORE.has(tokens[a - 1]?.lower ?? '') && /^\s+$/.test(prose.slice((tokens[a - 1] as Token).end, first.start))) && lastActorIsPerson();
        if (!titled && !sameSource && words[0] === 'the' && (setApart || bareTitle || words.some((w) => /^\d{1,3}-year-old$/.test(w)))) {
          // "the Saudi driver": a nationality among the words picks the person as "the Saudi" would.
          const demonym = tokens.slice(a + 1, n).find((w) => !w.possessive && nationalityNoun(w.text));
          const person = demonym ? nationalityReferent(first.start, last.end, demonym.lower) : personWrittenAbout(first.start, last.end);
          if (person) return person;
        }
      }
      if (words[0] === 'the' && n === k) {
        if (earlier) {
          index.mentions.push({ entity: earlier.id, start: first.start, end: last.end, form: 'description', possessive: false });
          return { entity: earlier.id, start: first.start, end: last.end };
        }
      }
      if (!SOURCE_NOUNS.has(t.lower) && n === k && (words[0] === 'the' || INDEFINITES.has(words[0] ?? ''))) {
        // "the minister" with nobody of that title named: an unnamed official.
        return groupEntity(text, first.start, last.end);
      }
      // "its founders said": a plural role after a possessive pronoun is a group of that owner's people.
      const ownersPeople = n === k && pluralRoleWord(t.lower) && /^(?:its|their|his|her)$/.test(tokens[a - 1]?.lower ?? '') && (tokens[a - 1] as Token).start >= sentenceStart;
      if (ownersPeople) return groupEntity(text, first.start, last.end);
      // "Democratic strategists in Lansing": a plural role needs no article to be a group.
      const pluralGroup = peoplePlural(t.lower) && (n === k || /^\s+(?:in|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}$/u.test(tail));
      if (!SOURCE_NOUNS.has(t.lower) && !pluralGroup && !(words[0] === 'a' || words[0] === 'an' || words[0] === 'the')) continue;
      return groupEntity(text, first.start, last.end);
    }
    // "the company", "the French culture ministry", "the club": an organization named before, or a new one.
    if (ORG_WORDS.has(last.lower) || GENERIC_ORG_NOUNS.has(last.lower)) {
      let a = k - 1;
      // "the state education department": a word that can be a verb ("state", "report") may modify the noun.
      while (a >= 0 && k - a <= 4 && (tokens[a] as Token).start >= sentenceStart && !['the', 'their', 'its', 'his', 'her', 'our'].includes((tokens[a] as Token).lower) && !(tokens[a] as Token).possessive && !(cueOf((tokens[a] as Token).lower) && !cueOf((tokens[a] as Token).lower)?.ambiguous)) a--;
      const det = tokens[a];
      if (det && (det.lower === 'the' || det.possessive || ['their', 'its', 'his', 'her', 'our'].includes(det.lower)) && det.start >= sentenceStart) {
        const modifiers = tokens.slice(a + 1, k);
        const first = det.lower === 'the' ? det : (tokens[a + 1] ?? last);
        const possessorIsName = det.possessive && det.capitalized;
        // "the company", "the ticketing company": the organization the story is about; "the French culture
        // ministry" (a capitalized modifier) names a new one.
        // "the Spanish club", "the English side": a nationality describes a club or a company; it does not name
        // one ("the Norwegian government" is a body of its own).
        // "the Charlotte, North Carolina-based lender": the place before "-based" describes the body, like an adjective.
        const basedAt = modifiers.findLastIndex((m) => /-based$/i.test(m.text));
        const plainModifiers = modifiers.slice(basedAt + 1).every((m) => !m.capitalized || /-\p{Ll}/u.test(m.text) || (demonymLike(m.text) && (COMPANY_NOUNS.has(last.lower) || /^(?:club|team|side|franchise)$/.test(last.lower)))) && GENERIC_ORG_NOUNS.has(last.lower);
        // "Mexico’s economy ministry" is Mexico's, not the organization named most often.
        const ownerNamed = possessorIsName && !index.entities.get(mentionByEnd.get(det.end)?.entity ?? '')?.name.toLowerCase().includes(last.lower);
        // "The culture ministry said" names a body of its own, not Interpol or a ministry of something else.
        const namedPortfolio = modifiers.length > 0 && modifiers.every((m) => !m.capitalized) && /^(?:ministry|department|agency|office|commission|directorate|bureau|inspectorate)$/.test(last.lower);
        if ((!modifiers.length || plainModifiers) && !namedPortfolio && (det.lower === 'the' || ['their', 'its'].includes(det.lower) || (possessorIsName && !ownerNamed))) {
          const titled = resolveTitle([last.lower], first.start, last.end, last.start);
          if (titled) return titled;
          const named = namedByHead(last, first.start);
          if (named) {
            index.mentions.push({ entity: named, start: first.start, end: last.end, form: 'title', possessive: false });
            return { entity: named, start: first.start, end: last.end };
          }
          // "Voltcairn, a Rotterdam-based start-up …, has raised $82mn …, the company said": the name the sentence
          // opens with, described as a business, before any other organization it mentions.
          const opened = COMPANY_NOUNS.has(last.lower) ? companyOpeningSentence(sentenceStart, first.start) : null;
          if (opened) {
            index.mentions.push({ entity: opened.entity, start: first.start, end: last.end, form: 'title', possessive: false });
            return { entity: opened.entity, start: first.start, end: last.end };
          }
          const sports = ['club', 'team', 'side', 'franchise'].includes(last.lower);
          const salient = GENERIC_ORG_NOUNS.has(last.lower) ? (sports ? salientOrganization(first.start, sentenceStart, true) : null) ?? salientOrganization(first.start, sentenceStart, false, last.lower) : null;
          if (salient) {
            index.mentions.push({ entity: salient, start: first.start, end: last.end, form: 'title', possessive: false });
            return { entity: salient, start: first.start, end: last.end };
          }
          // "Veltrane has defaulted on its bonds, the company said", with no company named before: the sentence's subject.
          const subject = COMPANY_NOUNS.has(last.lower) ? companyOpeningSentence(sentenceStart, first.start, true) : null;
          if (subject) {
            index.mentions.push({ entity: subject.entity, start: first.start, end: last.end, form: 'title', possessive: false });
            return { entity: subject.entity, start: first.start, end: last.end };
          }
        }
        // "the drivers’ union", "the growers’ cooperative": a plural common noun's possessive says whose members it
        // has, not which one it is (unlike "the governor’s office"); the organization named with that head, before
        // or just after, is the one.
        if (det.possessive && !det.capitalized && /s$/.test(det.lower) && (tokens[a - 1] as Token | undefined)?.lower === 'the' && !modifiers.length && GENERIC_ORG_NOUNS.has(last.lower)) {
          const named = namedByHead(last, det.start);
          if (named) {
            const from = (tokens[a - 1] as Token).start;
            index.mentions.push({ entity: named, start: from, end: last.end, form: 'title', possessive: false });
            return { entity: named, start: from, end: last.end };
          }
        }
        // "the FNV Havens union", "the Likud party": a capitalized name before a lower-case kind is the name itself,
        // and lower-case words before the name describe it ("the ultra-Orthodox Torah Unity party", "the governing
        // Georgian Dream party").
        const described = modifiers.findIndex((m) => m.capitalized);
        const named = described > 0 && modifiers.slice(0, described).every((m) => !m.capitalized && !m.possessive && /^\p{Ll}[\p{L}-]*$/u.test(m.text) && !functionWords.has(m.lower)) ? modifiers.slice(described) : modifiers;
        // Not "the Charlotte, North Carolina-based lender": where a body is based describes the one named before.
        if (det.lower === 'the' && named.length && named.every((m) => m.capitalized && !m.possessive) && !named.some((m) => /-based$/i.test(m.text)) && !last.capitalized && GENERIC_ORG_NOUNS.has(last.lower)) {
          const modifiers = named;
          const nameStart = (modifiers[0] as Token).start;
          const nameEnd = (modifiers.at(-1) as Token).end;
          const known = mentionByStart.get(nameStart);
          const knownEntity = known && known.end === nameEnd ? index.entities.get(known.entity) : undefined;
          if (knownEntity && knownEntity.type !== 'person') return { entity: knownEntity.id, start: nameStart, end: nameEnd };
          if (!knownEntity) {
            const name = prose.slice(nameStart, nameEnd);
            const id = slugify(name);
            const existing = index.entities.get(id);
            if (!existing) index.entities.set(id, newEntity(id, name, 'organization', { aliases: new Set([prose.slice(nameStart, last.end)]) }));
            if (!existing || existing.type === 'organization') {
              index.mentions.push({ entity: id, start: nameStart, end: last.end, form: 'name', possessive: false });
              return { entity: id, start: nameStart, end: last.end };
            }
          }
        }
        // "her group had written to both sides": a pronoun's organization nobody has named is not a new one called
        // "group".
        if (/^(?:her|his|their|its|our|my|your)$/.test(det.lower) && !tokens.slice(a + 1, k).some((m) => m.capitalized)) return null;
        // "The African Union's observer mission", "the governor's office": the owner is part of the name.
        const possessor = det.possessive ? (mentionByEnd.get(det.end) ?? null) : null;
        // "South Korea’s foreign ministry": capitalized words right before the possessor belong to its name.
        let possessorStart = det.start;
        for (let b = a - 1; !possessor && det.possessive && det.capitalized && b >= 0 && a - b <= 2; b--) {
          const w = tokens[b] as Token;
          if (!w.capitalized || w.start < sentenceStart || w.possessive || !/^\s+$/.test(prose.slice(w.end, (tokens[b + 1] as Token).start)) || (b === tokenAt(sentenceStart) && functionWords.has(w.lower))) break;
          possessorStart = w.start;
        }
        const nameStart = possessor ? possessor.start : det.possessive ? possessorStart : (tokens[a + 1] as Token).start;
        const name = prose.slice(nameStart, last.end);
        const id = slugify(name);
        if (!index.entities.has(id)) {
          // "The Organization of American States’ observer mission", "The Carabineros police force": the named
          // owner, and the name before the kind, are also how the copy refers to it.
          const aliases = new Set<string>();
          const owner = /^(.+?)[’']s?\s+(\p{L}.*)$/u.exec(name);
          if (owner?.[1] && /^\p{Lu}/u.test(owner[1]) && det.possessive) {
            // "The European Union’s Copernicus climate service" is also "Copernicus climate service".
            if (/^\p{Ll}/u.test(owner[2] ?? '')) aliases.add(owner[1]);
            if (owner[2]) aliases.add(owner[2]);
          }
          const lead = /^((?:\p{Lu}[\p{L}.&’'-]*\s+)+)\p{Ll}/u.exec(name);
          if (lead?.[1] && !det.possessive) aliases.add(lead[1].trim());
          // "the county attorney's office", "the prime minister's office": the lower-case words before the owner too.
          // "The California attorney general’s office", "Spokane County prosecutor’s office": a place before them, too.
          const ahead = /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+((?:[\p{L}][\p{L}-]*\s+){1,3})$/u.exec(prose.slice(Math.max(sentenceStart, nameStart - 40), nameStart)) ?? /(?:^|\s)((?:\p{Lu}[\p{L}-]*\s+){1,2})$/u.exec(prose.slice(Math.max(sentenceStart, nameStart - 30), nameStart));
          if (ahead?.[1]) aliases.add(`${ahead[1]}${name}`);
          index.entities.set(id, newEntity(id, name, 'organization', { aliases }));
        }
        index.mentions.push({ entity: id, start: nameStart, end: last.end, form: 'description', possessive: false });
        return { entity: id, start: nameStart, end: last.end };
      }
    }
    return null;
  };

  const placeSpeaker = (end: number): Speaker | null => {
    const place = index.places.find((p) => p.end === end);
    if (!place) return null;
    // "Tallon Ridge, which bought the chain, said" after "Tallon Ridge Capital": the organization, shortened.
    const longer = place.text.includes(' ') ? [...index.entities.values()].find((e) => e.type === 'organization' && e.name.startsWith(`${place.text} `)) : undefined;
    if (longer) {
      longer.aliases.add(place.text);
      index.mentions.push({ entity: longer.id, start: place.start, end: place.end, form: 'alias', possessive: false });
      return { entity: longer.id, start: place.start, end: place.end };
    }
    // "Alder Creek Road", "the Oshawa Centre terminal": a road, a river or a shopping centre never speaks for anyone.
    if (SILENT_PLACE_ENDINGS.has(place.text.toLowerCase().split(/\s+/).at(-1) ?? '')) return null;
    const id = slugify(place.text);
    if (!index.entities.has(id)) {
      index.entities.set(id, newEntity(id, place.text, 'organization', { description: `the government or authorities of ${place.text}` }));
    }
    index.mentions.push({ entity: id, start: place.start, end: place.end, form: 'alias', possessive: false });
    return { entity: id, start: place.start, end: place.end };
  };

  const theyResolve = (at: number): string | null => {
    // "they" as a speaker: the most recent group or organization that spoke or was named.
    let best: MentionDraft | undefined;
    let speaking: MentionDraft | undefined;
    const recentFrom = (sentences[Math.max(0, sentenceIndexAt(at) - 2)] as Sentence).start;
    for (const x of index.mentions) {
      if (x.start >= at || !['group', 'organization'].includes(index.entities.get(x.entity)?.type ?? '')) continue;
      // Of two descriptions starting at the same word, the longer one is the group ("two people briefed on the talks").
      if (!best || x.start > best.start || (x.start === best.start && x.end > best.end)) best = x;
      if (x.start >= recentFrom && !reportedAbout(x) && (!speaking || x.start > speaking.start || (x.start === speaking.start && x.end > speaking.end))) speaking = x;
    }
    // "The TGA said the impurity, known as NDMA, had been found. It added that …": what the last speaker talked
    // about is not who goes on speaking.
    return (speaking ?? best)?.entity ?? null;
  };
  /** A mention after "said" in its own sentence, inside what someone reported ("the TGA said the impurity, NDMA, …"). */
  const reportedAbout = (x: MentionDraft): boolean => {
    const sentence = sentences[sentenceIndexAt(x.start)] as Sentence;
    // "…, the European Commission said": a name just before its own verb is the one speaking.
    const next = tokens[tokenAt(x.end)];
    if (next && cueOf(next.lower) && /^\s+$/.test(prose.slice(x.end, next.start))) return false;
    for (let i = tokenAt(sentence.start); i < tokens.length && (tokens[i] as Token).end <= x.start; i++) {
      const t = tokens[i] as Token;
      if (/^(?:said|says|told|tells|added|adds|wrote|writes|stated|explained|noted|insisted|argued|warned|claimed)$/.test(t.lower) && !insideQuote(t.start)) return true;
    }
    return false;
  };

  /**
   * A capitalized word nobody introduced, as the subject of a cue ("Lumora said", "Okafor said"). In news copy
   * people are named in full first, so an unknown single name is taken for an organization unless the lexicon
   * knows it as a personal name.
   */
  const unknownNameSpeaker = (k: number, sentenceStart: number): Speaker | null => {
    const t = tokens[k];
    // "Malcolm Drummond KC, who …, told": letters after a name found already are not a new name.
    const named = t && k > 0 && POST_NOMINALS.has(t.text) ? mentionByEnd.get((tokens[k - 1] as Token).end) : undefined;
    if (named && index.entities.get(named.entity)?.type === 'person') return { entity: named.entity, start: named.start, end: named.end };
    // "Kestrelwave Audio, Inc. today announced": a legal suffix after a comma is the company named before it.
    if (t && k > 0 && LEGAL_SUFFIX.test(t.text)) {
      const company = mentionByEnd.get(prose.slice(0, t.start).replace(/,\s*$/, '').length);
      if (company && index.entities.get(company.entity)?.type === 'organization') return { entity: company.entity, start: company.start, end: company.end };
    }
    // "Cllr Imran Chaudhry (Con, Pensford North), the cabinet member …, said": a bracket after a person's name
    // holds their party and ward; the person speaks.
    if (t && /^\s*\)/.test(prose.slice(t.end, t.end + 3))) {
      const open = prose.lastIndexOf('(', t.start);
      const owner = open > sentenceStart && t.start - open < 60 && !prose.slice(open, t.start).includes(')') ? mentionByEnd.get(prose.slice(0, open).trimEnd().length) : undefined;
      if (owner && index.entities.get(owner.entity)?.type === 'person') return { entity: owner.entity, start: owner.start, end: owner.end };
    }
    // "Number 10 said", "No 10 insisted": the British prime minister's office, named by its door.
    const door = t?.text === '10' ? /(?:Number|No\.?)\s+$/.exec(prose.slice(Math.max(sentenceStart, t.start - 8), t.start)) : null;
    if (t && door) {
      const start = t.start - door[0].length;
      const id = 'number-10';
      if (!index.entities.has(id)) index.entities.set(id, newEntity(id, prose.slice(start, t.end), 'organization', { aliases: new Set(['Number 10', 'No 10', 'Downing Street']), description: 'the British prime minister’s office' }));
      if (index.entities.get(id)?.type === 'organization') {
        index.mentions.push({ entity: id, start, end: t.end, form: 'name', possessive: false });
        return { entity: id, start, end: t.end };
      }
    }
    // "“…,” mintleaf wrote", "“…,” z3ro said": a lower-case word nobody's dictionary holds, alone between a quote
    // and its verb, is the handle someone goes by online.
    if (t && !t.capitalized && /^[\p{Ll}\d_]{3,20}$/u.test(t.text) && /[,.!?]?[”"’]\s+$/.test(prose.slice(Math.max(0, t.start - 3), t.start)) && /^(?:said|says|wrote|writes|posted|posts|added|adds|told|tweeted|replied|commented)$/.test(tokens[k + 1]?.lower ?? '') && !functionWords.has(t.lower) && (/\d/.test(t.text) || (wordInfo(t.lower).common === false && !/s$/.test(t.lower) && !cueOf(t.lower) && !SOURCE_NOUNS.has(t.lower) && !peoplePlural(t.lower)))) {
      const person = personNamed(t.text, t.start, t.end);
      if (person) return person;
    }
    // "on Thursday", "in March": a day or a month never speaks.
    if (!t || !t.capitalized || t.possessive || functionWords.has(t.lower) || wordInfo(t.lower).calendar) return null;
    let a = k;
    while (a - 1 >= 0 && (tokens[a - 1] as Token).capitalized && !functionWords.has((tokens[a - 1] as Token).lower) && (tokens[a - 1] as Token).start >= sentenceStart && /^\s+$/.test(prose.slice((tokens[a - 1] as Token).end, (tokens[a] as Token).start)) && k - a < 3) a--;
    // "The Hague said", "The Generalitat said": a name after "The" is an institution or a place, not a person.
    const afterThe = tokens[a - 1]?.lower === 'the';
    // "“…,” the Dutchman said", "the Spaniard added": a nationality as a noun is the person the story is about.
    if (afterThe && a === k && nationalityNoun(t.text)) {
      const person = nationalityReferent((tokens[a - 1] as Token).start, t.end, t.lower);
      if (person) return person;
    }
    const first = tokens[a] as Token;
    // "Nice said" opening a sentence is likely a common word; "NICE said" is an acronym.
    if (a === k && first.start === sentenceStart && wordInfo(first.lower).common && !/^\p{Lu}{2,}$/u.test(first.text)) return null;
    if (TITLE_WORDS.has(first.lower) && a === k) return null;
    const name = prose.slice(first.start, t.end);
    const info = wordInfo(first.lower);
    // Two or three capitalized words before "said" are a person's name far more often than a company's.
    // "Democratic strategists in Lansing said": a place after a plural group of people is where they are.
    if (a === k && /^(?:in|at|from|near|outside|across|around)$/.test(tokens[a - 1]?.lower ?? '') && (tokens[a - 1] as Token).start >= sentenceStart) {
      const group = phraseEndingAt(k, sentenceStart);
      if (group && index.entities.get(group.entity)?.type === 'group') return group;
    }
    // "Sable said in a statement …. A spokesperson for Sable said": a name that issues statements and has
    // spokespeople is an organization, whatever else the word may be.
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const issuer = new RegExp(`\\b(?:spokes(?:man|woman|person)|representative|statement)\\s+(?:for|from|of)\\s+${escaped}\\b|\\b${escaped}\\s+said\\s+in\\s+a\\s+statement\\b`, 'u').test(prose);
    const broadcaster = /^(?:TV|Radio)\s/.test(name);
    // "Opposition TDs called for …": members of a body are a group.
    if (MEMBERS_OF_BODY.test(t.text)) return groupEntity(name, first.start, t.end);
    // "one Labour MP said", "a Tory MEP told": one member of a party, described, is an anonymous source.
    const member = tokens[k + 1];
    if (member && /^(?:MP|MEP|MSP|TD|MLA|MPP|MNA|MCA)$/.test(member.text) && /^\s+$/.test(prose.slice(t.end, member.start))) {
      // (Not "Kim Min-jun MSP said": the letters after a name.)
      const det = tokens[a - 1];
      if (det && /^(?:one|a|an|another|the)$/.test(det.lower) && det.start >= sentenceStart) return groupEntity(prose.slice(det.start, member.end), det.start, member.end);
    }
    // "The passenger association Pro Schiene warned": the kind of body stands before its name.
    const kindBefore = ORG_KIND_BEFORE.test(prose.slice(Math.max(sentenceStart, first.start - 60), first.start));
    // "City Hall said", "County Hall said": a building speaks for the office in it (not "Ferry Road").
    const building = k > a && info.firstName === null && (info.common || info.place) && PLACE_BUILDINGS.has(t.lower);
    const type = !afterThe && !issuer && !broadcaster && !kindBefore && !building && (info.firstName !== null || info.lastName || (k > a && !tokens.slice(a, k + 1).some((w) => ORG_WORDS.has(w.lower) || TEAM_LIKE.test(w.lower)) && !ORG_NAME_ENDING.test(t.lower))) ? 'person' : 'organization';
    const id = slugify(name);
    if (!id) return null;
    if (!index.entities.has(id)) index.entities.set(id, newEntity(id, name, type));
    index.mentions.push({ entity: id, start: first.start, end: t.end, form: 'name', possessive: false });
    return { entity: id, start: first.start, end: t.end };
  };

  /**
   * A name nobody has classified, ending at token k, in a place only an organization stands (an issuer of a
   * statement, before "which", in apposition to a kind of organization): made an organization if it is new.
   */
  function unknownOrganization(k: number, sentenceStart: number): Speaker | null {
    const had = new Set(index.entities.keys());
    const org = unknownNameSpeaker(k, sentenceStart);
    const created = org ? index.entities.get(org.entity) : undefined;
    if (created && !had.has(created.id)) created.type = 'organization';
    return created?.type === 'organization' ? org : null;
  }

  /**
   * The name a sentence opens with when an appositive calls it a business ("Quillon, the US accounting-software
   * company, will cut …", "Voltcairn, a Rotterdam-based start-up that …, has raised …"), as an organization.
   */
  function companyOpeningSentence(sentenceStart: number, before: number, subjectOnly = false): Speaker | null {
    // (Only after a comma, "…, the company said", and not a common word: "Crews restored power, but the company warned".)
    const subjectName = (text: string) => {
      const m = /,\s*$/.test(text) ? /^\s*(?:The\s+)?(\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3})\s+(?:has|had|is|was|will|would|plans|expects|\p{Ll}{3,}ed)\s/u.exec(text) : null;
      return m?.[1] && (m[1].includes(' ') || !wordInfo(m[1].toLowerCase()).common) ? m : null;
    };
    // "Song Hong Land, one of Vietnam's largest developers, has defaulted …, the company said": one of a kind, too.
    // "Veltrane has defaulted on its bonds, the company said": or (subjectOnly, when no company is salient) the name the
    // sentence opens with, as its subject; not "The" before it.
    const opening = prose.slice(sentenceStart, before);
    const m = /^\s*(\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3}),\s+(?:the|a|an|one\s+of)\s+[^,;]{0,80}?\b(?:compan(?:y|ies)|firms?|start-?ups?|groups?|makers?|manufacturers?|carriers?|airlines?|banks?|lenders?|insurers?|retailers?|chains?|developers?|operators?|platforms?|exchanges?|business(?:es)?|conglomerates?|producers?|suppliers?|publishers?|broadcasters?)\b/u.exec(subjectOnly ? '' : opening) ?? (subjectOnly ? subjectName(opening) : null);
    if (!m?.[1]) return null;
    const nameStart = sentenceStart + m[0].indexOf(m[1]);
    const nameEnd = nameStart + m[1].length;
    const known = mentionByStart.get(nameStart);
    if (known && known.end === nameEnd) return index.entities.get(known.entity)?.type === 'organization' ? { entity: known.entity, start: known.start, end: known.end } : null;
    return unknownOrganization(tokenAt(nameEnd) - 1, sentenceStart);
  }

  /** Where the gap after token k ends: the next token, or an opening bracket before it. */
  const open2 = (k: number) => {
    const next = tokens[k + 1] as Token;
    const paren = prose.indexOf('(', (tokens[k] as Token).end);
    return paren !== -1 && paren < next.start ? paren : next.start;
  };

  /** "…,” the statement said.": the words of whoever issued the statement just mentioned. */
  const documentSpeaker = (k: number, sentenceStart: number): Speaker | null => {
    const t = tokens[k];
    const det = tokens[k - 1];
    // "The bank’s statement said", "Harbour Rail’s letter said": the owner issued it.
    if (t && det && DOCUMENT_NOUNS.has(t.lower) && det.possessive && det.start >= sentenceStart) {
      const owner = mentionByEnd.get(det.end);
      if (owner && index.entities.get(owner.entity)?.type !== 'group') return { entity: owner.entity, start: owner.start, end: owner.end };
      if (!det.capitalized || tokens[k - 2]?.lower === 'the') {
        const phrase = phraseEndingAt(k - 1, sentenceStart);
        if (phrase && index.entities.get(phrase.entity)?.type === 'organization') return phrase;
      }
    }
    if (!t || !det || !DOCUMENT_NOUNS.has(t.lower) || !['the', 'its', 'their', 'his', 'her', 'a'].includes(det.lower)) return null;
    const earlier = cues.filter((c) => c.speaker && (tokens[c.token] as Token).start < det.start && (tokens[c.token] as Token).start >= sentenceStart - 2000).at(-1);
    return earlier?.speaker ?? null;
  };

  /** The anonymous group "one of them" or a bare "One" belongs to: the last plural group mentioned, two sentences back at most. */
  const partitiveOwner = (start: number, end: number): Speaker | null => {
    const from = (sentences[Math.max(0, sentenceIndexAt(start) - 2)] as Sentence).start;
    // A group that has spoken: "eleven prisoners" named since are not who "one of them" is.
    const spoke = (id: string) => cues.some((c) => c.speaker?.entity === id && !c.info.ambiguous && (tokens[c.token] as Token).start < start);
    const group = index.mentions.filter((m) => m.end <= start && m.start >= from && index.entities.get(m.entity)?.type === 'group' && pluralDescription(prose.slice(m.start, m.end)) && spoke(m.entity)).sort((x, y) => x.start - y.start).at(-1);
    if (!group) return null;
    index.mentions.push({ entity: group.entity, start, end, form: 'description', possessive: false });
    return { entity: group.entity, start, end };
  };

  /** The speaker named just before token `ci` ("Smith said", "the mayor, Ana Reyes, said", "officials say"). */
  /** "The other person", "the other one": the second member of the group of two described before. */
  const otherOfGroup = (k: number): Speaker | null => {
    const head = tokens[k];
    if (!head || !/^(?:one|person|source|official|diplomat|man|woman)$/.test(head.lower) || tokens[k - 1]?.lower !== 'other' || !/^(?:the|an)$/.test(tokens[k - 2]?.lower ?? '')) return null;
    return partitiveOwner((tokens[k - 2] as Token).start, head.end);
  };

  const speakerBefore = (ci: number, sentenceStart: number): Speaker | null => {
    // "A Kremlin statement issued today said", "a White House readout said": the document speaks for its issuer.
    const issued = ISSUER_DOCUMENT.exec(prose.slice(sentenceStart, (tokens[ci] as Token).start));
    if (issued?.[1]) {
      const nameStart = sentenceStart + issued.index + issued[0].indexOf(issued[1]);
      const nameEnd = nameStart + issued[1].trimEnd().length;
      const named = mentionByEnd.get(nameEnd);
      if (named && named.start >= nameStart && index.entities.get(named.entity)?.type !== 'person') return { entity: named.entity, start: named.start, end: named.end };
      if (!named) {
        // An issuer of statements is an institution, whatever its two capitalized words look like.
        const org = unknownOrganization(tokenAt(nameEnd) - 1, sentenceStart);
        if (org) return org;
      }
    }
    // "A mother whose sons attended the reading clubs said…": an unnamed person and the relative clause that
    // describes them, up to the verb.
    const relativeSubject = /^(?:(?:A|An|One|Another)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+|(?:[\p{Lu}][\p{Ll}-]+\s+)?[\p{L}-]+(?:s|men|people))\s+(?:whose|who)\s+[^,;:.!?“”"]{3,90}(?:,\s+(?:and\s+)?(?:whose|who)\s+[^,;:.!?“”"]{3,90},)?$/u.exec(prose.slice(sentenceStart, (tokens[ci] as Token).start).trimEnd());
    // "Residents who packed a town hall meeting said": a plural head must be a word for people.
    const pluralHead = relativeSubject && !/^(?:A|An|One|Another)\s/.test(relativeSubject[0]) ? (/(\S+)\s+(?:whose|who)\s/.exec(relativeSubject[0])?.[1] ?? '').toLowerCase() : null;
    // …or the plural of a role ("Two founders who applied for space").
    const peopleHead = pluralHead !== null && (SOURCE_NOUNS.has(pluralHead) || /people$/.test(pluralHead) || pluralRole(pluralHead));
    if (relativeSubject && (pluralHead === null || peopleHead) && !/\b(?:said|says|told|added)\b/.test(relativeSubject[0])) {
      let end = sentenceStart + relativeSubject[0].length;
      // "…said outside court that": the adverbials between the description and the verb are not part of it.
      while (end > sentenceStart && /[\s,]/.test(prose[end - 1] ?? '')) end--;
      return groupEntity(prose.slice(sentenceStart, end), sentenceStart, end);
    }
    let k = ci - 1;
    const skippable = (u: Token, at: number): number => {
      if (SKIPPABLE.has(u.lower) || (adverb(u.lower) && !u.capitalized)) return 1;
      // "Ordóñez on Thursday urged", "Seo today rejected": a time phrase between subject and verb.
      if (/^(?:today|yesterday|tonight)$/.test(u.lower)) return 1;
      if (wordInfo(u.lower).calendar && /^(?:on|late|early|last|this|next|in)$/.test(tokens[at - 1]?.lower ?? '')) return 2;
      return 0;
    };
    for (let n = k >= 0 ? skippable(tokens[k] as Token, k) : 0; n > 0 && k >= 0 && (tokens[k] as Token).start >= sentenceStart && /^\s+$/.test(prose.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start)); n = k >= 0 ? skippable(tokens[k] as Token, k) : 0) k -= n;
    // "Sorcha Brennan TD said": letters after the name are not the name.
    // "Howard T. Lindgren Jr. said": a suffix that ends a name found already is the name's.
    if (tokens[k] && POST_NOMINALS.has((tokens[k] as Token).text) && k > 0 && !mentionByEnd.has((tokens[k] as Token).end)) k--;
    // "Abena Owusu-Ansah, D-Md., told": a party-state tag between commas belongs to the legislator before it.
    const tag = tokens[k];
    if (tag && k > 0 && PARTY_STATE_TAG.test(tag.text) && /^\s*,\s*$/.test(prose.slice((tokens[k - 1] as Token).end, tag.start)) && /^\.?\s*,\s*$/.test(prose.slice(tag.end, (tokens[k + 1] as Token).start))) {
      const legislator = mentionByEnd.get((tokens[k - 1] as Token).end);
      if (legislator && index.entities.get(legislator.entity)?.type === 'person') return { entity: legislator.entity, start: legislator.start, end: legislator.end };
    }
    let t = tokens[k];
    if (!t || t.start < sentenceStart) return null;
    // "The UN Office for … Affairs (OCHA) said": step over a bracketed acronym.
    if (/^\s*\)\s*$/.test(prose.slice(t.end, (tokens[k + 1] as Token).start)) && k >= 1) {
      const open = prose.lastIndexOf('(', t.start);
      if (open > sentenceStart && t.start - open < 40) {
        while (k > 0 && (tokens[k] as Token).start > open) k--;
        t = tokens[k] as Token;
      }
    }
    const gapText = prose.slice(t.end + (t.possessive && /^[’']s/.test(prose.slice(t.end, t.end + 2)) ? 2 : 0), open2(k));
    if (/^\s*$/.test(gapText)) {
      // "…, one of them said", "One of them said", "Several told reporters": some of the anonymous group just
      // described speak for it.
      if (t.lower === 'them' && tokens[k - 1]?.lower === 'of' && QUANTIFIERS.has(tokens[k - 2]?.lower ?? '') && (tokens[k - 2] as Token).start >= sentenceStart) {
        const group = partitiveOwner((tokens[k - 2] as Token).start, t.end);
        if (group) return group;
      }
      if (QUANTIFIERS.has(t.lower) && t.start === sentenceStart) {
        const group = partitiveOwner(t.start, t.end);
        if (group) return group;
      }
      const m = mentionByEnd.get(t.end);
      // "…, people close to him said": an object pronoun ends the source's description; it is not the subject.
      if (m?.form === 'pronoun' && /^(?:him|her|them)$/.test(t.lower)) {
        const phrase = phraseEndingAt(k, sentenceStart);
        return phrase && index.entities.get(phrase.entity)?.type === 'group' ? phrase : null;
      }
      const mStart = m ? tokenAt(m.start) : -1;
      // "Republicans on the Homeland Security Committee said": "the" may stand between, and "on" serves too.
      const prepAt = m !== undefined && mStart > 1 && (tokens[mStart - 1] as Token).lower === 'the' ? mStart - 2 : mStart - 1;
      // Not "“… the year we move in,” she said": a closing mark between the words ends the phrase.
      const inPrepositionalPhrase = m !== undefined && prepAt >= 0 && ['in', 'at', 'along', 'near', 'across', 'around', 'from', 'outside', 'inside', 'on'].includes((tokens[prepAt] as Token).lower) && (tokens[prepAt] as Token).start >= sentenceStart && /^\s+(?:the\s+)?$/i.test(prose.slice((tokens[prepAt] as Token).end, m.start));
      // "Allies of Ms Nwachukwu said", "Friends of the singer told": the people around someone speak, not that person.
      if (m && index.entities.get(m.entity)?.type === 'person') {
        let p = mStart - 1;
        while (p > 0 && (TITLE_WORDS.has((tokens[p] as Token).lower) || /^(?:mr|mrs|ms|dr|sir|dame|lord|lady)\.?$/i.test((tokens[p] as Token).text))) p--;
        const head = tokens[p - 1];
        if (p > 0 && (tokens[p] as Token).lower === 'of' && head && head.start >= sentenceStart && /[^s]s$/.test(head.lower) && (SOURCE_NOUNS.has(head.lower) || peoplePlural(head.lower))) {
          const group = phraseEndingAt(k, sentenceStart);
          if (group && index.entities.get(group.entity)?.type === 'group') return group;
        }
      }
      if (m && inPrepositionalPhrase) {
        // "Detectives investigating break-ins in Eastwick said": the place is not the subject; the sentence's first
        // noun phrase is.
        const first = tokens[tokenAt(sentenceStart)];
        const people = (w: string) => SOURCE_NOUNS.has(w) || peoplePlural(w);
        // "Two tour operators in George Town said": people named right before the place, whatever opens the sentence.
        const headBefore = tokens[prepAt - 1];
        if (headBefore && headBefore.start >= sentenceStart && /[^s]s$/.test(headBefore.lower) && people(headBefore.lower) && /^\s+$/.test(prose.slice(headBefore.end, (tokens[prepAt] as Token).start))) {
          const group = phraseEndingAt(prepAt - 1, sentenceStart);
          if (group && index.entities.get(group.entity)?.type === 'group') return groupEntity(prose.slice(group.start, m.end), group.start, m.end);
        }
        // "A crew member reached by phone in Luanda said": the head may be the third word.
        const f0 = tokenAt(sentenceStart);
        const headAt = [f0, f0 + 1, f0 + 2].find((h) => h < prepAt && tokens[h] !== undefined && people((tokens[h] as Token).lower) && (h === f0 || tokens.slice(f0, h).every((w) => !w.capitalized || h === f0 + 1 || /^(?:A|An|One|Another|The)$/.test(w.text))));
        if (first && headAt !== undefined) {
          const head = headAt;
          const group = phraseEndingAt(head, sentenceStart);
          // "Scientists at Northfield University said": the source noun and its organization are one description.
          if (group && head + 1 === prepAt) return groupEntity(prose.slice(group.start, m.end), group.start, m.end);
          if (group) return group;
        }
      }
      if (m && !t.possessive) {
        if (index.entities.get(m.entity)?.type === 'organization') {
          // "Two people familiar with the deliberations of the Finance Committee said": the committee is what the
          // sources know about; they are the speakers.
          if (/\b(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|privy\s+to|with\s+knowledge\s+of)\s[^,.;:!?“”"]*$/i.test(prose.slice(Math.max(sentenceStart, m.start - 80), m.start))) {
            const group = phraseEndingAt(tokenAt(m.end) - 1, sentenceStart);
            if (group && group.start < m.start && index.entities.get(group.entity)?.type === 'group') return group;
          }
          // "Two former colleagues on the Court of Appeal said": "the" may stand between.
          const j = tokenAt(m.start) - 1 - (tokens[tokenAt(m.start) - 1]?.lower === 'the' ? 1 : 0);
          const via = tokens[j];
          const noun = tokens[j - 1];
          if (via && noun && ['at', 'from', 'of', 'with', 'on'].includes(via.lower) && (SOURCE_NOUNS.has(noun.lower) || pluralRoleWord(noun.lower)) && noun.start >= sentenceStart) {
            const group = phraseEndingAt(j - 1, sentenceStart);
            if (group) {
              const entity = index.entities.get(group.entity);
              const text = prose.slice(group.start, m.end);
              if (entity && entity.type === 'group') return groupEntity(text, group.start, m.end);
            }
          }
          const person = via && ['of', 'at', 'from', 'for', 'with'].includes(via.lower) && tokens[j - 1] ? mentionByEnd.get((tokens[j - 1] as Token).end) : undefined;
          if (person && index.entities.get(person.entity)?.type === 'person') return { entity: person.entity, start: person.start, end: person.end };
          // "Priya Raghunathan of Kurobe Securities in Tokyo wrote": back over a chain of "of X in Y" to the person.
          // "Oluwaseun Bakare of the Lagos-based Debt Justice Collective said": "the" and a place adjective may stand between.
          let link = m;
          for (let step = 0; step < 3; step++) {
            let at = tokenAt(link.start) - 1;
            while (at > 0 && /^(?:the|\p{L}+-based)$/u.test((tokens[at] as Token).lower) && (tokens[at] as Token).start >= sentenceStart) at--;
            const p = tokens[at];
            const owner = p && /^(?:of|at|from|in|with)$/.test(p.lower) && p.start >= sentenceStart ? mentionByEnd.get((tokens[at - 1] as Token | undefined)?.end ?? -1) : undefined;
            if (!owner) break;
            if (index.entities.get(owner.entity)?.type === 'person') return { entity: owner.entity, start: owner.start, end: owner.end };
            link = owner;
          }
        }
        return { entity: m.entity, start: m.start, end: m.end };
      }
      if (t.lower === 'who' || t.lower === 'which') {
        // "led by Gilberto Sandoval, a restaurant owner who said": the person the description is in apposition to.
        const described = /,(?:\s*\d{1,3},)?\s+(?:a|an|the|his|her|their)\s+[^,;:.!?“”"]{1,60}\s+$/.exec(prose.slice(sentenceStart, t.start));
        if (t.lower === 'who' && described && !/^\s*,\s*$/.test(prose.slice((tokens[k - 1] as Token).end, t.start))) {
          const owner = mentionByEnd.get(sentenceStart + described.index);
          if (owner && index.entities.get(owner.entity)?.type === 'person') return { entity: owner.entity, start: owner.start, end: owner.end };
        }
        // "a masked man who said…", "Officials who said…": the noun phrase right before "who".
        const antecedent = tokens[k - 1];
        if (t.lower === 'who' && antecedent && antecedent.start >= sentenceStart && /^\s+$/.test(prose.slice(antecedent.end, t.start))) {
          // "a nurse in Ely who had written": the description around the place, not the place.
          const named = mentionByEnd.get(antecedent.end);
          const phrase = phraseEndingAt(k - 1, sentenceStart);
          if (phrase && (!named || phrase.start < named.start)) return phrase;
          if (named) return { entity: named.entity, start: named.start, end: named.end };
        }
        // "…was Fatime Adam, 34, who said": an age between the name and "who" leaves the name the antecedent.
        const aged = t.lower === 'who' ? /,\s*\d{1,3},\s*$/.exec(prose.slice(sentenceStart, t.start)) : null;
        const agedName = aged ? mentionByEnd.get(sentenceStart + aged.index) : undefined;
        if (agedName && index.entities.get(agedName.entity)?.type === 'person') return { entity: agedName.entity, start: agedName.start, end: agedName.end };
        // "…, who described the deal as…": the relative pronoun stands for the name before the comma.
        const before = tokens[k - 1];
        if (before && /^\s*,\s*$/.test(prose.slice(before.end, t.start))) {
          const m2 = mentionByEnd.get(before.end);
          // "A person close to the insurers, who spoke on condition of anonymity, said": the source, not the group
          // its description names.
          // "Two former colleagues on the Court of Appeal, who asked not to be named, said": the colleagues.
          if (t.lower === 'who' && m2 && index.entities.get(m2.entity)?.type !== 'person') {
            const mark = index.mentions.length;
            const phrase = phraseEndingAt(k - 1, sentenceStart);
            if (phrase && phrase.start < m2.start && (index.entities.get(m2.entity)?.type === 'group' || index.entities.get(phrase.entity)?.type === 'group')) return phrase;
            index.mentions.splice(mark);
          }
          // "Greyfinch Films of London, which said": the place says where the firm is; the firm is the antecedent.
          const placeOf = t.lower === 'which' && (m2 === undefined || index.entities.get(m2.entity)?.type !== 'person') ? index.places.find((p) => p.end === before.end) : undefined;
          if (placeOf) {
            const owner = mentionByEnd.get(prose.slice(0, placeOf.start).replace(/\s+(?:of|in|from)\s+$/, '').length);
            if (owner && /\s+(?:of|in|from)\s+$/.test(prose.slice(Math.max(0, placeOf.start - 6), placeOf.start)) && index.entities.get(owner.entity)?.type === 'organization') return { entity: owner.entity, start: owner.start, end: owner.end };
          }
          // A described organization ("the government’s nature agency") may be an appositive to a name before it.
          const m2Described = m2 !== undefined && /^\p{Ll}/u.test(index.entities.get(m2.entity)?.name ?? '');
          if (m2 && !m2Described) return { entity: m2.entity, start: m2.start, end: m2.end };
          // "Tech Workers Ireland, which says it has 150 members, said…": a name nobody has classified yet, before
          // "which", is an organization.
          if (!m2 && t.lower === 'which' && before.capitalized) {
            const org = unknownOrganization(k - 1, sentenceStart);
            if (org) return org;
          }
          // "NatureScot, the government’s nature agency, which said": the name before the appositive.
          const appositive = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her)\s+[^,;.:!?“”"]{1,60},\s*$/u.exec(prose.slice(Math.max(sentenceStart, before.end - 80), t.start));
          if (appositive) {
            const commaAt = Math.max(sentenceStart, before.end - 80) + appositive.index + (appositive[0].match(/^[^\p{L}]/u) ? 1 : 0);
            const named = mentionByEnd.get(prose.slice(sentenceStart, commaAt).replace(/,\s*$/, '').length + sentenceStart);
            if (named && /,\s*$/.test(prose.slice(sentenceStart, commaAt)) && index.entities.get(named.entity)?.type !== 'group') return { entity: named.entity, start: named.start, end: named.end };
            // An unknown name before an organization's appositive ("NatureScot, the nature agency, which…").
            const nameEnd = prose.slice(sentenceStart, commaAt).replace(/,\s*$/, '').length + sentenceStart;
            const nameIndex = tokenAt(nameEnd) - 1;
            const nameTok = tokens[nameIndex];
            if (!named && nameTok && nameTok.end === nameEnd && (GENERIC_ORG_NOUNS.has(before.lower) || ORG_WORDS.has(before.lower))) {
              const org = unknownOrganization(nameIndex, sentenceStart);
              if (org) return org;
            }
          }
          if (m2) return { entity: m2.entity, start: m2.start, end: m2.end };
          const phrase = phraseEndingAt(k - 1, sentenceStart);
          if (phrase) return phrase;
        }
      }
      if (t.lower === 'they' || t.lower === 'we') {
        const e = theyResolve(t.start);
        if (e) {
          index.mentions.push({ entity: e, start: t.start, end: t.end, form: 'pronoun', possessive: false });
          return { entity: e, start: t.start, end: t.end };
        }
      }
      if (t.lower === 'it') {
        const e = theyResolve(t.start);
        if (e && index.entities.get(e)?.type === 'organization') return { entity: e, start: t.start, end: t.end };
      }
      if (nationalityNoun(t.text) && tokens[k - 1]?.lower === 'the') {
        // "the Brazilian", after "Brazilian striker Ana Souza": the person whose title holds the word.
        const described = [...index.entities.values()].filter((e) => e.type === 'person' && e.roles.some((r) => r.split(/\s+/).includes(t.text)));
        const recent = index.mentions.filter((x) => x.start < t.start && described.some((d) => d.id === x.entity)).at(-1);
        if (recent) {
          index.mentions.push({ entity: recent.entity, start: (tokens[k - 1] as Token).start, end: t.end, form: 'title', possessive: false });
          return { entity: recent.entity, start: (tokens[k - 1] as Token).start, end: t.end };
        }
        return nationalityReferent((tokens[k - 1] as Token).start, t.end, t.lower);
      }
      const document = documentSpeaker(k, sentenceStart);
      if (document) return document;
      const phrase = phraseEndingAt(k, sentenceStart);
      if (phrase) return phrase;
      // "Senate Minority Leader Dale Hutchins of Elko said": the person from the place speaks.
      const placeHere = index.places.find((p) => p.end === t.end) ?? (t.capitalized ? { start: t.start, end: t.end, text: t.text } : undefined);
      if (placeHere) {
        // "…of Elko said", "Priya Raghunathan of Kurobe Securities in Tokyo wrote": back over "of X in Y" to the person.
        let at = placeHere.start;
        for (let step = 0; step < 3; step++) {
          const via = tokens[tokenAt(at) - 1];
          if (!via || via.start < sentenceStart || !['of', 'from', 'in', 'at'].includes(via.lower) || (step === 0 && via.lower === 'in' && !mentionByEnd.get((tokens[tokenAt(at) - 2] as Token | undefined)?.end ?? -1))) break;
          const owner = mentionByEnd.get((tokens[tokenAt(at) - 2] as Token | undefined)?.end ?? -1);
          if (!owner) break;
          if (index.entities.get(owner.entity)?.type === 'person') return { entity: owner.entity, start: owner.start, end: owner.end };
          // "The ACLU of Iowa said": an organization's branch in a place speaks as the organization.
          if (step === 0 && via.lower === 'of' && index.entities.get(owner.entity)?.type === 'organization' && /^\p{Lu}{2,6}$/u.test(prose.slice(owner.start, owner.end))) {
            const entity = index.entities.get(owner.entity)!;
            entity.aliases.add(prose.slice(owner.start, placeHere.end));
            return { entity: owner.entity, start: owner.start, end: placeHere.end };
          }
          at = owner.start;
        }
      }
      // "The National Weather Service office in New Orleans said": the office speaks, not the city it is in.
      if (placeHere) {
        const via = tokens[tokenAt(placeHere.start) - 1];
        const head = tokens[tokenAt(placeHere.start) - 2];
        if (via && head && head.start >= sentenceStart && /^(?:in|at)$/.test(via.lower) && (GENERIC_ORG_NOUNS.has(head.lower) || SOURCE_NOUNS.has(head.lower))) {
          const phrase = phraseEndingAt(tokenAt(placeHere.start) - 2, sentenceStart);
          if (phrase) return phrase;
        }
        // "Democratic strategists in Lansing said", "Herders in Wajir said": people of a kind, where they are; the place
        // is part of them.
        if (via && head && head.start >= sentenceStart && /^(?:in|at|from)$/.test(via.lower) && peoplePlural(head.lower)) {
          const phrase = phraseEndingAt(k, sentenceStart) ?? phraseEndingAt(tokenAt(placeHere.start) - 2, sentenceStart);
          if (phrase) return phrase;
        }
      }
      // "A crew member reached by phone in Luanda said", "Detectives investigating break-ins in Eastwick said": the
      // people the sentence opens with speak, not the place at the end of their description.
      if (placeHere && /^(?:in|at|from|near|outside|across|around)$/.test(tokens[tokenAt(placeHere.start) - 1]?.lower ?? '')) {
        // (After a quote, "“…,” a crew member reached by phone in Luanda said", the description opens after its mark.)
        const closing = Math.max(prose.lastIndexOf('”', placeHere.start), prose.lastIndexOf('"', placeHere.start));
        const f0 = tokenAt(closing > sentenceStart ? closing + 1 : sentenceStart);
        const peopleWord = (w: Token | undefined) => w !== undefined && (SOURCE_NOUNS.has(w.lower) || peoplePlural(w.lower));
        const headAt = [f0, f0 + 1, f0 + 2].find((h) => h < tokenAt(placeHere.start) && peopleWord(tokens[h]) && tokens.slice(f0, h).every((w) => /^(?:A|An|One|Another|Two|Three|Several|Some)$/.test(w.text) || !w.capitalized));
        // ("crew member": the head noun may be a compound of two.)
        const head = headAt !== undefined && peopleWord(tokens[headAt + 1]) && /^\s+$/.test(prose.slice((tokens[headAt] as Token).end, (tokens[headAt + 1] as Token).start)) ? headAt + 1 : headAt;
        const opening = head !== undefined ? phraseEndingAt(head, sentenceStart) : null;
        // (Only when the description runs on to the verb: not "Two people … said a family office based in Abu Dhabi had
        // asked", where "said" stands between.)
        const runsOn = head !== undefined && !tokens.slice(head + 1, tokenAt(placeHere.start)).some((w) => AUXILIARIES.has(w.lower) || (cueOf(w.lower) !== undefined && cueOf(w.lower)?.ambiguous !== true));
        if (opening && runsOn && index.entities.get(opening.entity)?.type === 'group' && !index.mentions.some((m) => m.start > opening.end && m.end <= placeHere.start)) return opening;
      }
      const place = placeSpeaker(t.end);
      if (place) return place;
      const unknown = unknownNameSpeaker(k, sentenceStart);
      if (unknown) return unknown;
      return null;
    }
    // "The Green Climate Fund, based in Songdo, South Korea, said": where it is based is an appositive of places.
    const basedIn = /,\s+(?:based|headquartered|located)\s+in\s+[^,;:.!?“”"]{1,40}(?:,\s*[^,;:.!?“”"]{1,30})?,\s*$/.exec(prose.slice(sentenceStart, open2(k)));
    if (basedIn) {
      const owner = mentionByEnd.get(sentenceStart + basedIn.index);
      if (owner) return { entity: owner.entity, start: owner.start, end: owner.end };
    }
    // An appositive between subject and verb: "Ana Reyes, the city’s finance director, said".
    // The comma may stand inside a closing mark: "…, which sold it as “One Atlantic,” said".
    // Not when that quote opens the sentence ("“The market is testing Mexico City,” wrote X"): it is what was said.
    const openingQuote = insideQuote(t.start) ? quotes[quoteIndexAt(t.start)] : undefined;
    if (openingQuote && prose.slice(sentenceStart, openingQuote.open).trim() === '') return null;
    // "Dale Ruiz of Fresno, California, said", "Two officials from Harbin, Heilongjiang, said", "Ana Ruiz of Columbia,
    // S.C., said": a hometown, city then state or province, between the speaker and the verb.
    if (/^\.?,\s*$/.test(gapText) && (index.places.some((p) => p.end === t.end) || wordInfo(t.lower).place)) {
      const hometown = /\s(?:of|from)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*,\s*$/u.exec(prose.slice(Math.max(sentenceStart, t.start - 60), t.start));
      if (hometown) {
        const end = t.start - hometown[0].length;
        const holder = mentionByEnd.get(end);
        if (holder && index.entities.get(holder.entity)?.type !== 'organization') return { entity: holder.entity, start: holder.start, end: holder.end };
        const group = holder ? null : phraseEndingAt(tokenAt(end) - 1, sentenceStart);
        if (group && index.entities.get(group.entity)?.type === 'group') return group;
      }
    }
    if (/^\s*(?:[”"’]?\s*(?:,|[—–]|\s-)|,\s*[”"’])\s*$/.test(gapText)) {
      // "His campaign manager, Femi Adebayo, said": the name is the appositive itself.
      const named = mentionByEnd.get(t.end);
      // "The supplier, Leeds-based Kestrel Systems, said": where it is based may stand before the name.
      // "The union representing the driver, the Loco Pilots' Federation, argued": an article may open the name.
      if (named && /,\s*(?:the\s+)?(?:[\p{L}.’'-]+-based\s+)?$/iu.test(prose.slice(Math.max(sentenceStart, named.start - 40), named.start)) && index.entities.get(named.entity)?.type !== 'group') return { entity: named.entity, start: named.start, end: named.end };
      // "Pieter van der Berg, director of Fair Apps Europe, a Dutch developers’ group, called …": appositives stacked
      // after a person who opens the sentence describe that person.
      // The person may carry a title ("Sen. Kirsty MacLennan, R-Alaska, one of three Republicans who opposed the
      // measure, wrote"), and a relative clause inside an appositive belongs to it.
      const titledOpener = (m: MentionDraft) => m.start <= sentenceStart + 1 || tokens.slice(tokenAt(sentenceStart), tokenAt(m.start)).every((w) => w.capitalized || TITLE_WORDS.has(w.lower));
      const opener = index.mentions.find((m) => m.start >= sentenceStart && m.start <= sentenceStart + 60 && titledOpener(m) && !m.possessive && index.entities.get(m.entity)?.type === 'person');
      const inAppositives = (w: Token) => {
        const before = prose.slice(opener?.end ?? 0, w.end);
        return /,\s+[^,]*?\b(?:a|an|the|one|two|three|four|several|its|his|her|their|[\p{L}.’'-]+)\s+[^,]*\b(?:who|whose|which)\b[^,]*$/u.test(before) && !/^,\s*(?:who|whose|which)\b/.test(prose.slice(opener?.end ?? 0, (opener?.end ?? 0) + 8));
      };
      // "Agnieszka Zielińska of Poland, the defending champion, had said": where the opener is from may come first.
      if (opener && opener.end < t.start && /^(?:\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'&-]*\s*){1,5})?,\s/u.test(prose.slice(opener.end, opener.end + 60)) && !tokens.slice(tokenAt(opener.end), k + 1).some((w) => ((AUXILIARIES.has(w.lower) || (cueOf(w.lower) && !cueOf(w.lower)?.ambiguous)) && !inAppositives(w)) || /^(?:which|and|but)$/.test(w.lower) || (/^(?:who|whose)$/.test(w.lower) && !inAppositives(w))) && !insideQuote(opener.start)) {
        return { entity: opener.entity, start: opener.start, end: opener.end };
      }
      // "The African Union’s observer mission, led by former vice-president Mpho Kgosietsile, said": the one led speaks.
      const ledBy = /^(\s*\S[^,;:“”"]*?),\s+(?:led|headed|chaired|run|owned|founded|backed|hosted|organi[sz]ed|represented|accompanied)\s+by\s+[^,;:“”"]{1,90},\s*$/u.exec(prose.slice(sentenceStart, t.end + 2));
      if (ledBy?.[1]) {
        const subjectEnd = sentenceStart + (ledBy[1] as string).length;
        const lastOfSubject = tokenAt(subjectEnd) - 1;
        const subject = mentionByEnd.get(subjectEnd);
        if (subject && index.entities.get(subject.entity)?.type !== 'group' && subject.start <= sentenceStart + 4) return { entity: subject.entity, start: subject.start, end: subject.end };
        const phrase = lastOfSubject >= 0 ? phraseEndingAt(lastOfSubject, sentenceStart) : null;
        if (phrase) return phrase;
      }
      // "A rival carrier, Brightsky, said": a name nobody has met, in apposition to a kind of organization.
      if (!named && t.capitalized && !t.possessive) {
        // The name may be several capitalized words ("The promoter, Brightline Live, said").
        let runStart = k;
        while (runStart > 0 && k - runStart < 3 && (tokens[runStart - 1] as Token).capitalized && /^\s+$/.test(prose.slice((tokens[runStart - 1] as Token).end, (tokens[runStart] as Token).start))) runStart--;
        const runFrom = (tokens[runStart] as Token).start;
        // "a 23-year-old law student who goes by one name, Vaimoana, said": a person known by one name.
        if (/\b(?:goes|go|went|uses|use|used)\s+by\s+(?:only\s+)?(?:one|a\s+single)\s+name,\s*$/i.test(prose.slice(Math.max(sentenceStart, runFrom - 60), runFrom)) && runStart === k) {
          const person = personNamed(t.text, t.start, t.end);
          if (person) return person;
        }
        const kind = /(?:^|\s)(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s*$/u.exec(prose.slice(Math.max(sentenceStart, runFrom - 60), runFrom));
        if (kind?.[1] && (GENERIC_ORG_NOUNS.has(kind[1]) || COMPANY_NOUNS.has(kind[1]) || ORG_WORDS.has(kind[1]) || ORG_ROLE_NOUNS.has(kind[1]))) {
          const org = unknownOrganization(k, sentenceStart);
          if (org) return org;
        }
      }
      let relativeOwner: Speaker | null = null;
      for (let j = k - 1; j >= Math.max(0, k - 30); j--) {
        const u = tokens[j] as Token;
        if (u.start < sentenceStart) break;
        let between = prose.slice(u.end + (u.possessive && /^[’']s/.test(prose.slice(u.end, u.end + 2)) ? 2 : 0), (tokens[j + 1] as Token).start);
        // "The Independent Office for Police Conduct (IOPC), which investigated, said": the name before the brackets.
        if (/^\)\s*,\s*$/.test(between)) {
          const open = prose.lastIndexOf('(', u.start);
          const named = open > sentenceStart ? mentionByEnd.get(prose.slice(0, open).trimEnd().length) : undefined;
          if (named && /^(which|who)$/.test((tokens[j + 1] as Token | undefined)?.lower ?? '')) return { entity: named.entity, start: named.start, end: named.end };
          between = between.slice(1);
        }
        if (/^\s*[”"’]?\s*(?:,\s|[—–]|\s-)\s*$/.test(between) && !insideQuote(u.end)) {
          // "One of them, who asked not to be named, said": one of the group described before.
          if (u.lower === 'them' && tokens[j - 1]?.lower === 'of' && QUANTIFIERS.has(tokens[j - 2]?.lower ?? '') && ((tokens[j - 2] as Token).start === sentenceStart || /[”"’],?\s*$/.test(prose.slice(Math.max(sentenceStart, (tokens[j - 2] as Token).start - 4), (tokens[j - 2] as Token).start)))) {
            const group = partitiveOwner((tokens[j - 2] as Token).start, u.end);
            if (group) return group;
          }
          // "One, speaking on condition of anonymity, said": one of the group described before.
          if (u.lower === 'one' && u.start === sentenceStart) {
            const group = partitiveOwner(u.start, u.end);
            if (group) return group;
          }
          // "Ridgeline, based in Boulder, Colorado, said": "Boulder, Colorado" is one place, not an appositive.
          const afterComma = tokens[j + 1];
          // "Morag Fraser, 58, a teacher who chairs the Action Group, said": an age is part of the appositive.
          if (/^\d{1,3}$/.test(u.text)) continue;
          const relative = /^(which|who|whose|where|whom)$/.test(afterComma?.lower ?? '');
          // …but "Arturo Medina, the director, said": a person's surname that is also a place is the person.
          const personEndsHere = index.entities.get(mentionByEnd.get(u.end)?.entity ?? '')?.type === 'person';
          // "Two Western diplomats in Ankara, speaking on condition of anonymity, said": a place before a lower-case
          // appositive ends the subject.
          // "…, who shipped to Fort Jackson, S.C., two weeks ago, said": a place before a time set off by commas, too.
          const timeAside = /^,\s+(?:[\p{L}\d]+\s+){0,3}(?:ago|earlier|later|yesterday|today|(?:last|this|next)\s+\p{L}+|on\s+\p{Lu}\p{L}+)\s*,/u.test(prose.slice(u.end, u.end + 40));
          if (!relative && !personEndsHere && (((index.places.some((p) => p.end === u.end) || wordInfo(u.lower).place) && (afterComma?.capitalized || timeAside)) || (afterComma && wordInfo(afterComma.lower).place && /^\s*,/.test(prose.slice(afterComma.end, afterComma.end + 2))))) continue;
          // ", which owns 2 percent of Corvane," is a clause inside the appositive: keep going back.
          if (/^(which|who|whose|where|whom)$/.test((tokens[j + 1] as Token | undefined)?.lower ?? '') && j + 1 !== k) {
            const owner = mentionByEnd.get(u.end);
            if (owner && index.entities.get(owner.entity)?.type === 'person') return { entity: owner.entity, start: owner.start, end: owner.end };
            // "Marek Zawadzki of the University of Warsaw, who led the work, argued": the person the place belongs to.
            const via = owner ? /\s(?:of|at|from|with)\s+(?:the\s+)?$/.exec(prose.slice(Math.max(sentenceStart, owner.start - 12), owner.start)) : null;
            if (owner && via) {
              const holder = mentionByEnd.get(owner.start - via[0].length);
              if (holder && index.entities.get(holder.entity)?.type === 'person') return { entity: holder.entity, start: holder.start, end: holder.end };
            }
            // "The Union, which had pushed for…, said": the owner speaks unless a person stands further back.
            if (owner && !relativeOwner) relativeOwner = { entity: owner.entity, start: owner.start, end: owner.end };
            if (!owner && !relativeOwner) relativeOwner = phraseEndingAt(j, sentenceStart) ?? placeSpeaker(u.end) ?? unknownNameSpeaker(j, sentenceStart); // "One EU diplomat, who spoke…, said"; "Adriatic Belgrade, where…, said"
            continue;
          }
          const m = mentionByEnd.get(u.end);
          // "Olufemi Adeyinka of the People’s Renewal Party, a former commissioner, argues": the person the
          // organization belongs to.
          let viaAt = m ? tokenAt(m.start) - 1 : -1;
          if (tokens[viaAt]?.lower === 'the') viaAt--;
          const via = tokens[viaAt];
          const holder = m && via && /^(?:of|at|from)$/.test(via.lower) && index.entities.get(m.entity)?.type === 'organization' ? mentionByEnd.get((tokens[viaAt - 1] as Token | undefined)?.end ?? -1) : undefined;
          if (holder && index.entities.get(holder.entity)?.type === 'person') return { entity: holder.entity, start: holder.start, end: holder.end };
          // "Two senior officials at Health New Zealand, speaking on condition of anonymity, said": the people at
          // the organization speak, not the organization.
          const sourceBefore = m && via && /^(?:of|at|from|with)$/.test(via.lower) ? tokens[viaAt - 1] : undefined;
          if (sourceBefore && sourceBefore.start >= sentenceStart && (SOURCE_NOUNS.has(sourceBefore.lower) || pluralRoleWord(sourceBefore.lower))) {
            const group = phraseEndingAt(j, sentenceStart);
            if (group && index.entities.get(group.entity)?.type === 'group') return group;
          }
          if (m) return { entity: m.entity, start: m.start, end: m.end };
          // A person named inside the appositive ("Its organiser, a teacher named Ines Doyle, said") speaks.
          const namedType = named ? index.entities.get(named.entity)?.type : undefined;
          const genericHead = GENERIC_ORG_NOUNS.has(u.lower) || ORG_WORDS.has(u.lower);
          const inner = named && (namedType === 'person' || (namedType === 'organization' && genericHead)) ? { entity: named!.entity, start: named!.start, end: named!.end } : null;
          return inner ?? phraseEndingAt(j, sentenceStart) ?? unknownNameSpeaker(j, sentenceStart) ?? (named ? { entity: named.entity, start: named.start, end: named.end } : null);
        }
        if (/[.;:!?]/.test(between)) break;
      }
      if (relativeOwner) return relativeOwner;
      if (named) return { entity: named.entity, start: named.start, end: named.end };
    }
    return null;
  };

  /** The speaker named just after token `ci` ("said Smith", "said a spokesperson for the club"). */
  const speakerAfter = (ci: number, sentenceEnd: number): Speaker | null => {
    const t = tokens[ci + 1];
    if (!t || t.start >= sentenceEnd) return null;
    if (!/^\s+$/.test(prose.slice((tokens[ci] as Token).end, t.start))) return null;
    // "said her daughter, Ana Ruiz": a possessive pronoun opens the speaker's description; it is not the speaker.
    let m = /^(his|her|their|its)$/.test(t.lower) ? undefined : mentionByStart.get(t.start);
    if (!m && t.lower === 'the' && tokens[ci + 2]) m = mentionByStart.get((tokens[ci + 2] as Token).start);
    // "according to Urban Development Minister Smt. Rekha Nigam": capitalized words before a title, too.
    if (!m && (!t.capitalized || TITLE_WORDS.has(t.lower) || TITLE_OPENERS.has(t.lower) || tokens.slice(ci + 2, ci + 6).some((w) => w.capitalized && TITLE_WORDS.has(w.lower)))) {
      // "said incident commander Ray Delgado", "said the club’s head coach, Ana Silva": role words, then the name.
      for (let j = ci + 1; j <= ci + 6 && j < tokens.length; j++) {
        const u = tokens[j] as Token;
        if (u.start >= sentenceEnd || /[.;:!?“”"]/.test(prose.slice((tokens[j - 1] as Token).end, u.start))) break;
        const hit = j === ci + 1 && /^(his|her|their|its)$/.test(u.lower) ? undefined : mentionByStart.get(u.start);
        if (hit) {
          const words = tokens.slice(ci + 1, j);
          // "said incident commander Ray Delgado", "said his bandmate Jordan Okoye": role words before the name.
          const possessed = ['his', 'her', 'their', 'the'].includes(words[0]?.lower ?? '') && words.length <= 3;
          if ((possessed || words.some((w) => TITLE_WORDS.has(w.lower) || ROLE_NOUNS.has(w.lower))) && !words.some((w) => AUXILIARIES.has(w.lower) || cueOf(w.lower))) m = hit;
          break;
        }
      }
    }
    const followedByVerb = (endOffset: number) => {
      const n = tokens[tokenAt(endOffset)];
      if (!n || n.start >= sentenceEnd) return false;
      if (/[,.;:!?—–(]/.test(prose.slice(endOffset, n.start))) return false;
      return AUXILIARIES.has(n.lower) || (/(s|ed)$/.test(n.lower) && !functionWords.has(n.lower) && !/^(on|in|at|during|after|before|told|who|according)$/.test(n.lower));
    };
    if (m && !followedByVerb(m.end)) return { entity: m.entity, start: m.start, end: m.end };
    if (t.lower === 'he' || t.lower === 'she') {
      const p = index.mentions.find((x) => x.start === t.start);
      if (p) return { entity: p.entity, start: p.start, end: p.end };
    }
    // "Its coordinator, Wahyuningsih, said the coalition would file a lawsuit": what follows is a clause (a verb
    // before any relative pronoun), so it holds what was said, not who said it.
    const clauseAfter = (): boolean => {
      for (let n = ci + 2; n < Math.min(tokens.length, ci + 8); n++) {
        const w = tokens[n] as Token;
        if (w.start >= sentenceEnd || /[,;:“”"(]/.test(prose.slice((tokens[n - 1] as Token).end, w.start)) || /^(?:who|which|that|whose)$/.test(w.lower)) return false;
        if (AUXILIARIES.has(w.lower)) return true;
      }
      return false;
    };
    // "said Rwanda’s environment minister, Claudine Uwamahoro": a country's possessive may open the description.
    if ((['the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'another', 'his', 'her', 'their', 'its'].includes(t.lower) || SOURCE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower) || (t.possessive && t.capitalized)) && !clauseAfter()) {
      // Read the phrase forward to its end, then resolve it as a phrase ending there.
      let k = ci + 1;
      while (k + 1 < tokens.length && (tokens[k + 1] as Token).start < sentenceEnd && /^\s+$/.test(prose.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start)) && k - ci < 10) k++;
      // A possessive inside the description ("the county’s … officer") does not end it.
      let d = ci + 1;
      while (d + 1 < tokens.length && (tokens[d + 1] as Token).start < sentenceEnd && /^(?:[’']s?)?\s+$/.test(prose.slice((tokens[d] as Token).end, (tokens[d + 1] as Token).start)) && d - ci < 10) d++;
      // "said the county’s emergency planning officer, Dr. Ilse Marsh": a description of any length that ends in a
      // role noun, then the person's name (an honorific may stand before it) in apposition.
      const head = tokens[d] as Token;
      if (d > ci + 1 && (ROLE_NOUNS.has(head.lower) || TITLE_WORDS.has(head.lower) || SOURCE_NOUNS.has(head.lower))) {
        let n = d + 1;
        if (/^\s*,\s*$/.test(prose.slice(head.end, (tokens[n] as Token | undefined)?.start ?? head.end))) {
          while (n < tokens.length && !mentionByStart.has((tokens[n] as Token).start) && TITLE_WORDS.has((tokens[n] as Token).lower) && n - d <= 2) n++;
          const named = tokens[n] && (tokens[n] as Token).start < sentenceEnd ? mentionByStart.get((tokens[n] as Token).start) : undefined;
          // Not "according to people close to the minister, she regards …": a pronoun after the comma starts the clause.
          if (named && named.form !== 'pronoun' && index.entities.get(named.entity)?.type === 'person') return { entity: named.entity, start: named.start, end: named.end };
        }
      }
      // "said one witness, who gave only his first name, Karim,": the name the relative clause gives.
      const firstNameGiven = /^\s*,\s*who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)\s*/i.exec(prose.slice(head.end, sentenceEnd));
      if (firstNameGiven) {
        const given = mentionByStart.get(head.end + firstNameGiven[0].length);
        if (given && index.entities.get(given.entity)?.type === 'person') return { entity: given.entity, start: given.start, end: given.end };
      }
      // "said one of them, a retired teacher who gave her name only as Margaret": the name the appositive gives.
      if (/^\s*,\s*(?:a|an|the|his|her|their)\s/i.test(prose.slice(head.end, sentenceEnd))) {
        const given = index.mentions.filter((m) => m.start > head.end && m.end <= sentenceEnd && index.entities.get(m.entity)?.type === 'person').at(-1);
        if (given && /^[\s.,!?”"’]*$/.test(prose.slice(given.end, sentenceEnd)) && /\b(?:named|called|as)\s+$/.test(prose.slice(Math.max(head.end, given.start - 12), given.start))) return { entity: given.entity, start: given.start, end: given.end };
      }
      for (let end = k; end > ci; end--) {
        const e = tokens[end] as Token;
        if (!SOURCE_NOUNS.has(e.lower) && !TITLE_WORDS.has(e.lower) && !ORG_WORDS.has(e.lower) && !mentionByEnd.has(e.end)) continue;
        const after = prose.slice(e.end, (tokens[end + 1] as Token | undefined)?.start ?? sentenceEnd);
        // "said one man queueing outside a supermarket, who …": a participle's phrase describes the source, too.
        const participle = tokens[end + 1];
        if (end < k && SOURCE_NOUNS.has(e.lower) && participle && /^\p{Ll}{3,}ing$/u.test(participle.text) && !functionWords.has(participle.lower) && !cueOf(participle.lower) && /^\s+$/.test(after) && /^\s*[,.;:!?—]/.test(prose.slice((tokens[k] as Token).end, (tokens[k] as Token).end + 2))) {
          const mark = index.mentions.length;
          const phrase = phraseEndingAt(end, t.start);
          if (phrase && phrase.start === t.start && index.entities.get(phrase.entity)?.type === 'group') {
            index.mentions.splice(mark);
            return groupEntity(prose.slice(t.start, (tokens[k] as Token).end), t.start, (tokens[k] as Token).end);
          }
        }
        if (end < k && !/[,.;:!?—]/.test(after)) continue;
        const phrase = phraseEndingAt(end, (tokens[ci + 1] as Token).start);
        if (phrase && phrase.start === t.start) {
          // "said the summit’s chair, Wanjiru Kamau, …": the name in apposition is the speaker.
          const next = tokens[end + 1];
          const named = next && /^\s*,\s*$/.test(prose.slice(e.end, next.start)) ? mentionByStart.get(next.start) : undefined;
          if (named && named.form !== 'pronoun' && index.entities.get(named.entity)?.type === 'person') return { entity: named.entity, start: named.start, end: named.end };
          return phrase;
        }
      }
    }
    return null;
  };

  /**
   * For a participle of saying at `ci` with no comma before it ("posted a video on Instagram saying"), the token of
   * the verb that put out the document it describes ("posted", "issued", "sent"), or -1. The document is a noun
   * such as "statement", "letter" or "video", after at most three modifiers, within eight words of the participle.
   */
  const documentVerbBefore = (ci: number, sentenceStart: number): number => {
    for (let d = ci - 1; d >= Math.max(0, ci - 8); d--) {
      const w = tokens[d] as Token;
      if (w.start < sentenceStart || /[,;:.!?“”"(—–]/.test(prose.slice(w.end, (tokens[d + 1] as Token).start))) return -1;
      if (!ISSUED_DOCUMENTS.has(w.lower)) continue;
      // Only a place it was put ("on TikTok", "to members") may stand between the document and the participle.
      const between = tokens.slice(d + 1, ci);
      if (between.length > 3 || (between.length > 0 && !/^(?:on|to|in|from|for|via)$/.test((between[0] as Token).lower)) || between.some((b) => b.lower === 'that' || AUXILIARIES.has(b.lower) || cueOf(b.lower))) return -1;
      let v = d - 1;
      while (v >= 0 && d - v <= 4 && (tokens[v] as Token).start >= sentenceStart && !(tokens[v] as Token).capitalized && /^\s+$/.test(prose.slice((tokens[v] as Token).end, (tokens[v + 1] as Token).start)) && !ISSUING_VERBS.has((tokens[v] as Token).lower) && !cueOf((tokens[v] as Token).lower)) v--;
      const verb = tokens[v];
      return verb && verb.start >= sentenceStart && ISSUING_VERBS.has(verb.lower) ? v : -1;
    }
    return -1;
  };

  /** "according to two officials familiar with the talks": the whole phrase, up to a comma or the end. */
  const accordingPhrase = (ci: number, sentenceEnd: number): Speaker | null => {
    const first = tokens[ci + 1];
    if (!first || first.start >= sentenceEnd) return null;
    const stop = /[,;:.!?]|\s(?:who|which|because|after|before|when|while|since|as)\s/.exec(prose.slice(first.start, sentenceEnd));
    let end = first.start + (stop ? stop.index : sentenceEnd - first.start);
    while (end > first.start && /[\s”"’]/.test(prose[end - 1] ?? '')) end--;
    const text = prose.slice(first.start, end);
    const words = text.split(/\s+/);
    if (!words.length || words.length > 12) return null;
    if (!words.some((w) => SOURCE_NOUNS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) || ORG_WORDS.has(w.toLowerCase()) || GENERIC_ORG_NOUNS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) return null;
    const named = index.mentions.find((x) => x.start >= first.start && x.end <= end && index.entities.get(x.entity)?.type !== 'group');
    if (named && (named.start === first.start || /^(the|a|an)\s+$/i.test(prose.slice(first.start, named.start)))) return { entity: named.entity, start: named.start, end: named.end };
    // "according to guidance the Office of Management and Budget circulated recently": the issuer of the document.
    if (named && index.entities.get(named.entity)?.type === 'organization' && /^\s+(?:\p{Ll}+ly\s+)?(?:issued|released|published|circulated|sent|posted|filed|distributed|prepared|drafted|\p{Ll}+ed)\b/u.test(prose.slice(named.end, end + 1))) return { entity: named.entity, start: named.start, end: named.end };
    // "according to a statement signed by the Principal Secretary for the National Treasury, Faith Githinji": the
    // person who signed it, named in apposition.
    const signed = /^(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+signed\s+by\s/u.exec(text);
    if (signed && DOCUMENT_NOUNS.has(signed[1] ?? '') && /^,\s*$/.test(prose.slice(end, end + 2))) {
      const signer = index.mentions.find((x) => x.start >= end && x.start <= end + 3 && index.entities.get(x.entity)?.type === 'person');
      if (signer && /^[\s.,]*$/.test(prose.slice(signer.end, Math.min(sentenceEnd, signer.end + 2)))) return { entity: signer.entity, start: signer.start, end: signer.end };
    }
    // "according to a statement from the Iraqi oil ministry": the body the document came from.
    const from = /^(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+(?:from|by|issued\s+by|released\s+by)\s+(?=\S)/u.exec(text);
    if (from && DOCUMENT_NOUNS.has(from[1] ?? '')) {
      if (named && index.entities.get(named.entity)?.type === 'organization' && /^(?:the\s+)?$/i.test(prose.slice(first.start + from[0].length, named.start))) return { entity: named.entity, start: named.start, end: named.end };
      const issuer = phraseEndingAt(tokenAt(end) - 1, first.start + from[0].length);
      if (issuer && issuer.start >= first.start + from[0].length) return issuer;
    }
    return groupEntity(text, first.start, end);
  };

  // ---- cues --------------------------------------------------------------------------------------------------
  interface Cue {
    token: number;
    info: CueInfo;
    sentence: number;
    speaker: Speaker | null;
    /** "according to": the speaker comes after and the content is the rest of the sentence. */
    according: boolean;
    /** A speech noun with its owner ("Smith’s claim"), not a verb. */
    noun?: boolean;
  }
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (insideQuote(t.start)) continue;
    const next = tokens[i + 1];
    if (t.lower === 'according' && next?.lower === 'to') {
      cues.push({ token: i + 1, info: { base: 'according to', ambiguous: false, participle: false }, sentence: sentenceIndexAt(t.start), speaker: null, according: true });
      continue;
    }
    // "as she puts it, “…”", "as the mayor put it": the words that follow are theirs.
    if ((t.lower === 'puts' || t.lower === 'put') && next?.lower === 'it' && tokens.slice(Math.max(0, i - 6), i).some((w) => w.lower === 'as')) {
      cues.push({ token: i, info: { base: 'put', ambiguous: false, participle: false }, sentence: sentenceIndexAt(t.start), speaker: null, according: false });
      continue;
    }
    const info = t.capitalized ? undefined : cueOf(t.lower);
    if (!info) continue;
    // "in Edo and Ondo states, where most cases occur": a plural noun after names, not a verb.
    if (t.lower === 'states' && tokens[i - 1]?.capitalized && (/^\s*[,.;:)]/.test(prose.slice(t.end, t.end + 2)) || /^(?:and|or|of|in|where|which)$/.test(next?.lower ?? ''))) continue;
    // "the Accra-based think tank": a compound noun, not a verb.
    if (t.lower === 'think' && /^tanks?$/.test(next?.lower ?? '')) continue;
    // "had ruled out a signal", "called off the strike": a phrasal verb is no cue.
    if (/^(?:out|off)$/.test(next?.lower ?? '') && /^(?:rule|call)$/.test(info.base)) continue;
    // "the Playhouse would announce a tour": what someone will do is not a report of what they said.
    if (/^(?:would|will|could|may|might|should|must|can|to)$/.test(tokens[i - 1]?.lower ?? '') && !/^(?:say|tell|warn|add)$/.test(info.base)) continue;
    // "declined to say how he would pay", "would not say whether", "did not say why": what was not said.
    if (/\b(?:declined|declines|decline|refused|refuses|refuse|would\s+not|wouldn[’']t|did\s+not|didn[’']t|could\s+not|couldn[’']t|will\s+not|won[’']t|cannot|can[’']t|does\s+not|doesn[’']t|has\s+not|hasn[’']t|have\s+not|haven[’']t|had\s+not|hadn[’']t)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+)?(?:to\s+)?(?:immediately\s+|publicly\s+)?$/i.test(prose.slice(Math.max(0, t.start - 32), t.start)) && /^(?:say|tell|comment|confirm|specify|disclose|reveal|elaborate|explain|detail|name|discuss|answer|respond|reply)$/.test(info.base)) continue;
    // "would be proposed next month": a passive has no speaker of its own.
    // "members had been asked to accept…", "he was told that…": the subject heard it; "was quoted as saying" speaks.
    if (/^(?:be|been|being|was|were|is|are)$/.test(tokens[i - 1]?.lower ?? '') && (/ed$/.test(t.lower) || t.lower === 'told') && t.lower !== 'quoted') continue;
    // "Belarusian state television reported", "state media", "the state agency": "state" before a noun is not a verb.
    if (t.lower === 'state' && next !== undefined && (!next.capitalized || next.text === 'TV') && !functionWords.has(next.lower) && !/^(?:that|whether|how|why|what|it|they|he|she|we)$/.test(next.lower) && /^\s+$/.test(prose.slice(t.end, next.start))) continue;
    // "the Republican demands were", "its claims are": a word in -s before a form of "be" or "have" is a noun.
    if (/s$/.test(t.lower) && /^(?:were|are|was|is|had|have|has|would|will|remain|remained)$/.test(next?.lower ?? '') && /^\s+$/.test(prose.slice(t.end, next?.start ?? t.end))) continue;
    // "A builder accused of fraud hid …", "a plan criticised by unions": a participle right after a noun, with "of"
    // or "by" after it, describes the noun; nobody speaks there.
    if (/ed$/.test(t.lower) && /^(?:of|by)$/.test(next?.lower ?? '') && tokens[i - 1] !== undefined && !tokens[i - 1]!.capitalized && /^\s+$/.test(prose.slice(tokens[i - 1]!.end, t.start)) && !SUBJECT_PRONOUNS.has(tokens[i - 1]!.lower) && !AUXILIARIES.has(tokens[i - 1]!.lower) && !/ly$/.test(tokens[i - 1]!.lower) && !functionWords.has(tokens[i - 1]!.lower)) continue;
    // "the said agreement", "the union’s report", "its statement": after a determiner or possessive it is a noun.
    const prev = tokens[i - 1];
    const directlyAfter = prev !== undefined && /^(?:[’']s)?\s+$/.test(prose.slice(prev.end, t.start));
    // Not "two people close to her said": "her" may be the object that ends a description, and "said" is a verb.
    const objectHer = prev?.lower === 'her' && /^(?:said|says|told|tells|added|adds|wrote|argued|insisted|insists|warned|explained|maintains|maintained|contended|contends|conceded|concedes|acknowledged|suggested|suggests|confirmed|confirms)$/.test(t.lower);
    if (prev && directlyAfter && (CUE_DETERMINERS.has(prev.lower) || prev.possessive) && !objectHer) continue;
    // "the league’s financial rules", "its new claims": an adjective between the determiner and the word.
    const prev2 = tokens[i - 2];
    // "In a Facebook post on Tuesday he went further": after "a", a name before the noun is what kind it is.
    if (prev && prev2 && (!prev.capitalized || demonymLike(prev.text) || /^(?:a|an)$/.test(prev2.lower)) && /^(?:rules|claims|reports|notes|points|remarks|comments|posts|tweets|answers|replies|responses|statements|signals|estimates|forecasts|predictions|complaints|accounts|states|position|positions|answer|reply|response|statement|signal|estimate|forecast|report|claim|note|comment|remark|charge|object|question|sound|counter|frame|label|voice|post|tweet)$/.test(t.lower) && !/ly$/.test(prev.lower) && !AUXILIARIES.has(prev.lower) && !cueOf(prev.lower) && (CUE_DETERMINERS.has(prev2.lower) || prev2.possessive) && /^(?:[’']s)?\s+$/.test(prose.slice(prev2.end, prev.start))) continue;
    cues.push({ token: i, info, sentence: sentenceIndexAt(t.start), speaker: null, according: false });
  }
  // Possessive speech nouns: "Smith’s warning that…", "the minister’s claim".
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!SPEECH_NOUNS.has(t.lower) || insideQuote(t.start)) continue;
    let k = i - 1;
    if (tokens[k] && /^(recent|latest|new|earlier|repeated|public|stark|blunt)$/.test((tokens[k] as Token).lower)) k--;
    const owner = tokens[k];
    if (!owner?.possessive) continue;
    const m = mentionByEnd.get(owner.end);
    if (!m) continue;
    const s = sentenceIndexAt(t.start);
    cues.push({ token: i, info: { base: t.lower, ambiguous: true, participle: false }, sentence: s, speaker: { entity: m.entity, start: m.start, end: m.end }, according: false, noun: true });
  }
  cues.sort((a, b) => a.token - b.token);

  /** Verbs whose object is a document that a participle describes ("posted a video … saying"): no clause of their own. */
  const documentVerbCues = new Set<number>();
  for (const cue of cues) {
    if (cue.speaker) continue;
    const sentence = sentences[cue.sentence] as Sentence;
    const t = tokens[cue.token] as Token;
    // "issued a statement saying …", "posted a joint video on TikTok saying …", "sent members a letter saying …":
    // the participle describes the document, and the document's author speaks, not the name just before it.
    const issuing = cue.info.participle ? documentVerbBefore(cue.token, sentence.start) : -1;
    if (issuing >= 0) {
      cue.speaker = speakerBefore(issuing, sentence.start);
      if (cue.speaker) {
        documentVerbCues.add(issuing);
        continue;
      }
    }
    if (cue.according) {
      cue.speaker = speakerAfter(cue.token, sentence.end) ?? accordingPhrase(cue.token, sentence.end);
      continue;
    }
    const invertible = invertibleCues.has(t.lower);
    const prev = tokens[cue.token - 1];
    if (cue.info.participle && COGNITIVE.has(cue.info.base)) continue;
    const participial = cue.info.participle && (!prev || /,[”"’]?\s*$/.test(prose.slice(prev.end, t.start)) || ['while', 'by', 'before', 'after', 'when', 'and', 'also'].includes(prev.lower));
    // "a masked man who said he spoke for the group said …": the second verb is the main one; its subject is the
    // relative clause's antecedent.
    const relativeCue = cues.find((c) => c.sentence === cue.sentence && c.token < cue.token && c.speaker && tokens[c.token - 1]?.lower === 'who' && !/[,;:]|\s(?:and|but)\s/.test(prose.slice((tokens[c.token] as Token).end, t.start)));
    if (!participial && relativeCue) cue.speaker = relativeCue.speaker;
    // "Three delegates who asked not to be named said": the description runs to the verb, clause and all (also
    // known as "Three delegates").
    if (!participial && relativeCue?.speaker && index.entities.get(relativeCue.speaker.entity)?.type === 'group' && /^\s+who\s+(?:asked|spoke|requested|declined|were|was)\b[^,;:.!?“”"]*$/.test(prose.slice(relativeCue.speaker.end, t.start))) {
      const end = (tokens[cue.token - 1] as Token).end;
      cue.speaker = groupEntity(prose.slice(relativeCue.speaker.start, end), relativeCue.speaker.start, end);
    }
    // "A spokesperson for Ardmore Water confirmed the talks but said…": a second verb shares the first one's subject.
    // Only the words just before the verb matter; a bounded slice keeps the anchored patterns from rescanning.
    const justBefore = prose.slice(Math.max(sentence.start, t.start - 80), t.start);
    const coordinatedEarly = /\b(and|but)\s+((has|have|had|also|later|then|\p{Ll}+ly)\s+)*$/iu.test(justBefore);
    // "Sudan’s ambassador to the U.N., Omer Hamid, welcomed the vote but said …": after a verb that is not always one
    // of saying, the clause's subject is found below (the first person named), not the name nearest the verb.
    let subjectBelow = false;
    if (!participial && !cue.speaker && coordinatedEarly) {
      const earlier = cues.filter((c) => c.sentence === cue.sentence && c.token < cue.token && c.speaker && c.speaker.end <= (tokens[c.token] as Token).start);
      cue.speaker = earlier.find((c) => !c.info.ambiguous)?.speaker ?? null;
      subjectBelow = !cue.speaker && earlier.length > 0;
    }
    // "My late father used to say that …", "she likes to say that …": a habit of saying, the subject before it.
    const habit = tokens[cue.token - 1]?.lower === 'to' && /^(?:used|likes|liked|loves|loved|tends|tended)$/.test(tokens[cue.token - 2]?.lower ?? '') ? 2 : 0;
    if (!participial && !cue.speaker && !subjectBelow) cue.speaker = speakerBefore(cue.token - habit, sentence.start);
    // "…called the resignation “…” and said his party…": a second verb takes the clause's subject before anything else.
    const coordinated = /\b(and|but|or)\s+((has|have|had|also|repeatedly|later|then|previously|again|since|has since|once|\p{Ll}+ly)\s+)*$/iu.test(justBefore);
    if (!cue.speaker && !participial && invertible && !coordinated) {
      // "…,” said a person familiar with the talks." / "…,” said Smith."
      cue.speaker = speakerAfter(cue.token, sentence.end);
      const next = tokens[cue.token + 1];
      if (!cue.speaker && next && next.start < sentence.end && /^\s+$/.test(prose.slice(t.end, next.start))) {
        const rest = prose.slice(next.start, sentence.end);
        // Not "“…,” he said in a Discord message", "she wrote on TikTok": where it was said is no speaker.
        const attributionOnly = !QUESTION_WORDS.has(next.lower) && !['that', 'to', 'it', 'they', 'he', 'she', 'we', 'i', 'in', 'on', 'at', 'during', 'after', 'before', 'with', 'from', 'via', 'through', 'over', 'outside', 'inside'].includes(next.lower) && !/\bthat\b/i.test(rest) && !/^[^,;:]*\b(?:would|will|had|has|have|was|were|is|are|could|should|must|might|can)\b/i.test(rest) && rest.split(/\s+/).length <= 10 && (/^[^,.;:!?]*[,.;:!?]?[”"’]?\s*$/.test(rest) || /^\s*,/.test(prose.slice(next.end, sentence.end)));
        if (attributionOnly) cue.speaker = (next.capitalized ? unknownNameSpeaker(cue.token + 1, next.start) : null) ?? accordingPhrase(cue.token, sentence.end);
      }
    }
    if (!cue.speaker) {
      // A participle or a second verb ("…and has repeatedly denied…") shares the subject of the clause before.
      const sharesSubject = participial || coordinated;
      if (sharesSubject) {
        const earlier = cues.filter((c) => c.sentence === cue.sentence && c.token < cue.token && c.speaker).at(-1);
        // The subject of the sentence: its first mention that is not possessive or an object.
        // "BATON ROUGE, La. (AP) — Gov. X ordered …, warning": the agency in the dateline is not the subject.
        // (A hyphen may stand for the dash: "NAIROBI (AFP) - United Nations agencies appealed …, warning".)
        const datelineEnd = sentence.start + (/^\s*\p{Lu}{2,}[\p{L} .,'’-]{0,40}?(?:\([^)]{1,30}\))?\s*(?:[—–]{1,2}|-(?=\s))\s+/u.exec(prose.slice(sentence.start, t.start))?.[0].length ?? 0);
        // (Not "the U.N." in "Sudan’s ambassador to the U.N., Omer Hamid, …": "the" may stand after the preposition.)
        // Nor "Facebook" in "In a Facebook post on Tuesday he went further, claiming": "a" or "his" may stand there too.
        const afterPreposition = (m: MentionDraft) => {
          const before = tokens[tokenAt(m.start) - 1];
          return PREPOSITION_BEFORE.has((/^(?:the|a|an|his|her|their|its|our)$/.test(before?.lower ?? '') ? tokens[tokenAt(m.start) - 2] : before)?.lower ?? '');
        };
        let firstMention = index.mentions.find((m) => m.start >= datelineEnd && m.end <= t.start && !m.possessive && (index.entities.get(m.entity)?.type ?? 'group') !== 'group' && !afterPreposition(m));
        // "Bank of Korea Governor Seo Min-jae rejected…, telling": the organization is part of the person's title.
        if (firstMention && index.entities.get(firstMention.entity)?.type === 'organization') {
          const titled = index.mentions.find((m) => m.start > firstMention!.end && m.end <= t.start && index.entities.get(m.entity)?.type === 'person');
          const between = titled ? prose.slice(firstMention.end, titled.start).trim().split(/\s+/).filter(Boolean) : [];
          if (titled && between.length >= 1 && between.length <= 3 && between.every((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || ROLE_NOUNS.has(w.toLowerCase()))) firstMention = titled;
        }
        let subject: Speaker | null = firstMention ? { entity: firstMention.entity, start: firstMention.start, end: firstMention.end } : null;
        // "Hours later, Santiago called in Argentina’s envoy, X, and said it …": a capital followed by its verb, before
        // any name, is the subject (places are not mentions until they speak).
        const placeSubject = index.places.find((p) => {
          if (p.start < sentence.start || p.end > t.start || (firstMention && p.start > firstMention.start)) return false;
          const k = tokenAt(p.start);
          let e = k;
          while (tokens[e] && (tokens[e] as Token).end < p.end) e++;
          const after = tokens[e + 1];
          return !PREPOSITION_BEFORE.has(tokens[k - 1]?.lower ?? '') && !(tokens[k - 1]?.lower === 'the') && after !== undefined && /^\s+$/.test(prose.slice(p.end, after.start)) && /^\p{Ll}+ed$/u.test(after.text) && !functionWords.has(after.lower);
        });
        if (placeSubject) subject = placeSpeaker(placeSubject.end);
        // "Britain’s competition regulator today blocked the takeover … by the rival grocer X, saying": a
        // description of a body opening the sentence is its subject, not a name further into the clause.
        if (participial && !earlier) {
          const f = tokenAt(sentence.start);
          for (let h = f; h < Math.min(f + 5, cue.token); h++) {
            const w = tokens[h] as Token;
            if (w.capitalized || !(GENERIC_ORG_NOUNS.has(w.lower) || ORG_WORDS.has(w.lower))) continue;
            const opening = tokens.slice(f, h).every((p) => p.possessive || CUE_DETERMINERS.has(p.lower) || (!p.capitalized && !functionWords.has(p.lower) && !cueOf(p.lower) && !AUXILIARIES.has(p.lower)));
            if (opening && /^\s+\p{Ll}/u.test(prose.slice(w.end, w.end + 3))) subject = phraseEndingAt(h, (tokens[f] as Token).start) ?? subject;
            break;
          }
        }
        // "Dalbit cut 600 jobs and said…", "the search company Dalbit, cut…": an unknown name opening the sentence.
        if (!subject && coordinated) {
          let f = tokenAt(sentence.start);
          while (tokens[f] && /^(?:the|a|an)$/.test((tokens[f] as Token).lower)) f++;
          while (tokens[f] && !(tokens[f] as Token).capitalized && (tokens[f] as Token).start < t.start && f - tokenAt(sentence.start) < 5) f++;
          let e = f;
          while (tokens[e + 1] && (tokens[e + 1] as Token).capitalized && /^\s+$/.test(prose.slice((tokens[e] as Token).end, (tokens[e + 1] as Token).start))) e++;
          if (tokens[e] && (tokens[e] as Token).start < t.start && !(tokens[e] as Token).possessive) subject = unknownNameSpeaker(e, sentence.start);
        }
        // "PHOENIX — Forecasters issued a warning, saying…": a described group opening the sentence is its subject;
        // "Hanoi played down any link, saying…": so is a capital.
        if (!subject && !earlier && participial) {
          let f = tokenAt(sentence.start);
          const dateline = /^\s*\p{Lu}[\p{Lu} .,'’-]{1,40}(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+/u.exec(prose.slice(sentence.start, t.start));
          if (dateline) f = tokenAt(sentence.start + dateline[0].length);
          const opener = tokens[f];
          if (opener && index.places.some((p) => p.start === opener.start) && !PREPOSITION_BEFORE.has(tokens[f - 1]?.lower ?? '')) subject = placeSpeaker(index.places.find((p) => p.start === opener.start)!.end);
          for (let h = f; h < f + 5 && h < cue.token; h++) {
            if (!SOURCE_NOUNS.has((tokens[h] as Token).lower)) continue;
            subject = phraseEndingAt(h, (tokens[f] as Token).start);
            break;
          }
        }
        cue.speaker = participial ? (earlier?.speaker ?? subject) : (subject ?? earlier?.speaker ?? null);
      }
    }
  }

  // "Three MPs who attended a meeting with the chief whip, Sir Alistair MacLeod, on Tuesday said": a sentence that
  // opens with people described by a relative clause has them as its subject, not someone named inside the clause.
  for (const cue of cues) {
    if (!cue.speaker || cue.info.participle || cue.according || index.entities.get(cue.speaker.entity)?.type === 'group') continue;
    const sentence = sentences[cue.sentence] as Sentence;
    const opening = /^(?:(?:two|three|four|five|six|several|some|many|a\s+few|a\s+dozen|dozens\s+of|\d+)\s+)(?:[\p{L}’'-]+\s+){0,3}?(\p{L}+s)\s+(?:who|whom)\s/diu.exec(prose.slice(sentence.start, cue.speaker.start));
    if (!opening?.[1] || !(SOURCE_NOUNS.has(opening[1].toLowerCase()) || peoplePlural(opening[1].toLowerCase()))) continue;
    if (cues.some((c) => c.sentence === cue.sentence && c.token < cue.token)) continue;
    const headEnd = sentence.start + (opening.indices?.[1]?.[1] ?? 0);
    const group = phraseEndingAt(tokenAt(headEnd) - 1, sentence.start);
    // The whole description, relative clause and all, also known by its head ("Three MPs").
    const end = (tokens[cue.token - 1] as Token).end;
    if (group && index.entities.get(group.entity)?.type === 'group') cue.speaker = groupEntity(prose.slice(group.start, end), group.start, end);
  }

  // "said a competitive player who streams as Rayo", "a 19-year-old who goes by Kaiju online said": the name someone
  // goes by is who speaks, not the description.
  for (const cue of cues) {
    if (!cue.speaker || index.entities.get(cue.speaker.entity)?.type !== 'group') continue;
    const sentence = sentences[cue.sentence] as Sentence;
    const goesBy = GOES_BY_NAME.exec(prose.slice(cue.speaker.start, sentence.end));
    if (!goesBy?.[1]) continue;
    const start = cue.speaker.start + goesBy[0].length - goesBy[1].length;
    cue.speaker = personNamed(goesBy[1], start, start + goesBy[1].length) ?? cue.speaker;
  }

  // "A spokesperson for the State Emergency Service said … “Please do not drive through it,” she said": he or she
  // after an unnamed person described in the singular is that person, when nobody named has been mentioned since.
  // Pronouns were resolved among named people only, before these descriptions became speakers.
  const described: { speaker: Speaker; noun: string; gender: 'male' | 'female' | null }[] = [];
  // "A retired teacher went next. “I taught your children fractions,” she told the board.": an unnamed person
  // described as a sentence's subject is who the next "she" is, even before they have said anything. Kept aside and
  // made a group only when a pronoun turns out to point to them.
  const subjects: { start: number; end: number; gender: 'male' | 'female' | null }[] = [];
  for (const sentence of sentences) {
    const m = SUBJECT_DESCRIPTION.exec(prose.slice(sentence.start, Math.min(sentence.end, sentence.start + 120)));
    if (!m?.[1] || insideQuote(sentence.start + m.index)) continue;
    const start = sentence.start + m.index + m[0].length - m[0].trimStart().length;
    const end = sentence.start + m.index + m[0].length;
    const noun = m[1].toLowerCase();
    subjects.push({ start, end, gender: /^(?:woman|mother|sister|daughter|wife|widow|grandmother|girl)$/.test(noun) ? 'female' : /^(?:man|father|brother|son|husband|widower|grandfather|boy)$/.test(noun) ? 'male' : null });
  }
  for (const cue of cues) {
    const sp = cue.speaker;
    // "“…,” she said" with nobody named before: the pronoun has no antecedent among people.
    const near = [tokens[cue.token - 1], tokens[cue.token + 1]].find((w) => w && (w.lower === 'he' || w.lower === 'she') && (sp ? w.start === sp.start : !insideQuote(w.start) && /^\s+$/.test(prose.slice(Math.min(w.end, (tokens[cue.token] as Token).end), Math.max(w.start, (tokens[cue.token] as Token).start)))));
    if (!sp && !near) continue;
    if (near) {
      const gender = near.lower === 'he' ? 'male' : 'female';
      const lastNamed = sp ? index.mentions.reduce((at, m) => (m.entity === sp.entity && m.form !== 'pronoun' && m.start < near.start && m.start > at ? m.start : at), -1) : -1;
      // Only a description in this paragraph or the one before: further back, "she" is the story's subject again.
      const block = (sentences[sentenceIndexAt(near.start)] as Sentence).block;
      // …and nobody named since: "The Prime Minister’s official spokesman added …. The shadow culture secretary,
      // Hamish Crawford, has written …. In the letter, he wrote" is Crawford, even if "he" found no antecedent.
      const namedAfter = (d: { speaker: Speaker }) => index.mentions.some((m) => (m.form === 'name' || m.form === 'surname') && m.start >= d.speaker.end && m.start < near.start && index.entities.get(m.entity)?.type === 'person');
      let since = described.filter((d) => d.speaker.start > lastNamed && d.speaker.start < near.start && near.start - d.speaker.start < 1500 && (sentences[sentenceIndexAt(d.speaker.start)] as Sentence).block >= block - 1 && (d.gender === null || d.gender === gender) && !namedAfter(d)).at(-1);
      // A described subject in this paragraph or the one before, later than any description that spoke.
      // (Not one inside what someone said: "A courier was due at their door, he said.")
      const reported = (d: { start: number; end: number }) => cues.some((c) => c.sentence === sentenceIndexAt(d.start) && c.speaker !== null && (tokens[c.token] as Token).start > d.end);
      const subject = subjects.filter((d) => d.start > lastNamed && d.end < (sentences[sentenceIndexAt(near.start)] as Sentence).start && !reported(d) && (since === undefined || d.start > since.speaker.end) && (sentences[sentenceIndexAt(d.start)] as Sentence).block >= block - 1 && (d.gender === null || d.gender === gender) && !namedAfter({ speaker: { entity: '', start: d.start, end: d.end } }) && !index.mentions.some((m) => m.start >= d.start && m.start < d.end)).at(-1);
      if (subject && sp && index.entities.get(sp.entity)?.type === 'person') {
        since = { speaker: groupEntity(prose.slice(subject.start, subject.end), subject.start, subject.end), noun: '', gender: subject.gender };
      }
      // "The manager said he had told his players …. “…,” he said": a named person called by their title since
      // the pronoun's antecedent was last named is who "he" is (titles were resolved after pronouns).
      // Not a title inside what the description itself reported ("The Prime Minister’s official spokesman said the
      // Prime Minister had “full confidence” … he said"): that person was spoken of, not speaking.
      // Nor the owner inside the description ("The Prime Minister’s official spokesman").
      const reportedBySince = (at: number) => since !== undefined && ((at >= since.speaker.start && at < since.speaker.end) || cues.some((c) => c.speaker?.entity === since.speaker.entity && c.sentence === sentenceIndexAt(at) && (tokens[c.token] as Token).end <= at));
      const titled = sp ? index.mentions.filter((m) => m.form === 'title' && m.entity !== sp.entity && m.start > lastNamed && m.start < near.start && near.start - m.start < 1500 && index.entities.get(m.entity)?.type === 'person' && [gender, 'unknown'].includes(index.entities.get(m.entity)?.gender ?? 'unknown') && !reportedBySince(m.start)).at(-1) : undefined;
      const to = titled && (!since || since.speaker.start < titled.start) ? titled.entity : since?.speaker.entity;
      if (to && to !== sp?.entity) {
        cue.speaker = { entity: to, start: near.start, end: near.end };
        const mention = index.mentions.find((m) => m.start === near.start && m.form === 'pronoun');
        if (mention) mention.entity = to;
        else index.mentions.push({ entity: to, start: near.start, end: near.end, form: 'pronoun', possessive: false });
      }
      continue;
    }
    if (!sp) continue;
    const type = index.entities.get(sp.entity)?.type;
    if (type === 'person') continue;
    // "as one former colleague put it, “…”": a source quoted in passing does not become the next "she".
    if (cue.info.base === 'put') continue;
    // "She said a Green Climate Fund official had told her…": someone inside another's reported words is not who
    // the next "she said" is.
    if (cues.some((c) => c.sentence === cue.sentence && c.token < cue.token && c.speaker && c.speaker.entity !== sp.entity)) continue;
    // "A reporter shouted: “How do you feel?” “Free,” she said.": whoever puts a question is not who answers it.
    const cueToken = tokens[cue.token] as Token;
    if (/^\s*(?:\p{Ll}+\s+){0,3}\p{Ll}*:?\s*[“"][^“”"]*\?\s*[”"]/u.test(prose.slice(cueToken.end, cueToken.end + 300)) || /\?\s*[”"]\s*(?:\S+\s+){0,4}$/.test(prose.slice(Math.max(0, cueToken.start - 60), cueToken.start))) continue;
    // The description must be the speaker's own words: "A spokesperson for the Service said", not a phrase
    // elsewhere in the sentence ("X, a spokeswoman for …, said the city had not been asked").
    const from = Math.max((sentences[cue.sentence] as Sentence).start, sp.start - 60);
    // "One of the two sources, a diplomat from the region, said": a singular description in apposition counts too.
    const apposed = /^,\s+(?:a|an)\s+[^,;:.!?]{1,60}/u.exec(prose.slice(sp.end, sp.end + 80));
    const to = apposed ? sp.end + apposed[0].length : sp.end;
    const single = [...prose.slice(from, to).matchAll(SINGULAR_DESCRIPTIONS), ...prose.slice(from, to).matchAll(NAMED_BODY_SPOKESPERSON)].find((m) => {
      const end = from + m.index + m[0].length;
      return end > sp.start || /^(?:\s+(?:for|of|at|with|from|in)\s+(?:the\s+)?|\s*)$/i.test(prose.slice(end, sp.start));
    });
    const noun = (single?.[1] ?? '').toLowerCase();
    if (single) described.push({ speaker: sp, noun, gender: /^(?:spokeswoman|sister|mother|daughter|wife|widow)$/.test(noun) ? 'female' : /^(?:spokesman|father|son|husband)$/.test(noun) ? 'male' : null });
  }

  const drafts: StatementDraft[] = [];
  const sentenceSpan = (start: number, end: number) => {
    const a = sentences[sentenceIndexAt(start)] as Sentence;
    const b = sentences[sentenceIndexAt(Math.max(start, end - 1))] as Sentence;
    return { sentenceStart: a.start, sentenceEnd: Math.max(b.end, end) };
  };
  const cueSpanOf = (cue: Cue) => {
    const t = tokens[cue.token] as Token;
    if (cue.according) return { start: (tokens[cue.token - 1] as Token).start, end: t.end };
    return { start: t.start, end: t.end };
  };
  const cueText = (cue: Cue) => {
    const span = cueSpanOf(cue);
    return prose.slice(span.start, span.end);
  };

  // Cues are sorted by position; the ones between two offsets are found by binary search, not by a scan, so an
  // article with thousands of quotes stays linear.
  const cueStarts = cues.map((c) => (tokens[c.token] as Token).start);
  const cuesBetween = (from: number, to: number): Cue[] => {
    const found: Cue[] = [];
    for (let i = lowerBound(cueStarts, from); i < cues.length && (cueStarts[i] as number) < to; i++) found.push(cues[i] as Cue);
    return found;
  };

  /**
   * The latest person who is the subject of a sentence between two offsets, outside quotes, within the two
   * sentences before `to`: the first person mention of the sentence, not possessive, standing at its start
   * (after at most a short opener such as "Outside," or "At the shop,").
   */
  const subjectSince = (from: number, to: number): Speaker | null => {
    const last = sentenceIndexAt(to);
    for (let si = last; si >= Math.max(0, last - 2); si--) {
      const sentence = sentences[si] as Sentence;
      if (sentence.end <= from) break;
      if (insideQuote(sentence.start) || sentence.start < from) continue;
      const m = index.mentions.filter((x) => x.start >= sentence.start && x.end <= Math.min(sentence.end, to) && !insideQuote(x.start)).sort((a, b) => a.start - b.start)[0];
      if (!m || m.possessive || index.entities.get(m.entity)?.type !== 'person') continue;
      const lead = prose.slice(sentence.start, m.start);
      if (!/^[\s“"‘]*$/.test(lead) && !/^\s*(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+,\s*$/u.test(lead)) continue;
      return { entity: m.entity, start: m.start, end: m.end };
    }
    return null;
  };

  /**
   * "A reporter interrupted: “…?”", "One journalist pushed further: “…”", "a reporter called out: “…”": a clause
   * that hands over to a quote with a colon names its speaker as its subject, whatever the verb. The verb is the
   * first past-tense word, with at most three words between it and the colon.
   */
  const colonSubject = (sentenceStart: number, open: number): Speaker | null => {
    const from = tokenAt(sentenceStart);
    const to = tokenAt(open);
    for (let v = from + 1; v < to && v <= from + 10; v++) {
      const t = tokens[v] as Token;
      if (!/^\p{Ll}+ed$/u.test(t.text) && !/^(?:cut|broke|shot|fired|went|came|put|spoke|wrote|read|began)$/.test(t.text)) continue;
      // "…, read a verse from Surah Al-Hujurat to the committee before the vote: “…”": what is read aloud is what
      // follows the colon, however long the verb's object.
      const reading = /^(?:read|recited|quoted|sang|chanted)$/.test(t.text);
      // A relative clause between subject and verb ("Sheikh X, who chairs the trustees, read …") closes with a comma.
      const afterRelative = /^[^,;:]*,\s+(?:who|which)\s[^,;:.!?“”"]*,\s*$/.test(prose.slice(sentenceStart, t.start));
      if (to - v > (reading ? 14 : 4) || AUXILIARIES.has((tokens[v - 1] as Token).lower) || (/[,;:.!?“”"]/.test(prose.slice((tokens[v - 1] as Token).end, t.start)) && !afterRelative)) return null;
      return speakerBefore(v, sentenceStart);
    }
    return null;
  };

  // ---- quotes ------------------------------------------------------------------------------------------------
  let lastSpeaker: { entity: string; block: number; start: number; end: number } | null = null;
  quotes.forEach((q, qi) => {
    const closeAt = q.close ?? q.contentEnd;
    const openSentence = sentences[sentenceIndexAt(q.open)] as Sentence;
    const closeSentenceIndex = sentenceIndexAt(closeAt);
    const closeSentence = sentences[closeSentenceIndex] as Sentence;
    const prevQuote = quotes[qi - 1];
    const nextQuote = quotes[qi + 1];
    const beforeStart = Math.max(openSentence.start, prevQuote && prevQuote.firstBlock === q.firstBlock ? (prevQuote.close ?? prevQuote.contentEnd) + 1 : 0);
    let afterEnd = Math.min(closeSentence.end, nextQuote ? nextQuote.open : Infinity);
    // "“We won.” Smith said." The attribution may stand as its own short sentence after the quote.
    const following = sentences[closeSentenceIndex + 1];
    if (afterEnd <= closeAt + 2 && following && following.block === closeSentence.block && (!nextQuote || nextQuote.open > following.end) && tokenAt(following.end) - tokenAt(following.start) <= 6) afterEnd = following.end;
    const beforeText = prose.slice(beforeStart, q.open);
    const words = prose.slice(q.contentStart, q.contentEnd).trim().split(/\s+/);
    const content = prose.slice(q.contentStart, q.contentEnd);

    // "…had been “far too slow” and “far too timid”": a fragment joined to the one before shares its attribution.
    const previousDraft = drafts.at(-1);
    // A new sentence ("…could “finally breathe.” “Gareth was…,” she said") starts a quote of its own.
    if (prevQuote && prevQuote.lastBlock === q.firstBlock && sentenceIndexAt(prevQuote.open) === sentenceIndexAt(q.open) && previousDraft && previousDraft.kind === 'partial' && previousDraft.start === prevQuote.contentStart && /^[ ,]*(?:and|or|but|,)?[ ,]*$/.test(prose.slice((prevQuote.close ?? prevQuote.contentEnd) + 1, q.open))) {
      drafts.push({ ...previousDraft, start: q.contentStart, end: q.contentEnd, ...sentenceSpan(q.open, closeAt + 1) });
      return;
    }

    // Titles, names and scare quotes are not statements.
    const beforeTokens = tokens.slice(tokenAt(beforeStart), tokenAt(q.open));
    const lastWords = beforeTokens.slice(-3).map((w) => w.lower);
    const lastTwo = lastWords.slice(-2).join(' ');
    // "the CFA's “If in doubt, leave early” message": a label noun right after the closing mark.
    const labelAfter = LABEL_AFTER.test(prose.slice(q.close ?? q.contentEnd, (q.close ?? q.contentEnd) + 16)) && !/^[,.]?[”"’]?\s+\S+\s+(?:said|says|told|added)\b/.test(prose.slice(q.close ?? q.contentEnd, (q.close ?? q.contentEnd) + 40));
    const lastThree = lastWords.slice(-3).join(' ');
    const introducer = labelAfter || nonSpeechIntroducers.some((phrase) => lastTwo.endsWith(phrase) || lastWords.at(-1) === phrase || lastThree.endsWith(phrase));
    // "the album “Les Heures Bleues”", "a report titled “…”" — but not "the album was “the most personal…”".
    // "closing with “The Parting Glass,” a song he chose": a title with the kind of work in apposition after it.
    const workAfter = /,\s*$/.test(content) || /^[”"’]?,/.test(prose.slice(q.close ?? q.contentEnd, (q.close ?? q.contentEnd) + 3)) ? WORK_AFTER.exec(prose.slice(q.close ?? q.contentEnd, (q.close ?? q.contentEnd) + 40)) : null;
    const workTitle = (WORK_NOUNS.has(lastWords.at(-1) ?? '') || (WORK_NOUNS.has(lastWords.at(-2) ?? '') && /^(titled|entitled|called|named|dubbed)$/.test(lastWords.at(-1) ?? '')) || (workAfter !== null && WORK_NOUNS.has((workAfter[1] ?? '').toLowerCase()))) && (!/[.!?]$/.test(content) || (/^(?:motto|slogan|tagline|sign|banner|placard|hashtag|chant)$/.test(lastWords.at(-1) ?? '') && (/^(?:a|an|the|its|their|his|her|our)$/.test(lastWords.at(-2) ?? '') || beforeTokens.at(-2)?.possessive === true))) && words.length <= 12;
    // "a group called “…”", "a tenants’ association called “…”", "known among farmers simply as “…”": a name.
    const detAt = beforeTokens.slice(0, -1).findLastIndex((w) => ['a', 'an', 'the'].includes(w.lower));
    const between = detAt >= 0 ? beforeTokens.slice(detAt + 1, -1) : [];
    // "a banner from the stands that reads “…”", "whose campaign slogan is “…”": what a sign or slogan says. Not "a
    // sign painter who said “…”": a relative pronoun after the noun gives the words to a person.
    const nearBefore = beforeTokens.slice(-8, -1);
    const signAt = nearBefore.findLastIndex((w) => SIGN_NOUN.test(w.lower));
    const signReads = signAt >= 0 && /^(?:reads|read|reading|is|was|says|said)$/.test(lastWords.at(-1) ?? '') && words.length <= 12 && !nearBefore.slice(signAt + 1).some((w) => w.lower === 'who' || w.lower === 'which');
    // "a maritime phase off the Latvian coast, called “Grey Tide,” the official added", "an operation code-named
    // “Iron Shield”": a participle of naming after a comma, or a code name, names the thing before it; so does
    // "called" right after a noun ("a Telegram channel called “Vault Room”").
    const participleNaming = words.length <= 5 && /^(?:\p{Lu}[\p{L}\p{N}’'-]*|of|the|and)(?:\s+(?:\p{Lu}[\p{L}\p{N}’'-]*|of|the|and))*[.,]?$/u.test(content.trim()) && /(?:,\s+(?:called|dubbed|named|nicknamed|known\s+as)|\bcode-?named)\s*$/i.test(beforeText);
    const namedCalled = participleNaming || (lastWords.at(-1) === 'called' && between.length >= 1 && between.length <= 3 && !/ly$/.test(between.at(-1)?.lower ?? '') && between.every((w, i) => (!w.capitalized || (i < between.length - 1 && index.entities.get(mentionByStart.get(w.start)?.entity ?? '')?.type !== 'person')) && !cueOf(w.lower) && !(SOURCE_NOUNS.has(w.lower) && !w.possessive) && !/^(?:he|she|they|we|i|you|it|who|which|that|has|have|had|was|is|were|are)$/.test(w.lower))) || (lastWords.at(-1) === 'as' && beforeTokens.slice(-5, -1).some((w) => w.lower === 'known')) || (lastTwo === 'as the' && beforeTokens.at(-3)?.lower === 'known');

    // "…was “far too slow” and “far too timid,” Pryce said": a fragment joined to the next one by "and" takes the
    // attribution that follows the pair.
    const pairedNext = nextQuote !== undefined && nextQuote.firstBlock === q.lastBlock && sentenceIndexAt(nextQuote.open) === sentenceIndexAt(q.open) && !/[.!?]\s*$/.test(content) && /^[ ,]*(?:and|or)[ ,]*$/.test(prose.slice(closeAt + 1, nextQuote.open));
    const afterFrom = pairedNext ? (nextQuote.close ?? nextQuote.contentEnd) : closeAt;
    const afterTo = pairedNext ? Math.min(closeSentence.end, quotes[qi + 2]?.open ?? Infinity) : afterEnd;
    // The cue right after the quote: "…,” Smith said / said Smith / the minister added".
    const afterCues = cuesBetween(afterFrom + 1, afterTo).filter((c) => {
      const t = tokens[c.token] as Token;
      if (t.start <= afterFrom || t.start >= afterTo || c.according) return false;
      // Abbreviation dots ("Dr.", "Lt. Col.", "J.") do not end the attribution.
      const between = prose.slice(afterFrom + 1, t.start).replace(/\b(?:\p{Lu}\p{Ll}{0,3}|\p{Lu})\.(?=\s)/gu, '');
      // "…“in this parliamentary term”, and Edinburgh insisted that…": a new coordinated clause has its own words.
      if (/^[\s”"’]*,\s*(?:and|but|while|whereas)\s/.test(between)) return false;
      // "…,” South Africa’s finance minister, Thandiwe Mokoena, who chaired the meeting, told reporters": a long
      // subject may stand between the quote and its verb, as long as the verb's speaker stands after the quote.
      const gap = tokens.slice(tokenAt(afterFrom + 1), c.token).length;
      return !/[.!?;]\s/.test(between) && (gap <= 9 || (gap <= 18 && c.speaker !== null && c.speaker.start > afterFrom));
    });
    const afterCue = afterCues.find((c) => c.speaker) ?? afterCues[0] ?? cuesBetween(afterFrom + 1, afterTo).find((c) => c.according && (tokens[c.token] as Token).start > afterFrom && (tokens[c.token] as Token).start < afterTo && tokens.slice(tokenAt(afterFrom + 1), c.token).length <= 3);
    // The cue before the quote in its sentence: "Smith said: “…", "she called it “…”".
    const cuesBefore = cuesBetween(beforeStart, q.open).filter((c) => {
      const t = tokens[c.token] as Token;
      return t.start >= beforeStart && t.end <= q.open;
    });
    // "The ministry said the EU had demanded a share that was “…”": the quote is the outer speaker's words,
    // unless a new clause ("…, but Jones warned") starts between the cues.
    // "…, and that the decision had left families “in limbo”" goes on with the same speaker's words.
    // "…told reporters that drivers had complained “at least forty times”": "told … that" opens the speaker's words too.
    // Not a relative clause's verb ("X, an engineer at Maasland, which advised the city, said the wall was “…”").
    const outer = cuesBefore.find((c) => c.speaker && !/^(?:which|who)$/.test(tokens[c.token - 1]?.lower ?? '') && (!c.info.ambiguous || (c.info.base === 'tell' && /\bthat\s/.test(prose.slice((tokens[c.token] as Token).end, q.open)))) && !c.according && !CLAUSE_BREAK.test(prose.slice((tokens[c.token] as Token).end, q.open).replace(/,?\s+(?:and|but)\s+that\s/g, ' that ')));
    // "called Nguyen's claim “politics, not arithmetic”": the verb's subject said it, not the claim's owner.
    // "said the exchange owed $1.4bn but held assets worth “at most” $610m": "held", "thought", "planned" are
    // verbs of speech only now and then; a real one before them in the sentence wins.
    const weak = (c: Cue) => /^(?:hold|think|plan|commit|bet)$/.test(c.info.base);
    const lastBefore = cuesBefore.filter((c) => c.speaker && !weak(c)).at(-1) ?? cuesBefore.filter((c) => c.speaker).at(-1) ?? cuesBefore.at(-1);
    const verbBefore = lastBefore?.noun ? cuesBefore.filter((c) => !c.noun && c.speaker).at(-1) : undefined;
    // "…announced that X had won, a result his opponent, Ana Ruiz, immediately called “a fraud”": a naming verb right
    // before the quote, with its own subject after the outer cue, gives the words to that subject.
    const namingOwn = lastBefore?.speaker != null && outer !== undefined && /^(?:call|describe|label|dub|brand|term)$/.test(lastBefore.info.base) && lastBefore.speaker.start > (tokens[outer.token] as Token).end && /^\s*(?:(?:it|them|him|her|this|that)\s+)?(?:as\s+)?$/.test(prose.slice((tokens[lastBefore.token] as Token).end, q.open));
    const beforeCue = verbBefore ?? (outer && outer !== lastBefore && !lastBefore?.info.participle && !namingOwn ? outer : lastBefore);
    // Not "by June", "from Monday": a title does not open with a lower-case preposition.
    const titleCase = words.length <= 12 && !/^(?:by|on|in|until|till|from|before|after|since|at|to|for|with|within|during)$/.test(words[0] ?? '') && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|a|an|and|or|in|on|at|to|for|with|from|by|is|vs\.?|de|la|le|les|des|du|di|da|del|della|van|von|der|den|y|el|al|och|und|und)$/.test(w)) && (!/[.!?]$/.test(content) || (words.length >= 2 && words.length <= 6 && !/^(?:I|We|You|He|She|It|They|This|That|There)$/.test(words[0] ?? '')));
    // The attribution belongs to this quote only when its speaker stands after the quote ("…,” Ruiz said").
    // "a line from “Things Fall Apart”, which she said she had read…": a relative clause is about the quoted thing.
    const attachedAfter = afterCue?.speaker && afterCue.speaker.start > closeAt && tokens.slice(tokenAt(closeAt + 1), afterCue.token).length <= 4 && !/^[\s”"’]*,?\s*(?:which|that)\s/.test(prose.slice(closeAt + 1, closeAt + 12));
    // "Residents call the road “the chimney”", "often called “the voice of…”": a name given, not words said.
    const clauseWords = beforeTokens.slice(-8).map((w) => w.lower);
    const callAt = clauseWords.findLastIndex((w) => /^(call|calls|called|calling|dub|dubs|dubbed|nickname|nicknamed|term|termed|name|named)$/.test(w));
    // "who did not want to be named, told the Star the strike was “a tantrum”": a later verb, or "to be named"
    // (anonymity), means the naming verb does not govern the quote.
    const callVerb = callAt >= 0 && clauseWords[callAt - 1] !== 'be' && !clauseWords.slice(callAt + 1).some((w) => cueOf(w) || /^(is|was|are|were|be|been|that)$/.test(w));
    // Passive or habitual naming ("often called", "is known as") has no speaker.
    const passiveNaming = callAt > 0 && /^(often|sometimes|widely|also|popularly|once|affectionately|is|was|been|be|are|were|long|locally|commonly|known)$/.test(clauseWords[callAt - 1] ?? '');
    const namer = beforeCue?.speaker && !passiveNaming ? index.entities.get(beforeCue.speaker.entity)?.type : undefined;
    // "Residents call the road “the chimney”" names a thing; "Finance ministers called the process “a paperwork
    // marathon”" is what a group said once.
    const groupSaidOnce = namer === 'group' && clauseWords[callAt] === 'called';
    if (callVerb && /^(the|a|an)\s/i.test(content) && words.length <= 6 && namer !== 'person' && namer !== 'organization' && !groupSaidOnce) return;
    // "what firefighters call “defensible space”": a term a trade uses, in the present; "what it called “a hoax”"
    // (once, in the past) stays the speaker's words.
    // "…, which the union calls “the broken day,”": a name given to a thing, the same way.
    // "what senior officers call the “readiness gap.”": the article may stand outside the marks.
    if (words.length <= 6 && /\b(?:what|which)\s+(?:[\p{L}’'-]+\s+){1,4}(?:call|calls|refer\s+to\s+as|refers\s+to\s+as|know\s+as)\s+(?:the\s+)?$/u.test(beforeText)) return;
    const cueRightBefore = beforeCue !== undefined && /[:,]\s*$/.test(beforeText) && prose.slice((tokens[beforeCue.token] as Token).end, q.open).trim().split(/\s+/).filter(Boolean).length <= 2;
    // "“Calloway Freight v. Department of Labor,”": a case name is a title.
    const caseName = /^\p{Lu}[\p{L}.&’' -]{0,60}\s+v(?:s)?\.?\s+\p{Lu}[\p{L}.&’' -]{0,60}[,.]?$/u.test(content.trim()) && words.length <= 12;
    // "“[a global target to reduce production]”": a draft's bracketed option is text under negotiation, not words said.
    const bracketedOption = /^\[[^\[\]]+\][.,]?$/.test(content.trim());
    // "her “Glass Orbit” tour, her representative said": a title-cased name before a noun it modifies is a name,
    // whoever speaks after it.
    const modifierName = titleCase && words.length <= 5 && /[\p{L}\p{N}]$/u.test(prose.slice(closeAt - 1, closeAt)) && /^\s+\p{Ll}{3,}\b/u.test(prose.slice(closeAt + 1, closeAt + 20)) && !/^\s+(?:and|or|but|as|from|to|in|on|at|by|for|with|said|says|told|added|which|that|who|was|is|were|are|has|had|will|would|she|he|they|we|you|her|his|its|their|this|these|those|when|while|because|if|then|than|after|before)\b/.test(prose.slice(closeAt + 1, closeAt + 20)) && !cueOf((/^\s+(\p{Ll}+)/u.exec(prose.slice(closeAt + 1, closeAt + 20))?.[1] ?? ''));
    if (introducer || workTitle || signReads || namedCalled || caseName || bracketedOption || modifierName || (titleCase && !attachedAfter && !cueRightBefore)) return;
    const shortFragment = words.length <= 3 && !/[.!?]$/.test(content);
    // "insisted that “not one dollar” had changed hands": "that" after a verb of saying opens a clause; it is no determiner.
    const complementizer = lastWords.at(-1) === 'that' && cueOf(lastWords.at(-2) ?? '') !== undefined;
    // "called the plan a “disaster”" reports a word of the caller's; "which its architects called the “pension
    // bridge”" gives a name (a definite article outside the marks).
    const determinerBefore = DETERMINERS_BEFORE_SCARE.has(lastWords.at(-1) ?? '') && !complementizer && (lastWords.at(-1) === 'the' || !['called', 'calling', 'described', 'labelled', 'labeled', 'termed'].includes(lastWords.at(-2) ?? ''));
    // "Critics have nicknamed the package “la guillotina”", "dubbed the plan “Project Sunrise”": a name given.
    const namingAt = clauseWords.findLastIndex((w) => /^(?:nicknamed|dubbed|branded|renamed|named|labelled|labeled|christened)$/.test(w));
    const namingBefore = namingAt >= clauseWords.length - 6 && namingAt >= 0 && !/^(?:be|been|being)$/.test(clauseWords[namingAt - 1] ?? '') && clauseWords.slice(namingAt + 1).every((w) => !AUXILIARIES.has(w) && !cueOf(w) && !/^(?:had|has|have|was|were|is|are)$/.test(w)) && words.length <= 5 && !/[.!?]$/.test(content.trim());
    if (namingBefore) return;
    // "…said in a statement that the meeting had exposed the “limits of unilateralism”": after "said … that", a
    // fragment is the speaker's words, article or not.
    const saidThat = /\b(?:said|says|told|added|warned|argued|insisted|wrote|stated)\b[^.;:!?“”"]*\bthat\s[^“”"]*$/.test(prose.slice(openSentence.start, q.open));
    // …but a two- or three-word term after a determiner or a number, with no small words of its own, is a term the
    // copy puts in quotes even there ("had gained access to one of its “hot wallets,”", "three “Lithuanian drones”").
    const termWords = content.trim().replace(/[,]$/, '').split(/\s+/);
    // Not "full backing", "strong indications": a first word that judges makes it someone's words.
    const term = termWords.length >= 2 && termWords.length <= 3 && termWords.every((w) => /^[\p{L}-]+$/u.test(w) && !functionWords.has(w.toLowerCase())) && /^\p{Ll}/u.test(termWords.at(-1) ?? '') && !modifierWord((termWords[0] ?? '').toLowerCase()) && !/ly$/.test(termWords[0] ?? '');
    // "a second “cooling bay”", "the fund's “downside scenario,”": an ordinal or an owner's possessive, too.
    const numberBefore = /^(?:two|three|four|five|six|seven|eight|nine|ten|dozens|several|first|second|third|fourth|\d+)$/.test(lastWords.at(-1) ?? '') || (beforeTokens.at(-1)?.possessive === true && /^[’']s\s*$/.test(prose.slice((beforeTokens.at(-1) as Token).end, q.open)) && term);
    // "… taken to calling the “readiness gap.”": a full stop inside the closing mark ends the sentence, not the term.
    const shortTerm = shortFragment || (lastWords.at(-1) === 'the' && words.length <= 3 && /^[^.!?]+\.$/.test(content.trim()) && /^[”"’']?\s*(?:\n|$)/.test(prose.slice((q.close ?? q.contentEnd) + 1, (q.close ?? q.contentEnd) + 3)));
    if (shortTerm && (determinerBefore || numberBefore) && !attachedAfter && (!saidThat || (term && lastWords.at(-1) !== 'a' && lastWords.at(-1) !== 'an'))) return;
    // "the College of Policing’s “barred list”": a name's possessive before a short quote makes it the name of a thing.
    const ownerBefore = beforeTokens.at(-1);
    if (shortFragment && ownerBefore?.possessive && ownerBefore.capitalized && /^[’']s\s*$/.test(prose.slice(ownerBefore.end, q.open)) && !attachedAfter) return;
    // "the “drop, cover and hold on” routine", "“very high risk” levels", "to “validate” lists": a quote used as a
    // modifier of the noun after it is a label, not words anyone is reported to have said.
    const modified = tokens[tokenAt((q.close ?? q.contentEnd) + 1)];
    // "the informal “blue” dollar": one plain adjective may stand between the determiner and a one- or two-word label.
    const adjectiveBefore = words.length <= 2 && !cuesBefore.some((c) => !c.according) && CUE_DETERMINERS.has(lastWords.at(-2) ?? '') && /^\p{Ll}+$/u.test(beforeTokens.at(-1)?.text ?? '') && !functionWords.has(lastWords.at(-1) ?? '') && !cueOf(lastWords.at(-1) ?? '') && !/ly$/.test(lastWords.at(-1) ?? '') && !AUXILIARIES.has(lastWords.at(-1) ?? '') && /^\s+[“"‘]?$/.test(prose.slice((beforeTokens.at(-1) as Token | undefined)?.end ?? q.open, q.open + 1));
    if (words.length <= 5 && !/[.!?,]$/.test(content) && (CUE_DETERMINERS.has(lastWords.at(-1) ?? '') || adjectiveBefore) && modified && /^\s+$/.test(prose.slice((q.close ?? q.contentEnd) + 1, modified.start)) && MODIFIED_NOUN.test(modified.text) && !functionWords.has(modified.lower) && !cueOf(modified.lower) && !adverb(modified.lower) && !NOT_MODIFIED.has(modified.lower) && !attachedAfter) return;
    // "to pursue “loss and damage” claims against emitters": a plural noun that could be a verb ("claims"), with a
    // preposition after it, is the noun the label modifies.
    const modifiedAfterNext = modified ? tokens[tokenAt(modified.end)] : undefined;
    if (words.length <= 5 && !/[.!?,]$/.test(content) && modified && /^\s+$/.test(prose.slice((q.close ?? q.contentEnd) + 1, modified.start)) && /^\p{Ll}+s$/u.test(modified.text) && cueOf(modified.lower) && modifiedAfterNext !== undefined && /^\s+$/.test(prose.slice(modified.end, modifiedAfterNext.start)) && /^(?:against|for|over|from|of|on|in|with|by)$/.test(modifiedAfterNext.lower) && !attachedAfter) return;
    // "take over the branches as “community-run hubs”": "as" after a verb that is not one of describing.
    if (shortFragment && lastWords.at(-1) === 'as' && !beforeTokens.slice(-10, -1).some((w) => (cueOf(w.lower) && !/^(?:say|tell|add|state|note|report|announce|explain|write|claim|insist|argue|confirm|warn)$/.test(cueOf(w.lower)?.base ?? '')) || /^(?:see|sees|saw|seen|seeing|regard|regards|regarded|regarding|view|views|viewed|viewing|brand|branded|branding|dismiss|dismissed|dismissing|hail|hailed|hailing|treat|treats|treated|treating)$/.test(w.lower)) && !attachedAfter) return;
    // "…said it had invested “over £20m” in the business and was “saddened” by the outcome": a short fragment after
    // an attributed quote of the same sentence is still theirs.
    const priorInSentence = prevQuote !== undefined && sentenceIndexAt(prevQuote.open) === sentenceIndexAt(q.open) && drafts.at(-1)?.start === prevQuote.contentStart && drafts.at(-1)?.speaker != null;
    if (shortFragment && !afterCue && !beforeCue && !priorInSentence) return;

    // "Later, “We are done,” said X.": a short adverbial opener leaves the quote a full utterance.
    const beforeBare = /^[\s—–\-]*$/.test(beforeText) || (beforeStart === openSentence.start && /^\s*[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3},\s*$/u.test(beforeText) && !cuesBefore.length && !index.mentions.some((m) => m.start >= beforeStart && m.end <= q.open));
    const colonOrCue = /[:]\s*$/.test(beforeText) || (beforeCue !== undefined && /^[\s,]*$/.test(prose.slice((tokens[beforeCue.token] as Token).end, q.open)) && /[,:]\s*$/.test(beforeText)) || (beforeCue !== undefined && /,\s*$/.test(beforeText) && /^[\s,]*$/.test(prose.slice((tokens[beforeCue.token] as Token).end, q.open).replace(/^\s+(to\s+)?\S+\s*/, '')));
    // "…arrived with, as she puts it, “two words of English”": a fragment woven into the reporter's sentence.
    const wovenPutIt = beforeCue?.info.base === 'put' && /\p{L}/u.test(prose.slice(openSentence.start, (tokens[Math.max(0, beforeCue.token - 3)] as Token).start)) && !/:\s*$/.test(beforeText);
    const kind: 'direct' | 'partial' = (beforeBare || colonOrCue) && !wovenPutIt ? 'direct' : 'partial';

    let cue: Cue | undefined;
    if (kind === 'direct' && colonOrCue && beforeCue?.speaker) cue = beforeCue;
    else if (kind === 'direct' && afterCue?.speaker) cue = afterCue;
    else if (beforeCue?.speaker && (kind === 'partial' || colonOrCue)) cue = beforeCue;
    else if (afterCue?.speaker) cue = afterCue;
    else if (beforeCue?.speaker) cue = beforeCue;
    else cue = afterCue ?? beforeCue;

    let speaker: Speaker | null = cue?.speaker ?? null;
    // "…told the Star that the strike was “a tantrum” and that the union was “using our kids…”": a later quote
    // of the same sentence, with no cue of its own, belongs to the attribution of the one before it — also across
    // names when "and that" opens the second reported clause ("…and that Beijing stood ready to work with “…”").
    const sameSentenceDraft = drafts.at(-1);
    let inherited: StatementDraft | null = null;
    if (!speaker && !cue && prevQuote && sameSentenceDraft?.speaker && sameSentenceDraft.start === prevQuote.contentStart && sentenceIndexAt(prevQuote.open) === sentenceIndexAt(q.open) && (/^[\s,.”"’]*(?:and|but)\s+that\s/.test(prose.slice((prevQuote.close ?? prevQuote.contentEnd) + 1, q.open)) || !index.mentions.some((m) => m.start > (prevQuote.close ?? prevQuote.contentEnd) && m.end <= q.open && index.entities.get(m.entity)?.type !== 'group'))) {
      speaker = { entity: sameSentenceDraft.speaker, start: sameSentenceDraft.speakerSpan?.start ?? q.open, end: sameSentenceDraft.speakerSpan?.end ?? q.open };
      inherited = sameSentenceDraft;
    }
    if (!speaker && /:\s*$/.test(beforeText) && !beforeCue) speaker = colonSubject(openSentence.start, q.open);
    if (!speaker) {
      // A quote with no cue continues the speaker of the quote before it, in this paragraph or the one before —
      // unless a person has since become the subject of a sentence ("Dorota Kowalczyk, 52, has run it for 16
      // years. … She shakes her head. “Then my manager rang.”"): then the quote is theirs.
      const sinceSubject = lastSpeaker ? subjectSince(lastSpeaker.end, q.open) : null;
      if (sinceSubject && lastSpeaker && sinceSubject.entity !== lastSpeaker.entity) speaker = sinceSubject;
      else if (lastSpeaker && q.firstBlock - lastSpeaker.block <= 1) speaker = { entity: lastSpeaker.entity, start: lastSpeaker.start, end: lastSpeaker.end };
      else {
        // The subject of the closest sentence before the quote that names a person ("X struck a conciliatory
        // note. “We fought hard…”"), not whoever was named last in passing.
        const from = (sentences[Math.max(0, sentenceIndexAt(q.open) - 2)] as Sentence).start;
        const people = index.mentions.filter((m) => m.end <= q.open && m.start >= from && index.entities.get(m.entity)?.type === 'person' && !m.possessive);
        const latest = people.at(-1);
        const nearby = latest ? people.find((m) => sentenceIndexAt(m.start) === sentenceIndexAt(latest.start)) : undefined;
        if (nearby) speaker = { entity: nearby.entity, start: nearby.start, end: nearby.end };
      }
    }
    if (!speaker && !cue && words.length <= 4) return; // a fragment nobody is said to have said
    if (speaker) lastSpeaker = { entity: speaker.entity, block: q.lastBlock, start: speaker.start, end: speaker.end };
    drafts.push({
      kind,
      start: q.contentStart,
      end: q.contentEnd,
      speaker: speaker?.entity ?? null,
      speakerSpan: speaker ? { start: speaker.start, end: speaker.end } : null,
      cue: cue ? cueText(cue) : (inherited?.cue ?? null),
      cueSpan: cue ? cueSpanOf(cue) : (inherited?.cueSpan ?? null),
      ...sentenceSpan(q.open, closeAt + 1),
    });
  });

  // ---- indirect speech ---------------------------------------------------------------------------------------
  const indirectSpans = new Set<string>();
  /** Spans a complement search found besides its main one (the words after a parenthetical attribution). */
  const extraSpans: { start: number; end: number }[] = [];
  const quoteContent = (start: number, end: number) => {
    const q = quotes[quoteIndexAt(start)];
    return q !== undefined && q.contentStart <= start && end <= q.contentEnd + 1;
  };
  for (const cue of cues) {
    if (!cue.speaker || documentVerbCues.has(cue.token)) continue;
    const sentence = sentences[cue.sentence] as Sentence;
    let span: { start: number; end: number } | null = null;
    if (cue.according) {
      const phraseStart = (tokens[cue.token - 1] as Token).start;
      const speakerEnd = cue.speaker.end;
      const lead = prose.slice(sentence.start, phraseStart);
      if (/^\s*$/.test(lead)) {
        // "According to X, the plan…"
        const comma = prose.indexOf(',', speakerEnd);
        if (comma !== -1 && comma < sentence.end) span = { start: comma + 1, end: sentence.end };
      } else if (/,\s*$/.test(lead)) span = { start: sentence.start, end: sentence.start + lead.replace(/,\s*$/, '').length };
    } else {
      extraSpans.length = 0;
      span = complementOf(cue, sentence);
      // "When Drummond said the regime would run “before the recess”, Ferguson-Reid interjected": a clause opened
      // by a subordinator ends at its comma; what follows is the main clause, not more of what was said.
      const cueToken = tokens[cue.token] as Token;
      if (span && SUBORDINATE_OPENING.test(prose.slice(sentence.start, cueToken.start))) {
        const comma = [...prose.slice(cueToken.end, span.end).matchAll(/,/g)].map((m) => cueToken.end + m.index).find((at) => !insideQuote(at) && !/^\d/.test(prose.slice(at + 1, at + 2)));
        if (comma !== undefined && comma > span.start) span = { start: span.start, end: comma };
      }
    }
    if (!span) continue;
    const spans = [span, ...(cue.according ? [] : [...coordinatedClauses(span, sentence), ...extraSpans])];
    for (const one of spans) pushIndirect(cue, one, sentence);
  }

  function pushIndirect(cue: Cue, span: { start: number; end: number }, sentence: Sentence): void {
    if (!cue.speaker) return;
    let { start, end } = span;
    // Leading time words belong to the telling, not to what was told ("said yesterday it would…").
    // …but not the subject of the clause: "warned that Wednesday would bring another day of fire danger".
    const lead = /^\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+(?:week|month|night|year)|earlier|later|in\s+a\s+(?:statement|interview|post|speech|letter)|in\s+an\s+(?:interview|email|op-ed)|on\s+(?:social\s+media|television|radio|x|twitter|facebook|instagram))(?:\s+(?:to|with)\s+[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*)*)?(?:,\s*(?:that\s+)?|\s+that\s+|\s+(?=(?:it|he|she|they|we|i|the|a|an|his|her|their|its|there)\s))/iu.exec(prose.slice(start, end));
    const leadIsSubject = lead !== null && /^\s*(?:that\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday)\s+(?:would|will|is|was|could|should|might|may|has|had)\b/i.test(prose.slice(start - 5 < 0 ? 0 : start, end));
    if (lead && !leadIsSubject && end - start - lead[0].length > 10) start += lead[0].length;
    // A dateline is not part of what was said: "TOKYO (Reuters) — …", "LEMBENI, Namora (AP) — …".
    const dateline = /^\s*\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s*[\p{L} .]{2,30})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+/u.exec(prose.slice(start, end));
    if (dateline) start += dateline[0].length;
    while (start < end && /[\s,:;—–\-]/.test(prose[start] ?? '')) start++;
    while (end > start && /[\s,.;:—–\-]/.test(prose[end - 1] ?? '')) end--;
    if (end <= start) return;
    const text = prose.slice(start, end);
    if (text.split(/\s+/).length < 2) return;
    // Content that is a quote, or starts with one, is already a direct or partial statement.
    const startsQuote = quotes[quoteIndexAt(start)];
    // But "she replied that “the only violence…”": after "that" the quote, marks and all, is also the reported clause.
    if (/^[“"‘]/.test(text) && startsQuote?.open === start && (startsQuote.close ?? startsQuote.contentEnd) >= end - 1 && !/\bthat\s+$/.test(prose.slice(Math.max(0, start - 6), start))) return;
    if (quoteContent(start, end)) return;
    // "had spoken to both women", "talked about the budget": whom or what they spoke of, not what they said.
    if (tailIsAdverbial(text) || /^(of|about|on|to|with)\s/i.test(text) && text.split(/\s+/).length <= 5 && !/\b(?:is|are|was|were|had|has|have|would|will|could|should)\b/i.test(text)) return;
    // "wrote in her veto letter", "said in a video posted online": where it was said, not what.
    if (/^in\s+(?:a|an|the|his|her|their|its|our)\s+(?:[\p{L}-]+\s+){0,3}(?:letter|statement|post|interview|speech|email|e-mail|note|video|message|op-ed|column|filing|report|appearance|broadcast|briefing|podcast|blog|newsletter|memo|tweet)(?:\s+(?:to|on|posted|published|released|sent)\b.*)?$/iu.test(text)) return;
    // "asked not to be named", "declined to comment": conditions of speaking, not what was said.
    if (/^(?:not to be (?:named|identified)|to remain anonymous|anonymity|not authori[sz]ed|to comment|comment\b)/i.test(text)) return;
    if (/^[^“"‘]{0,40}:\s*[“"‘]/.test(text) && (quotes[quoteIndexAt(start) + 1]?.open ?? Infinity) < end) return;
    // "urged the union to return to talks", "asked residents to stay indoors": a directive, not reported speech
    // (unless "that" opens a clause: "urged that the talks resume").
    // "asked that her name not be used", "urged that the plan be dropped": a request in the subjunctive, not speech.
    if (DIRECTIVE_BASES.has(cue.info.base) && /^(?:[\p{L}’'-]+\s+){1,5}(?:not\s+)?be\s/u.test(text)) return;
    if ((DIRECTIVE_BASES.has(cue.info.base) || cue.info.base === 'call' || cue.info.base === 'tell') && !/\bthat\s*$/.test(prose.slice(Math.max(0, start - 6), start)) && /^(?:[\p{L}\p{N}’'.-]+\s+){1,7}to\s+\p{Ll}/u.test(text) && !/^(?:it|he|she|they|we|i|the\s+\S+\s+(?:was|were|is|are|had|has|would|will))\b/i.test(text)) return;
    // "agreed to buy Vela": an undertaking, not something said; "asked for help", "called for calm": a request.
    if (/^(?:agree|decide|refuse|decline|offer|threaten|plan|hope|want|intend|aim|seek|expect)$/.test(cue.info.base) && /^to\s+\p{Ll}/u.test(text)) return;
    // "asked for help", "called for calm", "would … ask the council for funds": a request.
    if (/^(?:ask|call|appeal|press|plead)$/.test(cue.info.base) && /^(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[\p{L}’'-]+\s+){0,3}for\s/iu.test(text) && !/^(?:[\p{L}’'-]+\s+){0,4}(?:was|were|is|are|had|has|have|would|will|could|should)\b/iu.test(text)) return;
    // "which advised the city on the design": whom they advised and on what, not advice reported.
    if (/^(?:advise|brief)$/.test(cue.info.base) && /^(?:[\p{L}’'-]+\s+){1,4}(?:on|about|over)\s+(?:[\p{L}’'-]+\s*){1,4}$/u.test(text)) return;
    if (indirectSpans.has(`${start}:${end}`)) return;
    indirectSpans.add(`${start}:${end}`);
    // A span that ends inside hidden markup ("[too high](https://…)") takes the markup to its end.
    while (end < sentence.end + 200 && end < prose.length && prose[end] === ' ' && source[end] !== undefined && !/\s/.test(source[end] as string)) end++;
    drafts.push({
      kind: 'indirect',
      start,
      end,
      speaker: cue.speaker.entity,
      speakerSpan: { start: cue.speaker.start, end: cue.speaker.end },
      cue: cueText(cue),
      cueSpan: cueSpanOf(cue),
      ...sentenceSpan(start, end),
    });
  }

  /** The further "…, and that Y" clauses of a cue's complement. */
  function coordinatedClauses(first: { start: number; end: number }, sentence: Sentence): { start: number; end: number }[] {
    const more: { start: number; end: number }[] = [];
    let from = first.end;
    for (;;) {
      const rest = prose.slice(from, sentence.end);
      const m = /^\s*(?:,?\s*(?:and|but|or)\s+(?:said\s+|added\s+|also\s+)?|,\s*)that\s+/.exec(rest);
      if (!m) break;
      const start = from + m[0].length;
      let end = sentence.end;
      const next = /(?:,?\s+(?:and|but|or)\s+(?:said\s+|added\s+|also\s+)?|,\s*)that\s/.exec(prose.slice(start, sentence.end));
      if (next) end = start + next.index;
      // Not a comma inside a quotation ("the matter was “closed, as far as I am concerned.”").
      const stop = [...prose.slice(start, end).matchAll(/[;]|,\s+(?:while|according|as|but)\s/g)].find((x) => !insideQuote(start + x.index));
      if (stop) end = start + stop.index;
      more.push({ start, end });
      from = end;
    }
    return more;
  }

  function complementOf(cue: Cue, sentence: Sentence): { start: number; end: number } | null {
    const ci = cue.token;
    const t = tokens[ci] as Token;
    const speaker = cue.speaker as Speaker;
    // Post-posed attribution: "The plan will fail, the minister said on Tuesday."
    const rest = prose.slice(t.end, sentence.end);
    const speakerBeforeCue = speaker.end <= t.start;
    const speakerAfterCue = speaker.start >= t.end;
    let attributionStart = speakerBeforeCue ? speaker.start : t.start;
    // A title or description before the name belongs to the attribution ("…, Secretary of State Ana Ruiz said").
    const titled = /,\s*((?:[\p{L}’'.-]+\s+){1,8})$/u.exec(prose.slice(Math.max(sentence.start, attributionStart - 80), attributionStart));
    const titleish = (words: string) => {
      const list = words.trim().split(/\s+/);
      // "…, the country's disaster agency AFAD said": a description of the body before its name.
      if (list.length <= 5 && /^(?:the|its|their|a|an)$/i.test(list[0] ?? '') && (GENERIC_ORG_NOUNS.has((list.at(-1) ?? '').toLowerCase()) || ORG_WORDS.has((list.at(-1) ?? '').toLowerCase()))) return true;
      // "…, state news agency Xinhua reported": lower-case words that end in a kind of body, with no article.
      if (list.length <= 4 && list.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !AUXILIARIES.has(w)) && (GENERIC_ORG_NOUNS.has((list.at(-1) ?? '').toLowerCase()) || ORG_WORDS.has((list.at(-1) ?? '').toLowerCase()))) return true;
      // "…, commission chairwoman Fatoumata Diallo said": lower-case modifiers are fine when a title ends them.
      if (list.length <= 4 && TITLE_WORDS.has((list.at(-1) ?? '').toLowerCase())) return true;
      return list.every((w) => /^\p{Lu}/u.test(w) || TITLE_WORDS.has(w.toLowerCase()) || /[’']s$/.test(w) || /^(of|for|the|and|a|an|de|del|von|van|former|deputy|acting|senior|chief|top|its|his|her|their)$/.test(w));
    };
    if (speakerBeforeCue && titled && titleish(titled[1] ?? '')) attributionStart -= (titled[1] ?? '').length;
    let lead = prose.slice(sentence.start, attributionStart);
    // "…, the state’s Chief Electoral Officer, Rajiv Nair, told reporters.": the title belongs to the attribution.
    // "Her colleague on the finance committee, Grace Adebayo-Murphy, disagreed.": the whole lead may be the
    // appositive, when it has no verb of its own.
    const titledApposition = /(?:^\s*|,\s+)((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[\p{Lu}][\p{L}.]*[’']s)\s+(?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+),\s*$/u.exec(lead);
    const appositionWords = (titledApposition?.[1] ?? '').split(/\s+/);
    // "The board approved the cuts, officials said": a past verb with its object makes a clause, not an apposition.
    // "The board met, officials said": nor does one ending in something other than a name or a noun for people or
    // bodies.
    const headWord = (appositionWords.at(-1) ?? '').toLowerCase();
    const nounHead = /^\p{Lu}/u.test(appositionWords.at(-1) ?? '') || TITLE_WORDS.has(headWord) || SOURCE_NOUNS.has(headWord) || GENERIC_ORG_NOUNS.has(headWord) || ORG_WORDS.has(headWord) || ROLE_NOUNS.has(headWord) || ORG_ROLE_NOUNS.has(headWord) || pluralRole(headWord);
    const notApposition = !nounHead || appositionWords.some((w, i) => i > 0 && /^\p{Ll}+ed$/u.test(w) && /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/i.test(appositionWords[i + 1] ?? ''));
    const pronounSpeaker = /^(?:he|she|they|it|we|i)$/i.test(prose.slice(speaker.start, speaker.end));
    // Not "The student, Ruiz said, had been filming": a comma after the attribution makes it a parenthesis.
    const parenthetical = /^\s*,/.test(speakerAfterCue ? prose.slice(speaker.end, sentence.end) : rest);
    if (speakerBeforeCue && !pronounSpeaker && titledApposition && !parenthetical && !notApposition && appositionWords.some((w) => TITLE_WORDS.has(w.toLowerCase()) || SOURCE_NOUNS.has(w.toLowerCase()) || GENERIC_ORG_NOUNS.has(w.toLowerCase()) || ORG_ROLE_NOUNS.has(w.toLowerCase())) && !appositionWords.some((w) => AUXILIARIES.has(w.toLowerCase()) || cueOf(w.toLowerCase()))) {
      lead = lead.slice(0, titledApposition[0].startsWith(',') ? titledApposition.index + 1 : titledApposition.index);
    }
    const tailAfterAttribution = speakerAfterCue ? prose.slice(speaker.end, sentence.end) : rest;
    // "Mother and baby were “bonding beautifully,” the park said": the comma may stand inside a closing mark.
    if (/,[”"’]?\s*$/.test(lead) && attributionTail(tailAfterAttribution)) {
      const leadStart = sentence.start;
      if (/^[“"‘]/.test(prose.slice(leadStart, attributionStart).trim()) || insideQuote(leadStart)) return null;
      // "After that, he said, Bosporus will file a claim": the words after a parenthetical attribution are said too.
      // …also after the attribution's own adverbials ("…, the bank said in a statement, with one …").
      const afterAdverbials = /^([^,]*)(,\s*(?:and\s+|but\s+)?.*)$/s.exec(tailAfterAttribution);
      // Only an absolute phrase goes on there: "…, the company said on Thursday, after an investigation found …" is
      // when it was said.
      const restTail = afterAdverbials && afterAdverbials[1] !== undefined && /\S/.test(afterAdverbials[1]) && tailIsAdverbial(afterAdverbials[1]) && /^,\s*with\s+(?:[\p{L}\d’'-]+\s+){1,5}\p{Ll}+ing\b/u.test(afterAdverbials[2] ?? '') ? (afterAdverbials[2] ?? '') : tailAfterAttribution;
      const rest = /^\s*,\s*(?:and\s+|but\s+)?(.*?)[.!?]?[”"’]?\s*$/s.exec(restTail);
      const restAt = rest ? (speakerAfterCue ? speaker.end : t.end) + tailAfterAttribution.indexOf(rest[1] as string) : -1;
      // "…, officials said, in the worst fighting since 2022", "…, she says, with a shorter menu": a prepositional
      // phrase with no verb of its own finishes the sentence that was said; the whole sentence is the clause.
      // Not "…, he said, before picking up again on Friday": a gerund right after the preposition is a verb.
      const phraseOnly = /^(?:in|at|on|with|for|after|before|during|amid|despite|since|from|as|by|to)\s/i.test(rest?.[1] ?? '') && !/\b(?:is|are|was|were|be|been|had|has|have|would|will|could|can|should|may|might|must|did|does|do|that)\b|,/i.test(rest?.[1] ?? '') && !/^(?:after|before|since|by|without|despite|while|when)\s+\p{Ll}+ing\b|^with\s+(?:[\p{L}\d’'-]+\s+){1,5}\p{Ll}+ing\b/u.test(rest?.[1] ?? '');
      // "…, two people said, though they cautioned that…": a tail with its own verb of saying is its own statement.
      const ownCue = rest ? /^(?:though|although|while|but|and|as)\s+(?:he|she|they|it|we|i|\p{Lu}[\p{L}’'-]+)\s/u.test(rest[1] as string) && cuesBetween(restAt, restAt + (rest[1] as string).length).length > 0 : false;
      // "…, the bank said on Tuesday, adding that wages would follow": a participle of saying has a statement of its own.
      const saying = rest ? cueOf((/^\p{L}+/u.exec(rest[1] ?? '')?.[0] ?? '').toLowerCase()) !== undefined : false;
      if (rest && (rest[1] ?? '').split(/\s+/).length >= 3 && !ownCue && !saying) {
        const restStart = restAt;
        // "His crew, he said, had already landed most of their quota", "The committee will publish its report,
        // Siddiqui said, and may recall him": the words after the parenthetical finish the clause before it (a verb
        // with no subject of its own), so the whole sentence, parenthetical and all, is what was said.
        const restFirst = tokens[tokenAt(restStart)];
        // "…, two people said, because of doubts over …", "…, he said, before picking up again": a subordinate
        // clause after the parenthetical finishes the sentence that was said, too.
        // "…, she said, only against surprises": an ellipsis that finishes the clause; "…, the bank said, with one
        // deputy governor favouring no change": an absolute phrase with its own verb.
        const subordinate = restFirst !== undefined && (/^(?:because|before|after|until|unless|although|though|since|so|if|when|whereas|without|despite|amid|only|not|rather|instead)$/.test(restFirst.lower) || /^with\s+(?:[\p{L}\d’'-]+\s+){1,5}\p{Ll}+ing\b/u.test(rest[1] ?? ''));
        // "Six people were taken to hospital, a spokeswoman said, and two remained there": a clause joined by "and"
        // or "but" after the parenthetical makes one sentence with the one before it, and all of it was said.
        const joined = /^\s*,\s*(?:and|but)\s/.test(restTail);
        // "At the final service, she said, there will be no speeches": a lead with no verb of its own is part of the
        // sentence that was said.
        const leadWords = tokens.slice(tokenAt(leadStart), tokenAt(attributionStart)).filter((w) => w.start < attributionStart);
        const leadIsPhrase = leadWords.length > 0 && leadWords.length <= 8 && /^(?:in|at|on|by|for|after|before|during|since|with|under|from|until|by|the|a|an|this|that|these|those|his|her|their|its|our)$/i.test((leadWords[0] as Token).lower) && !leadWords.some((w) => AUXILIARIES.has(w.lower) || STATE_PASTS.has(w.lower) || cueOf(w.lower) || /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$/.test(w.lower) || (/ed$/.test(w.lower) && w.lower.length > 4));
        const continuesLead = restFirst !== undefined && (joined || leadIsPhrase || phraseOnly || AUXILIARIES.has(restFirst.lower) || /^(?:had|has|have|would|will|may|might|could|can|must|should)$/.test(restFirst.lower) || subordinate) && !/^[“"‘]/.test(prose.slice(leadStart, attributionStart).trim());
        if (continuesLead) return { start: leadStart, end: restStart + (rest[1] as string).length };
        extraSpans.push({ start: restStart, end: restStart + (rest[1] as string).length });
      }
      // The clause may itself follow an earlier clause in the sentence; take all of it (recall over precision).
      const leadText = lead.replace(/,\s*$/, '');
      // "After that, he said, …": a two-word opener is not what was said.
      if (extraSpans.length && leadText.trim().split(/\s+/).length < 3) return extraSpans.shift() ?? null;
      return { start: leadStart, end: sentence.start + leadText.length };
    }
    if (speakerAfterCue && !cue.info.participle) return null;
    // Forward complement: skip an object or adverbials up to "that" ("told reporters on Sunday that").
    let k = ci + 1;
    const limit = Math.min(tokens.length, ci + 12);
    let start = -1;
    let passedTitle = -1;
    for (let j = ci + 1; j < limit; j++) {
      const u = tokens[j] as Token;
      if (u.start >= sentence.end) break;
      const gap = prose.slice((tokens[j - 1] as Token).end, u.start);
      // "told the club’s podcast, “The Eastbridge Hour,” that…": a quoted title in apposition to the listener.
      // …and "telling CBS’s “Face the Week” that…", with no commas around the name.
      const titleQuote = /^(?:[’']s)?,?\s*[“"]$/.test(gap.trimEnd()) && j > ci + 1 ? quotes[quoteIndexAt(u.start)] : undefined;
      if (titleQuote && titleQuote.open >= (tokens[j - 1] as Token).end && titleQuote.close !== null && titleQuote.close !== undefined && /^\s*(?:(?:programme|program|show|podcast|broadcast|series|bulletin|newspaper|magazine|channel)\s+)?(?:(?:today|yesterday|tonight|(?:on|last|late|early)\s+\p{L}+|this\s+(?:morning|afternoon|evening|week)|\p{L}+day(?:\s+(?:morning|night|evening))?)\s+)?(?:that|to)\b/iu.test(prose.slice(titleQuote.close + 1, titleQuote.close + 40)) && prose.slice(titleQuote.contentStart, titleQuote.contentEnd).split(/\s+/).length <= 6 && /^\p{Lu}/u.test(prose.slice(titleQuote.contentStart, titleQuote.contentEnd))) {
        if (/[.!?]$/.test(prose.slice(titleQuote.contentStart, titleQuote.contentEnd).trim())) break;
        while (j + 1 < limit && (tokens[j + 1] as Token).start <= (titleQuote.close ?? 0)) j++;
        passedTitle = titleQuote.close ?? -1;
        continue;
      }
      if (/[.;!?“”"]/.test(gap) && !(passedTitle >= 0 && (tokens[j - 1] as Token).end <= passedTitle && u.start > passedTitle)) break;
      if (/,/.test(gap) && cueOf(u.lower)) break; // "announced the closure, adding that…": the participle's own clause
      if (cueOf(u.lower) && !cueOf(u.lower)?.ambiguous) break; // "said the price was high but warned that…"
      if (u.lower === 'but' || u.lower === 'and' || u.lower === 'while') break;
      if (u.lower === 'that') {
        // "said she would not support any budget that closed it": a "that" after a verb is not the one that
        // opens the reported clause.
        const between = tokens.slice(ci + 1, j);
        if (between.some((w) => AUXILIARIES.has(w.lower) || /^(would|will|could|should|can|was|were|is|are|had|has|have)$/.test(w.lower))) break;
        start = u.end;
        break;
      }
    }
    if (start === -1) {
      // "said on Wednesday, before the decision was published, that it would…": a parenthetical clause between
      // the cue and its "that".
      const aside = /^(?:\s+[^,;.:“”"]{0,40}?)?,\s*(?:before|after|when|while|as|since|although|though|because|if|once|in|at|on|during|shortly|hours|days|weeks)\b[^;.:“”"]{0,120}?,\s*that\s+/.exec(prose.slice(t.end, sentence.end));
      if (aside) start = t.end + aside[0].length;
    }
    if (start === -1) {
      const u = tokens[k];
      if (!u || u.start >= sentence.end) return null;
      const gapText = prose.slice(t.end, u.start);
      if (/[“"‘]/.test(gapText) || /[.;!?]/.test(gapText)) return null;
      if (/,/.test(gapText) && !/:/.test(gapText)) return null;
      // "told Whitcombe he would serve", "told the jury the defendant had lied": the listener, then a clause
      // opening with its own subject.
      const tells = TELL_BASES.has(cue.info.base);
      if (tells && (u.capitalized || LISTENER_OPENERS.has(u.lower))) {
        for (let skip = 1; skip <= 4 && k + skip < tokens.length; skip++) {
          const w = tokens[k + skip - 1] as Token;
          const n = tokens[k + skip] as Token;
          if (n.start >= sentence.end || AUXILIARIES.has(w.lower) || /[,;.:“”"]/.test(prose.slice(w.end, n.start))) break;
          // The listener goes on past a determiner ("the BBC’s programme") or a word like "state" in "state media".
          if (functionWords.has(w.lower) || CUE_DETERMINERS.has(w.lower) || (cueOf(w.lower) && !cueOf(w.lower)?.ambiguous)) continue;
          if ((CLAUSE_SUBJECTS.has(n.lower) || (n.capitalized && !w.capitalized && !n.possessive)) && looksLikeClause(k + skip, sentence.end)) {
            start = n.start;
            break;
          }
        }
      }
      if (start !== -1) {
        // the listener was stepped over
      } else if (cue.info.ambiguous) {
        // Ambiguous verbs need a clause: "to" + verb, a question word, or subject + verb. After "told", "warned"
        // and the like the first words are the listener ("told reporters the plant would close").
        const listenerFirst = ['tell', 'inform', 'assure', 'warn', 'remind'].includes(cue.info.base);
        const window = tokens.slice(k, k + 5);
        const toAt = window.findIndex((w) => w.lower === 'to');
        // "accusing Russia of prolonging hostilities": an accusation names what the accused is said to have done.
        const accusedOf = cue.info.base === 'accuse' && window.some((w, i) => w.lower === 'of' && /ing$/.test(window[i + 1]?.lower ?? ''));
        // "denied attacking civilians": a gerund after a denial is what was denied ("denies fraud" is a noun).
        const deniedDoing = cue.info.base === 'deny' && /\p{Ll}{2,}ing$/u.test(u.text) && !/^(?:anything|nothing|something|everything)$/.test(u.lower);
        if (QUESTION_WORDS.has(u.lower) || accusedOf || deniedDoing) start = u.start;
        else if (toAt >= 0 && toAt <= 3 && !['reporters', 'journalists'].includes(window[toAt + 1]?.lower ?? '')) start = u.start;
        else if (!listenerFirst && looksLikeClause(k, sentence.end)) start = u.start;
        else {
          // "told reporters the plant would close", "told 2GB radio the government had…": step over the listener.
          let clauseAt = -1;
          if (listenerFirst) {
            for (let skip = 1; skip <= 4 && k + skip < tokens.length; skip++) {
              const w = tokens[k + skip - 1] as Token;
              // "told state media the …": an ambiguous cue word ("state", "report") can be part of the listener.
              if (AUXILIARIES.has(w.lower) || (cueOf(w.lower) && !cueOf(w.lower)?.ambiguous) || /[,;.]/.test(prose.slice(w.end, (tokens[k + skip] as Token).start))) break;
              // After a one-word listener ("told reporters prices would rise") a bare noun may open the clause;
              // after a longer one ("told state media the process…") only a subject-like word may.
              const oneWordListener = skip === 1 && ONE_WORD_LISTENERS.has((tokens[k] as Token).lower);
              if (looksLikeClause(k + skip, sentence.end, !oneWordListener)) {
                clauseAt = k + skip;
                break;
              }
            }
          }
          // "told him nothing had changed"? No listener to step over: the clause starts at once.
          if (clauseAt < 0 && listenerFirst && looksLikeClause(k, sentence.end)) clauseAt = k;
          if (clauseAt < 0) return null;
          start = (tokens[clauseAt] as Token).start;
        }
      } else if (PREPOSITION_BEFORE.has(u.lower) && u.lower !== 'to' && !/ing$/.test(tokens[k + 1]?.lower ?? '') && !tokens.slice(k, k + 25).some((w, i, all) => w.start < sentence.end && (AUXILIARIES.has(w.lower) || STATE_PASTS.has(w.lower) || (/ed$/.test(w.lower) && /^(?:it|he|she|they|we|i)$/.test(all[i - 1]?.lower ?? ''))))) {
        // "recommended against routine use", "complained about the noise": a prepositional object with no clause
        // after it ("said in a statement the plant would close" has one; "warning against investing time in …"
        // reports what was warned).
        return null;
      } else start = u.start;
    }
    // The end: the sentence's end or the next clause that is not part of what was said.
    let end = sentence.end;
    let asideClose = -1;
    let skipCommaAfter = -1;
    // "Ana Ruiz, who said the plan failed, left", "a man who said he spoke for them said…": what the relative
    // clause reports ends with the clause.
    const relativeAt = tokens[ci - 1]?.lower === 'who' ? (tokens[ci - 1] as Token) : undefined;
    const relativeAfterComma = relativeAt !== undefined && /,\s*$/.test(prose.slice(Math.max(0, relativeAt.start - 3), relativeAt.start));
    for (let j = tokenAt(start); j < tokens.length; j++) {
      const u = tokens[j] as Token;
      if (u.start >= sentence.end) break;
      if (relativeAt && u.start > start && ((relativeAfterComma && /,/.test(prose.slice((tokens[j - 1] as Token).end, u.start))) || (cueOf(u.lower) && !cueOf(u.lower)?.ambiguous && !cueOf(u.lower)?.participle))) {
        end = (tokens[j - 1] as Token).end;
        break;
      }
      const before = prose.slice((tokens[j - 1] as Token | undefined)?.end ?? start, u.start);
      // "said the district was ready for questions: “Teachers will…”": a colon hands over to the quote.
      // Not the colon of a clock time ("touched down at 9:47 p.m.").
      const clock = before === ':' && /\d$/.test((tokens[j - 1] as Token).text) && /^\d/.test(u.text);
      if (/:\s*[“"‘]?\s*$/.test(before) && !clock && u.start > start && !insideQuote((tokens[j - 1] as Token).end)) {
        end = (tokens[j - 1] as Token).end;
        break;
      }
      // "Police said there had been four arrests, and a spokeswoman for the club said…": a new subject and its own
      // verb start another statement.
      // (The comma may stand inside a closing mark: "…was “reviewing its options,” and a lawyer for the group told …".)
      if ((u.lower === 'and' || u.lower === 'but') && /,[”"’]?\s*$/.test(before) && u.start > start && !insideQuote(u.start)) {
        const other = cuesBetween(u.end, Math.min(sentence.end, (tokens[Math.min(tokens.length - 1, j + 10)] as Token).end)).find((c) => c.speaker && c.speaker.start > u.end && c.speaker.end <= (tokens[c.token] as Token).start);
        if (other) {
          end = (tokens[j - 1] as Token).end;
          break;
        }
      }
      // "…would call a former concert promoter, Bongani Zulu, as its first witness": a name in apposition.
      if (/,\s*$/.test(before) && u.start > start && skipCommaAfter < 0) {
        const named = mentionByStart.get(u.start);
        if (named && index.entities.get(named.entity)?.type === 'person' && /^,\s/.test(prose.slice(named.end, named.end + 2)) && /\b(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,\s*$/u.test(prose.slice(Math.max(start, u.start - 60), u.start))) {
          skipCommaAfter = named.end;
          continue;
        }
      }
      if (skipCommaAfter >= 0 && u.start > skipCommaAfter) {
        skipCommaAfter = -2; // the closing comma of the apposition is passed once
        continue;
      }
      const closingDash = asideClose >= 0 && u.start > asideClose && u.start - asideClose <= 4 && !before.includes(';');
      if (/;|\s[—–]\s|\s-\s/.test(before) && u.start > start && !closingDash) {
        // "said the four — a first secretary, two attachés and a driver — had been declared…": a pair of dashes
        // encloses an aside inside what was said.
        const dash = /\s([—–-])\s/.exec(before)?.[1];
        const close = dash && !before.includes(';') ? prose.indexOf(` ${dash} `, u.start) : -1;
        if (close > 0 && close < sentence.end && !/[.;!?]/.test(prose.slice(u.start, close))) {
          asideClose = close;
          continue;
        }
        end = (tokens[j - 1] as Token).end;
        break;
      }
      if ((u.lower === 'and' || u.lower === 'but' || u.lower === 'or') && tokens[j + 1]?.lower === 'that' && u.start > start && !insideQuote(u.start)) {
        // "said that X, and that Y": two statements.
        end = (tokens[j - 1] as Token).end;
        break;
      }
      // "said the closure was “another nail in the coffin” and blamed the council": after a closing quote, "and" with
      // a verb of speaking or of the speaker's own conduct ("and reminded airlines of their duty") goes back to the
      // narration.
      if ((u.lower === 'and' || u.lower === 'but') && u.start > start && /[”"’]\s*$/.test(before) && !insideQuote(u.start)) {
        const verb = tokens[j + 1];
        if (verb && !AUXILIARIES.has(verb.lower) && !/^(?:had|was|were|would|could|is|are|has|have|that)$/.test(verb.lower) && (cueOf(verb.lower) || (u.lower === 'and' && /^\p{Ll}{3,}ed$/u.test(verb.lower) && !STATE_PASTS.has(verb.lower) && !/^(?:looked|amounted|determined|hoped|wanted|expected|planned|intended|wished|preferred|feared|needed|deserved|lacked|seemed|appeared|remained|belonged|depended|consisted|involved|included|required|meant|continued)$/.test(verb.lower)) || /^(?:thanked|blamed|praised|critici[sz]ed|accused|apologi[sz]ed|urged|called|vowed|pledged|promised|declined|refused|demanded|appealed|left|walked|hung|turned|shook|smiled|laughed|paused|wept|cried|took|gave|sent|made|met|held|began|went|told)$/.test(verb.lower))) {
          end = (tokens[j - 1] as Token).end;
          break;
        }
      }
      if ((u.lower === 'and' || u.lower === 'but' || u.lower === 'while') && u.start > start && !insideQuote(u.start)) {
        // "…and has repeatedly denied…": a second reporting verb starts a statement of its own.
        let n = j + 1;
        while (tokens[n] && SKIPPABLE.has((tokens[n] as Token).lower)) n++;
        const nextVerb = tokens[n] as Token | undefined;
        // "had not ruled out a strike": a phrasal verb ("ruled out", "called off") is no cue; nor is a verb after a
        // modal ("and would ask Singapore for an inquiry"): what someone will do, still part of what was said.
        // "said she had been evacuated before and had promised herself…": a past perfect that continues the
        // reported clause's own past perfect is still what was said.
        const backshifted = tokens.slice(j + 1, n).some((w) => w.lower === 'had') && /\bhad\b/i.test(prose.slice(start, u.start));
        // "…and hoped to complete a sale by October": an intention, still part of what was said.
        const intention = nextVerb !== undefined && /^(?:hope|plan|expect|want|intend|aim|seek|agree|decide|refuse|decline|offer)$/.test(cueOf(nextVerb.lower)?.base ?? '') && tokens[n + 1]?.lower === 'to';
        const phrasal = backshifted || intention || /^(?:out|off|up)$/.test(tokens[n + 1]?.lower ?? '') || tokens.slice(j + 1, n).some((w) => /^(?:would|will|could|can|may|might|should|must|shall|been|be)$/.test(w.lower));
        // "…and had asked the commission to investigate": a directive continues what was said.
        // …but "and urged families to contact it" without an auxiliary is the speaker's own act.
        const directive = nextVerb !== undefined && DIRECTIVE_BASES.has(cueOf(nextVerb.lower)?.base ?? '') && tokens.slice(j + 1, n).some((w) => AUXILIARIES.has(w.lower) || /^(?:had|has|have|would|will)$/.test(w.lower));
        if (nextVerb && !phrasal && !directive && cueOf(nextVerb.lower) && (!cueOf(nextVerb.lower)?.ambiguous || /ed$|^(said|told|wrote|spoke)$/.test(nextVerb.lower))) {
          end = (tokens[j - 1] as Token).end;
          break;
        }
      }
      if (/,[”"’]?\s*$|[”"’],\s*$/.test(before) && u.start > start && !insideQuote(u.start)) {
        const info = cueOf(u.lower);
        // "turnout, though low, was higher than …": a short aside inside the clause, closed by a comma before its verb.
        if (/^(?:though|although|if|while)$/.test(u.lower) && /^\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+,\s+(?:was|is|were|are|had|has|have|would|will|could|can|remained|remains|stayed|seemed)\b/u.test(prose.slice(u.end, u.end + 60))) continue;
        if ((u.lower === 'which' || u.lower === 'who') && relativeClauseCloses(j, sentence.end)) continue;
        // "had surged since May 20, when fighting spread …", "the mistakes of 2011, when it cut rates": "when" after a
        // date opens a clause about that date, still part of what was said.
        const dateBefore = tokens[j - 1];
        if (u.lower === 'when' && dateBefore && (/^\d{1,4}$/.test(dateBefore.text) || wordInfo(dateBefore.lower).calendar || /^(?:years?|days?|weeks?|months?|decades?|era|time|times|moment|night|morning|afternoon|evening|period|spring|summer|autumn|winter|ago|yesterday|today|tonight|week|month|year)$/.test(dateBefore.lower))) continue;
        // "said the suspect, a 17-year-old student, was in custody": an appositive that closes before the verb.
        if ((u.lower === 'a' || u.lower === 'an') && relativeClauseCloses(j, sentence.end)) continue;
        if (u.lower === 'that' && u.start > start) {
          // "that A, that B and that C": each is a clause of its own.
          end = (tokens[j - 1] as Token).end;
          break;
        }
        // "insisted that he would not resign, minutes after his side lost": when it was said, not what.
        // "…, after reports in several newspapers linked the group to …": why it was said, not what.
        const promptedBy = /^(?:after|following|amid)\s+(?:(?:media|press|news)\s+)?(?:reports?|news|questions|criticism|claims|allegations|it\s+emerged|the\s+publication|being\s+asked)\b/i.test(prose.slice(u.start, u.start + 40));
        if (promptedBy) {
          end = (tokens[j - 1] as Token).end;
          break;
        }
        const timedAfter = /^(?:(?:just|only|barely)\s+)?(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|moments?)\s+(?:after|before)\b|^(?:shortly|soon|just|moments|minutes|hours|days)\s+(?:after|before)\b/i.test(prose.slice(u.start, u.start + 40));
        if (timedAfter || CLAUSE_STOPPERS.has(u.lower) || info?.participle || (info && !info.ambiguous) || (u.lower === 'and' && cueOf(tokens[j + 1]?.lower ?? '')) || (u.lower.endsWith('ing') && !functionWords.has(u.lower))) {
          end = (tokens[j - 1] as Token).end;
          break;
        }
      }
    }
    // A statement that ends inside a quote ends with that quote.
    const candidate = quotes[quoteIndexAt(end)];
    const open = candidate && candidate.contentStart <= end && end <= (candidate.close ?? candidate.contentEnd) && candidate.open >= start ? candidate : undefined;
    if (open) end = (open.close ?? open.contentEnd - 1) + 1;
    return { start, end };
  }

  /** ", which began in May, would resume": a relative clause that closes with a comma before the verb goes on. */
  function relativeClauseCloses(j: number, sentenceEnd: number): boolean {
    for (let n = j + 1; n < Math.min(tokens.length, j + 12); n++) {
      const u = tokens[n] as Token;
      if (u.start >= sentenceEnd) return false;
      const gap = prose.slice((tokens[n - 1] as Token).end, u.start);
      if (/[.;!?]/.test(gap)) return false;
      if (/,/.test(gap)) return AUXILIARIES.has(u.lower) || /^(would|will|could|should|can|may|might|must|had|has|have|was|were|is|are)$/.test(u.lower);
    }
    return false;
  }

  function looksLikeClause(k: number, sentenceEnd: number, subjectOnly = false): boolean {
    const window: Token[] = [];
    let quoteFollows = false;
    for (let n = k; n < Math.min(tokens.length, k + 7); n++) {
      const w = tokens[n] as Token;
      // "added 200 jobs, which was welcome": the clause test stops at a comma, colon or quote.
      const gap = n > k ? prose.slice((tokens[n - 1] as Token).end, w.start) : '';
      if (w.start >= sentenceEnd || /[,;:“”"]/.test(gap)) {
        quoteFollows = /^\s*[“"]/.test(gap);
        break;
      }
      window.push(w);
    }
    const first = window[0];
    if (!first) return false;
    const subjectish = SUBJECT_PRONOUNS.has(first.lower) || first.capitalized || mentionByStart.has(first.start);
    // "added prices would rise", "added nothing had changed", "added a strike remained possible": a bare noun, a
    // quantifier or an indefinite opens a clause too, but only an auxiliary or a past verb of being proves it —
    // "added 200 jobs" has a plural, not a verb.
    const nounish = !subjectish && !subjectOnly && (CLAUSE_OPENERS.has(first.lower) || (/^[\p{Ll}\d]/u.test(first.text) && !functionWords.has(first.lower) && !PREPOSITION_BEFORE.has(first.lower) && !cueOf(first.lower) && !adverb(first.lower)));
    if (!subjectish && !nounish) return false;
    for (let i = 1; i < window.length; i++) {
      const w = window[i] as Token;
      // "praised the staff who had worked through the night": a relative clause's verb is not the clause's.
      if (QUESTION_WORDS.has(w.lower) || w.lower === 'which' || w.lower === 'whose') return false;
      if (AUXILIARIES.has(w.lower) || STATE_PASTS.has(w.lower)) return true;
      // "told reporters she learned of it", "told the court he bought the van": a subject pronoun, then a past verb.
      if (i === 1 && SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it' && pastTenseVerb(w.lower)) return true;
      // "noted the plan works well" has a verb in -s; "dismissed the measures", "rejected the claims of fraud"
      // end in a plural noun: a verb has something after it that is not a preposition.
      const after = window[i + 1];
      if (subjectish && /s$/.test(w.lower) && !w.capitalized && !functionWords.has(w.lower) && w.lower.length > 3 && !/ss$/.test(w.lower) && (after ? !PREPOSITION_BEFORE.has(after.lower) && !/^(?:as|and|or|but)$/.test(after.lower) : quoteFollows)) return true;
    }
    return false;
  }

  nameDescribedSpeakers(drafts);
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  alternateExchanges(drafts);
  answersAfterQuestions(drafts);
  return drafts;

  /**
   * "“Did anyone on the board reply?” Ms Adebayo-Grant asked. “Once,” she said.": the "she" who answers a question is
   * not the one who asked it. When a pronoun's quote follows, in the next paragraph or the same one, a question its
   * own antecedent asked, the answer is the person of that gender named last before the question.
   */
  function answersAfterQuestions(list: StatementDraft[]): void {
    const quotesOnly = list.filter((d) => d.kind !== 'indirect');
    for (let i = 1; i < quotesOnly.length; i++) {
      const d = quotesOnly[i] as StatementDraft;
      const q = quotesOnly[i - 1] as StatementDraft;
      if (!d.speaker || d.speaker !== q.speaker || !d.speakerSpan || !/^(?:he|she)$/i.test(prose.slice(d.speakerSpan.start, d.speakerSpan.end))) continue;
      if (!/\?\s*$/.test(prose.slice(q.start, q.end)) || /\?\s*$/.test(prose.slice(d.start, d.end))) continue;
      const asker = index.entities.get(q.speaker ?? '');
      if (asker?.type !== 'person') continue;
      // The asker named by name or title with "asked" ("Ms Adebayo-Grant asked"), not a pronoun; and the answer comes
      // right after the question's sentence, nothing between ("…?” she asked. Dozens of hands went up. “…,” she said"
      // is the asker going on).
      if (!q.speakerSpan || /^(?:he|she|they|i|we)$/i.test(prose.slice(q.speakerSpan.start, q.speakerSpan.end)) || !/^ask/i.test(q.cue ?? '')) continue;
      if (!q.cueSpan || !/^[\s.,”"’]*$/.test(prose.slice(Math.max(q.cueSpan.end, q.speakerSpan.end), d.start - 1))) continue;
      // Only the very next turn: the question's paragraph or the one after, nothing said in between.
      const block = (i: number) => (sentences[sentenceIndexAt(i)] as Sentence).block;
      if (block(d.start) - block(q.start) > 1) continue;
      const gender = /^he$/i.test(prose.slice(d.speakerSpan.start, d.speakerSpan.end)) ? 'male' : 'female';
      const answerer = index.mentions.filter((m) => m.end <= q.start && q.start - m.start < 3000 && m.entity !== asker.id && m.form !== 'pronoun' && index.entities.get(m.entity)?.type === 'person' && ['unknown', gender].includes(index.entities.get(m.entity)?.gender ?? 'unknown')).sort((x, y) => x.start - y.start).at(-1);
      if (!answerer) continue;
      // The answer and what follows it with no speaker of its own in the same paragraph.
      for (let j = i; j < quotesOnly.length; j++) {
        const a = quotesOnly[j] as StatementDraft;
        if (a.speaker !== asker.id || (j > i && ((a.speakerSpan !== null && a.speakerSpan.start !== d.speakerSpan.start) || block(a.start) !== block(d.start)))) break;
        a.speaker = answerer.entity;
      }
      const pronoun = index.mentions.find((m) => m.start === d.speakerSpan!.start && m.form === 'pronoun');
      if (pronoun) pronoun.entity = answerer.entity;
    }
  }

  /**
   * A cross-examination or an interview printed as an exchange: "“Ms. Kaczmarek, how far is your window from the
   * door?” he asked." then paragraphs that each hold one quote and nothing else ("“Maybe sixty feet.”", "“It’s a
   * hundred and twelve. Were you wearing your glasses?”"). The answers are the one asked, named at the head of the
   * question; the questions are the asker's, turn by turn.
   */
  function alternateExchanges(list: StatementDraft[]): void {
    const direct = list.filter((d) => d.kind === 'direct');
    const aloneInParagraph = (d: StatementDraft) => {
      const block = (sentences[sentenceIndexAt(d.start)] as Sentence).block;
      const inBlock = sentences.filter((x) => x.block === block);
      const text = prose.slice((inBlock[0] as Sentence).start, (inBlock.at(-1) as Sentence).end).trim();
      return /^[“"‘][^“”"]*[”"’]$/.test(text);
    };
    for (let i = 0; i + 1 < direct.length; i++) {
      const question = direct[i] as StatementDraft;
      if (!question.cue || !question.speaker || !/\?\s*$/.test(prose.slice(question.start, question.end))) continue;
      const asker = question.speaker;
      // The one asked: named at the head of the question ("Ms. Kaczmarek, …"), else the last other person named.
      const vocative = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Officer|Detective|Sergeant)\.?\s+)?(\p{Lu}[\p{L}’'-]+),/u.exec(prose.slice(question.start, question.end));
      // Only a question put to someone by name opens an exchange: "“What now?” she asked. “We wait.”" is one
      // speaker asking herself.
      const answerer = vocative ? [...index.entities.values()].find((e) => e.type === 'person' && e.id !== asker && e.name.split(/\s+/).at(-1) === vocative[1])?.id : undefined;
      if (!answerer) continue;
      let turn = 0;
      for (let j = i + 1; j < direct.length; j++) {
        const d = direct[j] as StatementDraft;
        if (d.cue || !aloneInParagraph(d)) break;
        d.speaker = turn % 2 === 0 ? answerer : asker;
        d.speakerSpan = null;
        turn++;
      }
      i += turn;
    }
  }

  /**
   * "A retired nurse who lives on the street said … The woman, Aoife Brennan, 67, said …": an unnamed person
   * described in the singular and named later ("The woman, X,", "The nurse, X,", "That officer, X,") is that
   * person from the start, so what the description said is theirs. The name must be new at that point: someone
   * named before the description is not who it introduces.
   */
  function nameDescribedSpeakers(found: StatementDraft[]): void {
    const merged = new Map<string, string>();
    for (const d of described) {
      if (merged.has(d.speaker.entity) || index.entities.get(d.speaker.entity)?.type !== 'group') continue;
      const nouns = new Set([d.noun, ...(d.gender === 'female' ? ['woman', 'girl'] : d.gender === 'male' ? ['man', 'boy'] : ['woman', 'man', 'person'])]);
      const naming = index.mentions.find((m) => {
        if (m.start <= d.speaker.end || m.start - d.speaker.end > 3000 || m.form !== 'name' || index.entities.get(m.entity)?.type !== 'person') return false;
        const lead = /(?:^|[^\p{L}])(?:the|that|this)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}]+),\s*$/iu.exec(prose.slice(Math.max(0, m.start - 60), m.start));
        if (!lead?.[1] || !nouns.has(lead[1].toLowerCase()) || !/^\s*,/.test(prose.slice(m.end, m.end + 2))) return false;
        return !index.mentions.some((o) => o.entity === m.entity && o.start < d.speaker.start);
      });
      const named = naming ?? delayedIdentification(d);
      if (!named) continue;
      merged.set(d.speaker.entity, named.entity);
    }
    // "…, the mine's owner said." in the lead, then "Bokamoso Platinum said in a statement that …" opening the next
    // paragraph: a definite description of whose it is (the mine's owner, its operator, their union) is the name
    // the story gives next, when that name speaks there.
    const first = sentences[0];
    const nextStarts = first ? sentences.find((x) => x.block === first.block + 1) : undefined;
    if (first && nextStarts) {
      const opener = index.mentions.filter((x) => x.start >= nextStarts.start && x.start < nextStarts.end).sort((x, y) => x.start - y.start)[0];
      // "Marguerite Delacroix-Obi’s remarks, described by three employees, …": the lead's words, now with a name.
      const remarksOf = opener !== undefined && opener.possessive && /^\s*$/.test(prose.slice(nextStarts.start, opener.start)) && index.entities.get(opener.entity)?.type === 'person' && /^[’']s\s+(?:remarks|comments|words|warning|speech|message)\b/.test(prose.slice(opener.end, opener.end + 20));
      const openerAtStart = opener !== undefined && /^\s*(?:the\s+)?$/i.test(prose.slice(nextStarts.start, opener.start)) && (!opener.possessive || remarksOf);
      const openerSpeaks = openerAtStart && found.some((d) => d.speaker === opener.entity && d.sentenceStart === nextStarts.start);
      // "The chief executive of Corvantis told MPs …" then "Henrik Aalto-Svensson, who has run the company since
      // 2018, …": a person introduced with a "who" clause or an age names a definite role of the lead.
      const personIntroduced = openerAtStart && index.entities.get(opener.entity)?.type === 'person' && (/^,\s*(?:\d{1,3},|who\s)/.test(prose.slice(opener.end, opener.end + 8)) || remarksOf);
      for (const d of found) {
        if ((!openerSpeaks && !personIntroduced) || !opener || !d.speaker || !d.speakerSpan || merged.has(d.speaker) || d.sentenceStart >= nextStarts.start) continue;
        const entity = index.entities.get(d.speaker);
        // An organization known only by a description ("Britain’s competition regulator") may be named, too.
        const describedOnly = entity?.type === 'group' || (entity?.type === 'organization' && !index.mentions.some((o) => o.entity === d.speaker && o.form === 'name'));
        if (!describedOnly || index.entities.get(opener.entity)?.type === 'group') continue;
        // "his former accountant told a jury": the determiner before the group's words belongs to the description.
        const determiner = /(?:^|[^\p{L}])((?:the|its|their|his|her)\s+)$/iu.exec(prose.slice(Math.max(0, d.speakerSpan.start - 7), d.speakerSpan.start))?.[1] ?? '';
        const description = determiner + prose.slice(d.speakerSpan.start, d.speakerSpan.end);
        // "Britain’s competition regulator": a country's body, described, is named there too.
        const whose = /^(?:the\s+[\p{L}-]+[’']s|\p{Lu}[\p{L}-]*[’']s|its|their|his|her)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?$/u.test(description.replace(/^The\b/, 'the'));
        const role = /^(?:the|its|their|his|her|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*[’']s)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(?:\s+(?:of|at|for)\s+\S.*)?$/iu.exec(description);
        const personRole = personIntroduced && role?.[1] !== undefined && (TITLE_WORDS.has(role[1].toLowerCase()) || ROLE_NOUNS.has(role[1].toLowerCase()));
        // "its chief executive" is a person, whatever the company says next; "the mine's owner" may be a company.
        const head = description.split(/\s+/).at(-1)?.toLowerCase() ?? '';
        const personOnly = (TITLE_WORDS.has(head) || ROLE_NOUNS.has(head)) && !ORG_ROLE_NOUNS.has(head) && index.entities.get(opener.entity)?.type === 'organization';
        if (!(openerSpeaks && whose && !personOnly) && !personRole) continue;
        if (index.mentions.some((o) => o.entity === opener.entity && o.start < opener.start)) continue;
        merged.set(d.speaker, opener.entity);
      }
    }
    // "…, after what its chief executive called “…”" then "Ruairidh Fraser, the chief executive, said": a role
    // described before anyone holds it is the person the story then names with that role in apposition.
    for (const d of found) {
      if (!d.speaker || !d.speakerSpan || merged.has(d.speaker) || index.entities.get(d.speaker)?.type !== 'group') continue;
      const role = /^(?:(?:its|their|(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*[’']s|the)\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u.exec(prose.slice(d.speakerSpan.start, d.speakerSpan.end))?.[1]?.toLowerCase();
      const head = role?.split(/\s+/).at(-1) ?? '';
      if (!role || !(TITLE_WORDS.has(head) || ROLE_NOUNS.has(head)) || /^(?:spokes(?:man|woman|person)|sources?|officials?|diplomats?|aides?|representatives?)$/.test(head)) continue;
      const naming = index.mentions.find((m) => {
        if (m.start <= d.speakerSpan!.end || m.start - d.speakerSpan!.end > 1500 || m.form !== 'name' || index.entities.get(m.entity)?.type !== 'person') return false;
        // ", the chief executive,", ", general secretary of the union," or "Chief Executive Rohan Mehta-Sharma".
        const rolePattern = role.replace(/\s+/g, '\\s+');
        if (!new RegExp(`^,\\s+(?:(?:the|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?)?${rolePattern}\\b`, 'iu').test(prose.slice(m.end, m.end + 60)) && !new RegExp(`(?:^|[^\\p{L}])${rolePattern}\\s+$`, 'iu').test(prose.slice(Math.max(0, m.start - 40), m.start))) return false;
        return !index.mentions.some((o) => o.entity === m.entity && o.start < d.speakerSpan!.start);
      });
      if (naming) merged.set(d.speaker, naming.entity);
    }
    if (!merged.size) return;
    for (const draft of found) if (draft.speaker && merged.has(draft.speaker)) draft.speaker = merged.get(draft.speaker) ?? draft.speaker;
    for (const m of index.mentions) if (merged.has(m.entity)) m.entity = merged.get(m.entity) ?? m.entity;
  }

  /**
   * A lead that holds its subject's name back ("A former procurement officer told MPs on Tuesday that …") names
   * them at the start of the next paragraph ("Wanjiru Kamau, 41, who worked at …"). Only for the article's first
   * paragraph, only a name said there for the first time and introduced with an age or a "who" clause, and not for
   * the kinds of source that stay unnamed (spokespeople, officials, diplomats, aides).
   */
  function delayedIdentification(d: (typeof described)[number]): MentionDraft | undefined {
    if (/^(?:spokes(?:man|woman|person)|source|official|diplomat|aide|representative)$/.test(d.noun)) return undefined;
    const first = sentences[0];
    const at = sentenceIndexAt(d.speaker.start);
    const block = (sentences[at] as Sentence).block;
    // "At a relief camp, a farmer said he had lost his cows. Rupjyoti Pegu, 38, had carried …": anywhere, the very
    // next sentence may name the person, with an age.
    const following = sentences[at + 1];
    const nextSentence = following !== undefined && following.block === block ? following : undefined;
    if (!first || (block !== first.block && !nextSentence)) return undefined;
    const next = block === first.block ? sentences.find((x) => x.block === block + 1) : nextSentence;
    if (!next) return undefined;
    const m = index.mentions.filter((x) => x.start >= next.start && x.start < next.end).sort((a, b) => a.start - b.start)[0];
    if (!m || m.form !== 'name' || m.possessive || index.entities.get(m.entity)?.type !== 'person' || !/^\s*$/.test(prose.slice(next.start, m.start))) return undefined;
    if (!/^,\s*(?:\d{1,3},|who\s)/.test(prose.slice(m.end, m.end + 8))) return undefined;
    if (next === nextSentence && block !== first.block && !/^,\s*\d{1,3},/.test(prose.slice(m.end, m.end + 8))) return undefined;
    if (index.mentions.some((o) => o.entity === m.entity && o.start < m.start)) return undefined;
    const gender = index.entities.get(m.entity)?.gender;
    if (d.gender && gender && gender !== 'unknown' && gender !== d.gender) return undefined;
    return m;
  }
}
