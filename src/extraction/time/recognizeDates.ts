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
import { monthNumber } from './textContext.ts';
import { MONTH, YEAR } from './timePatterns.ts';
import { NOT_AFTER_WORD as NA, NOT_BEFORE_WORD as NB } from './wordPatterns.ts';

const MONTH_TRIGGER = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/g;
const NUMERIC_DATE_RE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/g;
/** A capitalized month word at a position. */
const MONTH_AT = new RegExp(`${NA}${MONTH}(?![\\p{L}])`, 'yu');
const DIGIT_AFTER = /\s*\d/y;
const DAY_BEFORE = /\d(?:st|nd|rd|th)?\s+(?:of\s+)?$/;

// The plain forms, read without chrono.
const MONTH_DAY = new RegExp(`(?<month>${MONTH})\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>${YEAR}))?${NB}`, 'yu');
const DAY_MONTH = new RegExp(`(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?${NB}`, 'yu');
const ISO_DATE = new RegExp(`(?<year>${YEAR})-(?<month>\\d\\d)-(?<day>\\d\\d)${NB}(?![-/.]\\d)`, 'yu');
/** Text after a plain date that makes it part of something chrono reads better: a range, a time. */
const NOT_PLAIN_AFTER = /^(?:\s*[-–—/]\s*\d|\s*(?:[-–—]|to|through|thru|until|till)\s+(?:\d|[A-Z][a-z]{2})|\s+and\s+\d|,?\s+at\s+\d|\s*\d|\.\d)/;
/** Text before it that does the same: "3-5 March", "Friday, March 3", "the 3rd of". */
const NOT_PLAIN_BEFORE = /(?:\d\s*[-–—]\s*|day,?\s+|\d(?:st|nd|rd|th)?\s+(?:of\s+)?|\d[/.])$/;

/** A capitalized month word; chrono accepts "march 3", we do not. */
const MONTH_WORD_RE = new RegExp(`${NA}${MONTH}${NB}`, 'u');
const ANY_MONTH_WORD_RE = new RegExp(`${NA}${MONTH}${NB}`, 'iu');
const LEADING_PREPOSITION = /^(?:on|at|in)\s+/i;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between\s+$/iu;
const AND_DAY_AFTER = new RegExp(`^\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR}))?${NB}(?!\\s*[/.:-]?\\d)`, 'iu');
const AND_BETWEEN = /^\s+and\s+$/i;

// The reference only fills in components chrono could not read, which are ignored; 2000 is a leap year, so
// "Feb. 29" without a year is not rejected.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

interface Found {
  start: number;
  end: number;
  from: MonthDay;
  to: MonthDay | null;
}

export function recognizeDates(text: string, out: Candidate[]): void {
  const found: Found[] = [];
  let chronoReadTo = 0;
  const readAround = (start: number, end: number): void => {
    if (end <= chronoReadTo) return;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    // A few words either side: enough for "from Dec. 30 to Jan. 2" or "Friday, March 3 at 10:00 GMT".
    let from = Math.max(lineStart, start - 30, chronoReadTo);
    let to = Math.min(lineEnd === -1 ? text.length : lineEnd, end + 45);
    while (from > lineStart && from < start && !/\s/.test(text[from - 1] ?? '')) from++;
    while (to < text.length && to > end && !/\s/.test(text[to] ?? '')) to--;
    chronoReadTo = to;
    readWithChrono(text, from, to, found);
  };

  MONTH_TRIGGER.lastIndex = 0;
  for (let t = MONTH_TRIGGER.exec(text); t !== null; t = MONTH_TRIGGER.exec(text)) {
    MONTH_AT.lastIndex = t.index;
    const month = MONTH_AT.exec(text);
    if (month === null) continue;
    const monthEnd = t.index + month[0].length;
    DIGIT_AFTER.lastIndex = monthEnd;
    const after = DIGIT_AFTER.test(text);
    const before = DAY_BEFORE.test(text.slice(Math.max(0, t.index - 12), t.index));
    if (!after && !before) continue;
    const plain = readPlain(text, after ? MONTH_DAY : DAY_MONTH, after ? t.index : dayStart(text, t.index));
    if (plain !== null) found.push(plain);
    else readAround(t.index, monthEnd + 8);
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

/** Start of the day number before a month ("3 March", "3rd of March"). */
function dayStart(text: string, monthIndex: number): number {
  const slice = text.slice(Math.max(0, monthIndex - 12), monthIndex);
  const m = /\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/.exec(slice);
  return m === null ? monthIndex : monthIndex - slice.length + m.index;
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
  const day = Number(g['day']);
  if (month === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // A bare abbreviation with a day is fine ("Sept. 12"), but a month word must be capitalized.
  if (!/^\d/.test(monthText) && monthText[0] !== monthText[0]?.toUpperCase()) return null;
  return { start: at, end, from: { year: g['year'] === undefined ? null : Number(g['year']), month, day }, to: null };
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
    out.push({
      start: item.start,
      end,
      kind: to === null ? { type: 'date', date: item.from } : { type: 'dateRange', from: item.from, to },
      intrinsic: null,
      qualifier: null,
    });
  }
}
