/** Small readers of the text around a match: the word before, the word after, whether a sentence starts. */
import { MONTHS, NUMBER_WORDS, PERIOD_PARTS, VAGUE_COUNTS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../data/time-words.ts';
import type { PeriodPart, Unit } from './kinds.ts';
import { isWordChar } from './wordPatterns.ts';

const isWordOrHyphen = (text: string, index: number): boolean => isWordChar(text, index) || text[index] === '-';
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** The word just before `index`, as written, separated from it by spaces (and at most one line break). */
export function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && isBlank(text[i - 1])) i--;
  if (text[i - 1] === '\n') {
    i--;
    if (text[i - 1] === '\r') i--;
    while (i > 0 && isBlank(text[i - 1])) i--;
  }
  const end = i;
  while (i > 0 && index - i < 40 && isWordOrHyphen(text, i - 1)) i--;
  return text.slice(i, end);
}

/** The word just after `index`, as written. */
export function wordAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && isBlank(text[i])) i++;
  if (text[i] === '\r') i++;
  if (text[i] === '\n') {
    i++;
    while (i < text.length && isBlank(text[i])) i++;
  }
  const start = i;
  while (i < text.length && i - start < 40 && isWordOrHyphen(text, i)) i++;
  return text.slice(start, i);
}

/** True when nothing but quotes, brackets, Markdown markers and spaces stand between a sentence end and `index`. */
export function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[ \t*_#>"“‘'(\[]/u.test(text[i] ?? '')) i--;
  if (i < 0) return true;
  return /[.!?:;\n\r—–…”]/u.test(text[i] ?? '');
}

/** True when the word at `index` starts with a capital letter. */
export function isCapitalized(text: string, index: number): boolean {
  const c = text[index] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((m, i) => {
  MONTH_INDEX.set(m.name.toLowerCase(), i + 1);
  for (const a of m.abbreviations) MONTH_INDEX.set(a.toLowerCase(), i + 1);
});

/** 1-based month of a name or abbreviation ("Sept." → 9), or null. */
export function monthNumber(word: string): number | null {
  return MONTH_INDEX.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

const WEEKDAY_INDEX = new Map<string, number>();
WEEKDAYS.forEach((w, i) => {
  WEEKDAY_INDEX.set(w.toLowerCase(), i);
  for (const a of WEEKDAY_ABBREVIATIONS[i] ?? []) WEEKDAY_INDEX.set(a.toLowerCase(), i);
});

/** ISO weekday (Monday = 0) of a name or abbreviation ("Tue." → 1), or -1. */
export function weekdayNumber(word: string): number {
  return WEEKDAY_INDEX.get(word.toLowerCase().replace(/\.$/, '')) ?? -1;
}

const VAGUE = new Set(VAGUE_COUNTS.map((w) => w.toLowerCase()));

/** A count written in digits or words; 'vague' for "a few", "several"; null when not a count. */
export function parseCount(value: string): number | 'vague' | null {
  const word = value.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(word)) return Number(word);
  if (VAGUE.has(word)) return 'vague';
  return NUMBER_WORDS[word] ?? null;
}

/** "years" → 'year', "centuries" → 'century'. */
export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w.startsWith('hour')) return 'hour';
  if (w.startsWith('day')) return 'day';
  if (w.startsWith('week')) return 'week';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('year')) return 'year';
  if (w.startsWith('decade')) return 'decade';
  if (w.startsWith('centur')) return 'century';
  return null;
}

/** "the end of" → 'end', "mid-" → 'mid'. */
export function periodPart(value: string | undefined): PeriodPart | null {
  if (value === undefined) return null;
  const key = value.toLowerCase().replace(/\s+/g, ' ').trim();
  return PERIOD_PARTS[key] ?? PERIOD_PARTS[key.replace(/-$/, '')] ?? null;
}

/** Named groups of a match, typed for strict index access. */
export function groups(match: RegExpExecArray): Record<string, string | undefined> {
  return match.groups ?? {};
}
