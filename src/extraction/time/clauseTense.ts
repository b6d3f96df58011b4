/**
 * Reads the tense of the clause a time expression stands in. A sentence is cut into clauses at punctuation,
 * quotation marks and clause openers ("that", "which", "and"…); the tense markers of the expression's own
 * clause decide, and the whole sentence only when its clause has none. Among past and future markers the one
 * nearest the expression wins ("He said he will meet on Friday": "will" is nearer than "said"); present
 * markers count only when there is no past or future marker, since reporting verbs in the present ("officials
 * say") rarely carry the tense of the event.
 */
import {
  CLAUSE_OPENERS,
  DIRECTIVE_FOR,
  DIRECTIVE_VERBS,
  ED_ADJECTIVE_CONTEXT,
  ED_NON_VERBS,
  FUTURE_MARKERS,
  FUTURE_PARTICIPLES,
  INVITING_VERBS,
  IRREGULAR_PAST,
  NOT_INFINITIVE_AFTER_TO,
  NOT_PLURAL_S,
  PAST_MARKERS,
  POSSIBILITY_MODALS,
  PRESENT_MARKERS,
  PRESENT_SUBJECTS,
  SUBJECT_STARTS,
  SUBORDINATORS,
  UNCHANGED_PAST,
  WILL_NOUN_CONTEXT,
} from '../data/time-words.ts';
import type { Tense } from './kinds.ts';
import { lowerBound } from '../text/lowerBound.ts';
import { letterOrDigitWidth } from '../text/tokenize.ts';

interface Marker {
  start: number;
  end: number;
  tense: Tense;
  /** Counts only for expressions after it: the "to" of "urged them to meet on Friday". */
  rightOnly?: boolean;
  /**
   * Only for a bounded span after it: in "called for a vote by Friday" or "called for a freeze through the
   * summer" the span belongs to what is called for, while in "called for a ceasefire on Monday" or "proposed a
   * merger in March" the date is the call's own.
   */
  spansOnly?: boolean;
}

