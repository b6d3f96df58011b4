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
  ED_ADJECTIVE_CONTEXT,
  ED_NON_VERBS,
  FUTURE_MARKERS,
  IRREGULAR_PAST,
  PAST_MARKERS,
  PRESENT_MARKERS,
  WILL_NOUN_CONTEXT,
} from '../data/time-words.ts';
import type { Tense } from './kinds.ts';

interface Marker {
  start: number;
  end: number;
  tense: Tense;
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
const ED_VERBS_IN_EED = new Set(['agreed', 'freed', 'decreed', 'guaranteed', 'refereed']);
// Words (letters and apostrophes) and the punctuation that closes a clause. Tokenizing once and looking words
// up in sets is much faster than one large alternation tried at every position.
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’]*|[;:()\[\]—–“”"«»,]|\s-\s/gu;

const PUNCTUATION = new Set([...';:()[]—–“”"«»,'].map((c) => c.charCodeAt(0)));

interface Token {
  start: number;
  end: number;
  word: string;
}

function markersAndBoundaries(text: string, from: number, to: number): { markers: Marker[]; boundaries: number[] } {
  const tokens: Token[] = [];
  const boundaries: number[] = [];
  TOKEN_RE.lastIndex = from;
  for (let m = TOKEN_RE.exec(text); m !== null && m.index + m[0].length <= to; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    // Word tokens hold no hyphen, so a three-character token with one in the middle is the spaced dash.
    if (PUNCTUATION.has(m[0].charCodeAt(0)) || (m[0].length === 3 && m[0][1] === '-')) {
      boundaries.push(start);
      // An empty word keeps "the previous word" test from looking across punctuation.
      tokens.push({ start, end: start, word: '' });
    } else tokens.push({ start, end: start + m[0].length, word: m[0] });
  }
  const markers: Marker[] = [];
  let previous = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = norm(token.word);
    if (word === '') {
      previous = '';
      continue;
    }
    const before = previous;
    previous = word;
    const next = tokens[i + 1];
    if (OPENERS.has(word)) boundaries.push(token.start - 1);
    // Two-word future phrases ("expected to", "plans to") first, so "expected" is not read as a past verb.
    if (next !== undefined && PHRASE_HEADS.has(word) && FUTURE_PHRASES.has(`${word} ${norm(next.word)}`) && /^\s+$/.test(text.slice(token.end, next.start))) {
      markers.push({ start: token.start, end: next.end, tense: 'future' });
      previous = norm(next.word);
      i++;
      continue;
    }
    let tense: Tense | null = null;
    if (FUTURE_WORDS.has(word) || word.endsWith("'ll")) {
      // "political will", "the will of voters", "next to", "Will" as a name: not the auxiliary.
      const noun = word === 'will' && (WILL_NOUN.has(before) || (token.word[0] === 'W' && !isSentenceStart(text, token.start, from)));
      const beside = word === 'next' && next !== undefined && norm(next.word) === 'to';
      if (!noun && !beside) tense = refusedComment(word, tokens, i) ? 'past' : 'future';
    } else if (PAST.has(word)) {
      if (!(PARTICIPLES.has(word) && ADJECTIVE_CONTEXT.has(before))) tense = 'past';
    } else if (PRESENT.has(word)) {
      tense = 'present';
    } else if (
      word.endsWith('ed') &&
      word.length > 3 &&
      token.word[0] === word[0] &&
      !NON_VERBS.has(word) &&
      (!word.endsWith('eed') || ED_VERBS_IN_EED.has(word)) &&
      !ADJECTIVE_CONTEXT.has(before) &&
      // "so-called", "state-owned": compounds are adjectives.
      text[token.start - 1] !== '-'
    ) {
      tense = 'past';
    }
    if (tense !== null) markers.push({ start: token.start, end: token.end, tense });
  }
  boundaries.sort((a, b) => a - b);
  return { markers, boundaries };
}

