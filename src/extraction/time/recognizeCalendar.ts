/**
 * Recognizes calendar spans written by name: months ("in March", "March 2024", "mid-March"), years ("in 2022",
 * "mid-2023", "the 2022 invasion"), ranges of them, decades ("the 1990s"), quarters and halves ("Q3",
 * "the first half of 2024"). Days of the month are left to chrono (absoluteDates.ts).
 */
import { MONTH_YEAR_PREPOSITIONS, NOT_PLURAL_S, PLURALS_WITHOUT_S, YEAR_DETERMINERS } from '../data/time-words.ts';
import type { Candidate, Relative, TimeKind } from './kinds.ts';
import { groups, isCapitalized, monthNumber, periodPart, wordAfter, wordBefore } from './textContext.ts';
import { MONTH, MONTH_NAME, PART_GAP, PERIOD_PART, YEAR } from './timePatterns.ts';
import { alternation, NOT_AFTER_WORD as NA, NOT_BEFORE_WORD as NB } from './wordPatterns.ts';

// A month followed by a day number is a date: chrono reads it.
const NO_DAY_AFTER = '(?!\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?(?!\\d))';

const MONTH_RE = new RegExp(
  `${NA}(?:(?<part>${PERIOD_PART})${PART_GAP})?(?:(?<rel>this\\s+past|last|this|next)\\s+)?(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?${NB}${NO_DAY_AFTER}`,
  'giud',
);

const MONTH_RANGE_RE = new RegExp(
  `${NA}(?:(?:from|between)\\s+(?<m1>${MONTH})(?:,?\\s+(?<y1>${YEAR}))?\\s+(?:to|and|until|till|through|into)\\s+|(?<m1b>${MONTH_NAME})\\s*[-–]\\s*)(?<m2>${MONTH})(?:,?\\s+(?<y2>${YEAR}))?${NB}${NO_DAY_AFTER}`,
  'giud',
);

const YEAR_RE = new RegExp(
  `${NA}(?:(?<part>${PERIOD_PART})${PART_GAP})?(?<year>${YEAR})(?:\\s*[-–]\\s*(?<year2>${YEAR}|\\d\\d))?(?![\\p{L}\\p{N}%]|[-/.,:]\\d)`,
  'giu',
);

const YEAR_RANGE_RE = new RegExp(
  `${NA}(?:from|between)\\s+(?<y1>${YEAR})\\s+(?:to|and|until|till|through)\\s+(?<y2>${YEAR})(?![\\p{L}\\p{N}%]|[-/.,:]\\d)`,
  'giud',
);

const DECADE_RE = new RegExp(
  `${NA}(?:the\\s+)?(?:(?<part>early|mid|late)${PART_GAP})?(?:(?<full>(?:1[0-9]|20)\\d0)s|['’](?<two>\\d0)s)${NB}`,
  'giu',
);

const CENTURY_RE = new RegExp(
  `${NA}(?:the\\s+)?(?:(?<part>early|mid|late)${PART_GAP})?(?<n>1[0-9]|2[01])(?:st|nd|rd|th)${PART_GAP}century${NB}`,
  'giu',
);

const QUARTER_RE = new RegExp(
  `${NA}(?:(?<q>Q[1-4])(?:\\s+(?<qy>${YEAR}))?|(?:the\\s+)?(?<ord>first|second|third|fourth|final|last)\\s+quarter(?:\\s+of\\s+(?:(?<oy>${YEAR})|(?<orel>this|last|next)\\s+year|the\\s+year))?|(?:the\\s+)?(?<hord>first|second)\\s+half\\s+of\\s+(?:(?<hy>${YEAR})|(?<hrel>this|last|next)\\s+year|the\\s+year)|(?<h>H[12])\\s+(?<hy2>${YEAR}))${NB}`,
  'giu',
);

const PREPOSITIONS = new Set(MONTH_YEAR_PREPOSITIONS);
const DETERMINERS = new Set(YEAR_DETERMINERS);
const NOT_PLURAL = new Set(NOT_PLURAL_S);
const PLURAL = new Set(PLURALS_WITHOUT_S);

