/**
 * Recognizes dates with a day of the month ("March 3", "3 March 2024", "Sept. 12", "2024-03-03", "12/05/2023")
 * and ranges of them ("March 3-5", "May 1 to May 4", "between March 3 and 5").
 *
 * The plain forms ("March 3", "March 3, 2024", "3 March 2024", ISO dates) are read by a small pattern here;
 * everything else near a month-and-number or a numeric date (ranges, ordinals "the 3rd of March", slashed
 * dates, "Friday, March 3", times) goes to chrono-node's strict parser, which knows the many written forms
 * but costs about a tenth of a millisecond a call. chrono is kept to what it reads well: day, month, and the
 * year when written. Which year a year-less date falls in is decided later by the clause's tense
 * (resolveKind.ts), not by chrono's "closest date" guess, and chrono's weekday and relative readings
 * ("Friday", "two years ago", "for three days") are not used at all.
 * @see https://github.com/wanasit/chrono
 */
import { strict as chrono, type ParsedComponents } from 'chrono-node';
import type { Candidate, MonthDay } from './kinds.ts';
import { monthNumber, weekdayNumber } from './textContext.ts';
import { ANY_WEEKDAY as WEEKDAY, MONTH, MONTH_TRIGGER, YEAR } from './timePatterns.ts';
import { NOT_AFTER_WORD as NA, NOT_BEFORE_WORD as NB, triggerHits } from './wordPatterns.ts';

const NUMERIC_DATE_RE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/g;
/** A capitalized month word at a position. */
const MONTH_AT = new RegExp(`${NA}${MONTH}(?![\\p{L}])`, 'yu');
const DIGIT_AFTER = /\s*\d/y;
const DAY_BEFORE = /\d(?:st|nd|rd|th)?\s+(?:of\s+)?$/;

// The plain forms, read without chrono: an optional weekday, a day and month in either order, an optional
// second day (a range within the month, or "to May 4" into another month), an optional year.
const ORDINAL = '(?:st|nd|rd|th)?';
const RANGE_JOIN = '(?:\\s*[-–—]\\s*|\\s+(?:to|through|thru|until|till)\\s+)';
const YEAR_TAIL = `(?:,?\\s+(?<year>${YEAR}))?`;
const MONTH_DAY = new RegExp(
  `(?:(?<weekday>${WEEKDAY}),?\\s+)?(?<month>${MONTH})\\s*(?<day>\\d{1,2})${ORDINAL}(?:${RANGE_JOIN}(?:(?<month2>${MONTH})\\s*)?(?<day2>\\d{1,2})${ORDINAL})?${YEAR_TAIL}${NB}`,
  'yu',
);
const DAY_MONTH = new RegExp(
  `(?:(?<weekday>${WEEKDAY}),?\\s+)?(?:the\\s+)?(?<day>\\d{1,2})${ORDINAL}(?:${RANGE_JOIN}(?<day2>\\d{1,2})${ORDINAL})?\\s+(?:of\\s+)?(?<month>${MONTH})${YEAR_TAIL}${NB}`,
  'yu',
);
/** Where a day-first date starts, looking back from its month. */
const DAY_MONTH_START = new RegExp(
  `(?:(?:${WEEKDAY}),?\\s+)?(?:the\\s+)?\\d{1,2}${ORDINAL}(?:${RANGE_JOIN}\\d{1,2}${ORDINAL})?\\s+(?:of\\s+)?$`,
  'u',
);
const WEEKDAY_BEFORE = new RegExp(`(?:${WEEKDAY}),?\\s+$`, 'u');
const ISO_DATE = new RegExp(`(?<year>${YEAR})-(?<month>\\d\\d)-(?<day>\\d\\d)${NB}(?![-/.]\\d)`, 'yu');
/** Text after a plain date that makes it part of something longer chrono reads better ("March 3, 2024 to…"). */
const NOT_PLAIN_AFTER = new RegExp(`^(?:\\s*[-–—/]\\s*\\d|\\.\\d|\\s*\\d|${RANGE_JOIN}(?:${MONTH}|\\d))`, 'u');
/** Text before it that does the same ("12/", "2024-"). */
const NOT_PLAIN_BEFORE = /(?:\d\s*[-–—/.]\s*)$/;