const COMMENT_VERBS = new Set(['say', 'comment', 'confirm', 'disclose', 'elaborate', 'discuss', 'specify', 'reveal', 'respond']);

/** "would not say Tuesday whether…": a refusal reported in the past, not a future. */
function refusedComment(word: string, tokens: Token[], i: number): boolean {
  if (word !== 'would' && word !== "wouldn't") return false;
  const a = norm(tokens[i + 1]?.word ?? '');
  const b = norm(tokens[i + 2]?.word ?? '');
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
  /** Starts of present markers, sorted. */
  present: number[];
  /** Clause boundaries, sorted. */
  boundaries: number[];
}

/** Index of the first element of a sorted array that is >= value (array length when none). */
function lowerBound(values: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class ClauseTenseReader {
  readonly #text: string;
  readonly #cache = new Map<number, SentenceMarkers & { directedStarts: number[]; directedEnds: number[] }>();

  constructor(text: string) {
    this.#text = text;
  }

  /** Tense of the clause holding text[start, end) inside the sentence text[sentenceStart, sentenceEnd). */
  tenseAt(start: number, end: number, sentenceStart: number, sentenceEnd: number): Tense {
    const sentence = this.#sentence(sentenceStart, sentenceEnd);
    const { boundaries } = sentence;
    // The clause: from the last boundary at or before the expression to the first at or after it.
    const before = lowerBound(boundaries, start + 1) - 1;
    const after = lowerBound(boundaries, end);
    const clauseStart = before >= 0 ? (boundaries[before] as number) : sentenceStart;
    const clauseEnd = after < boundaries.length ? (boundaries[after] as number) : sentenceEnd;
    // Without a marker in its own clause, an expression shares the tense of the clauses before it ("will open in
    // Lyon and close in Paris on June 12"), and only then of those after it ("On Friday, officials said").
    return (
      this.#pick(sentence, start, end, clauseStart, clauseEnd) ??
      this.#pick(sentence, start, end, sentenceStart, start) ??
      this.#pick(sentence, start, end, end, sentenceEnd) ??
      'present'
    );
  }

  /**
   * The nearest past or future marker to text[start, end) within [from, to), outside the expression; else
   * 'present' when a present marker stands there; else null. Binary searches keep it logarithmic.
   */
  #pick(
    sentence: SentenceMarkers & { directedStarts: number[]; directedEnds: number[] },
    start: number,
    end: number,
    from: number,
    to: number,
  ): Tense | null {
    const { directed, directedStarts, directedEnds, present } = sentence;
    const left = lowerBound(directedEnds, start + 1) - 1;
    const right = lowerBound(directedStarts, end);
    const l = left >= 0 && (directed[left] as Marker).start >= from ? (directed[left] as Marker) : null;
    const r = right < directed.length && (directed[right] as Marker).end <= to ? (directed[right] as Marker) : null;
    if (l !== null && (r === null || start - l.end <= r.start - end)) return l.tense;
    if (r !== null) return r.tense;
    const p1 = lowerBound(present, from);
    if (p1 < present.length && (present[p1] as number) < start) return 'present';
    const p2 = lowerBound(present, end);
    if (p2 < present.length && (present[p2] as number) < to) return 'present';
    return null;
  }

  #sentence(from: number, to: number): SentenceMarkers & { directedStarts: number[]; directedEnds: number[] } {
    const cached = this.#cache.get(from);
    if (cached) return cached;
    const { markers, boundaries } = markersAndBoundaries(this.#text, from, to);
    const directed = markers.filter((m) => m.tense !== 'present');
    const entry = {
      directed,
      directedStarts: directed.map((m) => m.start),
      directedEnds: directed.map((m) => m.end),
      present: markers.filter((m) => m.tense === 'present').map((m) => m.start),
      boundaries,
    };
    this.#cache.set(from, entry);
    return entry;
  }
}