// "In 2022 lawmakers passed…": after these a plural noun opens the clause, the year still stands.
const CLAUSE_OPENING = new Set(['in', 'since', 'during', 'until', 'till', 'by', 'before', 'after']);

/** "out of 2000 people", "around 1900 troops": a count of things, not a year. */
const countOfThings = (next: string): boolean =>
  /^\p{Ll}+$/u.test(next) && ((next.endsWith('s') && !next.endsWith('ss') && !NOT_PLURAL.has(next)) || PLURAL.has(next));
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 };
const ABBREVIATED = new RegExp(`^(?:${alternation(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'])})\\.?$`, 'i');

const relativeOf = (word: string | undefined): Relative | null => {
  const w = word?.toLowerCase().replace(/\s+/g, ' ');
  if (w === undefined) return null;
  return w === 'last' || w === 'this past' ? 'last' : w === 'next' ? 'next' : 'this';
};

/** A day number or ordinal just before the match ("3 March", "the 3rd of March") makes it chrono's date. */
const dayBefore = (text: string, index: number): boolean => /\d(?:st|nd|rd|th)?\s*(?:of\s+)?$/iu.test(text.slice(Math.max(0, index - 10), index));

export function recognizeCalendar(text: string, out: Candidate[]): void {
  const push = (start: number, end: number, kind: TimeKind, intrinsic: Candidate['intrinsic'] = null): void => {
    out.push({ start, end, kind, intrinsic, qualifier: null });
  };

  MONTH_RE.lastIndex = 0;
  for (let m = MONTH_RE.exec(text); m !== null; m = MONTH_RE.exec(text)) {
    const g = groups(m);
    const name = g['month'] ?? '';
    const nameStart = m.indices?.groups?.['month']?.[0] ?? m.index;
    if (!isCapitalized(text, nameStart)) continue;
    const year = g['year'] === undefined ? null : Number(g['year']);
    const relative = relativeOf(g['rel']);
    const part = periodPart(g['part']);
    // Abbreviations ("Jan", "Mar") and a bare month need support: "Jan" is a name, "May" a modal, "March" a walk.
    if (ABBREVIATED.test(name) && year === null) continue;
    if (year === null && relative === null && part === null && !PREPOSITIONS.has(wordBefore(text, m.index).toLowerCase())) continue;
    if (dayBefore(text, m.index)) continue;
    const month = monthNumber(name);
    if (month === null) continue;
    push(m.index, m.index + m[0].length, { type: 'month', month, year, relative, part }, relative === 'last' ? 'past' : relative === 'next' ? 'future' : null);
  }

  MONTH_RANGE_RE.lastIndex = 0;
  for (let m = MONTH_RANGE_RE.exec(text); m !== null; m = MONTH_RANGE_RE.exec(text)) {
    const g = groups(m);
    const first = g['m1'] ?? g['m1b'] ?? '';
    const from = monthNumber(first);
    const to = monthNumber(g['m2'] ?? '');
    const firstIndex = m.indices?.groups?.['m1']?.[0] ?? m.indices?.groups?.['m1b']?.[0] ?? m.index;
    const secondIndex = m.indices?.groups?.['m2']?.[0] ?? m.index;
    if (from === null || to === null || !isCapitalized(text, firstIndex) || !isCapitalized(text, secondIndex)) continue;
    const y1 = g['y1'] === undefined ? null : Number(g['y1']);
    const y2 = g['y2'] === undefined ? null : Number(g['y2']);
    if (y1 !== null && y2 !== null && y2 < y1) continue;
    push(firstIndex, m.index + m[0].length, { type: 'monthRange', from: { month: from, year: y1 }, to: { month: to, year: y2 } });
  }

  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m !== null; m = YEAR_RE.exec(text)) {
    const g = groups(m);
    const year = Number(g['year']);
    const part = periodPart(g['part']);
    if (/[$€£#/.:,-]/u.test(text[m.index - 1] ?? '')) continue;
    let to: number | null = null;
    if (g['year2'] !== undefined) {
      const second = g['year2'].length === 2 ? Math.floor(year / 100) * 100 + Number(g['year2']) : Number(g['year2']);
      if (second > year && second - year <= 100) to = second;
      else continue;
    }
    const before = wordBefore(text, m.index).toLowerCase();
    const supported =
      part !== null ||
      (to !== null && g['year2']?.length === 4) ||
      (PREPOSITIONS.has(before) && (CLAUSE_OPENING.has(before) || !countOfThings(wordAfter(text, m.index + m[0].length)))) ||
      // "the 2022 invasion": a year used as an adjective dates the noun.
      ((DETERMINERS.has(before) || /['’]s$/.test(before)) && /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)));
    if (!supported) continue;
    const kind: TimeKind = to === null ? { type: 'year', year, part } : { type: 'yearRange', from: year, to };
    push(m.index, m.index + m[0].length, kind);
  }

  YEAR_RANGE_RE.lastIndex = 0;
  for (let m = YEAR_RANGE_RE.exec(text); m !== null; m = YEAR_RANGE_RE.exec(text)) {
    const g = groups(m);
    const from = Number(g['y1']);
    const to = Number(g['y2']);
    if (to <= from) continue;
    push(m.indices?.groups?.['y1']?.[0] ?? m.index, m.index + m[0].length, { type: 'yearRange', from, to });
  }

  DECADE_RE.lastIndex = 0;
  for (let m = DECADE_RE.exec(text); m !== null; m = DECADE_RE.exec(text)) {
    const g = groups(m);
    const first = g['full'] === undefined ? null : Number(g['full']);
    const twoDigit = g['two'] === undefined ? null : Number(g['two']);
    push(m.index, m.index + m[0].length, { type: 'decade', first, twoDigit, part: periodPart(g['part']) });
  }

  CENTURY_RE.lastIndex = 0;
  for (let m = CENTURY_RE.exec(text); m !== null; m = CENTURY_RE.exec(text)) {
    const g = groups(m);
    const n = Number(g['n']);
    const part = periodPart(g['part']);
    // "the 20th century" is 1901–2000; its thirds are read as early 1900s, mid-1930s–60s, late 1960s–90s.
    const first = (n - 1) * 100 + 1;
    const kind: TimeKind = part === null
      ? { type: 'yearRange', from: first, to: first + 99 }
      : { type: 'yearRange', from: first + (part === 'early' || part === 'start' ? 0 : part === 'mid' ? 33 : 66), to: first + (part === 'early' || part === 'start' ? 32 : part === 'mid' ? 65 : 99) };
    push(m.index, m.index + m[0].length, kind);
  }

  QUARTER_RE.lastIndex = 0;
  for (let m = QUARTER_RE.exec(text); m !== null; m = QUARTER_RE.exec(text)) {
    const g = groups(m);
    const yearOf = (...values: (string | undefined)[]): number | null => {
      const v = values.find((x) => x !== undefined);
      return v === undefined ? null : Number(v);
    };
    // "Q3" and "H1" are written in capitals; "q3" is not a quarter.
    if ((g['q'] !== undefined && !g['q'].startsWith('Q')) || (g['h'] !== undefined && !g['h'].startsWith('H'))) continue;
    if (g['q'] !== undefined) {
      push(m.index, m.index + m[0].length, { type: 'quarter', quarter: Number(g['q'].slice(1)), year: yearOf(g['qy']), relative: null });
    } else if (g['ord'] !== undefined) {
      const ord = g['ord'].toLowerCase();
      const year = yearOf(g['oy']);
      const relative = relativeOf(g['orel']) ?? (/the\s+year$/.test(m[0]) ? 'this' : null);
      // "the last quarter" alone is the quarter before publication; "the last quarter of 2024" is the fourth.
      if (ord === 'last' && year === null && relative === null) {
        push(m.index, m.index + m[0].length, { type: 'quarter', quarter: null, year: null, relative: 'last' }, 'past');
      } else {
        push(m.index, m.index + m[0].length, { type: 'quarter', quarter: ORDINALS[ord] ?? 4, year, relative });
      }
    } else {
      const half = g['hord']?.toLowerCase() === 'second' || g['h'] === 'H2' ? 2 : 1;
      const relative = relativeOf(g['hrel']) ?? (/the\s+year$/.test(m[0]) ? 'this' : null);
      push(m.index, m.index + m[0].length, { type: 'half', half, year: yearOf(g['hy'], g['hy2']), relative });
    }
  }
}
