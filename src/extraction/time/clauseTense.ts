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
const TOKEN_RE = /[\p{L}][\p{L}'’]*|[;:()\[\]—–“”"«»,]|\s-\s/gu;

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
    if (PUNCTUATION.has(m[0].charCodeAt(0)) || (m[0].length === 3 && m[0][1] === '-')) boundaries.push(start);
    else tokens.push({ start, end: start + m[0].length, word: m[0] });
  }
  const markers: Marker[] = [];
  let previous = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = norm(token.word);
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
      if (!noun && !beside) tense = 'future';
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

function isSentenceStart(text: string, index: number, sentenceStart: number): boolean {
  return /^[\s"“'‘*_(\[]*$/u.test(text.slice(sentenceStart, index));
}

export class ClauseTenseReader {
  readonly #text: string;
  readonly #cache = new Map<number, { markers: Marker[]; boundaries: number[] }>();

  constructor(text: string) {
    this.#text = text;
  }

  /** Tense of the clause holding text[start, end) inside the sentence text[sentenceStart, sentenceEnd). */
  tenseAt(start: number, end: number, sentenceStart: number, sentenceEnd: number): Tense {
    const { markers, boundaries } = this.#sentence(sentenceStart, sentenceEnd);
    const outside = markers.filter((m) => m.end <= start || m.start >= end);
    let clauseStart = sentenceStart;
    let clauseEnd = sentenceEnd;
    for (const b of boundaries) {
      if (b <= start) clauseStart = b;
      else if (b >= end) {
        clauseEnd = b;
        break;
      }
    }
    const inClause = outside.filter((m) => m.start >= clauseStart && m.end <= clauseEnd);
    return pick(inClause, start, end) ?? pick(outside, start, end) ?? 'present';
  }

  #sentence(from: number, to: number): { markers: Marker[]; boundaries: number[] } {
    const cached = this.#cache.get(from);
    if (cached) return cached;
    const entry = markersAndBoundaries(this.#text, from, to);
    this.#cache.set(from, entry);
    return entry;
  }
}

function pick(markers: Marker[], start: number, end: number): Tense | null {
  let best: Marker | null = null;
  let bestDistance = Infinity;
  let present = false;
  for (const m of markers) {
    if (m.tense === 'present') {
      present = true;
      continue;
    }
    const distance = m.end <= start ? start - m.end : m.start - end;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  if (best) return best.tense;
  return present ? 'present' : null;
}