/** A capitalized month word; chrono accepts "march 3", we do not. */
const MONTH_WORD_RE = new RegExp(`${NA}${MONTH}${NB}`, 'u');
const ANY_MONTH_WORD_RE = new RegExp(`${NA}${MONTH}${NB}`, 'iu');
const LEADING_PREPOSITION = /^(?:on|at|in)\s+/i;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between\s+$/iu;
const AND_DAY_AFTER = new RegExp(`^\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR}))?${NB}(?!\\s*[/.:-]?\\d)`, 'iu');
const AND_BETWEEN = /^\s+and\s+$/i;
/** "the week of " before a date; group 1 is what stands before "the" (or "week"). */
const WEEK_OF_BEFORE = /(^|[^\p{L}])(?:the\s+)?week\s+of\s+$/iu;

// The reference only fills in components chrono could not read, which are ignored; 2000 is a leap year, so
// "Feb. 29" without a year is not rejected.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/** At most this many chrono calls per text; an article has a handful. */
const MAX_CHRONO_CALLS = 200;

interface Found {
  start: number;
  end: number;
  from: MonthDay;
  to: MonthDay | null;
}

export function recognizeDates(text: string, out: Candidate[]): void {
  const found: Found[] = [];
  let chronoReadTo = 0;
  let chronoCalls = 0;
  const readAround = (start: number, end: number): void => {
    // chrono costs about 0.1 ms a call: a cap keeps a pathological copy (a megabyte of "12/05/2023") fast.
    if (end <= chronoReadTo || chronoCalls >= MAX_CHRONO_CALLS) return;
    chronoCalls++;
    // A few words either side, within the line: enough for "from Dec. 30 to Jan. 2" or "Friday, March 3 at 10:00 GMT".
    const reach = Math.max(0, start - 30);
    const newlineBefore = text.slice(reach, start).lastIndexOf('\n');
    const lineStart = newlineBefore === -1 ? reach : reach + newlineBefore + 1;
    const newlineAfter = text.slice(end, end + 45).indexOf('\n');
    const lineEnd = newlineAfter === -1 ? end + 45 : end + newlineAfter;
    let from = Math.max(0, lineStart, chronoReadTo);
    let to = Math.min(text.length, lineEnd);
    while (from > lineStart && from < start && !/\s/.test(text[from - 1] ?? '')) from++;
    while (to < text.length && to > end && !/\s/.test(text[to] ?? '')) to--;
    chronoReadTo = to;
    readWithChrono(text, from, to, found);
  };

  for (const at of triggerHits(text, MONTH_TRIGGER)) {
    MONTH_AT.lastIndex = at;
    const month = MONTH_AT.exec(text);
    if (month === null) continue;
    const monthEnd = at + month[0].length;
    DIGIT_AFTER.lastIndex = monthEnd;
    const after = DIGIT_AFTER.test(text);
    const before = DAY_BEFORE.test(text.slice(Math.max(0, at - 12), at));
    if (!after && !before) continue;
    const lookBack = text.slice(Math.max(0, at - 40), at);
    const startMatch = after ? WEEKDAY_BEFORE.exec(lookBack) : DAY_MONTH_START.exec(lookBack);
    const start = startMatch === null ? at : at - lookBack.length + startMatch.index;
    const plain = readPlain(text, after ? MONTH_DAY : DAY_MONTH, start) ?? (start === at ? null : readPlain(text, after ? MONTH_DAY : DAY_MONTH, at));
    if (plain !== null) found.push(plain);
    else readAround(at, monthEnd + 8);
  }

  NUMERIC_DATE_RE.lastIndex = 0;
  for (let m = NUMERIC_DATE_RE.exec(text); m !== null; m = NUMERIC_DATE_RE.exec(text)) {
    if (/[\p{L}\p{N}]/u.test(text[m.index - 1] ?? '')) continue;
    const plain = readPlain(text, ISO_DATE, m.index);
    if (plain !== null) found.push(plain);
    else readAround(m.index, m.index + m[0].length);
  }

  found.sort((a, b) => a.start - b.start);
  joinBetween(text, found, out);
}