/** A quotation mark in a sentence; expressions inside a quotation take their tense from inside it. */
interface QuoteMark {
  at: number;
  opening: boolean;
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const PAST = lower([...PAST_MARKERS, ...IRREGULAR_PAST]);
const ADJECTIVE_CONTEXT = lower(ED_ADJECTIVE_CONTEXT);
const NON_VERBS = lower(ED_NON_VERBS);
const WILL_NOUN = lower(WILL_NOUN_CONTEXT);
// Participles in IRREGULAR_PAST that follow the same adjective test as -ed words ("a broken promise").
const PARTICIPLES = lower(['been', 'done', 'gone', 'seen', 'taken', 'given', 'spoken', 'written', 'known', 'shown', 'chosen', 'broken', 'drawn', 'driven', 'fallen', 'flown', 'forgotten', 'grown', 'hidden', 'risen', 'shaken', 'stolen', 'sworn', 'thrown', 'begun', 'sunk', 'held', 'made', 'told', 'said', 'found', 'built', 'lost', 'paid', 'sold', 'kept', 'led', 'met', 'sent', 'spent', 'struck', 'bought', 'caught', 'taught', 'thought', 'brought', 'understood', 'upheld', 'withheld', 'laid', 'lit', 'hung']);

const norm = (word: string): string => {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};
const FUTURE_PHRASES = new Set(FUTURE_MARKERS.map(norm).filter((w) => w.includes(' ')));
const PHRASE_HEADS = new Set([...FUTURE_PHRASES].map((p) => p.split(' ')[0] ?? ''));
const FUTURE_WORDS = new Set(FUTURE_MARKERS.map(norm).filter((w) => !w.includes(' ') && !w.startsWith("'")));
const PRESENT = new Set(PRESENT_MARKERS.map(norm));
const OPENERS = new Set(CLAUSE_OPENERS.map(norm));
const POSSIBILITY = new Set(POSSIBILITY_MODALS);
const NOT_INFINITIVE = lower(NOT_INFINITIVE_AFTER_TO);
const SUBORDINATING = lower(SUBORDINATORS);
const SUBJECT_START = lower(SUBJECT_STARTS);
const PRESENT_SUBJECT = lower(PRESENT_SUBJECTS);
const UNCHANGED = lower(UNCHANGED_PAST);
// One-word and two-word directives; a two-word one is keyed by its first word.
const DIRECTIVE_ONE = lower(DIRECTIVE_VERBS.filter((w) => !w.includes(' ')));
const DIRECTIVE_TWO = lower(DIRECTIVE_VERBS.filter((w) => w.includes(' ')));
const DIRECTIVE_FOR_ONE = lower(DIRECTIVE_FOR.filter((w) => !w.includes(' ')));
const DIRECTIVE_FOR_TWO = lower(DIRECTIVE_FOR.filter((w) => w.includes(' ')));
// First words of the two-word entries: the pair is looked up (a string built per word) only after one of them.
const headsOf = (pairs: ReadonlySet<string>): Set<string> => new Set([...pairs].map((p) => p.split(' ')[0] ?? ''));
const DIRECTIVE_TWO_HEADS = headsOf(DIRECTIVE_TWO);
const DIRECTIVE_FOR_TWO_HEADS = headsOf(DIRECTIVE_FOR_TWO);
const PAST_PASSIVE = new Set(['was', 'were', 'been', 'being']);
const INVITING = lower(INVITING_VERBS);
const NOT_VERB_S = lower(NOT_PLURAL_S);
/** Words that follow a present verb and rarely a plural noun ("holds a session", "flies home", "returns to"). */
const VERB_FOLLOWERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'home', 'back', 'out', 'off', 'up', 'down', 'there', 'here', 'again']);
/** Words before an -s word that make it a noun ("the talks", "of prices", "and wages"). */
const FUNCTION_BEFORE_VERB = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'and', 'or', 'but', 'as', 'than', 'some', 'many', 'more', 'most', 'all', 'both', 'no', 'new', 'whose', 'into', 'over', 'under', 'about']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't", "aren't", "weren't"]);
const AHEAD_PARTICIPLES = lower(FUTURE_PARTICIPLES);
/** Before "last", words that make it the verb ("could last into May"), not the past "last week". */
/** Verbs that fix a date for something ("set a hearing for", "adjourned until", "postponed to"). */
const SCHEDULING = new Set(['set', 'sets', 'scheduled', 'schedules', 'rescheduled', 'adjourned', 'adjourns', 'postponed', 'postpones', 'deferred', 'delayed', 'fixed', 'booked', 'slated', 'listed', 'moved', 'pushed']);
/** The preposition before the date it is fixed for. */
const SCHEDULED_FOR = new Set(['for', 'until', 'till', 'to']);
const LAST_AS_ADJECTIVE = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'a']);
const LAST_AS_VERB = new Set(['could', 'would', 'will', "'ll", 'may', 'might', 'must', 'should', 'can', 'to', 'not', 'cannot', 'did', 'does', 'do']);
/** How many words may stand between a directive verb and its "to" ("urged the two sides in the dispute to"). */
const DIRECTIVE_REACH = 12;
/** Words before an unchanged past form that cannot be its singular subject. */
const NOT_SUBJECT = lower([...ED_ADJECTIVE_CONTEXT, 'to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'did', 'does', 'not', 'never', 'and', 'or', 'but', 'i', 'we', 'you', 'they', 'also', 'just', 'who', 'which', 'that', "don't", "didn't", "doesn't", "won't", "can't", 'cannot', 'let', 'help', 'helped', 'make', 'made']);
/** Words after an unchanged past form that show it takes an object, as a verb does ("beat Stavanger", "cut the"). */
const OBJECT_START = lower([...NOT_INFINITIVE_AFTER_TO.filter((w) => w !== 'what' && w !== 'which' && w !== 'whom'), 'him', 'her', 'them', 'us']);
const ED_VERBS_IN_EED = new Set(['agreed', 'freed', 'decreed', 'guaranteed', 'refereed']);
// Words (letters and apostrophes) and the punctuation that closes a clause. Tokenizing once and looking words
// up in sets is much faster than one large alternation tried at every position. The tokens are those of
// /[\p{L}\p{N}][\p{L}\p{N}'’]*|[;:()\[\]—–“”"«»,]|\s-\s/gu, found by the hand-written scan in nextToken().

const PUNCTUATION = new Set([...';:()[]—–“”"«»,'].map((c) => c.charCodeAt(0)));
const WHITESPACE = /\s/;
const isSpace = (code: number): boolean => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITESPACE.test(String.fromCharCode(code)));
const isLeadSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isTrailSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Where the token nextToken() found starts and ends. */
let tokenStart = 0;
let tokenEnd = 0;

/**
 * Finds the first token at or after `i` (a word, a clause mark, or a spaced dash " - ") and sets tokenStart and
 * tokenEnd; false when none is left. The scan replaces exec with the pattern above, which cost a match object
 * per word; it reads code points as the u flag does. The first alternative that fits at a position wins there,
 * as in the pattern, and a word runs as far as it can (nothing follows its loop that could fail).
 */
function nextToken(text: string, i: number): boolean {
  const n = text.length;
  while (i < n) {
    const letter = letterOrDigitWidth(text, i, n);
    if (letter > 0) {
      tokenStart = i;
      i += letter;
      while (i < n) {
        const code = text.charCodeAt(i);
        if (code === 39 || code === 0x2019) i++;
        else {
          const next = letterOrDigitWidth(text, i, n);
          if (next === 0) break;
          i += next;
        }
      }
      tokenEnd = i;
      return true;
    }
    const code = text.charCodeAt(i);
    if (PUNCTUATION.has(code) || (isSpace(code) && text.charCodeAt(i + 1) === 45 && i + 2 < n && isSpace(text.charCodeAt(i + 2)))) {
      tokenStart = i;
      tokenEnd = PUNCTUATION.has(code) ? i + 1 : i + 3;
      return true;
    }
    i += isLeadSurrogate(code) && i + 1 < n && isTrailSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return false;
}

/** Start offset for a scan from `from`: as with the u flag, a start inside a surrogate pair moves to the pair's start. */
function scanStart(text: string, from: number): number {
  return from > 0 && from < text.length && isTrailSurrogate(text.charCodeAt(from)) && isLeadSurrogate(text.charCodeAt(from - 1)) ? from - 1 : from;
}

/** The [start, end) of each token from `from` up to the first one that ends past `to` (for tests). */
export function clauseTokenSpans(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = scanStart(text, from); nextToken(text, i) && tokenEnd <= to; i = tokenEnd) spans.push([tokenStart, tokenEnd]);
  return spans;
}

interface Token {
  start: number;
  end: number;
  word: string;
  /** norm(word), computed once: each word is looked up as itself, as the next word and as the one before. */
  norm: string;
}

const QUOTE_CODES = new Set([...'“”"«»'].map((c) => c.charCodeAt(0)));

/** Whether a quotation mark at `at` opens a quotation: curly and guillemets say so; a straight one by its neighbours. */
function opensQuote(text: string, at: number, from: number): boolean {
  const c = text[at];
  if (c === '“' || c === '«') return true;
  if (c === '”' || c === '»') return false;
  const before = at > from ? (text[at - 1] ?? ' ') : ' ';
  const after = text[at + 1] ?? ' ';
  return /[\s(\[{—–-]/u.test(before) && !/\s/u.test(after);
}

function markersAndBoundaries(text: string, from: number, to: number): { markers: Marker[]; boundaries: number[]; quotes: QuoteMark[] } {
  const tokens: Token[] = [];
  const boundaries: number[] = [];
  const quotes: QuoteMark[] = [];
  for (let i = scanStart(text, from); nextToken(text, i) && tokenEnd <= to; i = tokenEnd) {
    const start = tokenStart;
    const first = text.charCodeAt(start);
    // Word tokens hold no hyphen, so a three-character token with one in the middle is the spaced dash.
    if (PUNCTUATION.has(first) || (tokenEnd - start === 3 && text[start + 1] === '-')) {
      boundaries.push(start);
      if (QUOTE_CODES.has(first)) quotes.push({ at: start, opening: opensQuote(text, start, from) });
      // An empty word keeps "the previous word" test from looking across punctuation.
      tokens.push({ start, end: start, word: '', norm: '' });
    } else {
      const word = text.slice(start, tokenEnd);
      tokens.push({ start, end: tokenEnd, word, norm: norm(word) });
    }
  }
  const markers: Marker[] = [];
  let previous = '';
  // Token index of the last directive verb waiting for its "to", or -1.
  let directiveAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = token.norm;
    if (word === '') {
      previous = '';
      // "urged families in Malatya, Adıyaman and Elazığ provinces to sleep in tents until Monday": a comma inside
      // the object does not end the wait for the directive's "to"; other punctuation does.
      if (text[token.start] !== ',') directiveAt = -1;
      continue;
    }
    const before = previous;
    previous = word;
    const next = tokens[i + 1];
    const nextWord = next?.norm ?? '';
    const afterNext = tokens[i + 2];
    if (OPENERS.has(word)) boundaries.push(token.start - 1);
    // "after the regulator lifted its cap": a subordinate clause, read apart from the main one.
    else if (SUBORDINATING.has(word) && SUBJECT_START.has(nextWord)) boundaries.push(token.start - 1);
    // "after talks broke down late on Friday": a bare noun and a past verb after the subordinator make a clause too.
    else if (SUBORDINATING.has(word) && /^\p{Ll}+s$/u.test(nextWord) && [tokens[i + 2], tokens[i + 3]].some((t) => t !== undefined && PAST.has(t.norm))) boundaries.push(token.start - 1);
    // Two-word future phrases ("expected to", "plans to") first, so "expected" is not read as a past verb; a "to"
    // before a noun phrase is a preposition ("agreed to a ceasefire", "due to the storm"), no future.
    if (
      next !== undefined &&
      PHRASE_HEADS.has(word) &&
      FUTURE_PHRASES.has(`${word} ${nextWord}`) &&
      /^\s+$/.test(text.slice(token.end, next.start)) &&
      !(nextWord === 'to' && afterNext !== undefined && !infinitiveAt(afterNext))
    ) {
      markers.push({ start: token.start, end: next.end, tense: 'future' });
      previous = nextWord;
      i++;
      continue;
    }
    // Directives: what is asked for lies ahead of the asking ("urged both sides to meet before Friday").
    // A past passive reports the order with its own date ("were ordered to evacuate on Wednesday"), and so
    // does a past perfect ("had expected prices to fall in March").
    if (DIRECTIVE_ONE.has(word) || (next !== undefined && DIRECTIVE_TWO_HEADS.has(word) && DIRECTIVE_TWO.has(`${word} ${nextWord}`))) {
      directiveAt = PAST_PASSIVE.has(before) || before === 'had' || before === "'d" ? -1 : i;
    } else if (word === 'to' && directiveAt >= 0 && i - directiveAt <= DIRECTIVE_REACH) {
      const inviting = INVITING.has((tokens[directiveAt] as Token).norm);
      directiveAt = -1;
      // "asked to comment on Friday" reports the asking, not a plan; only an invitation's "to" takes a noun.
      if (next !== undefined && (infinitiveAt(next) ? !COMMENT_VERBS.has(nextWord) : inviting)) {
        markers.push({ start: token.start, end: token.end, tense: 'future', rightOnly: true });
        continue;
      }
    } else if (OPENERS.has(word) && word !== 'and' && word !== 'or') directiveAt = -1;
    // "called for a freeze", "proposed a ban": the marker stands on the "for" or the determiner after the verb.
    if (next !== undefined && ((DIRECTIVE_FOR_TWO_HEADS.has(word) && DIRECTIVE_FOR_TWO.has(`${word} ${nextWord}`)) || (DIRECTIVE_FOR_ONE.has(word) && OBJECT_START.has(nextWord)))) {
      const verbTense = directedTense(text, tokens, i, word, before, from);
      if (verbTense !== null) markers.push({ start: token.start, end: token.end, tense: verbTense });
      markers.push({ start: next.start, end: next.end, tense: 'future', rightOnly: true, spansOnly: true });
      previous = nextWord;
      i++;
      continue;
    }
    // "set a hearing for May 12", "adjourned the case until Friday": the date a thing is scheduled for lies ahead.
    if (SCHEDULING.has(word)) {
      for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
        const w = (tokens[k] as Token).norm;
        if (SCHEDULED_FOR.has(w)) {
          // Just before the preposition, which may open the expression itself ("until Friday").
          const at = (tokens[k] as Token).start - 1;
          markers.push({ start: at, end: at, tense: 'future', rightOnly: true });
          break;
        }
        if (OPENERS.has(w) || PAST.has(w) || w === "" || /[.;:!?]/.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start))) break;
      }
    }
    let tense: Tense | null = directedTense(text, tokens, i, word, before, from);
    if (tense === null && PRESENT.has(word)) tense = 'present';
    // "which expires on June 30", "she plans": a word in -s after a singular subject is a present verb.
    // "the fiscal year that starts April 1": "that" after a noun is a relative pronoun, a subject like "which".
    else if (tense === null && (PRESENT_SUBJECT.has(before) || (before === 'that' && relativeThat(tokens, i))) && /^\p{Ll}{3,}s$/u.test(token.word) && !word.endsWith('ss') && word !== 'has' && !NOT_VERB_S.has(word)) tense = 'present';
    // "The board holds a session on Wednesday", "Castañeda flies home on Thursday": a word in -s after a noun or a
    // name, with an object or a particle after it, is a present verb — a schedule.
    else if (tense === null && before !== '' && !FUNCTION_BEFORE_VERB.has(before) && /^\p{Ll}{3,}s$/u.test(token.word) && !word.endsWith('ss') && word !== 'has' && !NOT_VERB_S.has(word) && VERB_FOLLOWERS.has(nextWord)) tense = 'present';
    if (tense !== null) {
      markers.push({ start: token.start, end: token.end, tense });
      // Another verb between a directive and a "to" takes the "to" ("told the court he went to the bank").
      if (directiveAt !== i) directiveAt = -1;
    }
  }
  boundaries.sort((a, b) => a - b);
  // A look-ahead marker ("set … for") is pushed before the verb's own: the searches need them in order.
  markers.sort((a, b) => a.start - b.start);
  return { markers, boundaries, quotes };
}

