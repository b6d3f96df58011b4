/**
 * Recognizes dates with a day of the month ("March 3", "3 March 2024", "Sept. 12", "2024-03-03", "12/05/2023")
 * and ranges of them ("March 3-5", "May 1 to May 4", "between March 3 and 5") with chrono-node's strict parser,
 * which knows the many written forms. chrono is kept to what it reads well: the day, the month, and the year
 * when written. Which year a year-less date falls in is decided later by the clause's tense (resolveKind.ts),
 * not by chrono's "closest date" guess, and chrono's weekday and relative readings are not used at all.
 * @see https://github.com/wanasit/chrono
 */
import { strict as chrono, type ParsedComponents } from 'chrono-node';
import type { Candidate, MonthDay } from './kinds.ts';
import { MONTH, MONTH_ABBREVIATION, MONTH_NAME, YEAR } from './timePatterns.ts';
import { NOT_AFTER_WORD as NA, NOT_BEFORE_WORD as NB } from './wordPatterns.ts';

/** Cheap test for "a month next to a number, or a numeric date": only windows with one are given to chrono. */
const HINT_RE = new RegExp(
  `${NA}${MONTH}\\s*\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAME}|${MONTH_ABBREVIATION})${NB}|${NA}\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}${NB}`,
  'gu',
);
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

interface Window {
  start: number;
  end: number;
}

function monthDayOf(components: ParsedComponents): MonthDay | null {
  if (!components.isCertain('month') || !components.isCertain('day')) return null;
  const month = components.get('month');
  const day = components.get('day');
  if (month === null || day === null) return null;
  const year = components.isCertain('year') ? components.get('year') : null;
  return { year: year ?? null, month, day };
}

/**
 * @param windows sentence spans (or lines) to read; only those with a date hint are parsed.
 * @param windowOf the window holding an offset.
 */
export function recognizeDates(text: string, windowOf: (offset: number) => Window, out: Candidate[]): void {
  const seen = new Set<number>();
  HINT_RE.lastIndex = 0;
  for (let m = HINT_RE.exec(text); m !== null; m = HINT_RE.exec(text)) {
    const sentence = windowOf(m.index);
    // A sentence splitter may cut after "Feb." or "Sept."; read on to the end of the line when the hint does.
    const hintEnd = m.index + m[0].length;
    let end = sentence.end;
    if (hintEnd + 30 > end) {
      const lineEnd = text.indexOf('\n', hintEnd);
      end = Math.max(end, Math.min(hintEnd + 30, lineEnd === -1 ? text.length : lineEnd));
    }
    const key = sentence.start * 2 + (end === sentence.end ? 0 : 1);
    if (seen.has(key)) continue;
    seen.add(key);
    readWindow(text, { start: sentence.start, end }, out);
  }
}

function readWindow(text: string, window: Window, out: Candidate[]): void {
  const slice = text.slice(window.start, window.end);
  let results;
  try {
    results = chrono.parse(slice, REFERENCE);
  } catch {
    // A parser fault must not cost the article its other dates.
    return;
  }
  const found: { start: number; end: number; from: MonthDay; to: MonthDay | null }[] = [];
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
    const from = monthDayOf(result.start);
    if (from === null) continue;
    const to = result.end ? monthDayOf(result.end) : null;
    found.push({ start: window.start + local, end: window.start + local + written.length, from, to });
  }
  for (let i = 0; i < found.length; i++) {
    const item = found[i];
    if (item === undefined) continue;
    let { end, to } = item;
    const before = text.slice(Math.max(0, item.start - 12), item.start);
    if (to === null && BETWEEN_BEFORE.test(before)) {
      const next = found[i + 1];
      const and = AND_DAY_AFTER.exec(text.slice(end, end + 24));
      if (next && next.to === null && AND_BETWEEN.test(text.slice(end, next.start))) {
        // "between March 3 and March 5": two dates chrono read apart.
        to = next.from;
        end = next.end;
        i++;
      } else if (and) {
        // "between March 3 and 5": the second day shares the first one's month.
        const year = and[2] === undefined ? item.from.year : Number(and[2]);
        to = { year, month: item.from.month, day: Number(and[1]) };
        end += and[0].length;
        if (item.from.year === null && year !== null) item.from.year = year;
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