function readPlain(text: string, pattern: RegExp, at: number): Found | null {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (m === null || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return null;
  const end = at + m[0].length;
  if (NOT_PLAIN_AFTER.test(text.slice(end, end + 12)) || NOT_PLAIN_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return null;
  const g = m.groups ?? {};
  const monthText = g['month'] ?? '';
  const month = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
  const month2 = g['month2'] === undefined ? month : monthNumber(g['month2']);
  const day = Number(g['day']);
  if (month === null || month2 === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Month words must be capitalized ("march 3" is not read).
  for (const word of [monthText, g['month2'] ?? '']) if (word !== '' && !/^\d/.test(word) && word[0] !== word[0]?.toUpperCase()) return null;
  const year = g['year'] === undefined ? null : Number(g['year']);
  const from: MonthDay = { year, month, day };
  const weekday = weekdayNumber(g['weekday'] ?? '');
  if (weekday >= 0) from.weekday = weekday;
  const to: MonthDay | null = g['day2'] === undefined ? null : { year, month: month2, day: Number(g['day2']) };
  if (to !== null && (to.day < 1 || to.day > 31 || (to.month === month && to.day <= day))) return null;
  return { start: at, end, from, to };
}

function monthDayOf(components: ParsedComponents): MonthDay | null {
  if (!components.isCertain('month') || !components.isCertain('day')) return null;
  const month = components.get('month');
  const day = components.get('day');
  if (month === null || day === null) return null;
  const year = components.isCertain('year') ? components.get('year') : null;
  return { year: year ?? null, month, day };
}

function readWithChrono(text: string, from: number, to: number, found: Found[]): void {
  let results;
  try {
    results = chrono.parse(text.slice(from, to), REFERENCE);
  } catch {
    // A parser fault must not cost the article its other dates.
    return;
  }
  for (const result of results) {
    let local = result.index;
    let written = result.text;
    const lead = LEADING_PREPOSITION.exec(written);
    if (lead) {
      local += lead[0].length;
      written = written.slice(lead[0].length);
    }
    if (!/\d/.test(written)) continue;
    // Month words must be capitalized; purely numeric dates must carry a four-digit year ("3/4" is a fraction).
    if (ANY_MONTH_WORD_RE.test(written) ? !MONTH_WORD_RE.test(written) : !/\d{4}/.test(written)) continue;
    const start = monthDayOf(result.start);
    if (start === null) continue;
    const end = result.end ? monthDayOf(result.end) : null;
    found.push({ start: from + local, end: from + local + written.length, from: start, to: end });
  }
}

/** Emits the dates, joining "between March 3 and 5" and "between March 3 and March 5" into ranges. */
function joinBetween(text: string, found: Found[], out: Candidate[]): void {
  for (let i = 0; i < found.length; i++) {
    const item = found[i];
    if (item === undefined) continue;
    let { end, to } = item;
    const before = text.slice(Math.max(0, item.start - 12), item.start);
    // "would next meet on December 3 and 4": two days of one month joined by "and" are one span, when nothing
    // follows the second number that makes it a count ("December 3 and 4 people" is not a date).
    const bare = to === null && !BETWEEN_BEFORE.test(before) ? AND_DAY_AFTER.exec(text.slice(end, end + 24)) : null;
    if (bare && /^(?:\s*[,.;:!?)”"’]|\s*$|\s+(?:and|in|at|to|when|then|with|after|before|but|or|and|would|will|at)\b)/.test(text.slice(end + bare[0].length, end + bare[0].length + 12)) && Number(bare[1]) > item.from.day) {
      const year = bare[2] === undefined ? item.from.year : Number(bare[2]);
      to = { year, month: item.from.month, day: Number(bare[1]) };
      end += bare[0].length;
    }
    if (to === null && BETWEEN_BEFORE.test(before)) {
      const next = found[i + 1];
      const and = AND_DAY_AFTER.exec(text.slice(end, end + 24));
      if (next && next.to === null && AND_BETWEEN.test(text.slice(end, next.start))) {
        to = next.from;
        end = next.end;
        i++;
      } else if (and) {
        // The second day shares the first one's month; a year after it belongs to both.
        const year = and[2] === undefined ? item.from.year : Number(and[2]);
        to = { year, month: item.from.month, day: Number(and[1]) };
        end += and[0].length;
        if (item.from.year === null && year !== null) item.from = { ...item.from, year };
      }
    }
    // "the week of March 3": the week holding that day.
    const weekOf = to === null ? WEEK_OF_BEFORE.exec(text.slice(Math.max(0, item.start - 20), item.start)) : null;
    out.push({
      start: weekOf === null ? item.start : item.start - weekOf[0].length + (weekOf[1]?.length ?? 0),
      end,
      kind: weekOf !== null ? { type: 'weekOf', date: item.from } : to === null ? { type: 'date', date: item.from } : { type: 'dateRange', from: item.from, to },
      intrinsic: null,
      qualifier: null,
    });
  }
}
