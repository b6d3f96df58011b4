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
import { alternation, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './wordPatterns.ts';

interface Marker {
  start: number;
  end: number;
  tense: Tense;
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const FUTURE = lower(FUTURE_MARKERS);
const PAST = lower([...PAST_MARKERS, ...IRREGULAR_PAST]);
const ADJECTIVE_CONTEXT = lower(ED_ADJECTIVE_CONTEXT);
const NON_VERBS = lower(ED_NON_VERBS);
const WILL_NOUN = lower(WILL_NOUN_CONTEXT);
// Participles in IRREGULAR_PAST that follow the same adjective test as -ed words ("a broken promise").
const PARTICIPLES = lower(['been', 'done', 'gone', 'seen', 'taken', 'given', 'spoken', 'written', 'known', 'shown', 'chosen', 'broken', 'drawn', 'driven', 'fallen', 'flown', 'forgotten', 'grown', 'hidden', 'risen', 'shaken', 'stolen', 'sworn', 'thrown', 'begun', 'sunk', 'held', 'made', 'told', 'said', 'found', 'built', 'lost', 'paid', 'sold', 'kept', 'led', 'met', 'sent', 'spent', 'struck', 'bought', 'caught', 'taught', 'thought', 'brought', 'understood', 'upheld', 'withheld', 'laid', 'lit', 'hung']);

// Clitics ("we'll") have no word boundary before them; every other marker is a whole word or phrase.
const CLITICS = FUTURE_MARKERS.filter((w) => /^['’]/.test(w));
const MARKER_WORDS = [...FUTURE_MARKERS, ...PAST_MARKERS, ...IRREGULAR_PAST, ...PRESENT_MARKERS].filter((w) => !/^['’]/.test(w));
const MARKER_RE = new RegExp(
  `${NOT_AFTER_WORD}(?:${alternation(MARKER_WORDS)})${NOT_BEFORE_WORD}|(?:${alternation(CLITICS)})${NOT_BEFORE_WORD}`,
  'giu',
);
const ED_RE = new RegExp(`${NOT_AFTER_WORD}(?<![-'’])\\p{Ll}\\p{L}*ed${NOT_BEFORE_WORD}`, 'gu');
const BOUNDARY_RE = new RegExp(`[;:()\\[\\]—–“”"«»]|,|\\s-\\s|\\s(?:${alternation(CLAUSE_OPENERS)})(?=\\s)`, 'giu');
const WORD_BEFORE_RE = /([\p{L}'’]+)\s*$/u;

/** The lowercased word just before `index` (spaces only between), or ''. */
function wordBefore(text: string, index: number): string {
  const match = WORD_BEFORE_RE.exec(text.slice(Math.max(0, index - 30), index));
  return match?.[1]?.toLowerCase() ?? '';
}

function markersOf(text: string, from: number, to: number): Marker[] {
  const slice = text.slice(from, to);
  const markers: Marker[] = [];
  MARKER_RE.lastIndex = 0;
  for (let m = MARKER_RE.exec(slice); m !== null; m = MARKER_RE.exec(slice)) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const start = from + m.index;
    const end = start + m[0].length;
    let tense: Tense;
    if (FUTURE.has(word)) {
      // "political will", "the will of voters", "next to", "Will" as a name: not the auxiliary.
      if (word === 'will' && (WILL_NOUN.has(wordBefore(text, start)) || (m[0] === 'Will' && !isSentenceStart(text, start, from)))) continue;
      if (word === 'next' && /^\s+to\b/i.test(text.slice(end, end + 4))) continue;
      tense = 'future';
    } else if (PAST.has(word)) {
      if (PARTICIPLES.has(word) && ADJECTIVE_CONTEXT.has(wordBefore(text, start))) continue;
      tense = 'past';
    } else tense = 'present';
    markers.push({ start, end, tense });
  }
  ED_RE.lastIndex = 0;
  for (let m = ED_RE.exec(slice); m !== null; m = ED_RE.exec(slice)) {
    const word = m[0];
    if (NON_VERBS.has(word) || word.endsWith('eed') && !['agreed', 'freed', 'decreed', 'guaranteed', 'refereed'].includes(word)) continue;
    const start = from + m.index;
    if (ADJECTIVE_CONTEXT.has(wordBefore(text, start))) continue;
    const end = start + word.length;
    // A phrase marker ("expected to", "scheduled for") already covers it.
    if (markers.some((k) => k.start <= start && k.end >= end)) continue;
    markers.push({ start, end, tense: 'past' });
  }
  return markers.sort((a, b) => a.start - b.start);
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
    const markers = markersOf(this.#text, from, to);
    const boundaries: number[] = [];
    const slice = this.#text.slice(from, to);
    BOUNDARY_RE.lastIndex = 0;
    for (let m = BOUNDARY_RE.exec(slice); m !== null; m = BOUNDARY_RE.exec(slice)) boundaries.push(from + m.index);
    const entry = { markers, boundaries };
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