/**
 * Whether the "that" just before token i opens a relative clause: it follows a lower-case noun-like word, not a
 * verb ("said that", "warned that"), an adjective of belief ("sure that") or "so"/"such".
 */
function relativeThat(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 2]?.norm ?? '';
  if (!/^\p{Ll}{3,}$/u.test(tokens[i - 2]?.word ?? '')) return false;
  if (/(?:ed|ing|ly)$/.test(head) || /^(?:so|such|now|said|says|told|tells|say|tell|sure|clear|aware|certain|likely|possible|true|fact|hope|hopes|belief|believe|believes|think|thinks|know|knows|noted|notes|argue|argues|warn|warns|claim|claims|insist|insists|show|shows|mean|means|found|find|finds|ensure|given|than)$/.test(head)) return false;
  return true;
}

/** Whether the word at a token after "to" reads as a verb (an infinitive), not the start of a noun phrase. */
function infinitiveAt(token: Token): boolean {
  const w = token.norm;
  return w !== '' && !NOT_INFINITIVE.has(w) && /^\p{Ll}/u.test(token.word);
}

/** The past or future a word marks by itself (auxiliaries, past forms, -ed verbs), or null. */
function directedTense(text: string, tokens: Token[], i: number, word: string, before: string, from: number): Tense | null {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  const nextWord = next?.norm ?? '';
  if (FUTURE_WORDS.has(word) || word.endsWith("'ll")) {
    // "political will", "the will of voters", "next to", "Will" as a name: not the auxiliary.
    const noun = word === 'will' && (WILL_NOUN.has(before) || (token.word[0] === 'W' && !isSentenceStart(text, token.start, from)));
    const beside = word === 'next' && nextWord === 'to';
    if (noun || beside) return null;
    // "faster than expected", "as expected" compare; "had expected prices to fall in March" looks back.
    const comparison = [1, 2, 3].some((back) => /^(?:than|as)$/.test(tokens[i - back]?.norm ?? ''));
    if ((word === 'expected' || word === 'expecting') && comparison) return null;
    if (word === 'expected' && (before === 'had' || before === "'d")) return 'past';
    return refusedComment(word, tokens, i) ? 'past' : 'future';
  }
  // "could become law by December" looks ahead; "could not be reached on Friday" reports a past failure, as
  // news uses it; "might have met" looks back by its own participle; the month "May" is no modal.
  if (word === "couldn't" || (word === 'could' && nextWord === 'not')) return 'past';
  if (POSSIBILITY.has(token.word.toLowerCase()) && (word !== 'may' || token.word === 'may')) {
    return nextWord === 'not' || nextWord === 'have' || nextWord === 'never' || nextWord === "'ve" || nextWord === '' ? null : 'future';
  }
  // "was expected soon", "is scheduled next week": what is expected lies ahead of the expecting.
  if (AHEAD_PARTICIPLES.has(word) && BE_FORMS.has(before)) return 'future';
  // "would postpone planned surgery": an -ed word between a verb after a modal and its noun is an adjective.
  if (word.endsWith('ed') && /^(?:would|will|could|can|may|might|should|must|to)$/.test(tokens[i - 2]?.norm ?? '') && /^\p{Ll}+$/u.test(before) && next !== undefined && /^\p{Ll}+$/u.test(next.word)) return null;
  // "accounts held by under-15s", "a levy announced by Washington": a participle after a noun, with its agent,
  // describes the noun; it carries no tense.
  if (nextWord === 'by' && (PARTICIPLES.has(word) || word.endsWith('ed')) && !BE_FORMS.has(before) && !/^(?:had|has|have|'d|'ve)$/.test(before) && /^\p{Ll}+s?$/u.test(before) && !PRESENT_SUBJECT.has(before)) return null;
  if (PAST.has(word)) {
    if (word === 'last' && LAST_AS_VERB.has(before)) return null;
    // "the last chance before winter", "its last round": after a determiner "last" means final, not past.
    if (word === 'last' && LAST_AS_ADJECTIVE.has(before)) return null;
    // "due to be heard on September 22", "will be held on Friday": a participle after "be" carries no tense.
    if (before === 'be') return null;
    return PARTICIPLES.has(word) && ADJECTIVE_CONTEXT.has(before) ? null : 'past';
  }
  if (
    word.endsWith('ed') &&
    word.length > 3 &&
    token.word[0] === word[0] &&
    !NON_VERBS.has(word) &&
    (!word.endsWith('eed') || ED_VERBS_IN_EED.has(word)) &&
    !ADJECTIVE_CONTEXT.has(before) &&
    // "so-called", "state-owned": compounds are adjectives.
    text[token.start - 1] !== '-'
  ) {
    return 'past';
  }
  // "The Danish side beat Stavanger": a singular subject before and an object after make an unchanged form past.
  if (UNCHANGED.has(word) && next !== undefined && before !== '' && !NOT_SUBJECT.has(before) && (!before.endsWith('s') || before.endsWith('ss'))) {
    // "Naik hit back late Sunday": a particle after the verb, too.
    const objectAfter = OBJECT_START.has(nextWord) || /^[\p{Lu}\p{N}]/u.test(next.word) || /^(?:back|out|off|down|up|away)$/.test(nextWord);
    if (objectAfter && /^\s+$/.test(text.slice(token.end, next.start))) return 'past';
  }
  return null;
}

