import type { Registry } from '../../schema/registry.ts';
import type { Token } from '../text/tokenize.ts';
import type { Sentence } from '../text/sentences.ts';
import { slugify } from '../text/slug.ts';
import { listedGivenName, pastTenseVerb, wordInfo, type WordInfo } from './lexicon.ts';
import { personTitles, genderedTitles, organizationWords, ORG_NAME_ENDING, LEGAL_SUFFIX, postNominals, nationalityNouns } from '../data/titles.ts';
import { familyNamesFirst, functionWords, nameParticles, nameSuffixes, silentPlaceEndings } from '../data/commonWords.ts';
import { connectors, goesByVerbs, onToHeads, orgPlurals, surnamePlaceWords, bodyKindsAfterName, acronymStop, placeWords, locatives, teamWords, nameAdjectives, orgKindNouns, sayForms, roleHeads, notAgents, sayBefore, prepositions, agencyFields } from '../data/entityWords.ts';

export type Gender = 'female' | 'male' | 'unknown';

/** An actor as it is being assembled from the copy and the registry. */
/** compromise's word classes, with family names that come first ("Wang", "Nguyen") read as surnames. */
/**
 * "Blessing Okafor", "Frank DiNapoli": a word the list of given names holds, then one the lexicon knows as nothing
 * (no common word, place, organization or given name). Callers add what else their place needs.
 */
function givenThenUnknownSurname(given: string, surname: WordInfo): boolean {
  return listedGivenName(given) && !surname.common && !surname.place && !surname.organization && surname.firstName === null;
}

function nameInfo(lower: string): WordInfo {
  const info = wordInfo(lower);
  if (familyNamesFirst.has(lower)) return { ...info, lastName: true, common: false, firstName: null };
  // A name known only from the list of given names is weaker evidence, weighed where a person is decided
  // (classifyRun, confirmPeople); elsewhere it reads as an unknown word, as before the list.
  return info.listedOnly ? { ...info, firstName: null } : info;
}

export interface EntityDraft {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'group';
  aliases: Set<string>;
  registered: boolean;
  gender: Gender;
  /** Titles and roles the copy gives them ("Kremlin spokesman"), first one first. */
  roles: string[];
  /** Lower-case role words, to resolve "the mayor" back to them. */
  roleWords: Set<string>;
  description: string | null;
}

/** An entity the copy names that the registry does not hold: its name and kind, and nothing yet known of it. */
export function newEntity(id: string, name: string, type: EntityDraft['type'], known: Partial<Pick<EntityDraft, 'aliases' | 'description'>> = {}): EntityDraft {
  return { id, name, type, aliases: known.aliases ?? new Set(), registered: false, gender: 'unknown', roles: [], roleWords: new Set(), description: known.description ?? null };
}

export interface MentionDraft {
  entity: string;
  start: number;
  end: number;
  form: 'name' | 'surname' | 'title' | 'alias' | 'pronoun' | 'description';
  /** True when the mention is possessive ("Smith’s"). */
  possessive: boolean;
}

/** The actors of one article and where they are mentioned. */
export interface EntityIndex {
  entities: Map<string, EntityDraft>;
  mentions: MentionDraft[];
  /** Place names that are not in the registry: they become actors only when they speak ("Paris insisted"). */
  places: { start: number; end: number; text: string }[];
}

interface AliasEntry {
  words: string[];
  entity: string;
  type: 'person' | 'organization';
  form: MentionDraft['form'];
}

const TITLE_SET = new Set(personTitles);
const MAX_TITLE_WORDS = Math.max(...personTitles.map((t) => t.split(' ').length));
const ORG_WORDS = new Set(organizationWords);
const CONNECTORS = new Set<string>(connectors);
const ON_TO_HEADS = new Set<string>(onToHeads);
const ORG_PLURALS = new Set<string>(orgPlurals);
const SURNAME_PLACE_WORDS = new Set<string>(surnamePlaceWords);
const BODY_KINDS_AFTER = new Set<string>(bodyKindsAfterName);
/** A party and home-state or home-town tag after a legislator's name ("D-Evanston", "R-Calif."): it names nobody. */
export const PARTY_STATE_TAG = /^[DRI]-\p{Lu}[\p{L}.]+$/u;
/** A lower-case Arabic article joined to a surname ("al-Mabrouk", "el-Sayed"), capitalized at a sentence start. */
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|ud|ul)-\p{Lu}/u;
const ACRONYM_STOP = new Set<string>(acronymStop);

/** Last words of places that never speak ("Harbor Road", "the Avon River", "Westfield Mall"). */
const SILENT_PLACES = new Set(silentPlaceEndings);
/** Vietnamese middle names ("Nguyen Van Long", "Tran Thi Mai"): after a family name, they make the name a person's. */
const VIETNAMESE_MIDDLE = /^(?:Van|Văn|Thi|Thị|Duc|Đức|Ngoc|Ngọc|Thanh|Minh|Quang|Hong|Hồng|Huu|Hữu|Xuan|Xuân|Kim|Anh|Hoang|Hoàng)$/u;
const PLACE_WORDS = new Set<string>(placeWords);
const LOCATIVES = new Set<string>(locatives);
const TEAM_WORDS = new Set<string>(teamWords);
const POST_NOMINALS = new Set(postNominals);
/** Initials that open a sports club's name. */
const CLUB_PREFIX = /^(?:CD|FC|AC|CF|SC|SD|UD|AS|SS|SV|RC|AFC|FK|NK|HNK|KV|KRC|BK|IF|IK|SK|AIK|PSV|VfB|VfL|TSG|RB|OGC|AJ|US|CA|CR|SE|EC)$/;
/** Plural nouns for people, which can open an organization's name ("Nurses United", "Doctors Without Borders"). */
const SOURCE_PLURALS = /^(?:nurses|doctors|teachers|workers|farmers|parents|students|mothers|fathers|women|veterans|lawyers|scientists|citizens|friends|residents|taxpayers|tenants|physicians|engineers|journalists|reporters|artists)$/;
const NAME_ADJECTIVES = new Set<string>(nameAdjectives);
const ORG_KIND_NOUNS = new Set<string>(orgKindNouns);
const SAY_FORMS = new Set<string>(sayForms);
const AGENCY_FIELDS = new Set<string>(agencyFields);
/** Words a public body's name can open with before its place ("Transport", "Public Health", "Police"). */
const fieldWord = (t: Token): boolean => AGENCY_FIELDS.has(t.lower) || ORG_WORDS.has(t.lower);
/** Countries by their own names, which end the names of national bodies ("Confimpresa Italia"). */
const COUNTRY_ENDONYMS = /^(?:Italia|España|Deutschland|Polska|Nederland|Sverige|Norge|Suomi|Brasil|México|Türkiye|Hellas|Österreich|Schweiz|Suisse|Belgique|België|Danmark|Éire|Cymru|Россия|Україна|Hrvatska|Srbija|Česko|Slovensko|Magyarország|România|Lietuva|Latvija|Eesti)$/u;
/** "streams as", "goes by", "competes under the name": what stands between "who" and the name someone goes by. */
export const GOES_BY = `(?:${goesByVerbs.join('|')})\\s+(?:online\\s+)?(?:as|by|under(?:\\s+the\\s+name)?)\\s+`;
/** "who goes by mintleaf", "who streams as Rayo": the handle, lower case or not. */
const GOES_BY_HANDLE = new RegExp(`\\bwho\\s+${GOES_BY}([\\p{L}\\d_]{2,20})\\b`, 'gu');
/** First words of two-word country names ("South Africa", "New Zealand", "Sri Lanka"). */
const COUNTRY_FIRST_WORDS = /^(?:south|north|new|sri|saudi|costa|el|hong|papua|sierra|burkina|united|czech|dominican|ivory|east|west)$/;
/** Particles of Dutch and German names ("Anneke van den Berg"), which name people, not clubs or archives. */
/** A nickname in quotes after a given name, then the surname: ` "Bong" ` before "Alcaraz". */
const NICKNAME_GAP = /^ ["“‘'](?:\p{Lu}[\p{L}’'.-]*)(?: \p{Lu}[\p{L}’'.-]*)?["”’'] (?=\p{Lu})/u;
/** Honorifics followed by the given name, not the family name (Thai "Khun", Indonesian "Pak" and "Bu", Malay "Datuk", Arabic "Sheikh"). */
const GIVEN_NAME_HONORIFIC = /^(?:Khun|Pak|Bu|Ibu|Bapak|Datuk(?: Seri)?|Dato(?: Sri)?|Datin|Tan Sri|Tun|Encik|Puan|Sister|Brother|Father|Mother|Swami|Bhai|Sir|Dame|Lady|Sheikh|Sheikha|Prince|Princess|Emir|Sultan|Sayyid|Sayyida)$/;
/** "MPs", "MEPs", "TDs": the members of a body, a group of people ("Labour MPs", "Opposition TDs"). */
export const MEMBERS_OF_BODY = /^(?:MP|MEP|MSP|TD|MLA|MPP|MNA|MCA)s$/;
/** "Abuja-based", "London-listed": a place made an adjective, which continues no name ("X of the Abuja-based campaign"). */
const PLACE_ADJECTIVE = /-(?:based|listed|headquartered|registered|owned|run|led|backed|born|bred|made)$/i;
/** Gaelic patronymic particles, capitalized: "Mac", "Nic", "Mhic", "Ní", "Uí". */
const GAELIC_PATRONYMIC = /^(?:Mac|Mhic|Nic|Ní|Uí)$/;
/** Nationalities used as nouns for one person ("the Scot", "the Spaniard"): before a given name here, for "the Dutchman said" in attribution. */
export const NATIONALITY_NOUNS = new Set<string>(nationalityNouns);
const GERMANIC_PARTICLE = /^(?:van|von|der|den|ter|ten|zu|af)$/;
/** Ranks of the peerage, which take a territorial "of" ("Lord Ashcombe of Tarrant", "the Earl of Wexmoor"); true for a woman's. */
const PEERAGE_RANKS = new Map<string, boolean>([['lord', false], ['lady', true], ['baron', false], ['baroness', true], ['viscount', false], ['viscountess', true], ['earl', false], ['countess', true], ['marquess', false], ['marchioness', true], ['duke', false], ['duchess', true]]);
/** Places and things named after someone or something ("the Sri Meenakshi temple", "the Sierra Nevada range"). */
const THING_AFTER_NAME = /^(?:temple|church|mosque|synagogue|gurdwara|cathedral|hall|chapel|shrine|centre|center|campus|arena|clinic|mountains|range|river|valley|lake|estate|pack|herd|farm|mill|bridge|road|street|hospital|school|college|stadium|park|reserve|forest|gallery|museum|building|tower|hotel|airport|station|dam|mine|field|site|plant|project|programme|program)$/;
/** The words before a founder's name: "founded in 2011 in Austin by the sound engineers", "co-founded by X and". */
const FOUNDED_BY = /\b(?:[Ff]ounded|[Cc]o-?founded|[Ss]et\s+up|[Ee]stablished|[Ss]tarted)\s+(?:(?:in|at)\s+[\p{L}\p{N}.,’' -]{1,40}?\s+)?by\s+(?:(?:the|two|three|its)\s+(?:[\p{Ll}-]+\s+){0,3})?(?:(?:\p{Lu}[\p{L}\p{M}’'.-]*\s+){1,4}and\s+)?$/u;
/** "son of" and "daughter of" inside Arabic, Malay, Hebrew and Mauritanian names ("Khalid bin Saeed Al Nahyan"): only people's names hold them. */
const NASAB = /^(?:bin|bint|binti|ibn|bte|ben|ould)$/;
/** A lower-case "bin", "bint", "ibn" … between two capitalized words of a run. */
const nasabInside = (name: readonly Token[]): boolean => name.some((n, k) => k > 0 && k < name.length - 1 && NASAB.test(n.text));
/**
 * "Guadalupe Ramírez Ochoa" (lower-cased words): a given name and two surnames, one of them known, none a place, a word
 * or a body's word — a person's name even when the given name is also a place.
 */
