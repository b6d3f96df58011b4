/**
 * Calendar arithmetic on whole days. A day is an integer: days since 1970-01-01 (UTC), so adding and comparing
 * days is plain arithmetic and no time zone or clock is ever involved.
 */

export type Day = number;

const MS_PER_DAY = 86_400_000;

/** The day for a calendar date, or null when the date does not exist (2025-02-29). Months are 1-based. */
export function dayOf(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Parses YYYY-MM-DD; null when malformed or impossible. */
export function parseDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** YYYY-MM-DD of a day. */
export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year, 1-based month and day of month. */
export function partsOf(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** Number of days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** ISO weekday, Monday = 0 … Sunday = 6. */
export function weekdayOf(day: Day): number {
  // 1970-01-01 was a Thursday (ISO index 3).
  return (((day + 3) % 7) + 7) % 7;
}

/** Monday of the ISO week holding `day`. */
export function isoWeekStart(day: Day): Day {
  return day - weekdayOf(day);
}

/** First and last day of a calendar month, shifting by whole months first (month may fall outside 1..12). */
export function monthRange(year: number, month: number): { start: Day; end: Day } {
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { start: dayOf(y, m, 1) as Day, end: dayOf(y, m, daysInMonth(y, m)) as Day };
}

/** First and last day of a year. */
export function yearRange(year: number): { start: Day; end: Day } {
  return { start: dayOf(year, 1, 1) as Day, end: dayOf(year, 12, 31) as Day };
}

/** The same calendar position `months` months away, clamped to the month's last day. */
export function addMonths(day: Day, months: number): Day {
  const { year, month, date } = partsOf(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayOf(y, m, Math.min(date, daysInMonth(y, m))) as Day;
}