const COMMENT_VERBS = new Set(['say', 'comment', 'confirm', 'disclose', 'elaborate', 'discuss', 'specify', 'reveal', 'respond']);

/** "would not say Tuesday whether…": a refusal reported in the past, not a future. */
function refusedComment(word: string, tokens: Token[], i: number): boolean {
  if (word !== 'would' && word !== "wouldn't") return false;
  const a = tokens[i + 1]?.norm ?? '';
  const b = tokens[i + 2]?.norm ?? '';
  return word === "wouldn't" ? COMMENT_VERBS.has(a) : a === 'not' && COMMENT_VERBS.has(b);
}

function isSentenceStart(text: string, index: number, sentenceStart: number): boolean {
  let i = index - 1;
  while (i >= sentenceStart && index - i < 16 && /[\s"“'‘*_(\[]/u.test(text[i] ?? '')) i--;
  return i < sentenceStart;
}

interface SentenceMarkers {
  /** Past and future markers, sorted; they do not overlap, so they are sorted by end as well. */
  directed: Marker[];
  directedEnds: number[];
  /** The directed markers that count for an expression that is not a bounded span. */
  plain: Marker[];
  plainEnds: number[];
  /** The directed markers that also count for expressions before them (all but the right-only ones). */
  forward: Marker[];
  forwardStarts: number[];
  /** Starts of present markers, sorted. */
  present: number[];
  /** Clause boundaries, sorted. */
  boundaries: number[];
  /** Quotation marks, sorted. */
  quotes: QuoteMark[];
  quoteStarts: number[];
}

export class ClauseTenseReader {
  readonly #text: string;
  readonly #cache = new Map<number, SentenceMarkers>();

  constructor(text: string) {
    this.#text = text;
  }

  /**
   * Tense of the clause holding text[start, end) inside the sentence text[sentenceStart, sentenceEnd). `span` is
   * true for a bounded span ("by Friday", "until March", "through the summer"), which may belong to what a
   * directive asks for; anything else dates the verb it follows.
   */
  tenseAt(start: number, end: number, sentenceStart: number, sentenceEnd: number, span = false): Tense {
    const sentence = this.#sentence(sentenceStart, sentenceEnd);
    const { boundaries, quotes, quoteStarts } = sentence;
    // The clause: from the last boundary at or before the expression to the first at or after it.
    const before = lowerBound(boundaries, start + 1) - 1;
    const after = lowerBound(boundaries, end);
    const clauseStart = before >= 0 ? (boundaries[before] as number) : sentenceStart;
    const clauseEnd = after < boundaries.length ? (boundaries[after] as number) : sentenceEnd;
    // Inside a quotation the speaker's own words set the tense, never the reporting verb around them: in
    // "“Call them on Friday,” she said" the call is ahead, though "said" is past. The quotation runs from an
    // opening mark before the expression (or the sentence start, when a closing mark follows it) to the next mark.
    const q = lowerBound(quoteStarts, start) - 1;
    const left = q >= 0 ? (quotes[q] as QuoteMark) : null;
    const right = q + 1 < quotes.length ? (quotes[q + 1] as QuoteMark) : null;
    const quoted = left !== null ? left.opening : right !== null && !right.opening;
    const from = quoted && left !== null ? left.at : sentenceStart;
    const to = quoted && right !== null ? right.at : sentenceEnd;
    // Without a marker in its own clause, an expression shares the tense of the clauses before it ("will open in
    // Lyon and close in Paris on June 12"), and only then of those after it ("On Friday, officials said").
    const found =
      this.#pick(sentence, start, end, clauseStart, clauseEnd, span) ??
      this.#pick(sentence, start, end, from, start, span) ??
      this.#pick(sentence, start, end, end, to, span);
    if (found !== null || !quoted) return found ?? 'present';
    // A quotation split by its attribution is one utterance: "“Friday,” he said, “was the worst day.”"
    const next = quotes[q + 2];
    if (right !== null && next?.opening === true) {
      const tense = this.#pick(sentence, start, end, next.at, quotes[q + 3]?.at ?? sentenceEnd, span);
      if (tense !== null) return tense;
    }
    const previous = quotes[q - 2];
    if (left !== null && previous?.opening === true && quotes[q - 1]?.opening === false) {
      const tense = this.#pick(sentence, start, end, previous.at, (quotes[q - 1] as QuoteMark).at, span);
      if (tense !== null) return tense;
    }
    // A fragment woven into the reporter's sentence ("had not received flour “since before Christmas.”", "would
    // resume “no later than Monday.”") has no verb of its own: the sentence around it tells the tense.
    const fragment = left !== null && /^.(?:since|before|after|until|till|by|in|on|at|from|no later than|as early as|as soon as|within|for)\b/u.test(this.#text.slice(left.at, left.at + 20)) && /\p{L}/u.test(this.#text.slice(sentenceStart, left.at));
    if (fragment) return this.#pick(sentence, start, end, sentenceStart, left.at, span) ?? 'present';
    return 'present';
  }

  /**
   * The nearest past or future marker to text[start, end) within [from, to), outside the expression; else
   * 'present' when a present marker stands there; else null. Binary searches keep it logarithmic.
   */
  #pick(sentence: SentenceMarkers, start: number, end: number, from: number, to: number, span: boolean): Tense | null {
    const { forward, forwardStarts, present } = sentence;
    const directed = span ? sentence.directed : sentence.plain;
    const directedEnds = span ? sentence.directedEnds : sentence.plainEnds;
    // [from, to) may lie around the expression or wholly on one side of it (the other half of a split quotation).
    const left = lowerBound(directedEnds, Math.min(start, to) + 1) - 1;
    const right = lowerBound(forwardStarts, Math.max(end, from));
    const l = left >= 0 && (directed[left] as Marker).start >= from ? (directed[left] as Marker) : null;
    const r = right < forward.length && (forward[right] as Marker).end <= to ? (forward[right] as Marker) : null;
    if (l !== null && (r === null || start - l.end <= r.start - end)) return l.tense;
    if (r !== null) return r.tense;
    const p1 = lowerBound(present, from);
    if (p1 < present.length && (present[p1] as number) < Math.min(start, to)) return 'present';
    const p2 = lowerBound(present, Math.max(end, from));
    if (p2 < present.length && (present[p2] as number) < to) return 'present';
    return null;
  }

  #sentence(from: number, to: number): SentenceMarkers {
    const cached = this.#cache.get(from);
    if (cached) return cached;
    const { markers, boundaries, quotes } = markersAndBoundaries(this.#text, from, to);
    const directed = markers.filter((m) => m.tense !== 'present');
    const forward = directed.filter((m) => m.rightOnly !== true);
    const plain = directed.filter((m) => m.spansOnly !== true);
    const entry: SentenceMarkers = {
      directed,
      directedEnds: directed.map((m) => m.end),
      plain,
      plainEnds: plain.map((m) => m.end),
      forward,
      forwardStarts: forward.map((m) => m.start),
      present: markers.filter((m) => m.tense === 'present').map((m) => m.start),
      boundaries,
      quotes,
      quoteStarts: quotes.map((m) => m.at),
    };
    this.#cache.set(from, entry);
    return entry;
  }
}