function givenAndTwoSurnames(words: readonly string[]): boolean {
  const surnames = words.slice(1);
  return words.length === 3 && surnames.some((w) => nameInfo(w).lastName) && surnames.every((w) => !nameInfo(w).place && !nameInfo(w).common && !ORG_WORDS.has(w));
}
/** A legal suffix closing the text before a bracket ("Kestrelwave Audio, Inc. (NASDAQ: KWAV)"). */
const TRAILING_LEGAL_SUFFIX = new RegExp(`,?\\s*${LEGAL_SUFFIX.source.slice(1, -1)}$`);
const ORG_SUFFIX = /\b(?:Inc|Corp|Ltd|LLC|PLC|GmbH|AG|SA|NV|BV|Co)\.?$/;
/** A role's words, lower case, possessives dropped ("Kremlin's spokesman" → kremlin, spokesman). */
const roleWordsOf = (role: string): string[] => role.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/);
const tokensOf = (text: string) => text.replace(/^the\s+/i, '').split(/\s+/).map((w) => w.replace(/[’']s$/, '')).filter(Boolean);

// One index per registry object: a site analyzing a thousand articles against one registry builds it once.
const aliasIndexes = new WeakMap<Registry, Map<string, AliasEntry[]>>();

function buildAliasIndex(registry: Registry): Map<string, AliasEntry[]> {
  const cached = aliasIndexes.get(registry);
  if (cached) return cached;
  const index = new Map<string, AliasEntry[]>();
  aliasIndexes.set(registry, index);
  const add = (text: string, entity: string, type: AliasEntry['type'], form: AliasEntry['form']) => {
    const words = tokensOf(text);
    if (!words.length) return;
    const key = words[0] as string;
    const list = index.get(key) ?? [];
    if (!list.some((e) => e.entity === entity && e.words.join(' ') === words.join(' '))) list.push({ words, entity, type, form });
    index.set(key, list);
  };
  for (const [id, person] of Object.entries(registry.people)) {
    add(person.name, id, 'person', 'name');
    const parts = tokensOf(person.name);
    if (parts.length > 1) add(parts.at(-1) as string, id, 'person', 'surname');
    for (const alias of person.aliases) add(alias, id, 'person', tokensOf(alias).length === 1 && alias === parts.at(-1) ? 'surname' : 'alias');
  }
  for (const [id, org] of Object.entries(registry.organizations)) {
    add(org.name, id, 'organization', 'name');
    for (const alias of org.aliases) add(alias, id, 'organization', 'alias');
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const isTitleWord = (lower: string) => TITLE_SET.has(lower);

// Titles by first word, with the longest length starting with that word, so most words cost one look-up.
const TITLE_FIRST = new Map<string, number>();
for (const t of personTitles) {
  const words = t.split(' ');
  TITLE_FIRST.set(words[0] as string, Math.max(TITLE_FIRST.get(words[0] as string) ?? 0, words.length));
}

/** The longest title that starts at `tokens[k]` (lower-case words joined), as a number of tokens, or 0. */
function titleLengthAt(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (!first) return 0;
  // "president-elect", "prime minister-designate": the title, not yet taken up.
  const plain = (t: Token) => t.lower.replace(/-(?:designate|elect)$/, '');
  const longest = TITLE_FIRST.get(plain(first));
  if (!longest) return 0;
  for (let n = Math.min(longest, tokens.length - k); n > 0; n--) {
    let phrase = plain(first);
    for (let j = 1; j < n; j++) phrase += ` ${plain(tokens[k + j] as Token)}`;
    if (TITLE_SET.has(phrase)) return n;
  }
  return 0;
}

/**
 * Finds the people and organizations of an article: registry names and aliases first, then capitalized runs
 * of words classified by titles, organization words, and compromise's lexicon of first names, surnames and
 * places; then surname-only references; then pronouns (he/she) resolved to the most likely person.
 */
export function findEntities(prose: string, tokens: readonly Token[], sentences: readonly Sentence[], registry: Registry, quoteSpans: readonly { start: number; end: number }[], skip: readonly { start: number; end: number }[] = []): EntityIndex {
  const entities = new Map<string, EntityDraft>();
  const mentions: MentionDraft[] = [];
  const places: EntityIndex['places'] = [];
  /** Peers named with a territorial designation ("Lord Ashcombe of Tarrant"): where the titled name ends, and its other names. */
  const peerNames: { end: number; designationEnd: number; aliases: string[] }[] = [];
  const consumed = new Uint8Array(tokens.length);
  const aliasIndex = buildAliasIndex(registry);
  const sentenceOf = new Int32Array(tokens.length);
  {
    let s = 0;
    tokens.forEach((t, i) => {
      while (s < sentences.length - 1 && (sentences[s] as Sentence).end <= t.start) s++;
      sentenceOf[i] = s;
    });
  }
  const gap = (a: Token, b: Token) => prose.slice(a.end + (a.possessive ? 2 : 0), b.start);
  const indexOf = new Map<Token, number>();
  tokens.forEach((t, k) => indexOf.set(t, k));
  const adjacent = (a: Token, b: Token) => !a.possessive && /^[ \t]+$|^ ?\n ?$|^ & $/.test(gap(a, b)) && sentenceOf[indexOf.get(a) ?? -1] === sentenceOf[indexOf.get(b) ?? -2];

  const ensure = (id: string, init: () => EntityDraft): EntityDraft => {
    let e = entities.get(id);
    if (!e) {
      e = init();
      entities.set(id, e);
    }
    return e;
  };
  const registered = (id: string, type: 'person' | 'organization'): EntityDraft =>
    ensure(id, () => {
      if (type === 'person') {
        const p = registry.people[id];
        return { id, name: p?.name ?? id, type, aliases: new Set(p?.aliases ?? []), registered: true, gender: (p?.gender === 'female' || p?.gender === 'male' ? p.gender : 'unknown') as Gender, roles: [], roleWords: new Set(), description: p?.description ?? null };
      }
      const o = registry.organizations[id];
      return { id, name: o?.name ?? id, type, aliases: new Set(o?.aliases ?? []), registered: true, gender: 'unknown', roles: [], roleWords: new Set(), description: o?.description ?? null };
    });
  const addMention = (entity: EntityDraft, first: Token, last: Token, form: MentionDraft['form']) => {
    mentions.push({ entity: entity.id, start: first.start, end: last.end, form, possessive: last.possessive });
    const text = prose.slice(first.start, last.end);
    if (text !== entity.name) entity.aliases.add(text);
  };

  // 1. Registry names and aliases, longest first.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.capitalized && !/^\p{Lu}/u.test(t.text)) continue;
    const candidates = aliasIndex.get(t.text);
    if (!candidates) continue;
    for (const c of candidates) {
      let ok = true;
      for (let k = 1; k < c.words.length && ok; k++) {
        const u = tokens[i + k];
        ok = u !== undefined && u.text === c.words[k] && adjacent(tokens[i + k - 1] as Token, u);
      }
      if (!ok) continue;
      const last = tokens[i + c.words.length - 1] as Token;
      // "U.S. Consumer Product Safety Commission", "Washington Post": an alias at the start of a longer name is
      // not the registry's actor.
      const following = tokens[i + c.words.length];
      if (c.type === 'organization' && following && following.capitalized && adjacent(last, following) && !following.possessive && !functionWords.has(following.lower)) {
        const tail = tokens.slice(i + c.words.length, i + c.words.length + 6);
        if (tail.some((x) => ORG_WORDS.has(x.lower) || TEAM_WORDS.has(x.lower))) continue;
      }
      // "U.S. officials": an adjective before a source noun is part of a group, but it is still a mention.
      const entity = registered(c.entity, c.type);
      addMention(entity, t, last, c.form);
      for (let k = 0; k < c.words.length; k++) consumed[i + k] = 1;
      i += c.words.length - 1;
      break;
    }
  }

  // 2. Capitalized runs.
  interface Single { index: number; hasTitle: boolean; role: string | null; weak?: boolean; named?: boolean }
  const singles: Single[] = [];
  const sentenceStartToken = new Set<number>();
  tokens.forEach((_, k) => {
    if (k === 0 || sentenceOf[k] !== sentenceOf[k - 1]) sentenceStartToken.add(k);
  });
  const startsClause = (i: number) => {
    if (sentenceStartToken.has(i)) return true;
    const t = tokens[i] as Token;
    const before = prose.slice(Math.max(0, t.start - 3), t.start);
    return /[“"‘(:—–]\s*$/.test(before);
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    // "Rep. Dana Whitfield, D-Evanston,": a party and home-town tag describes the legislator; it names nobody.
    if (consumed[i] || !t.capitalized || PARTY_STATE_TAG.test(t.text)) {
      i++;
      continue;
    }
    let j = i;
    // A plural possessive inside a name goes on ("Rail Workers’ Alliance", "Sugar Producers' Association").
    const pluralPossessiveJoins = (k: number) => {
      const tok = tokens[k] as Token;
      const next = tokens[k + 1];
      const orgWordWithin = (d: number) => {
        const w = tokens[k + d];
        return w !== undefined && w.capitalized && (ORG_WORDS.has(w.lower) || TEAM_WORDS.has(w.lower)) && tokens.slice(k + 1, k + d + 1).every((x) => x.capitalized);
      };
      // "Citizens’ Ballot Watch": the organization word may come two or three words on.
      if (tok.possessive && /s$/.test(tok.text) && !/[’']s$/i.test(prose.slice(tok.start, tok.end + 2)) && next !== undefined && next.capitalized && [1, 2, 3].some(orgWordWithin) && /^[’']\s+$/.test(prose.slice(tok.end, next.start))) return true;
      // "People’s Progress Alliance", "Linden County Sheriff’s Office", "Children’s Hospital": a singular possessive
      // inside a name, when an organization word follows it (within two capitalized words) and the run began before it
      // or the possessive is a word names use ("People’s", "Workers’", "Children’s").
      if (!tok.possessive || next === undefined || !next.capitalized || !/^[’']s\s+$/.test(prose.slice(tok.end, next.start))) return false;
      const orgAhead = [1, 2, 3].some(orgWordWithin);
      return orgAhead && ((k > i && nameInfo((tokens[i] as Token).lower).firstName === null) || /^(?:people|children|women|workers|citizens|farmers|veterans|teachers|nurses|sheriff|attorney|governor|mayor|president|prime minister)$/.test(tok.lower));
    };
    while ((!(tokens[j] as Token).possessive || pluralPossessiveJoins(j)) && j + 1 < tokens.length) {
      if ((tokens[j] as Token).possessive) {
        j++;
        continue;
      }
      const n = tokens[j + 1] as Token;
      // "Department of Enterprise, Tourism and Employment", "Department for Culture, Media and Sport": a list of
      // portfolios after "of"/"for" in an organization's name is part of it.
      if (!consumed[j + 1] && portfolioList(i, j)) {
        j = portfolioList(i, j);
        continue;
      }
      // "Ramon "Bong" Alcaraz", "Arnel “Buboy” Castillo": a nickname in quotes between given name and surname.
      const nick = NICKNAME_GAP.exec(prose.slice((tokens[j] as Token).end, (tokens[j] as Token).end + 40));
      if (nick && (tokens[j] as Token).capitalized && !(tokens[j] as Token).possessive) {
        const at = (tokens[j] as Token).end + nick[0].length;
        const surname = [j + 2, j + 3].find((k) => tokens[k]?.start === at);
        if (surname !== undefined && !consumed[surname] && sentenceOf[surname] === sentenceOf[j]) {
          j = surname;
          continue;
        }
      }
      if (consumed[j + 1] || !adjacent(tokens[j] as Token, n)) break;
      if (n.capitalized || (nameSuffixes.has(n.lower) && n.capitalized)) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if ((CONNECTORS.has(n.lower) || nameParticles.has(n.lower)) && after && after.capitalized && !PLACE_ADJECTIVE.test(after.text) && !consumed[j + 2] && adjacent(n, after)) {
        j += 2;
        continue;
      }
      // "Catrìona Nic an t-Saoir", "Shona Nic a' Phearsain", "Dòmhnall Mac an Tòisich": a Gaelic patronymic's article,
      // then the name, which may carry a lower-case mutation ("t-", "h-", "n-").
      if (GAELIC_PATRONYMIC.test((tokens[j] as Token).text) && /^(?:an|a|na)$/.test(n.text) && after && !consumed[j + 2] && (after.capitalized || /^[thn]-\p{Lu}/u.test(after.text)) && /^['’]?\s$/.test(gap(n, after))) {
        j += 2;
        continue;
      }
      // "National Commission on Human Rights", "Council on Foreign Relations", "EU Delegation to Georgia": a body's
      // head noun may take "on" or "to" into its name.
      const headConnector = (n.lower === 'on' || n.lower === 'to') && ON_TO_HEADS.has((tokens[j] as Token).lower);
      if (headConnector && after && after.capitalized && !nameInfo(after.lower).calendar && !consumed[j + 2] && adjacent(n, after)) {
        j += 2;
        continue;
      }
      // "Office for the Coordination of …", "Bank of the Philippine Islands": connector, "the", capitalized word.
      const third = tokens[j + 3];
      if ((CONNECTORS.has(n.lower) || headConnector) && after?.lower === 'the' && third?.capitalized && !PLACE_ADJECTIVE.test(third.text) && !consumed[j + 3] && adjacent(n, after) && adjacent(after, third)) {
        j += 3;
        continue;
      }
      // Several particles in a row: "Fiona van der Merwe", "Amélie de la Roche".
      let p = j + 1;
      while (p < tokens.length && p - j <= 3 && nameParticles.has((tokens[p] as Token).lower) && adjacent(tokens[p - 1] as Token, tokens[p] as Token)) p++;
      const last = tokens[p];
      if (p > j + 2 && last && last.capitalized && !consumed[p] && adjacent(tokens[p - 1] as Token, last)) {
        j = p;
        continue;
      }
      break;
    }
    // A number after an organization's name belongs to it ("Municipal Employees Local 412").
    const numberAfter = tokens[j + 1];
    if (numberAfter && /^\d+$/.test(numberAfter.text) && adjacent(tokens[j] as Token, numberAfter) && (tokens.slice(i, j + 1).some((t) => ORG_WORDS.has(t.lower)) || (tokens[j] as Token).lower === 'local')) j++;
    classifySplit(i, j);
    i = j + 1;
  }

  /** Where a list of capitalized portfolios (", Tourism and Employment") after an organization's "of X" ends, or 0. */
  function portfolioList(i: number, j: number): number {
    const head = tokens[(tokens[i] as Token).lower === 'the' ? i + 1 : i] as Token;
    if (!ORG_WORDS.has(head.lower) || !tokens.slice(i, j + 1).some((t) => t.lower === 'of' || t.lower === 'for')) return 0;
    const portfolio = (t: Token | undefined) => t !== undefined && t.capitalized && !t.possessive && !nameInfo(t.lower).place && nameInfo(t.lower).firstName === null;
    let q = j + 1;
    if (!/^,\s+$/.test(prose.slice((tokens[j] as Token).end, (tokens[q] as Token | undefined)?.start ?? 0))) return 0;
    while (q < tokens.length && q - j < 8 && portfolio(tokens[q])) {
      const w = tokens[q] as Token;
      const next = tokens[q + 1];
      if (next?.lower === 'and' && adjacent(w, next) && portfolio(tokens[q + 2]) && adjacent(next, tokens[q + 2] as Token)) return q + 2;
      if (!next || !/^,\s+$/.test(prose.slice(w.end, next.start))) return 0;
      q++;
    }
    return 0;
  }

  /** A run joined by "of"/"for"/"and" is one name only for organizations ("Bank of England") and titles. */
  function classifySplit(first: number, last: number): void {
    // "The United Field and Warehouse Workers union": a run followed by the kind of body it is, in lower case, is
    // one name.
    const kindAfter = tokens[last + 1];
    if (kindAfter && !kindAfter.capitalized && /^\s+$/.test(prose.slice((tokens[last] as Token).end, kindAfter.start)) && BODY_KINDS_AFTER.has(kindAfter.lower) && /^(?:and|&|of|for)$/.test(tokens.slice(first, last + 1).find((w) => !w.capitalized)?.lower ?? '')) {
      addOrganization(prose.slice((tokens[first] as Token).start, (tokens[last] as Token).end), tokens[first] as Token, tokens[last] as Token);
      return;
    }
    // "The Minister for Economic Affairs and Climate Policy, Anouk Tjon,": a title with its portfolio, in apposition
    // before a name, names nobody itself ("Climate Policy" is not a person).
    const opener = (tokens[first] as Token).lower === 'the' ? first + 1 : first;
    const titleSpan0 = titleLengthAt(tokens, opener);
    if (titleSpan0 > 0 && /^(?:for|of)$/.test(tokens[opener + titleSpan0]?.lower ?? '') && /^\s*,\s+\p{Lu}/u.test(prose.slice((tokens[last] as Token).end, (tokens[last] as Token).end + 4))) return;
    for (let k = first + 1; k < last; k++) {
      const c = tokens[k] as Token;
      if (c.capitalized || !CONNECTORS.has(c.lower) || nameParticles.has(c.lower)) continue;
      if (portfolioTitle(first, k, last)) return;
      if (c.lower === 'of' && peerage(first, k, last)) return;
      const left = tokens.slice(first, k);
      const titleSpan = titleLengthAt(tokens, first);
      if (first + titleSpan > k) continue; // "Secretary of State …"
      // "Greyfinch Films of London": a firm's full name, then where it is, not "Bank of England".
      if (c.lower === 'of' && left.length >= 2 && /^(?:pictures|films|productions|studios|records|publishing|holdings|group|partners|ventures|media|labs|technologies|systems|foods|motors|airlines)$/.test((left.at(-1) as Token).lower) && k + 1 === last && nameInfo((tokens[last] as Token).lower).place) {
        classifyRun(first, k - 1);
        classifyRun(last, last);
        return;
      }
      if (left.some((t) => ORG_WORDS.has(t.lower))) return classifyRun(first, last);
      // "Friends of the Bellhaven Library": one word before "of" and an organization word after it is one name.
      if (tokens.slice(k + 1, last + 1).some((t) => ORG_WORDS.has(t.lower)) && !left.some((t) => nameInfo(t.lower).firstName !== null || titleLengthAt(tokens, indexOf.get(t) ?? 0)) && (left.length === 1 || c.lower === 'and' || c.lower === '&')) return classifyRun(first, last);
      classifyRun(first, k - 1);
      classifySplit(k + 1, last);
      return;
    }
    classifyRun(first, last);
  }

  /**
   * "Lord Ashcombe of Tarrant", "Baroness Okafor of Deptford", "the Duke of Harlow", "Edmund Carraway, the 9th Earl
   * of Wexmoor,": a peer's territorial designation belongs to the title and names no place or body. The peer is
   * the titled name before "of", the person in apposition before the title, or else the title itself; the whole
   * designation, and "Lord Wexmoor" or "Lady Wexmoor" for a peer named by a place, are other names for them
   * (read back by the single-name step). True when it took the run.
   */
  function peerage(first: number, k: number, last: number): boolean {
    const t = (tokens[first] as Token).lower === 'the' ? first + 1 : first;
    const rank = (tokens[t] as Token).lower;
    const female = PEERAGE_RANKS.get(rank);
    const place = tokens.slice(k + 1, last + 1);
    // "the Duke of Edinburgh Award": a thing named after a peer.
    // "the Lady of Las Ánimas", "Lord of the Rings": "Lord" and "Lady" take the "of" only after a name.
    if (female === undefined || k - t > 2 || ((rank === 'lord' || rank === 'lady') && k === t + 1) || !place.length || place.length > 2 || place.some((w) => !w.capitalized || ORG_WORDS.has(w.lower)) || (place.length === 2 && nameInfo((place[1] as Token).lower).common)) return false;
    const rankTok = tokens[t] as Token;
    const placeText = prose.slice((place[0] as Token).start, (place.at(-1) as Token).end);
    for (let c = k; c <= last; c++) consumed[c] = 1;
    if (k > t + 1) {
      // The titled name ("Lord Ashcombe") may be read only with the single names, later: its other names wait.
      classifyRun(t, k - 1);
      peerNames.push({ end: (tokens[k - 1] as Token).end, designationEnd: (place.at(-1) as Token).end, aliases: [prose.slice(rankTok.start, (place.at(-1) as Token).end), prose.slice(rankTok.start, (tokens[k - 1] as Token).end)] });
      return true;
    }
    // "Edmund Carraway, the 9th Earl of Wexmoor,": the person in apposition; else the title names the person.
    const apposed = /,\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+)?$/i.exec(prose.slice(Math.max(0, rankTok.start - 30), rankTok.start));
    const named = apposed ? mentions.filter((m) => m.end === rankTok.start - apposed[0].length).at(-1) : undefined;
    let owner = named && entities.get(named.entity)?.type === 'person' ? entities.get(named.entity) : undefined;
    if (owner) noteRole(owner, rankTok.text);
    else addPerson(tokens.slice(t, last + 1), rankTok.text, female ? 'female' : 'male');
    owner ??= [...entities.values()].find((e) => e.type === 'person' && e.name === prose.slice(rankTok.start, (place.at(-1) as Token).end));
    if (owner?.type === 'person') {
      owner.aliases.add(prose.slice(rankTok.start, (place.at(-1) as Token).end));
      owner.aliases.add(`${female ? 'Lady' : 'Lord'} ${placeText}`);
    }
    return true;
  }

  /**
   * "Senior Minister of State for Digital Development and Information Tan Kah Seng", "Minister of State for Jal
   * Shakti Dr. Kavitha Ramalingam": a title, "for" or "of", a portfolio, then a name of two or three words (after an
   * honorific, or opening with a given or family name). The portfolio is part of the title. True when it added the
   * person.
   */
  function portfolioTitle(first: number, k: number, last: number): boolean {
    if (!/^(?:for|of)$/.test((tokens[k] as Token).lower)) return false;
    let titled = false;
    for (let n = 1; n <= MAX_TITLE_WORDS && k - n >= first; n++) if (titleLengthAt(tokens, k - n) === n) titled = true;
    if (!titled) return false;
    let p = -1;
    for (let h = k + 1; h < last; h++) if (isTitleWord((tokens[h] as Token).lower) && /\.$|^(?:Mr|Mrs|Ms|Dr|Prof)$/.test((tokens[h] as Token).text)) p = h + 1;
    if (p < 0) {
      for (let q = Math.max(k + 2, last - 2); q <= last - 1 && p < 0; q++) {
        const lower = (tokens[q] as Token).lower;
        const info = nameInfo(lower);
        if (info.firstName !== null || info.listedOnly === true || familyNamesFirst.has(lower.normalize('NFD').replace(/\p{M}/gu, ''))) p = q;
      }
    }
    if (p < 0 || p > last - 1 || tokens.slice(p, last + 1).some((t) => ORG_WORDS.has(t.lower) || CONNECTORS.has(t.lower))) return false;
    addPerson(tokens.slice(p, last + 1), prose.slice((tokens[first] as Token).start, (tokens[p - 1] as Token).end), nameInfo((tokens[p] as Token).lower).firstName);
    return true;
  }

  /** "The agency’s director-general, Dr. Hendrik Moerman,": an honorific does not hide the title in apposition before it. */
  function withApposedTitle(role: string, first: number): string {
    if (!/^(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?$/.test(role.trim())) return role;
    const apposed = lowerTitleBefore(first);
    return apposed.title && apposed.role ? `${apposed.role} ${role}` : role;
  }

  function lowerTitleBefore(first: number): { role: string | null; title: boolean } {
    // "The Speaker, Mere Tawhiri, …", "its chief executive, Ana Ruiz, …": a title in apposition before the name.
    const comma = tokens[first - 1];
    if (comma && /^\s*,\s*$/.test(prose.slice(comma.end + (comma.possessive ? 2 : 0), (tokens[first] as Token).start)) && sentenceOf[first - 1] === sentenceOf[first]) {
      // The longest title that ends at the comma: "The Deputy Speaker, …" is the deputy, not the Speaker.
      for (let n = Math.min(MAX_TITLE_WORDS, first); n >= 1; n--) {
        if (titleLengthAt(tokens, first - n) === n) return { role: prose.slice((tokens[first - n] as Token).start, comma.end), title: true };
      }
      // "The governor of Kano State, Aisha Bello, …", "the head of the port authority, Ana Ruiz, …": the title is
      // followed by what it is the title of, within one clause.
      // Only before a given name: "the Minister of Labour, Health, …" lists portfolios, and "the owner of the ship,
      // Pelagos Line," names a company.
      const given = nameInfo((tokens[first] as Token).lower).firstName !== null || listedGivenName((tokens[first] as Token).lower);
      for (let j = first - 2; given && j >= Math.max(1, first - 8) && sentenceOf[j] === sentenceOf[first]; j--) {
        const of = tokens[j] as Token;
        if (of.lower !== 'of' && of.lower !== 'for') continue;
        for (let n = 1; n <= MAX_TITLE_WORDS && j - n >= 0; n++) {
          const from = tokens[j - n] as Token;
          if (titleLengthAt(tokens, j - n) === n && !/[,;:.()"“”]/.test(prose.slice(from.end, comma.end))) return { role: prose.slice(from.start, comma.end), title: true };
        }
        // "The Speaker of Nigeria’s House of Representatives, …": the name of the body may hold an "of" of its own.
      }
    }
    // "ministry spokesman Ivo Marek", "the club’s head coach Ana Silva", "envoy Lena Brandt".
    let k = first - 1;
    let words = 0;
    while (k >= 0 && words < MAX_TITLE_WORDS && !(tokens[k] as Token).capitalized && adjacent(tokens[k] as Token, tokens[k + 1] as Token)) {
      k--;
      words++;
    }
    for (let start = k + 1; start < first; start++) {
      const n = titleLengthAt(tokens, start);
      if (n && start + n === first) {
        // Include a capitalized or possessive modifier right before the title ("Kremlin spokesman").
        let from = start;
        const prev = tokens[start - 1];
        if (prev && (prev.capitalized || prev.possessive) && prev.end + (prev.possessive ? 2 : 0) <= (tokens[start] as Token).start && /^\s+$/.test(gap(prev, tokens[start] as Token)) && sentenceOf[start - 1] === sentenceOf[start]) from = start - 1;
        return { role: prose.slice((tokens[from] as Token).start, (tokens[first - 1] as Token).end), title: true };
      }
    }
    return { role: null, title: false };
  }

  function classifyRun(first: number, last: number): void {
    // "The Opposition Tamizh Desiya Munnani alleged", "Ruling Samajik Nyay Dal": where the party stands is not its name.
    // "Labour MPs", "Opposition MEPs": members of a body, a group of people rather than anyone's name.
    if (MEMBERS_OF_BODY.test((tokens[last] as Token).text)) return;
    // "Juror No. 9", "Witness No. 3": someone known by a number, a person by that whole name (not "No.").
    const numbered = tokens[last + 1];
    if (last === first + 1 && /^(?:No\.?|Number)$/.test((tokens[last] as Token).text) && numbered && /^\d{1,4}$/.test(numbered.text) && /^\s+$/.test(prose.slice((tokens[last] as Token).end, numbered.start)) && /^(?:juror|witness|patient|victim|defendant|prisoner|inmate|contestant|employee|suspect)$/.test((tokens[first] as Token).lower)) {
      const text = prose.slice((tokens[first] as Token).start, numbered.end);
      const entity = ensure(slugify(text), () => newEntity(slugify(text), text, 'person'));
      entity.roleWords.add((tokens[first] as Token).lower); // "the juror said"
      addMention(entity, tokens[first] as Token, numbered, 'name');
      for (let c = first; c <= last + 1; c++) consumed[c] = 1;
      return;
    }
    // "one Labour MP said", "a Tory MEP": one member of a body, described, when no name follows.
    // (Not "Sorcha Brennan TD": the letters after a name.)
    if (last > first && /^(?:MP|MEP|MSP|TD|MLA|MPP|MNA|MCA)$/.test((tokens[last] as Token).text) && !tokens[last + 1]?.capitalized && /\b(?:one|a|an|another|the)\s+$/i.test(prose.slice(Math.max(0, (tokens[first] as Token).start - 9), (tokens[first] as Token).start))) return;
    const stance = (tokens[first] as Token).lower === 'the' ? first + 1 : first;
    if (last - stance >= 2 && /^(?:opposition|ruling|governing)$/.test((tokens[stance] as Token).lower) && !titleLengthAt(tokens, stance) && !TITLE_SET.has((tokens[stance + 1] as Token).lower)) first = stance + 1;
    // "Minister for Housing Darragh Fennelly", "Commissioner for Human Rights Ana Ruiz": after a title and its "for"
    // or "of", the portfolio runs on in capitals; the last two words are the person.
    const titleBefore = first >= 2 && /^(?:for|of)$/.test((tokens[first - 1] as Token).lower) && TITLE_SET.has((tokens[first - 2] as Token).lower);
    if (titleBefore && last - first >= 2 && (tokens[first - 2] as Token).capitalized) {
      const nameTokens = tokens.slice(last - 1, last + 1);
      // Not "Chair of the Marisol Foods Board of Directors": "of" is no part of a name.
      const unknownOrFirst = nameTokens.every((t) => t.capitalized && !ORG_WORDS.has(t.lower) && !TEAM_WORDS.has(t.lower) && !nameInfo(t.lower).place);
      if (unknownOrFirst) {
        for (let c = first; c <= last; c++) consumed[c] = 1;
        addPerson(nameTokens, prose.slice((tokens[first - 2] as Token).start, (tokens[last - 2] as Token).end), nameInfo((nameTokens[0] as Token).lower).firstName);
        return;
      }
    }
    // "Striker said" after "Janelle Striker": a surname already given wins over the word's other meanings (a
    // football position, a common noun at the start of a sentence).
    if (first === last) {
      const tok = tokens[first] as Token;
      const owners = [...entities.values()].filter((e) => e.type === 'person' && !e.registered && e.name.includes(' ') && e.name.split(/\s+/).at(-1) === tok.text);
      const owner = owners.length === 1 ? owners[0] : undefined; // two Ruizes: the later step picks the one named last
      if (owner && tok.text.length > 2) {
        addMention(owner, tok, tok, 'surname');
        consumed[first] = 1;
        return;
      }
    }
    // "Van der Wal said", at a sentence start, after "Pieter van der Wal": the particles capitalized, the surname.
    if (first < last && nameParticles.has((tokens[first] as Token).lower)) {
      const run = prose.slice((tokens[first] as Token).start, (tokens[last] as Token).end).toLowerCase();
      const owner = [...entities.values()].find((e) => e.type === 'person' && e.name.toLowerCase().endsWith(` ${run}`));
      if (owner) {
        addMention(owner, tokens[first] as Token, tokens[last] as Token, 'surname');
        return;
      }
    }
    // "Reform UK said", "Change UK came third": a word, then "UK", "US" or "EU", as a subject, is a party's or a
    // group's name, not a sentence-initial word before the country.
    const afterRun = tokens[last + 1];
    if (last === first + 1 && /^(?:UK|US|EU)$/.test((tokens[last] as Token).text) && !functionWords.has((tokens[first] as Token).lower) && !/ly$/.test((tokens[first] as Token).lower) && !nameInfo((tokens[first] as Token).lower).calendar && /^(?:said|says|came|won|has|had|is|was|will|would|took|gained|lost|announced|added|claimed)$/.test(afterRun?.lower ?? '') && /^\s+$/.test(prose.slice((tokens[last] as Token).end, afterRun?.start ?? 0))) {
      addOrganization(prose.slice((tokens[first] as Token).start, (tokens[last] as Token).end), tokens[first] as Token, tokens[last] as Token);
      return;
    }
    let a = first;
    // Drop sentence-initial common words ("While", "The", "After") and leading function words.
    while (a <= last) {
      const tok = tokens[a] as Token;
      const info = nameInfo(tok.lower);
      // "Park Seo-yeon", and "Wang Lei" or "Tran Van Minh": a family name that comes first opens a name.
      const koreanGiven = a < last && (KOREAN_GIVEN_NAME.test((tokens[a + 1] as Token).text) || familyNamesFirst.has(tok.lower));
      // "Nurses United Aotearoa", "Doctors Without Borders": a plural noun opening a name joined by "United" or a
      // lower-case "without"/"for" is part of it.
      const opensName = a === first && a < last && SOURCE_PLURALS.test(tok.lower) && /^(?:united|for|without|against|of)$/i.test((tokens[a + 1] as Token).lower);
      // "Transport Scotland said", "Police Scotland": a field and a place name a public body, not a sentence start.
      // "Cycling South Africa", "Swimming New Zealand": a sport and a two-word country, too.
      const countryStart = last - 1 > a && COUNTRY_FIRST_WORDS.test((tokens[last - 1] as Token).lower) ? last - 1 : last;
      const agency = a === first && countryStart - a <= 2 && countryStart > a && tokens.slice(a, countryStart).every(fieldWord) && nameInfo((tokens[last] as Token).lower).place;
      // "…, Blessing Okafor was": a common word that is also a given name, before a surname nothing else knows.
      const nextInfo = a < last ? nameInfo((tokens[a + 1] as Token).lower) : undefined;
      const givenWord = a + 1 === last && nextInfo !== undefined && givenThenUnknownSurname(tok.lower, nextInfo) && !nextInfo.demonym && !nextInfo.calendar && !functionWords.has(tok.lower);
      // "Vote Watch Nigeria Initiative said", "Fair Pay Alliance": a long run ending in a body's word keeps its first word.
      // …or holding one ("Ocean Watch Pasifika"; not "Agents of the National Bureau of Investigation").
      const opensBody = a === first && last - a >= 2 && (ORG_WORDS.has((tokens[last] as Token).lower) || ((tokens[a + 1] as Token).capitalized && tokens.slice(a + 1, last + 1).some((w) => ORG_WORDS.has(w.lower))));
      const common = functionWords.has(tok.lower.replace(/\.$/, '')) || (info.common && !givenWord && !opensName && !opensBody && !koreanGiven && !agency && !info.firstName && !info.lastName && !info.place && startsClause(a) && !(titleLengthAt(tokens, a) && a < last) && !(NAME_ADJECTIVES.has(tok.lower) && a < last));
      if (common && a === last && !functionWords.has(tok.lower.replace(/\.$/, ''))) {
        // A capitalized common word alone at a sentence start ("Lie said…") may still be a known surname.
        singles.push({ index: a, hasTitle: false, role: null, weak: true });
        return;
      }
      if (common || info.calendar) a++;
      else break;
    }
    if (a > last) return;
    // "the Scot Callum Drummond", "the Dutchman Pieter Vos": a nationality noun before a given name describes the person.
    if (a < last && NATIONALITY_NOUNS.has((tokens[a] as Token).text) && (nameInfo((tokens[a + 1] as Token).lower).firstName !== null || listedGivenName((tokens[a + 1] as Token).lower))) a++;
    // "Oslo-based Fjordline Cargo": where a company is based is not part of its name, nor a name by itself ("the
    // Accra-based think tank").
    // "the Paris-born Kevin Lữ": nor is where a person was born.
    if (/-(?:based|born)$/i.test((tokens[a] as Token).text)) {
      if (a === last) return;
      a++;
    }
    const strippedLocative = a > first && LOCATIVES.has((tokens[a - 1] as Token).lower);
    // Split off a title inside the run: the last title followed by a name ("Federal Reserve Chair Jerome Powell").
    let titleAt = -1;
    let titleLen = 0;
    for (let k = a; k <= last; k++) {
      const n = titleLengthAt(tokens, k);
      // "Ministry of Justice and Security": a portfolio after a body's "of" is no title.
      const portfolio = k - 1 > a && /^(?:of|for)$/.test((tokens[k - 1] as Token).lower) && tokens.slice(a, k - 1).some((t) => ORG_WORDS.has(t.lower));
      if (n && k + n <= last && !portfolio) {
        titleAt = k;
        titleLen = n;
        k += n - 1;
      }
    }
    if (titleLengthAt(tokens, a) === last - a + 1) return; // a title alone ("Secretary of State")
    // "Secretary of the Treasury Ann Lee", "Acme Corp chief Ana Ruiz": a known first name near the end of a long
    // run starts the person's name; what comes before is their title or organization.
    if (last - a >= 2) {
      for (let k = last - 1; k > a; k--) {
        if (nameInfo((tokens[k] as Token).lower).firstName === null || ORG_WORDS.has((tokens[k] as Token).lower)) continue;
        // "Minister Ana Paula Ribeiro": take in first names standing before this one.
        while (k - 1 > a && nameInfo((tokens[k - 1] as Token).lower).firstName !== null && !titleLengthAt(tokens, k - 1) && !ORG_WORDS.has((tokens[k - 1] as Token).lower)) k--;
        // "Professor Tran Minh Chau": a family name that comes first belongs to the name.
        if (k - 1 > a && familyNamesFirst.has((tokens[k - 1] as Token).lower.normalize('NFD').replace(/\p{M}/gu, '')) && !titleLengthAt(tokens, k - 1)) k--;
        // "Sheikh Khalid bin Saeed Al Nahyan": the name runs on to the left across "bin", "bint", "ibn".
        while (k - 2 >= a && NASAB.test((tokens[k - 1] as Token).text) && (tokens[k - 2] as Token).capitalized && !titleLengthAt(tokens, k - 2)) k -= 2;
        const tok = tokens[k] as Token;
        const tail = tokens.slice(k, last + 1);
        // "Sir James Cathcart KC": letters after the name are not the name.
        while (tail.length > 2 && POST_NOMINALS.has((tail.at(-1) as Token).text) && !nameSuffixes.has((tail.at(-1) as Token).lower)) tail.pop();
        if (tail.some((t) => ORG_WORDS.has(t.lower)) || tail.length > (nasabInside(tail) ? 7 : 3)) break;
        const prefix = tokens.slice(a, k);
        // A title must stand between ("Federal Reserve Chair Jerome Powell"): "Universidad San Francisco de Quito"
        // holds a first name but no person.
        if (!prefix.some((t) => titleLengthAt(tokens, indexOf.get(t) ?? 0))) break;
        if (prefix.some((t) => ORG_WORDS.has(t.lower)) && !titleLengthAt(tokens, a)) {
          // The organization is the prefix up to the title: "Federal Reserve" of "Federal Reserve Chair".
          let orgEnd = a;
          while (orgEnd < k && !titleLengthAt(tokens, orgEnd)) orgEnd++;
          if (orgEnd > a) classifyRun(a, orgEnd - 1);
        }
        addPerson(tail, withApposedTitle(prose.slice((tokens[a] as Token).start, (tokens[k - 1] as Token).end), first), nameInfo(tok.lower).firstName);
        return;
      }
    }
    let nameStart = a;
    let role: string | null = null;
    let prefixEnd = -1;
    if (titleAt >= 0) {
      const rest = tokens.slice(titleAt + titleLen, last + 1);
      if (!rest.some((r) => ORG_WORDS.has(r.lower))) {
        nameStart = titleAt + titleLen;
        role = prose.slice((tokens[a] as Token).start, (tokens[nameStart - 1] as Token).end);
        prefixEnd = titleAt - 1;
      }
    }
    // Leading demonyms ("Ukrainian President …", "French striker …") describe a person; they are not the name.
    // An organization keeps them ("Brazilian Foreign Ministry").
    // …and so does a name that ends like a body's ("European Recruitment Technology Forum").
    const orgRun = tokens.slice(nameStart, last + 1).some((t) => ORG_WORDS.has(t.lower)) || (last - nameStart >= 2 && TEAM_WORDS.has((tokens[last] as Token).lower));
    while (!orgRun && nameStart <= last && nameStart < last && nameInfo((tokens[nameStart] as Token).lower).demonym) nameStart++;
    const name = tokens.slice(nameStart, last + 1);
    // "Mr van Rijn", "Mr de Róiste": after a title, a particle and a surname are the person named with them before.
    if (name.length > 1 && nameParticles.has((name[0] as Token).lower) && !(name[0] as Token).capitalized) {
      const run = prose.slice((name[0] as Token).start, (name.at(-1) as Token).end).toLowerCase();
      const owner = [...entities.values()].find((e) => e.type === 'person' && e.name.toLowerCase().endsWith(` ${run}`));
      if (owner) {
        addMention(owner, name[0] as Token, name.at(-1) as Token, 'surname');
        return;
      }
    }
    // "Chief Electoral Officer", "Centre for …": a name cannot start with a connector or end in a title word.
    // "said Le Van Hung": a Vietnamese family name, a middle name and a given name, though "Le" is also an article.
    if (name.length && CONNECTORS.has((name[0] as Token).lower) && !(name.length === 3 && familyNamesFirst.has((name[0] as Token).lower) && VIETNAMESE_MIDDLE.test((name[1] as Token).text))) return;
    // "Tan Sri Lim Kok Wing": after a title, a family name that comes first opens a name, whatever its last word.
    const familyFirstAfterTitle = role !== null && name.length === 3 && familyNamesFirst.has((name[0] as Token).lower);
    if (name.length > 1 && TITLE_SET.has((name.at(-1) as Token).lower) && nameInfo((name[0] as Token).lower).firstName === null && !name.some((n) => ORG_WORDS.has(n.lower)) && !familyFirstAfterTitle) return;
    // Trailing calendar words ("… Sunday") are not part of a name.
    // …nor is a thing named by a letter ("Sola Skye T-shirts", "an X-ray").
    while (name.length && (nameInfo((name.at(-1) as Token).lower).calendar || CONNECTORS.has((name.at(-1) as Token).lower) || (name.length > 2 && POST_NOMINALS.has((name.at(-1) as Token).text) && !nameSuffixes.has((name.at(-1) as Token).lower)) || /^\p{Lu}-\p{Ll}/u.test((name.at(-1) as Token).text))) name.pop();
    if (!name.length) return;
    // "on Victoria Day", "before Ascension Day", "Armistice Day": a day named for something is a date, nobody's name
    // (not "Doris Day said").
    if (name.length > 1 && (name.at(-1) as Token).text === 'Day' && (nameInfo((name[0] as Token).lower).firstName === null || /^(?:on|by|before|after|since|until|till|this|last|next|for|over|during|of|ahead)$/.test(tokens[first - 1]?.lower ?? ''))) return;
    // "Federal Reserve" in "Federal Reserve Chair Jerome Powell" is an organization; "Deputy County" in
    // "Deputy County Attorney Ravi Menon" is part of the title.
    const prefixTokens = prefixEnd >= a ? tokens.slice(a, prefixEnd + 1) : [];
    if (prefixTokens.length && !titleLengthAt(tokens, a) && (prefixTokens.some((t) => ORG_WORDS.has(t.lower)) || (prefixTokens.length === 1 && /^\p{Lu}{2,6}$/u.test(prefixTokens[0]?.text ?? '')))) classifyRun(a, prefixEnd); // "Federal Reserve" in "Federal Reserve Chair Jerome Powell"
    const before = role ? { role: withApposedTitle(role, first), title: true } : lowerTitleBefore(first);
    // The word before the name, if it is in the same sentence: "…waved containers through.\n\nAdaeze Okafor, 39,"
    // does not put the name after a locative "through".
    const prevToken = tokens[first - 1];
    const prev = prevToken && !/[.!?]|\n\s*\n/.test(prose.slice(prevToken.end, (tokens[first] as Token).start)) ? prevToken : undefined;
    const lowers = name.map((n) => n.lower);
    const firstTok = name[0] as Token;
    const lastTok = name.at(-1) as Token;
    const text = prose.slice(firstTok.start, lastTok.end);
    // "CEDAR BEND, Iowa —", "SAN JOSÉ (AP) —": a dateline's place in capitals opens the copy; it is nobody.
    if (name.length > 1 && name.every((n) => !/\p{Ll}/u.test(n.text)) && /(?:^|\n)\s*$/.test(prose.slice(Math.max(0, firstTok.start - 3), firstTok.start)) && /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*(?:\(|—|–|-\s)/u.test(prose.slice(lastTok.end, lastTok.end + 40))) {
      places.push({ start: firstTok.start, end: lastTok.end, text });
      return;
    }
    // "Kestrelwave Audio, Inc.": a company's legal suffix after a comma belongs to the name before it; it names nothing.
    if (name.length === 1 && LEGAL_SUFFIX.test(text) && /\p{L}\.?,\s*$/u.test(prose.slice(Math.max(0, firstTok.start - 4), firstTok.start))) return;
    // "Brightwing Aeronautics", "Halden Robotics", "Amnesty International": an industry in "-ics", or "International"
    // closing a name, makes a body; nobody's surname ends so. Nor does a union's "Local 440".
    const orgWord = lowers.some((w) => ORG_WORDS.has(w)) || /\b(?:Inc|Corp|Ltd|LLC|PLC|Co)\.?$/.test(text) || (name.length > 1 && ORG_NAME_ENDING.test(lastTok.lower)) || /(?:^|\s)Local\s+\d+$/.test(text);
    if (orgWord && (name.length > 1 || nameInfo(firstTok.lower).organization)) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    if (orgWord) return; // a generic word alone ("Press", "Council") names nobody
    // "Figueiredo Albuquerque said" after "Governor Renata Figueiredo Albuquerque": a double surname on its own is the
    // person named before, whatever its words mean elsewhere (Albuquerque is also a city).
    // "Minh Chau’s mother" after "Minh Chau Tran": a two-part given name alone is the person named in full before.
    const fullNamed = name.length === 2 ? [...entities.values()].filter((e) => e.type === 'person' && e.name.startsWith(`${text} `) && e.name.split(/\s+/).length === 3) : [];
    if (fullNamed.length === 1 && !before.title) {
      addMention(fullNamed[0] as EntityDraft, firstTok, lastTok, 'alias');
      return;
    }
    if (name.length > 1 && [...entities.values()].some((e) => e.type === 'person' && e.name.endsWith(` ${text}`))) {
      addPerson(name, before.role, null);
      return;
    }
    if (name.length === 1) {
      // "TOKYO (Reuters) —": a dateline's city in capitals is a place, not an acronym.
      const dateline = /^\s*(?:\(|,\s*[\p{Lu}][\p{L}]+\s*\(|[—–])/u.test(prose.slice(firstTok.end, firstTok.end + 30)) || nameInfo(firstTok.lower).place;
      // "Chukwuemeka Obi-Nnadi, SAN, told": letters after a name and a comma are the person's, not a body.
      if (POST_NOMINALS.has(firstTok.text) && /^,\s*$/.test(prose.slice(prev?.end ?? 0, firstTok.start)) && prev !== undefined && mentions.some((m) => m.end === prev.end && entities.get(m.entity)?.type === 'person')) return;
      const acronym = !dateline && /^(?:\p{Lu}\.?){2,6}$/u.test(firstTok.text) && !ACRONYM_STOP.has(firstTok.text.replace(/\./g, ''));
      if (acronym && !before.title) {
        addOrganization(text, firstTok, lastTok);
        return;
      }
      // "said Rosa, 71, who…", "a teacher who gave her name only as Margaret": a person known by one name.
      // Not "The Finn, 24, started third": a determiner makes it a noun.
      // "Kizzy, the 19-year-old rapper from Peckham,": a one-name performer described in apposition.
      const roleAfter = /^,\s+(?:the|a)\s+(?:\d{1,3}-year-old\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(?=[,.;]|\s+(?:from|who|whose|and)\b)/u.exec(prose.slice(firstTok.end, firstTok.end + 60));
      const performer = roleAfter?.[1] !== undefined && (ROLE_HEADS.has(roleAfter[1]) || /^(?:rapper|singer|songwriter|drummer|guitarist|dj|producer|artist|actor|actress|comedian|dancer|poet|streamer|influencer|chef|designer|model|boxer|wrestler|striker|goalkeeper|midfielder|defender|winger)$/.test(roleAfter[1])) && nameInfo(firstTok.lower).common === false && !nameInfo(firstTok.lower).place;
      // "said Murugan, a 52-year-old tea plucker", "said Emre, a volunteer … who gave only his first name", "another
      // passenger, Tomasz, told": an age, a first name given alone, or a source described just before.
      const oneNameAfter = ONE_NAME_AFTER.test(prose.slice(firstTok.end, firstTok.end + 120));
      // "Its coordinator, Wahyuningsih, said": a role just before, between commas.
      const sourceBefore = /^,/.test(prose.slice(firstTok.end, firstTok.end + 1)) && (SOURCE_APPOSITIVE_BEFORE.test(prose.slice(Math.max(0, firstTok.start - 40), firstTok.start)) || (/\b(?:its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,\s*$/iu.test(prose.slice(Math.max(0, firstTok.start - 60), firstTok.start)) && ROLE_APPOSITIVE_BEFORE.test(prose.slice(Math.max(0, firstTok.start - 90), firstTok.start))));
      const named = (/^,\s*\d{1,3},/.test(prose.slice(firstTok.end, firstTok.end + 8)) && !/\b(?:the|a|an)\s+$/i.test(prose.slice(Math.max(0, firstTok.start - 5), firstTok.start))) || ONE_NAME_BEFORE.test(prose.slice(Math.max(0, firstTok.start - 60), firstTok.start)) || performer || ((oneNameAfter || sourceBefore) && !nameInfo(firstTok.lower).common && !nameInfo(firstTok.lower).place && !nameInfo(firstTok.lower).demonym && !nameInfo(firstTok.lower).calendar && !PREPOSITIONS.has((tokens[(indexOf.get(firstTok) ?? 0) - 1] as Token | undefined)?.lower ?? ''));
      singles.push({ index: (indexOf.get(firstTok) ?? 0), hasTitle: before.title, role: before.role, named });
      return;
    }
    // "Park Seo-yeon", "Kim Tae-yang": a Korean given name after the family name (a capitalized syllable, a hyphen,
    // a lower-case syllable) makes a person, whatever the family name also means ("Park", "Song", "Kang").
    // "Nguyen Van Long", "Tran Thi Mai": a Vietnamese family name, a middle name and a given name, whatever the
    // given name means in English.
    if (name.length === 3 && familyNamesFirst.has(firstTok.lower) && VIETNAMESE_MIDDLE.test((name[1] as Token).text) && !before.title) {
      addPerson(name, before.role, null);
      return;
    }
    if (name.length === 2 && KOREAN_GIVEN_NAME.test(lastTok.text) && /^\p{Lu}\p{Ll}{1,5}$/u.test(firstTok.text) && !before.title) {
      addPerson(name, before.role, null);
      return;
    }
    // "Residents of Almadén de la Vega": after "residents of", "the village of", a name is the place.
    if (prev?.lower === 'of' && /^(?:residents|people|villagers|inhabitants|townspeople|village|town|outskirts)$/.test(tokens[first - 2]?.lower ?? '') && !before.title) {
      places.push({ start: firstTok.start, end: lastTok.end, text });
      return;
    }
    // "Cllr Paddy Furlong (Fianna Fáil)", "Senator Ana Ruiz (Green)": a name in brackets right after a name is an
    // affiliation, not a person. An acronym there is the name's short form, left to the alias rules.
    // (Not "Henryk (Alasdair Grieve)": after a one-word name, a given name opens a person's name, an actor's beside
    // the part they play.)
    if (!before.title && /\p{Lu}[\p{L}’'-]*\s*\(\s*$/u.test(prose.slice(Math.max(0, firstTok.start - 40), firstTok.start)) && /^\s*\)/.test(prose.slice(lastTok.end, lastTok.end + 3)) && !(name.length === 1 && /^\p{Lu}{2,}$/u.test(firstTok.text)) && !(name.length >= 2 && name.length <= 3 && (nameInfo(firstTok.lower).firstName !== null || listedGivenName(firstTok.lower)) && /(?:^|[,;(]\s*|\b\p{Ll}+\s+)\p{Lu}[\p{L}’'-]*\s*\(\s*$/u.test(prose.slice(Math.max(0, firstTok.start - 40), firstTok.start)))) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    // "Cllr Imran Chaudhry (Con, Pensford North)": after the party, the ward or constituency is a place.
    if (!before.title && /\p{Lu}[\p{L}’'.-]*\s*\(\s*\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,2}\s*,\s*$/u.test(prose.slice(Math.max(0, firstTok.start - 60), firstTok.start)) && /^\s*\)/.test(prose.slice(lastTok.end, lastTok.end + 3))) {
      places.push({ start: firstTok.start, end: lastTok.end, text });
      return;
    }
    // "TV Wisla", "Radio Zeewind": a broadcaster's name.
    if (name.length > 1 && /^(?:TV|Radio)$/.test(firstTok.text) && !before.title) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    // "CD Almenara", "FC Porto", "AS Roma": a club's initials open its name.
    if (name.length > 1 && CLUB_PREFIX.test(firstTok.text)) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    const firstInfo = nameInfo(firstTok.lower);
    const lastInfo = nameInfo(lastTok.lower);
    const whole = nameInfo(text.toLowerCase());
    if (name.length > 1 && (whole.place || whole.organization) && !before.title) {
      if (whole.place) places.push({ start: firstTok.start, end: lastTok.end, text });
      else addOrganization(text, firstTok, lastTok);
      return;
    }
    // "the industrial group Meridian Holt", "the airline Skyline Atlantic": an organization noun names the kind.
    const kindBefore = prev;
    // "the union, Municipal Employees Local 412" names the union — but not "a spokesman for the department,
    // Marcus Oyelaran": a first name after the comma makes a person in apposition to the whole phrase.
    const spokesAppositive = SPOKES_FOR_BEFORE.test(prose.slice(Math.max(0, kindBefore ? kindBefore.start - 60 : 0), kindBefore?.start ?? 0));
    if (kindBefore && !before.title && ORG_KIND_NOUNS.has(kindBefore.lower) && !kindBefore.capitalized && (/^\s+$/.test(prose.slice(kindBefore.end, firstTok.start)) || (nameInfo(firstTok.lower).firstName === null && !spokesAppositive))) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    const unknownWords = name.every((n) => {
      if (nameParticles.has(n.lower)) return true;
      const info = nameInfo(n.lower);
      return !info.common || info.firstName !== null || info.lastName;
    });
    // "Guadalupe Reyes, 41, whose sons…": an age or "who/whose" after the name makes a person, whatever the lexicon
    // says of its first word.
    const personAfter = /^,\s*(?:\d{1,3}\s*,|who\b|whose\b)/.test(prose.slice(lastTok.end, lastTok.end + 12));
    // "Anneke van den Berg": a listed given name and a Dutch or German particle make a person, whatever "Berg" is.
    const particleName = firstInfo.listedOnly === true && name.length > 2 && GERMANIC_PARTICLE.test(name[1]?.lower ?? '');
    // "wrote Santiago Herrera Velasco, head of currency strategy at …": a run of three names after a verb of saying,
    // or with a role in apposition, is a person even when its first word is also a city.
    // "Segundo Quiñónez Valencia": a given name, a surname, and a second surname that is also a city.
    const placeSurname = name.length === 3 && listedGivenName(firstTok.lower) && !nameInfo((name[1] as Token).lower).place && !nameInfo((name[1] as Token).lower).common && nameInfo((name[1] as Token).lower).firstName === null;
    const surnamesNotPlaces = (from: number) => placeSurname || !name.slice(from).some((n) => nameInfo(n.lower).place);
    const saidName = name.length > 2 && prev !== undefined && SAY_FORMS.has(prev.lower) && surnamesNotPlaces(1) && !name.slice(1).some((n) => nameInfo(n.lower).common);
    const roleApposed = name.length > 1 && (APPOSITIVE_TITLE.test(prose.slice(lastTok.end, lastTok.end + 80)) || /^,\s+(?:the\s+)?(?:head|chief|director|founder|leader|chair|president)\s+of\b/.test(prose.slice(lastTok.end, lastTok.end + 40))) && surnamesNotPlaces(1);
    // "Guadalupe Ramírez Ochoa": a place-like first word, then two surnames.
    const isPlace = name.some((n) => nameInfo(n.lower).place) && !firstInfo.firstName && !particleName && !before.title && !(personAfter && name.length > 1) && !saidName && !roleApposed && !givenAndTwoSurnames(lowers);
    // "Johannesburg Water", "Toronto Hydro", "Manchester United": a place, then what an organization is called by.
    if (isPlace && name.length > 1 && !before.title && (TEAM_WORDS.has(lastTok.lower) || ORG_WORDS.has(lastTok.lower)) && !nameInfo(lastTok.lower).place) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    // "Transport Scotland", "Health Canada", "Police Scotland": a field, then the place a public body serves.
    // "Elections Nova Scotia": the place may be two words.
    const restPlace = name.length === 3 && fieldWord(firstTok) && nameInfo(`${(name[1] as Token).lower} ${lastTok.lower}`).place;
    if ((name.length === 2 || name.length === 3) && !before.title && (name.slice(0, -1).every(fieldWord) || restPlace) && (lastInfo.place || restPlace) && !firstInfo.place) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    if (isPlace || (name.every((n) => nameInfo(n.lower).place || functionWords.has(n.lower)) && !before.title)) {
      places.push({ start: firstTok.start, end: lastTok.end, text });
      return;
    }
    if (firstInfo.organization && !firstInfo.firstName) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    // Club and company suffixes ("Fjordby HK", "Crane Securities") make an organization, wherever it stands.
    const clubSuffix = name.length > 1 && /^\p{Lu}{2,3}$/u.test(lastTok.text) && !POST_NOMINALS.has(lastTok.text) && !/^[IVX]+$/.test(lastTok.text);
    if (!before.title && name.length > 1 && (name.slice(1).some((n) => TEAM_WORDS.has(n.lower)) || clubSuffix)) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    const appositiveRole = APPOSITIVE_TITLE.test(prose.slice(lastTok.end, lastTok.end + 80));
    const sayAfter = tokens[last + 1] !== undefined && SAY_FORMS.has((tokens[last + 1] as Token).lower) && /^\s+$/.test(prose.slice((tokens[last] as Token).end, (tokens[last + 1] as Token).start));
    // Place words ("Harbor Street", "Cedar Flats") and names after "in/at/from" are places, not people.
    if (!before.title && sayAfter && name.some((n) => PLACE_WORDS.has(n.lower)) && firstInfo.firstName === null && !SILENT_PLACES.has(lastTok.lower)) {
      addOrganization(text, firstTok, lastTok); // "Downing Street said": a building that stands for an office
      return;
    }
    if (/^(palazzo|palacio|palácio|casa|maison|château|schloss|élysée|elysee)$/.test(firstTok.lower) && !before.title) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    // "an hour into Ifeoma Adeyemi-Clarke’s “The Salt Road”": a two-part name owning a work or a thing is read on as
    // a name (confirmPeople weighs it later), not taken for a place because "into" stands before it.
    const ownsSomething = name.length > 1 && lastTok.possessive && /^[’']s?\s+(?:[“"‘]|\p{Ll})/u.test(prose.slice(lastTok.end, lastTok.end + 6));
    // "Shares in Corvane Semiconductor", "a stake in Meridian Holt": a company, not a place, after "in".
    // "questioning from Oluwaseun Adebayo-Grant (Unity)", "a letter from Chidera Obi-Akande, who": a double-barrelled
    // surname after an unknown given name, or a name followed by "who" or a party in brackets, is a person's.
    const personShapedAfterLocative = name.length === 2 && !firstInfo.common && !nameInfo(firstTok.lower).place && !nameInfo(lastTok.lower).place && ((/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(lastTok.text) && !/^(?:Al|El|Ul|Ud|Ad|As|Ar|Abu|Bin|Ben|Ibn)-/.test(lastTok.text)) || /^,\s+who\b|^\s+\(\p{Lu}[\p{L}-]*\)/u.test(prose.slice(lastTok.end, lastTok.end + 30)));
    const financialIn = prev?.lower === 'in' && /^(?:shares|share|stake|stakes|stock|holding|holdings|investment|investments|invested|invest|investing|investor|interest|listing)$/.test(tokens[first - 2]?.lower ?? '');
    // "Residents of Almadén de la Vega", "the village of X": the people of a place.
    const ofPlace = prev?.lower === 'of' && /^(?:residents|people|villagers|inhabitants|citizens|townspeople|village|town|city|outskirts|streets|centre|center|mayor|municipality|district|province|region|state)$/.test(tokens[first - 2]?.lower ?? '');
    // "Darius Fields would serve": a first name the lexicon knows, then a place word that is also a surname.
    const surnamePlace = name.length === 2 && firstInfo.firstName !== null && !firstInfo.listedOnly && SURNAME_PLACE_WORDS.has(lastTok.lower) && !LOCATIVES.has(prev?.lower ?? '');
    if (!before.title && (!sayAfter || (SILENT_PLACES.has(lastTok.lower) && name.length > 1)) && !appositiveRole && ((name.some((n) => PLACE_WORDS.has(n.lower)) && !surnamePlace) || ofPlace || ((LOCATIVES.has(prev?.lower ?? '') || strippedLocative) && (firstInfo.firstName === null || firstInfo.listedOnly === true) && !ownsSomething && !financialIn && !personShapedAfterLocative))) {
      places.push({ start: firstTok.start, end: lastTok.end, text });
      return;
    }
    if (/^(cyclone|hurricane|storm|typhoon|tropical|operation|project|camp|flight|route|highway|interstate|platform|terminal|gate|room|ward|building|block)$/.test(firstTok.lower) && !before.title) return;
    if (/^(st\.?|saint|san|santa|são|fort|mount|mt\.?|lake|port|new|north|south|east|west|upper|lower)$/.test(firstTok.lower) && !before.title) {
      places.push({ start: firstTok.start, end: lastTok.end, text });
      return;
    }
    if (!before.title && (ORG_SUFFIX.test(text) || name.slice(1).some((n) => TEAM_WORDS.has(n.lower)))) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    if (skip.some((q) => q.start <= firstTok.start && lastTok.end <= q.end)) return; // inside a quoted title or nickname
    // "Nic an t-Saoir": a Gaelic patronymic's article and a mutated name are parts of a name.
    const gaelicPart = (k: number) => (/^(?:an|a|na)$/.test((name[k] as Token).text) && GAELIC_PATRONYMIC.test(name[k - 1]?.text ?? '')) || /^[thn]-\p{Lu}/u.test((name[k] as Token).text);
    const nameShaped = name.every((n, k) => /^\p{Lu}[\p{M}]*[\p{Ll}’'\-.\p{Lu}\p{M}]/u.test(n.text) || /^\p{Lu}\p{M}*\.?$/u.test(n.text) || nameParticles.has(n.lower) || nameSuffixes.has(n.lower) || gaelicPart(k));
    // A common noun after the first word ("Space Telescope", "Nature Astronomy") marks a thing, not a person.
    const commonInside = name.slice(1).some((n, k) => {
      if (nameParticles.has(n.lower) || gaelicPart(k + 1)) return false;
      // "Lars van der Berg", "Anna von Stein": after a lower-case Dutch or German particle comes a surname.
      if (GERMANIC_PARTICLE.test(name[k]?.lower ?? '') && /^\p{Ll}/u.test(name[k]?.text ?? '')) return false;
      // "Halima Said Mwinyi": a middle word that is also a given name, after a first name, is part of the name.
      if (k < name.length - 2 && (firstInfo.firstName !== null || firstInfo.listedOnly === true) && listedGivenName(n.lower)) return false;
      const info = nameInfo(n.lower);
      return info.common && !info.lastName && info.firstName === null;
    });
    const firstUnknown = !firstInfo.common || firstInfo.firstName !== null || firstInfo.lastName;
    // Right before or after a reporting verb ("said Jaspreet Gill", "Ana Ruiz told"), a name-shaped run is a person.
    const nextTok = tokens[last + 1];
    const commonCount = name.filter((n, k) => {
      // "van" in "Anouk van der Berg" is a particle, not the common noun.
      if (nameParticles.has(n.lower) || gaelicPart(k)) return false;
      const info = nameInfo(n.lower);
      return info.common && info.firstName === null && !info.lastName;
    }).length;
    const speechContext =
      ((prevToken !== undefined && SAY_FORMS.has(prevToken.lower) && !['told', 'tells', 'asked'].includes(prevToken.lower) && sentenceOf[first - 1] === sentenceOf[first]) ||
        (nextTok !== undefined && SAY_FORMS.has(nextTok.lower) && /^\s+$/.test(prose.slice(lastTok.end, nextTok.start)))) &&
      !firstInfo.common &&
      commonCount <= 1;
    const pluralEnd = /[^s]s$/.test(lastTok.lower) && nameInfo(lastTok.lower.replace(/s$/, '')).common && !lastInfo.lastName;
    // Not "Tyrell Banks": a given name from the list opens a person's name, whatever its surname means.
    if (pluralEnd && !before.title && firstInfo.firstName === null && !(name.length === 2 && firstInfo.listedOnly === true && !ORG_PLURALS.has(lastTok.lower))) {
      addOrganization(text, firstTok, lastTok); // "Odense Tigers", "Harbour Lions"
      return;
    }
    // "General Data Protection Regulation": a title word before common nouns is not a titled person.
    const allCommon = name.every((n) => {
      const info = nameInfo(n.lower);
      return info.common && info.firstName === null && !info.lastName;
    });
    if (before.title && allCommon && name.length > 1) return;
    // "an Adelaide Test since 2018", "its top prize, the Amber Anchor,": a name right after an article is a thing, an
    // event or a place, not a person — unless a noun follows that it qualifies ("the Marta Lind affair").
    const qualifiesNoun = nextTok !== undefined && !nextTok.capitalized && /^\s+$/.test(prose.slice(lastTok.end, nextTok.start)) && !functionWords.has(nextTok.lower) && !SAY_FORMS.has(nextTok.lower);
    // "Harlow & Finch", "the Moana Rising network", "Linwood High": a firm, a group or a school, whatever its first word.
    if (!before.title && (/&/.test(text) || (qualifiesNoun && ORG_KIND_NOUNS.has(nextTok?.lower ?? '')) || (name.length > 1 && lastTok.lower === 'high'))) {
      addOrganization(text, firstTok, lastTok);
      return;
    }
    // "Estrela do Norte", "Torre do Tombo": a word known only from the list of given names, then a particle, names a
    // club or a place more often than a person ("Maria do Carmo" still has its speech context or title).
    // Dutch and German particles ("Anneke van den Berg") belong to people's names, not to clubs and archives.
    const firstNameEvidence = firstInfo.firstName !== null || (firstInfo.listedOnly === true && !(name.length > 2 && /^\p{Ll}/u.test(name[1]?.text ?? '') && nameParticles.has(name[1]?.lower ?? '') && !GERMANIC_PARTICLE.test(name[1]?.lower ?? '')));
    // A firm's ending ("Ltd", "Holdings") or a team word marks an organization where a person is ruled out.
    // …and so does an acronym that opens a name ("PJM Interconnection", "BHP Billiton"): people's names open with none.
    const acronymInside = name.length >= 2 && /^\p{Lu}{3,}$/u.test(firstTok.text);
    // "Confimpresa Italia", "Movimiento España": a country's own name at the end marks a national body.
    const endonymLast = name.length >= 2 && COUNTRY_ENDONYMS.test(lastTok.text) && firstInfo.firstName === null;
    const orgMarked = ORG_SUFFIX.test(text) || name.some((n) => TEAM_WORDS.has(n.lower)) || acronymInside || endonymLast;
    const wordBeforeName = nameStart === first ? prev : (tokens[nameStart - 1] as Token);
    // "the Biała Woda pack", "the Kestrel Ridge rover": after "the", a name that modifies a lower-case noun names no
    // one; the noun says what it is.
    // "the Houthi-run Saba news agency": a body, when a kind of body follows. ("the Marta Lind affair" and "the
    // Saskatoon Blizzard fired" are read on: a noun of no kind, or a verb, follows.)
    if (wordBeforeName?.lower === 'the' && !before.title && qualifiesNoun && name.length > 1) {
      if (THING_AFTER_NAME.test(nextTok?.lower ?? '')) return;
      if ([nextTok, tokens[last + 2]].some((w) => w !== undefined && ORG_KIND_NOUNS.has(w.lower)) && !firstNameEvidence) {
        addOrganization(text, firstTok, lastTok);
        return;
      }
      // "the Sierra Nevada foothills", "the Highveld Rhinos 27-24": no given name, or a place at the end, and no verb.
      if (lastInfo.place || (!firstNameEvidence && !pastTenseVerb(nextTok?.lower ?? ''))) return;
      // "the Omaha Stampede made him the fourth pick": a name with no given name in it, after "the", that acts, is a body.
      if (!firstNameEvidence) {
        addOrganization(text, firstTok, lastTok);
        return;
      }
    }
    if (wordBeforeName !== undefined && /^(?:the|a|an)$/.test(wordBeforeName.lower) && !before.title && !qualifiesNoun && name.length > 1) {
      if (sayAfter || orgMarked) addOrganization(text, firstTok, lastTok);
      return;
    }
    // "Blessing Okafor", "Precious Dlamini": a given name that is also a word, then a surname nothing else knows.
    const givenThenUnknown = name.length === 2 && givenThenUnknownSurname(firstTok.lower, lastInfo) && !functionWords.has(firstTok.lower) && !lastInfo.demonym && !orgMarked;
    const person =
      before.title ||
      (!acronymInside &&
        !endonymLast &&
        (givenThenUnknown ||
          (appositiveRole && nameShaped && name.length <= 4) ||
          (speechContext && nameShaped && name.length <= 4) ||
          ((firstNameEvidence || lastInfo.lastName) && !(commonInside && name.length > 2)) ||
          (nameShaped && name.length <= 4 && unknownWords) ||
          // "Maartje van der Berg, 41,": an age after a name with a particle, whatever "Berg" also means.
          (nameShaped && name.length <= 5 && personAfter && /^,\s*\d/.test(prose.slice(lastTok.end, lastTok.end + 4)) && name.some((n) => nameParticles.has(n.text)) && !orgMarked) ||
          (nameShaped && name.length <= 7 && nasabInside(name) && !orgMarked && !name.some((n) => ORG_WORDS.has(n.lower))) ||
          (nameShaped && name.length <= 3 && firstUnknown && !nameInfo(firstTok.lower).common && !commonInside) ||
          (nameShaped && name.length === 2 && firstUnknown && !firstInfo.common && (!commonInside || /[^\x00-\x7f]/.test(firstTok.text)))));
    if (!person) {
      if (orgMarked) addOrganization(text, firstTok, lastTok);
      return;
    }
    addPerson(name, before.role, firstInfo.firstName);
  }

  function addOrganization(text: string, first: Token, last: Token): void {
    // "Athens-based Pelagos Line": where it is based is not part of its name.
    // "the Houthi-run Saba news agency", "state-owned Petrolia": who runs or owns it is not part of its name either.
    const based = /^(?:the\s+)?[\p{L}.’' -]+?-(?:based|run|owned|backed|funded|controlled)\s+/iu.exec(text);
    if (based && text.length > based[0].length) {
      const skip = tokens.findIndex((t) => t.start >= first.start + based[0].length);
      if (skip > 0) return addOrganization(text.slice(based[0].length), tokens[skip] as Token, last);
    }
    const clean = text.replace(/^the\s+/i, '');
    // "Marisol Foods Corporation (NYSE: MSF)": the exchange names nobody, and the ticker is the company's.
    if (/^\p{Lu}{2,8}$/u.test(clean) && /^\s*:/.test(prose.slice(last.end, last.end + 3)) && /\(\s*$/.test(prose.slice(Math.max(0, first.start - 3), first.start))) {
      for (let k = (indexOf.get(first) ?? 0); k <= (indexOf.get(last) ?? 0); k++) consumed[k] = 1;
      return;
    }
    const ticker = /^\p{Lu}[\p{Lu}.]{0,7}$/u.test(clean) && /\(\s*\p{Lu}{2,8}\s*:\s*$/u.test(prose.slice(Math.max(0, first.start - 14), first.start));
    // "the Independent Office for Police Conduct (IOPC)": the bracketed acronym is another name for it.
    if (ticker || (/^\p{Lu}{2,8}$/u.test(clean) && /\(\s*$/.test(prose.slice(Math.max(0, first.start - 3), first.start)))) {
      // (After "Kestrelwave Audio, Inc. (NASDAQ: KWAV)" the legal suffix stands between.)
      const before = prose.slice(0, prose.lastIndexOf('(', first.start)).trimEnd().replace(TRAILING_LEGAL_SUFFIX, '').length;
      const named = mentions.filter((m) => m.end === before).at(-1);
      const owner = named ? entities.get(named.entity) : undefined;
      // A name with a ticker is a listed company, whatever its words looked like.
      if (owner && ticker && !owner.registered) owner.type = 'organization';
      if (owner && owner.type === 'organization') {
        owner.aliases.add(clean);
        addMention(owner, first, last, 'alias');
        for (let k = (indexOf.get(first) ?? 0); k <= (indexOf.get(last) ?? 0); k++) consumed[k] = 1;
        return;
      }
    }
    const id = slugify(clean);
    if (!id) return;
    // "Tallon Ridge" after "Tallon Ridge Capital": a shortened name (two words or more, at the start) is the same one.
    const shortened = clean.includes(' ') ? [...entities.values()].find((e) => e.type === 'organization' && !e.registered && e.name.startsWith(`${clean} `)) : undefined;
    if (shortened) shortened.aliases.add(clean);
    // "Russia's Defense Ministry", "Tajikistan’s Foreign Ministry": the owner printed before the name is part of
    // how the copy names it — and tells "Argentina’s Foreign Ministry" from "Chile’s Foreign Ministry".
    // Only within the sentence: not "…the Ice Field.\n\nArgentina’s".
    const ownerFrom = Math.max(0, first.start - 40, prose.lastIndexOf('\n', first.start) + 1, prose.lastIndexOf('. ', first.start) + 2);
    const owner = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.’'-]*(?:[ \t]+\p{Lu}[\p{L}.’'-]*){0,2}[’']s)\s+$/u.exec(prose.slice(ownerFrom, first.start));
    const ownerName = owner?.[1] && clean.includes(' ') && !/^(?:The|A|An|Its|His|Her|Their)[’']s$/.test(owner[1]) ? `${owner[1]} ${clean}` : null;
    const otherOwner = ownerName !== null && [...entities.values()].some((e) => e.type === 'organization' && (e.name === clean || e.aliases.has(clean)) && [...e.aliases, e.name].some((a) => a.endsWith(` ${clean}`) && /[’']s /.test(a)) && !e.aliases.has(ownerName) && e.name !== ownerName);
    const existing = otherOwner
      ? [...entities.values()].find((e) => e.type === 'organization' && (e.name === ownerName || e.aliases.has(ownerName ?? '')))
      : shortened ?? [...entities.values()].find((e) => e.type === 'organization' && (e.name === clean || e.aliases.has(clean)));
    const newId = otherOwner && ownerName ? slugify(ownerName) : id;
    const entity = existing ?? ensure(newId, () => newEntity(newId, otherOwner && ownerName ? ownerName : clean, 'organization'));
    // "Costa Rica's Ministry of Health" is also "Ministry of Health".
    const owned = /^[\p{L}.’' -]+?[’']s\s+(\p{Lu}.*)$/u.exec(clean);
    if (owned?.[1] && owned[1].includes(' ')) entity.aliases.add(owned[1]);
    if (ownerName !== null) entity.aliases.add(ownerName);
    // "U.N. Food and Agriculture Organization" is also "Food and Agriculture Organization".
    const prefixed = /^(?:U\.?N\.?|E\.?U\.?|U\.?S\.?|U\.?K\.?)\s+(\p{Lu}.*\s.*)$/u.exec(clean);
    if (prefixed?.[1]) entity.aliases.add(prefixed[1]);
    addMention(entity, first, last, 'name');
    for (let k = (indexOf.get(first) ?? 0); k <= (indexOf.get(last) ?? 0); k++) consumed[k] = 1;
  }

  function addPerson(name: Token[], role: string | null, firstNameGender: 'male' | 'female' | 'any' | null): void {
    const firstTok = name[0] as Token;
    const lastTok = name.at(-1) as Token;
    // "the Mumbai broker Sethna & Rao": two names joined by an ampersand are a firm, never one person.
    if (name.length > 1 && prose.slice(firstTok.start, lastTok.end).includes('&')) {
      addOrganization(prose.slice(firstTok.start, lastTok.end), firstTok, lastTok);
      return;
    }
    // "Nguyen Thi Thu Ha": a family name first says nothing of gender (compromise lists "Nguyen" as a man's name);
    // a Vietnamese middle name "Thi" or "Van" does.
    if (name.length > 1 && familyNamesFirst.has(firstTok.lower.normalize('NFD').replace(/\p{M}/gu, ''))) {
      const middle = (name[1] as Token).lower.normalize('NFD').replace(/\p{M}/gu, '');
      firstNameGender = middle === 'thi' ? 'female' : middle === 'van' ? 'male' : null;
    }
    // "Harjit Singh Bedi", "Gurpreet Kaur": in Sikh names "Singh" is a man's and "Kaur" a woman's, whatever the
    // given name (many are used for both).
    if (name.length > 1 && name.slice(1).some((t) => t.text === 'Singh')) firstNameGender = 'male';
    if (name.length > 1 && name.slice(1).some((t) => t.text === 'Kaur')) firstNameGender = 'female';
    const text = prose.slice(firstTok.start, lastTok.end);
    // The same person named again in full, or with a middle initial.
    const surname = (nameSuffixes.has(lastTok.lower) && name.length > 2 ? (name.at(-2) as Token) : lastTok).text;
    let entity = [...entities.values()].find((e) => e.type === 'person' && (e.name === text || e.aliases.has(text) || (e.name.endsWith(` ${text}`) && name.length < e.name.split(/\s+/).length)));
    entity ??= [...entities.values()].find((e) => e.type === 'person' && !e.registered && e.name.split(/\s+/).length === 1 && e.name === surname);
    if (entity && !entity.registered && entity.name.split(/\s+/).length === 1) {
      // A surname-only person ("Mayor Thompson") now named in full: keep the id, take the full name.
      entity.aliases.add(entity.name);
      entity.name = text;
    }
    entity ??= ensure(slugify(text), () => newEntity(slugify(text), text, 'person'));
    noteRole(entity, role);
    noteAppositiveRole(entity, lastTok.end);
    // "Priya Raghunathan KC … “…,” the lawyer said": counsel's letters after the name say what she is.
    if (/^,?\s+(?:KC|QC|SC|SAN|BL)\b/.test(prose.slice(lastTok.end, lastTok.end + 6))) for (const word of ['lawyer', 'barrister', 'counsel']) entity.roleWords.add(word);
    if (entity.gender === 'unknown' && (firstNameGender === 'male' || firstNameGender === 'female')) entity.gender = firstNameGender;
    addMention(entity, firstTok, lastTok, 'name');
    for (let k = (indexOf.get(firstTok) ?? 0); k <= (indexOf.get(lastTok) ?? 0); k++) consumed[k] = 1;
  }

  /**
   * "said Eilidh Fraser, the museum’s director." … "the director said": a title in the appositive after a name is
   * one the person can be called by later. Only its title words are kept (not the role shown for the person).
   */
  function noteAppositiveRole(entity: EntityDraft, end: number): void {
    const appositive = APPOSITIVE_ROLE.exec(prose.slice(end, end + 120));
    // "a former finance director": "finance director" as well as "director", for "the finance director said".
    if (appositive?.[1]) addTitlePhrases(entity, roleWordsOf(appositive[1]), true);
  }

  function noteRole(entity: EntityDraft, role: string | null): void {
    if (!role) return;
    if (!entity.roles.includes(role)) entity.roles.push(role);
    const words = roleWordsOf(role);
    addTitlePhrases(entity, words, false);
    for (const word of words) {
      const gender = genderedTitles[word];
      if (gender && entity.gender === 'unknown') entity.gender = gender;
    }
  }

  /**
   * The title phrases of up to three words in a role ("deputy mayor", "mayor"); with `modified`, also a phrase that
   * ends in a title after a modifier other than "former" ("finance director").
   */
  function addTitlePhrases(entity: EntityDraft, words: string[], modified: boolean): void {
    for (let k = 0; k < words.length; k++) {
      for (let n = 1; n <= 3 && k + n <= words.length; n++) {
        const phrase = words.slice(k, k + n).join(' ');
        if (isTitleWord(phrase) || (modified && n > 1 && isTitleWord(words[k + n - 1] as string) && words[k] !== 'former')) entity.roleWords.add(phrase);
      }
    }
  }

  // 3. Single capitalized words: surnames and first names of people already found, titled surnames, places.
  const persons = () => [...entities.values()].filter((e) => e.type === 'person');
  for (const single of singles) {
    const tok = tokens[single.index] as Token;
    if (consumed[single.index]) continue;
    const matches = persons().filter((p) => {
      const parts = p.name.split(/\s+/);
      // "Dr Hyun" for "Hyun Seo-yeon": a Korean name's family name comes first, titled or not.
      // "Ms Nguyen" for "Nguyen Thi Thu Ha": Vietnamese and Chinese family names also come first.
      const familyFirst = (parts.length === 2 && KOREAN_GIVEN_NAME.test(parts[1] ?? '')) || familyNamesFirst.has((parts[0] ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
      // "Sir Callum" for "Sir Callum Rennie", "Dame Yvonne": these honours go with the given name.
      const givenNameTitle = /^(?:sir|dame)$/i.test(single.role ?? '');
      // "Al-Mabrouk said", opening a sentence, for "Abdelhakim Bashir al-Mabrouk": a particle capitalized there.
      const lastPart = parts.at(-1) ?? '';
      const sameSurname = lastPart === tok.text || (ARTICLE_PREFIX.test(lastPart) && lastPart.toLowerCase() === tok.text.toLowerCase());
      return sameSurname || (parts.length > 1 && parts[0] === tok.text && (!single.hasTitle || familyFirst || givenNameTitle)) || p.aliases.has(tok.text);
    });
    // "Yolanda Huamán Quispe … Huamán said": a double surname is referred to by its first part; "Lina “Vexa” Moreau
    // … Vexa said": a nickname by itself.
    if (!matches.length && tok.text.length >= 3) {
      const inner = persons().filter((p) => p.name.split(/\s+/).slice(1, -1).map((w) => w.replace(/^["“‘']|["”’']$/g, '')).includes(tok.text));
      if (inner.length === 1) matches.push(inner[0] as EntityDraft);
    }
    if (matches.length >= 1) {
      // With two people sharing a surname, the one mentioned last before this word is meant.
      const recent = mentions
        .filter((m) => m.start < tok.start && matches.some((p) => p.id === m.entity))
        .sort((x, y) => y.start - x.start)[0];
      // "Rabbi Feldblum" after "Rabbi Shoshana Feldblum" and "her husband, Avraham Feldblum": the one with the title.
      const titled = single.role && matches.length > 1 ? matches.filter((p) => p.roles.some((r) => r.toLowerCase() === (single.role ?? '').toLowerCase())) : [];
      const person = (titled.length === 1 ? titled[0] : undefined) ?? matches.find((p) => p.id === recent?.entity) ?? (matches[0] as EntityDraft);
      const parts = person.name.split(/\s+/);
      noteRole(person, single.role);
      addMention(person, tok, tok, parts.at(-1) === tok.text ? 'surname' : 'alias');
      consumed[single.index] = 1;
      continue;
    }
    if (single.weak) continue;
    const info = nameInfo(tok.lower);
    // "Meridiaan" for "Meridiaan Pharma", but not "European" for the European Medicines Agency ("14 European
    // countries"): a demonym or a place names no organization by itself.
    const org = !single.hasTitle && !info.common && !info.demonym && !info.place ? [...entities.values()].find((e) => e.type === 'organization' && e.name.split(/\s+/)[0] === tok.text && e.name.includes(' ')) : undefined;
    if (org) {
      addMention(org, tok, tok, 'alias');
      consumed[single.index] = 1;
      continue;
    }
    // "Mr Speaker", "Madam Chair", "Mr President": an office addressed by its holder's courtesy title, not a name.
    // "The Deputy Speaker ruled": a title after a title word ("Deputy", "Vice", "Acting") is one title, too.
    if (single.hasTitle && /^(?:Mr|Mister|Madam|Madame|Mrs|Ms|Deputy|Vice|Acting|Interim|Assistant|Associate|Former|Chief)\.?$/i.test(single.role ?? '') && isTitleWord(tok.lower)) continue;
    // "Lord Wexmoor" after "Edmund Carraway, the 9th Earl of Wexmoor": the peer named by the place before.
    const peer = single.hasTitle && single.role ? [...entities.values()].find((e) => e.type === 'person' && e.aliases.has(`${single.role} ${tok.text}`)) : undefined;
    if (peer) {
      addMention(peer, tok, tok, 'surname');
      consumed[single.index] = 1;
      continue;
    }
    if ((single.hasTitle && !info.place && !info.demonym) || single.named) {
      const id = slugify(tok.text);
      const entity = ensure(id, () => newEntity(id, tok.text, 'person'));
      noteRole(entity, single.role);
      addMention(entity, tok, tok, 'surname');
      consumed[single.index] = 1;
      continue;
    }
    // "Gavi, the Vaccine Alliance, said": a word nothing knows, in apposition to an organization's full name, is
    // that organization's short name.
    const apposed = !single.hasTitle && !info.common && !info.place && !info.demonym && info.firstName === null ? /^,\s+the\s+$/.exec(prose.slice(tok.end, tok.end + 6)) : null;
    const full = apposed ? mentions.find((m) => m.start === tok.end + apposed[0].length && entities.get(m.entity)?.type === 'organization' && /^,/.test(prose.slice(m.end, m.end + 1))) : undefined;
    const fullEntity = full ? entities.get(full.entity) : undefined;
    if (fullEntity && full) {
      fullEntity.aliases.add(fullEntity.name);
      fullEntity.name = tok.text;
      addMention(fullEntity, tok, tok, 'name');
      consumed[single.index] = 1;
      continue;
    }
    // "from Coinvara, a cryptocurrency exchange based in Singapore,": a word nothing knows, described as a kind of
    // business, is that business.
    if (!single.hasTitle && !info.common && !info.place && info.firstName === null && !info.lastName && ORG_APPOSITIVE.test(prose.slice(tok.end + (tok.possessive ? 2 : 0), tok.end + 120))) {
      addOrganization(tok.text, tok, tok);
      consumed[single.index] = 1;
      continue;
    }
    if (info.place) places.push({ start: tok.start, end: tok.end, text: tok.text });
    else if (info.organization) addOrganization(tok.text, tok, tok);
  }

  // "a streamer from Manila who goes by mintleaf", "a player who streams as Rayo": the name someone goes by online is
  // a person's, lower case or not.
  for (const m of prose.matchAll(GOES_BY_HANDLE)) {
    const handle = m[1] as string;
    const at = (m.index ?? 0) + m[0].length - handle.length;
    const k = tokens.findIndex((t) => t.start === at);
    if (k < 0 || consumed[k] || functionWords.has(handle.toLowerCase())) continue;
    const id = slugify(handle);
    const entity = ensure(id, () => newEntity(id, handle, 'person'));
    if (entity.type !== 'person') continue;
    addMention(entity, tokens[k] as Token, tokens[k] as Token, 'name');
    consumed[k] = 1;
  }

  // "Lord Ashcombe of Tarrant": the titled name, read with the single names, also answers to the whole designation.
  for (const { end, designationEnd, aliases } of peerNames) {
    const named = mentions.find((m) => m.end === end);
    const owner = named ? entities.get(named.entity) : undefined;
    if (!named || owner?.type !== 'person') continue;
    for (const alias of aliases) owner.aliases.add(alias);
    // The mention runs to the end of the designation, so "Lord Ashcombe of Tarrant, a Conservative peer, said" is his.
    named.end = designationEnd;
  }

  // A person found by one name before the full name was given: a surname ("Okafor" before "Chinwe Okafor"), or a
  // given name after an honorific that takes it ("Khun Srisuda", "Pak Bambang" after "Srisuda Wongsakul",
  // "Bambang Sutrisno"). Fold it into the full name.
  for (const p of persons()) {
    if (p.registered || p.name.includes(' ')) continue;
    const bySurname = persons().find((q) => q !== p && q.name.split(/\s+/).at(-1) === p.name);
    const full = bySurname ?? (p.roles.some((r) => GIVEN_NAME_HONORIFIC.test(r)) ? persons().find((q) => q !== p && q.name.includes(' ') && q.name.split(/\s+/)[0] === p.name) : undefined);
    if (!full) continue;
    for (const m of mentions) if (m.entity === p.id) m.entity = full.id;
    // The honorific is how the person was addressed, not a role of theirs.
    if (bySurname) for (const r of p.roles) noteRole(full, r);
    full.aliases.add(p.name);
    entities.delete(p.id);
  }

  mentions.sort((x, y) => x.start - y.start);
  resolvePronouns(prose, tokens, sentenceOf, entities, mentions, quoteSpans);
  confirmPeople(prose, tokens, entities, mentions);
  return { entities, mentions, places };
}

/**
 * A capitalized pair of unknown words ("Ridgeline Mobility", "Palazzo Chigi") looks like a name but may be a
 * company, a building or a journal. An unregistered person is kept only with some evidence of being one: a known
 * first name, a title or role, a he/she that refers to them, an age or a "who" after the name, or a reporting
 * verb beside the name. Without any, the name is taken for an organization (it may still speak, as companies do).
 */
function confirmPeople(prose: string, tokens: readonly Token[], entities: Map<string, EntityDraft>, mentions: MentionDraft[]): void {
  const evidence = new Set<string>();
  /** Evidence that outweighs a reporting verb or an age, though not a first name, a title or a he/she. */
  const strong = new Set<string>();
  const againstPerson = new Set<string>();
  const tokenAtStart = new Map<number, number>();
  tokens.forEach((t, i) => tokenAtStart.set(t.start, i));
  /** "the passenger association Pro Schiene", "the IT supplier, Norrskydd Data,": the kind of body, then its name. */
  const namedAsBody = new Set<string>();
  for (const m of mentions) {
    const e = entities.get(m.entity);
    if (!e || e.type !== 'person' || e.registered) continue;
    if (m.form === 'name' && !e.roles.length && ORG_KIND_BEFORE.test(prose.slice(Math.max(0, m.start - 60), m.start))) namedAsBody.add(e.id);
    if (m.form === 'pronoun' || e.roles.length) {
      strong.add(e.id);
      continue;
    }
    const first = e.name.split(/\s+/)[0]?.toLowerCase() ?? '';
    // A first name known only from the list of given names is evidence, not proof, and none when a lower-case
    // particle follows it: "Estrela do Norte" and "Torre do Tombo" are a club and an archive.
    const parts = e.name.split(/\s+/);
    // "Yoon Chang-ho": a Korean given name after a family name is one too.
    if (nameInfo(first).firstName !== null || nameInfo(first.split('-')[0] ?? '').firstName !== null || (parts.length === 3 && familyNamesFirst.has(first) && VIETNAMESE_MIDDLE.test(parts[1] ?? '')) || (parts.length === 2 && KOREAN_GIVEN_NAME.test(parts[1] ?? ''))) {
      strong.add(e.id);
      continue;
    }
    // "Frank DiNapoli": a given name that is also a word, then a surname nothing knows, is evidence too.
    const lastLower = parts.at(-1)?.toLowerCase() ?? '';
    const commonPlural = /[^s]s$/.test(lastLower) && nameInfo(lastLower.slice(0, -1)).common;
    if (parts.length === 2 && givenThenUnknownSurname(first, nameInfo(lastLower)) && !commonPlural && !ORG_PLURALS.has(lastLower)) evidence.add(e.id);
    if (givenAndTwoSurnames(parts.map((p) => p.toLowerCase()))) evidence.add(e.id);
    // …and a company's marks outweigh it ("Kelso Quarry Works, which runs the site, said").
    if (nameInfo(first).listedOnly === true && !/\s\p{Ll}/u.test(e.name)) evidence.add(e.id);
    const after = prose.slice(m.end, m.end + 80);
    if (APPOSITIVE_TITLE.test(after)) {
      strong.add(e.id);
      continue;
    }
    const i = tokenAtStart.get(m.start) ?? -1;
    const before = tokens[i - 1];
    // "Castellan Maritime, the Cyprus-based company that…", "Forth Gateway Ports, which operates…", "The Citizens’
    // Ballot Watch", "Minera Sur said … It said": a company's marks, which a "said" beside the name does not outweigh.
    if (
      // (Not "…, the company sells its products": a clause of its own after the name.)
      (ORG_APPOSITIVE.test(after) && !/^,\s+(?:the|its|their)\s+\p{Ll}+\s+(?:\p{Ll}+s|has|had|is|was|will|would|said)\b/u.test(after)) ||
      /-based\s+$/i.test(prose.slice(Math.max(0, m.start - 30), m.start)) ||
      /^,\s+which\b/.test(after) ||
      (before !== undefined && before.lower === 'the' && /^\s+$/.test(prose.slice(before.end, m.start))) ||
      /^[^.!?]{0,120}[.!?][”"’]?\s+It\s+(?:said|says|added|told|announced|confirmed|warned|noted|stated)\b/.test(prose.slice(m.end, m.end + 160))
    ) {
      againstPerson.add(e.id);
    }
    if (
      /^,\s*(?:\d{1,3}|who|whose|whom)\b/.test(after) ||
      /^,\s+(?:a|an|the)\s+[^,]{0,50}?\b(?:of|at|for|from)\b/.test(after) ||
      /^(?:,\s+[^,]{1,80},)?\s+(?:said|says|told|added|wrote|explained|argued|insisted|recalled|replied|noted|warned|cautioned|stressed|admitted|conceded|countered|declared|confirmed|announced|acknowledged|asked|urged|predicted|suggested)\b/.test(after) ||
      // "A spokesman for the department, Marcus Oyelaran, added": a name in apposition, then the verb.
      (/^,\s+(?:said|says|told|added|wrote|explained|argued|insisted|noted|warned|confirmed|announced)\b/.test(after) && /,\s*$/.test(prose.slice(Math.max(0, m.start - 3), m.start))) ||
      // "Olufemi Adeyinka of the People’s Renewal Party, a 54-year-old former commissioner": an employer or party,
      // then an appositive with an age or a role; "Emre Yalçınkaya of Turkey": a person from a country.
      /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.’'-]*\s+){0,5}\p{Lu}[\p{L}&.’'-]*,\s+(?:a|an)\s+(?:\d{1,3}-year-old|former|retired|senior|veteran)\b/u.test(after) ||
      ((/^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+)(?=[\s,.;]|$)/u.exec(after)?.[1] ?? '') !== '' && nameInfo((/^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+)/u.exec(after)?.[1] ?? '').toLowerCase()).place) ||
      // "a former concert promoter, Bongani Zulu, as its first witness": a person's description, then the name;
      // "Her colleague on the housing committee, X,": with where they work between.
      (/,\s*$/.test(prose.slice(Math.max(0, m.start - 3), m.start)) && /^,/.test(after) && ROLE_APPOSITIVE_BEFORE.test(prose.slice(Math.max(0, m.start - 90), m.start))) ||
      // "Priya Raghunathan of Kurobe Securities in Tokyo wrote": a name, its employer, then the verb.
      /^\s+(?:of|at|from|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.’'-]*\s+){1,5}(?:(?:in|of)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3})?(?:said|says|told|added|wrote|writes|argued|noted|warned|predicted|estimated|cautioned)\b/u.test(after) ||
      // Letters beyond ASCII in every part ("Àbẹ̀ní Ògúnṣọlá") are a personal name far more often than a company.
      e.name.split(/\s+/).every((part) => /[^\x00-\x7f]/.test(part)) ||
      /^[’']s\s+(?:wife|husband|son|daughter|mother|father|family|lawyer|attorney|spokesperson|spokesman|spokeswoman|aide|brother|sister|children|friend|colleague|partner|career|death|funeral)\b/.test(after) ||
      (before !== undefined && SAY_BEFORE.has(before.lower) && /^\s+$/.test(prose.slice(before.end, m.start))) ||
      // "founded in 2017 by Ishikawa Mei and Takeda Haruki", "set up by the engineers X and Y": founders are people.
      FOUNDED_BY.test(prose.slice(Math.max(0, m.start - 120), m.start)) ||
      // "the Ghanaian drummer Kwabena Darko-Appiah", "a Danish bassist": an agent noun just before the name.
      (before !== undefined && AGENT_NOUN.test(before.lower) && !NOT_AGENTS.has(before.lower) && /^\s+$/.test(prose.slice(before.end, m.start)) && /\b(?:the|a|an|his|her|their|its|[’']s)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(prose.slice(Math.max(0, before.start - 40), before.start)))
    ) {
      evidence.add(e.id);
    }
  }
  // "Adelaide Foxes … the Foxes would ask the league": a plural last word that the copy also calls "the Foxes" is a
  // team, whatever the first word is.
  const teams = new Set<string>();
  for (const m of mentions) {
    const e = entities.get(m.entity);
    const last = e?.name.split(/\s+/).at(-1) ?? '';
    if (!e || e.type !== 'person' || e.registered || !e.name.includes(' ') || !/\p{Ll}s$/u.test(last) || prose.slice(m.start, m.end) !== last) continue;
    if (/(?:^|[^\p{L}])the\s+$/iu.test(prose.slice(Math.max(0, m.start - 5), m.start)) && /^(?:[’']\s)?\s*(?:[,.;:!?)]|(?:would|will|have|has|had|are|were|is|was|said|say|lost|won|beat|play|face|host|can|could|must|might|may|need|did|do|also|now)\b)/.test(prose.slice(m.end, m.end + 12))) teams.add(e.id);
  }
  for (const e of entities.values()) {
    // "Marlin Bay, founded in 1998," after "Marlin Bay Marine Services": the company's short name.
    // Not "Edith Carrow" before "the Edith Carrow Society": a last word that is a surname, or nothing known, is a person's.
    const lastInfo = nameInfo(e.name.split(/\s+/).at(-1)?.toLowerCase() ?? '');
    const shortOfCompany = e.type === 'person' && !e.registered && !e.roles.length && !lastInfo.lastName && (lastInfo.common || lastInfo.place || wordInfo(e.name.split(/\s+/).at(-1)?.toLowerCase() ?? '').listedOnly === true) && [...entities.values()].some((o) => o.type === 'organization' && o.name.startsWith(`${e.name} `));
    const person = !teams.has(e.id) && !namedAsBody.has(e.id) && !shortOfCompany && (strong.has(e.id) || (evidence.has(e.id) && !againstPerson.has(e.id)));
    if (e.type === 'person' && !e.registered && !person && e.name.includes(' ')) {
      e.type = 'organization';
      // "Tallon Ridge" after "Tallon Ridge Capital": the shortened name is the organization already found.
      const longer = [...entities.values()].find((o) => o !== e && o.type === 'organization' && o.name.startsWith(`${e.name} `));
      if (longer) {
        longer.aliases.add(e.name);
        for (const m of mentions) if (m.entity === e.id) m.entity = longer.id;
        entities.delete(e.id);
      }
    }
  }
}

/** The kind of body just before a name ("the passenger association ", "the IT supplier, "); not after a preposition ("a lawyer for the company, Ana Ruiz"). */
export const ORG_KIND_BEFORE = /(?<!\b(?:for|of|at|with|from|to|by|in|on|about|against|outside|inside|near|behind|beside|after|before|under|into|through|across|over|toward|towards|around)\s)\b(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:association|company|firm|group|union|party|club|agency|charity|coalition|alliance|federation|network|platform|start-?up|insurer|bank|lender|retailer|operator|supplier|manufacturer|maker|broadcaster|newspaper|magazine|consultancy|carrier|airline|utility|foundation|institute|watchdog|regulator|organi[sz]ation|campaign|movement|society|league|studio|label|brand|chain|exchange|fund)\s*,?\s*$/iu;

/** ", the Cyprus-based company that…", ", a civic group": an organization's noun in apposition. */
const ORG_APPOSITIVE = /^,\s+(?:a|an|the|its|their)\s+(?:[\p{L}’'-]+\s+){0,4}(?:company|firm|group|agency|organi[sz]ation|charity|nonprofit|non-profit|union|association|coalition|alliance|network|platform|startup|start-up|maker|manufacturer|retailer|chain|carrier|airline|insurer|lender|bank|fund|broadcaster|publisher|newspaper|club|team|party|movement|campaign|institute|foundation|trust|watchdog|regulator|body|consortium|conglomerate|subsidiary|contractor|utility|exporter|importer|distributor|supplier|shipper|drugmaker|automaker|carmaker|chipmaker|exchange|marketplace|app|studio|label|brewery|bakery|restaurant)\b/u;

/** A Korean given name after the family name: a capitalized syllable, a hyphen, a lower-case one ("Seo-yeon"). */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u;

/** ", the company's chief executive," after a name: a role in apposition. */
// "X, the company's director," or, with no article, "X, director of Y," / "X, former director of Y,".
/** The words of an appositive after a name, up to where it ends or a clause or qualifier begins ("…, a battalion chief who"). */
const APPOSITIVE_ROLE = /^,\s+((?:a|an|the|its|their|his|her|\p{Lu}[\p{L}.-]*[’']s)\s+(?:[\p{Ll}’'-]+\s+){0,3}?(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+(?=\s+of\s)))(?=[,.;:]|\s+(?:who|whose|at|of|for|in|with|and|since|until)\b)/u;
const APPOSITIVE_TITLE = new RegExp(`^,\\s+(?:(?:a|an|the|its|their|his|her|[\\p{Lu}][\\p{L}.]*[’']s)\\s+(?:[\\p{L}’'-]+\\s+){0,3}|(?:former|deputy|acting|managing|executive|senior|chief|interim|founding)?\\s*)(?:${personTitles.filter((t) => !t.includes(' ') && !t.includes('.')).join('|')})\\b(?!\\s+(?:said|says|told))`, 'u');
/** Words that introduce a person known by one name ("gave her name only as", "identified only as"). */
const ONE_NAME_BEFORE = /\b(?:(?:gave|give|gives|giving)\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+)?name(?:\s+(?:only\s+)?as|,)|(?:identified|known|named)\s+only\s+as|asked\s+to\s+be\s+(?:identified|named|called)\s+(?:only\s+)?(?:as|by\s+(?:her|his|their)\s+first\s+name,?)|surnamed|(?:identified|named)\s+only\s+by\s+(?:her|his|their)\s+surname,?)\s+$/i;
const ROLE_HEADS = new Set<string>(roleHeads);
/** "a spokesman for the department, ", "a lawyer for the group, ": a person's role for a body, before a name in apposition. */
const SPOKES_FOR_BEFORE = new RegExp(`\\b(?:spokes(?:man|woman|person)|head|chief|representative|minister|member|chair(?:man|woman|person)?|leader|deputy|convenor|convener|organi[sz]er|president|counsel|attorney|solicitor|barrister|${roleHeads.join('|')})\\s+(?:for|of|at|on)\\s+(?:the\\s+)?[^,;.]{0,50}$`, 'i');
/** After a one-word name: an age in apposition, or the writer saying only a first name was given. */
const ONE_NAME_AFTER = /^,\s+(?:who\s+(?:runs|grows|lives|works|owns|drives|manages|sells|farms|teaches|fled|lost|has\s+(?:run|lived|worked|farmed|owned))\b|(?:a|an)\s+\d{1,3}-year-old\b|who\s+gave\s+only\s+(?:his|her|their)\s+first\s+name\b|(?:a|an)\s+[^,.;!?“”"]{1,80}\bwho\s+gave\s+only\s+(?:his|her|their)\s+first\s+name\b)/i;
/** "another passenger, ", "one witness, ": a singular source just before a name in apposition. */
const SOURCE_APPOSITIVE_BEFORE = /\b(?:another|one|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:passenger|witness|survivor|resident|neighbou?r|rescuer|volunteer|worker|driver|villager|student|shopper|commuter|fan|parent|customer|local|bystander|onlooker|mourner|protester|farmer|patient|nurse|relative|visitor|tourist|motorist|pensioner|tenant|renter|voter|homeowner|trader|vendor|diner|listener|caller|reader)\s*,\s*$/iu;
/** A person's description just before an appositive name ("a former concert promoter, ", "Her colleague on the housing committee, "). */
const ROLE_APPOSITIVE_BEFORE = new RegExp(`\\b(?:a|an|the|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${[...ROLE_HEADS].join('|')})(?:\\s+(?:on|of|at|in|from|for)\\s+(?:the\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,3})?,\\s*$`, 'iu');
/** A lower-case agent noun ("drummer", "bassist", "sculptor", "historian", "lieutenant"). */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|ist|or|ian|ant|ent)$/u;
const NOT_AGENTS = new Set<string>(notAgents);
/** A reporting verb, and "that" or an honorific, right before a name in the reported clause. */
const REPORTED_BEFORE = /\b(?:said|says|told|added|argued|insisted|warned|noted)\s+(?:that\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/;
/** A reporting verb after a relative clause that follows a name ("X, who presented her with a letter, said"). */
const SPEAKING_AFTER_RELATIVE = /^,\s+(?:who|whose)\s[^.;!?“”"]{1,90},\s+(?:said|says|told|added|argued|insisted|warned)\b/;
/** "asked" after a name, directly or after a relative clause. */
/** "A reporter shouted: “How do you feel?”": a subject who hands over to a question with a colon. */
const QUESTION_AFTER = /^[\s,]*[^.;!?“”":]{0,80}:\s*[“"][^“”"]*\?\s*[”"]/;
const ASKED_AFTER = /^(?:,\s+[^.;!?“”",]{1,90},)?\s+(?:also\s+|then\s+|later\s+)?asked\b/;
/** A reporting verb right after a pronoun ("She said", "he told reporters"). */
const REPORTING_NEXT = /^\s+(?:also\s+|later\s+)?(?:said|says|told|added|adds|insisted|argued|warned|explained)\b/;
/** A reporting verb right after a mention (post-nominals such as "KC" allowed between). */
const SPEAKING_AFTER = /^(?:\s+(?:KC|QC|SC|MP|MEP|TD|MSP|Jr\.?|Sr\.?))?\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|tells|added|adds|wrote|writes|argued|insisted|noted|warned|explained|replied|asked|testified)\b/;
const SAY_BEFORE = new Set<string>(sayBefore);

const PREPOSITIONS = new Set<string>(prepositions);

/** he/him/his and she/her resolved to the most recent compatible person, preferring subjects to objects. */
function resolvePronouns(
  prose: string,
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  entities: Map<string, EntityDraft>,
  mentions: MentionDraft[],
  quoteSpans: readonly { start: number; end: number }[],
): void {
  const tokenIndexAt = new Map<number, number>();
  tokens.forEach((t, i) => tokenIndexAt.set(t.start, i));
  const sentenceAt = (m: MentionDraft) => sentenceOf[tokenIndexAt.get(m.start) ?? 0] as number;
  const people = mentions.filter((m) => entities.get(m.entity)?.type === 'person');
  const subjectLike = (m: MentionDraft) => {
    if (m.possessive) return false;
    const i = tokenIndexAt.get(m.start);
    if (i === undefined) return true;
    const prev = tokens[i - 1];
    if (!prev || sentenceOf[i - 1] !== sentenceOf[i]) return true;
    if (PREPOSITIONS.has(prev.lower)) return false;
    // "Led through her evidence by the prosecutor, Yasmin Haddad, …": a name in apposition to a preposition's object
    // is that object too.
    // Not "A spokesperson for the mayor, X, said" (X is the spokesperson) nor "Speaking to the press, X said" (X
    // is the subject): only an agent's or an addressee's noun, and only a name that a comma closes.
    if (/^\s*,\s*$/.test(prose.slice(prev.end, m.start)) && /^\s*,/.test(prose.slice(m.end, m.end + 3)) && appositiveToObject(i - 1)) return false;
    // "the Smith administration", "a Jones aide": a name after an article modifies a noun.
    return !['the', 'a', 'an'].includes(prev.lower);
  };
  /** True when token `last` ends "by|to|with|against the|a|his|her <up to three words>", spaces only between. */
  function appositiveToObject(last: number): boolean {
    for (let j = last; j > 0 && last - j <= 3 && sentenceOf[j] === sentenceOf[last]; j--) {
      const w = tokens[j] as Token;
      if ((j < last && !/^\s+$/.test(prose.slice(w.end, (tokens[j + 1] as Token).start))) || PREPOSITIONS.has(w.lower)) return false;
      if (['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(w.lower)) return ['by', 'to', 'with', 'against'].includes((tokens[j - 1] as Token).lower) && sentenceOf[j - 1] === sentenceOf[j];
    }
    return false;
  }
  // The first person named in a sentence is usually its subject: "Arakawa, who …, clipped the wall while trying to
  // pass Albuquerque" is about Arakawa.
  const firstInSentence = new Set<MentionDraft>();
  {
    let lastSentence = -1;
    // "Her lawyer, Ana Ruiz, said…": a possessive ("Her") is not the sentence's subject; the next mention may be.
    for (const m of people) {
      const s = sentenceAt(m);
      if (s !== lastSentence && !m.possessive && subjectLike(m)) {
        firstInSentence.add(m);
        lastSentence = s;
      }
    }
  }
  const sortedQuotes = [...quoteSpans].sort((a, b) => a.start - b.start);
  const inQuote = (offset: number) => {
    let lo = 0;
    let hi = sortedQuotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = sortedQuotes[mid] as { start: number; end: number };
      if (offset < span.start) hi = mid - 1;
      else if (offset >= span.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  /** True when the mention stands in a clause reported by a person named earlier in its sentence. */
  const speakingBySentence = new Map<number, MentionDraft[]>();
  for (const o of people) {
    // "the senior coroner, Jadwiga Kowalczyk-Brennan, said": a name in apposition speaks after its comma.
    if (!SPEAKING_AFTER.test(prose.slice(o.end, o.end + 40)) && !SPEAKING_AFTER_RELATIVE.test(prose.slice(o.end, o.end + 120)) && !(/^,\s+(?:said|says|told|added|argued|insisted|warned)\b/.test(prose.slice(o.end, o.end + 12)) && /,\s*$/.test(prose.slice(Math.max(0, o.start - 3), o.start)))) continue;
    const list = speakingBySentence.get(sentenceAt(o)) ?? [];
    list.push(o);
    speakingBySentence.set(sentenceAt(o), list);
  }
  // "The mayor, X, who …, said Mrs Y was …": a name right after the reporting verb, with someone else named before
  // it in the sentence, stands in that person's reported clause even when a relative clause parts name and verb.
  const reportedMemo = new Map<MentionDraft, boolean>();
  const reportedAt = (m: MentionDraft): boolean => {
    let value = reportedMemo.get(m);
    if (value === undefined) {
      value =
        (speakingBySentence.get(sentenceAt(m)) ?? []).some((o) => o.entity !== m.entity && o.start < m.start) ||
        (REPORTED_BEFORE.test(prose.slice(Math.max(0, m.start - 16), m.start)) && people.some((o) => o.entity !== m.entity && o.start < m.start && sentenceAt(o) === sentenceAt(m)));
      reportedMemo.set(m, value);
    }
    return value;
  };
  const sentencesWithPeople = new Set(people.map(sentenceAt));
  let q = 0;
  let next = 0; // people[next] is the first person mention not yet before the pronoun
  const window: MentionDraft[] = [];
  const added: MentionDraft[] = [];
  tokens.forEach((t, i) => {
    const gender = t.lower === 'he' || t.lower === 'him' || t.lower === 'his' || t.lower === 'himself' ? 'male' : t.lower === 'she' || t.lower === 'her' || t.lower === 'hers' || t.lower === 'herself' ? 'female' : null;
    if (!gender) return;
    while (q < sortedQuotes.length && (sortedQuotes[q] as { end: number }).end <= t.start) q++;
    const quote = sortedQuotes[q];
    if (quote && quote.start <= t.start) return; // inside a quote "he" is someone the speaker talks about
    const s = sentenceOf[i] as number;
    while (next < people.length && (people[next] as MentionDraft).start < t.start) window.push(people[next++] as MentionDraft);
    // Salience, as in Lappin and Leass's resolver, simplified: every mention in the last six sentences counts,
    // divided by three for each sentence back, doubled when it is a subject, half as much again when the person is known to
    // have the pronoun's gender. "Okafor banned talks with Mensah’s government, he said" → the subject, Okafor.
    while (window.length && s - sentenceAt(window[0] as MentionDraft) > 6) window.shift();
    const possessive = t.lower === 'his' || t.lower === 'her';
    // "“If Dr Orr hadn't called, I'd be dead,” she told the paper": people do not name themselves in the third
    // person, so whoever the quote just before the attribution names is not who "she" is.
    const justQuoted = q > 0 ? (sortedQuotes[q - 1] as { start: number; end: number }) : undefined;
    const namedInQuote = new Set<string>();
    if (justQuoted && /^[\s,]*$/.test(prose.slice(justQuoted.end, t.start))) {
      for (const m of people) if (m.start >= justQuoted.start && m.end <= justQuoted.end) namedInQuote.add(m.entity);
    }
    // "Callum Drummond, who has trained her since 2021": an object pronoun is not the subject of its own clause.
    const objectForm = t.lower === 'him' || (t.lower === 'her' && !/^\s+(?!(?:in|on|at|to|for|from|with|since|about|into|and|but|or|as|that|when|because|after|before|again|back|up|down|out|off|over|through|until|while|home|today|yesterday|last|this|every)\b)[\p{L}\d]/u.test(prose.slice(t.end, t.end + 20)));
    // "X, who …, said A. She said B": a pronoun opening a sentence with a reporting verb goes on with whoever spoke
    // in the sentence before.
    // Also right after a quote: "“The problem is the junction,” she said."
    const reportsNext = REPORTING_NEXT.test(prose.slice(t.end, t.end + 24)) && (i === 0 || sentenceOf[i - 1] !== s || /[,!?]?[”"’]\s*$/.test(prose.slice(Math.max(0, t.start - 4), t.start)));
    // Not after "asked": "Oyebanji asked him which half. He said …" is the one asked answering.
    // The sentence before may be the quote itself ("“…,” she said" split at the quote's own full stop).
    const spokeIn = reportsNext ? (speakingBySentence.has(s - 1) || sentencesWithPeople.has(s - 1) ? s - 1 : s - 2) : -1;
    const spokeBefore = reportsNext ? new Set((speakingBySentence.get(spokeIn) ?? []).filter((o) => !ASKED_AFTER.test(prose.slice(o.end, o.end + 120))).map((o) => o.entity)) : new Set<string>();
    const scores = new Map<string, number>();
    for (const m of window) {
      if (inQuote(m.start)) continue; // "“Kavindya is 19,” he said": a name inside the quote is not who "he" is
      if (objectForm && sentenceAt(m) === s && /^(?:,\s*(?:\d{1,3},\s*)?who\s+[^,;.!?“”"]*|(?:,\s+(?:a|an|the)\s[^,;.!?“”"]{1,60},)?\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+)\s*$/u.test(prose.slice(m.end, t.start))) continue;
      if (namedInQuote.has(m.entity) && window.some((o) => !namedInQuote.has(o.entity) && !inQuote(o.start))) continue;
      const g = entities.get(m.entity)?.gender ?? 'unknown';
      if (g !== 'unknown' && g !== gender) continue;
      const distance = s - sentenceAt(m);
      // "Catriona MacLeod KC said Okonkwo-Hart had …. “…,” she said": someone spoken about inside another's
      // reported words is less likely to be the next "she" than the one speaking.
      const reported = reportedAt(m);
      // "Asked by the programme’s host, Callum Fraser, whether…, she paused": the one asking is not the one answering.
      // "Asked whether Adebanjo would speak, she said …": who the question is about is not who answers it either.
      // "Asked by presenter Paddy O’Halloran whether …": a role word may stand before the asker's name.
      // "Under questioning from Sen. Dale Kowalczyk, R-Ohio, he conceded", "Pressed by X, she": the questioner, too.
      const asker = /\b(?:Asked|Pressed|Questioned|Challenged|Quizzed|Grilled)\s+by\s+(?:[^,.;]{0,50},\s*|(?:[\p{Ll}-]+\s+){1,3})?$|\bUnder\s+(?:questioning|cross-examination|pressure)\s+(?:from|by)\s+(?:[\p{L}.-]+\s+){0,3}$/u.test(prose.slice(Math.max(0, m.start - 70), m.start)) || (distance === 0 && /(?:^|[.!?”"]\s+)(?:When\s+)?Asked\s+(?:whether|if|about|how|why|what|when|where|who|to)\s[^,;.!?“”"]*$/.test(prose.slice(Math.max(0, m.start - 120), m.start)) && /^[^;.!?“”"]*,\s*$/.test(prose.slice(m.end, t.start)));
      // "A reporter shouted: “How do you feel?” “Free,” she said.": who put the question just before is not who answers.
      const questioner = reportsNext && distance <= 2 && (QUESTION_AFTER.test(prose.slice(m.end, m.end + 300)) || /\?\s*[”"]\s*$/.test(prose.slice(Math.max(0, m.start - 8), m.start)));
      let w = 3 ** -distance * (subjectLike(m) ? 2 : 1) * (m.form === 'pronoun' ? 1 : 1.2) * (firstInSentence.has(m) ? 1.5 : 1) * (reported ? 0.5 : 1) * (asker || questioner ? 0.1 : 1);
      if (distance === 0 && subjectLike(m)) w *= 2;
      if (sentenceAt(m) === spokeIn && spokeBefore.has(m.entity)) w *= 2;
      scores.set(m.entity, (scores.get(m.entity) ?? 0) + w);
    }
    // A person known to have the pronoun's gender counts half as much again as one whose gender is unknown.
    const weight = (id: string, score: number) => score * (entities.get(id)?.gender === gender ? 1.5 : 1);
    const ranked = [...scores.entries()].sort((a, b) => weight(b[0], b[1]) - weight(a[0], a[1]));
    let best = ranked[0]?.[0];
    // "President Samuel Tembo and his party", "Ana Ruiz, her lawyer": a possessive right after a name (joined by
    // "and", "with" or a comma) is that person's.
    if (possessive) {
      const joined = /(?:\s+(?:and|with|or)|,)\s*$/.exec(prose.slice(Math.max(0, t.start - 8), t.start));
      const prev = joined ? window.filter((m) => m.end <= t.start - joined[0].length && m.end >= t.start - joined[0].length - 1 && !inQuote(m.start)).at(-1) : undefined;
      const g = prev ? (entities.get(prev.entity)?.gender ?? 'unknown') : 'unknown';
      if (prev && prev.form !== 'pronoun' && (g === 'unknown' || g === gender)) best = prev.entity;
    }
    const pick: MentionDraft | undefined = best ? window.filter((m) => m.entity === best).at(-1) : undefined;
    if (!pick) return;
    const mention: MentionDraft = { entity: pick.entity, start: t.start, end: t.end, form: 'pronoun', possessive };
    added.push(mention);
    // A resolved pronoun is a mention too: "She began singing…" makes her the subject the next "she" refers to.
    window.push(mention);
    const entity = entities.get(pick.entity);
    // "Lykke-Broe said … that she “never played…”": a pronoun opening the subject's own reported clause may be
    // someone else, so it does not teach the subject's gender.
    const ownClause = sentenceAt(pick) === s && /\b(?:that|said|says|added|insisted|argued|warned|believed|believes|thought|thinks)\s+$/.test(prose.slice(Math.max(0, t.start - 10), t.start));
    if (entity && entity.gender === 'unknown' && !ownClause) entity.gender = gender;
  });
  mentions.push(...added);
  mentions.sort((x, y) => x.start - y.start);
}
