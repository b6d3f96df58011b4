/**
 * Dates in words, for timelines: what readers are told, with the precision and qualifier spelled out
 * ("2022", "week of 28 Apr 2025", "recently, date unknown", "expected 2 May 2025"), and the value for a
 * `<time datetime>` attribute (a day, an ISO week, a month or a year), or null when there is none.
 */
import type { DateRange, Event } from '../schema/analysis.ts';

const monthsShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthsLong = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parse(iso: string): Ymd {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** "25 Apr 2025". */
export function dayInWords(iso: string): string {
  const { year, month, day } = parse(iso);
  return `${day} ${monthsShort[month - 1]} ${year}`;
}

function rangeOfDays(start: string, end: string): string {
  const a = parse(start);
  const b = parse(end);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthsShort[a.month - 1]} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${monthsShort[a.month - 1]} – ${b.day} ${monthsShort[b.month - 1]} ${a.year}`;
  return `${dayInWords(start)} – ${dayInWords(end)}`;
}

/** The range alone, in words, by its precision. */
export function rangeInWords(date: DateRange): string | null {
  const { start, end, precision } = date;
  if (!start || precision === 'unknown') return null;
  const { year, month } = parse(start);
  switch (precision) {
    case 'day':
      return end && end !== start ? rangeOfDays(start, end) : dayInWords(start);
    case 'week':
      return `week of ${dayInWords(start)}`;
    case 'month': {
      const e = end ? parse(end) : null;
      if (e && (e.year !== year || e.month !== month)) return `${monthsLong[month - 1]} – ${monthsLong[e.month - 1]} ${e.year}`;
      return `${monthsLong[month - 1]} ${year}`;
    }
    case 'year':
      return end && parse(end).year !== year ? `${year}–${parse(end).year}` : String(year);
  }
}

/** The date as readers should read it, qualifier included. */
export function eventDateInWords(event: Pick<Event, 'date' | 'qualifier'>): string {
  const words = rangeInWords(event.date);
  const { qualifier } = event;
  if (words === null) {
    if (qualifier === 'before') return 'recently, date unknown';
    if (qualifier === 'after' || qualifier === 'upcoming') return 'expected, date unknown';
    return 'date unknown';
  }
  switch (qualifier) {
    case 'on':
      return words;
    case 'about':
      return `about ${words}`;
    case 'before':
      return `before ${words}`;
    case 'after':
      return `after ${words}`;
    case 'upcoming':
      return `expected ${words}`;
  }
}

/** ISO 8601 week ("2025-W18") of a day. */
export function isoWeek(iso: string): string {
  const { year, month, day } = parse(iso);
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  // The week belongs to the year of its Thursday.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** A valid `datetime` value for the range, or null when the date is unknown. */
export function machineDate(date: DateRange): string | null {
  const { start, precision } = date;
  if (!start || precision === 'unknown') return null;
  switch (precision) {
    case 'day':
      return start;
    case 'week':
      // A week that starts on a Monday is an ISO week; a rolling seven days is given by its first day.
      return new Date(`${start}T00:00:00Z`).getUTCDay() === 1 ? isoWeek(start) : start;
    case 'month':
      return start.slice(0, 7);
    case 'year':
      return start.slice(0, 4);
  }
}

/**
 * Sort key for a timeline: the start day; an unknown date before publication sorts just before the
 * publication day, and one after it just after.
 */
export function timelineSortKey(event: Pick<Event, 'date' | 'qualifier'>, published: string | null): string {
  if (event.date.start && event.date.precision !== 'unknown') return `${event.date.start}~1`;
  const anchor = published ?? '9999-12-31';
  return event.qualifier === 'before' ? `${anchor}~0` : `${anchor}~2`;
}
