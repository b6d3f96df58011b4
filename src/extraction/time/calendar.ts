/**
 * Calendar arithmetic on whole days. A day is an integer: days since 1970-01-01 (UTC), so adding and comparing
 * days is plain arithmetic and no time zone or clock is ever involved.
 */

export type Day = number;

/** The day for a calendar date, or null when the date does not exist (2025-02-29). Months are 1-based. */
export function dayOf(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // days_from_civil (see partsOf): plain arithmetic, valid for every year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Parses YYYY-MM-DD; null when malformed or impossible. */
export function parseDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** YYYY-MM-DD of a day. */
export function formatDay(day: Day): string {
  const { year, month, date } = partsOf(day);
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${pad(month)}-${pad(date)}`;
}

/**
 * Year, 1-based month and day of month. Arithmetic, not Date, because it runs for every expression.
 * @see https://howardhinnant.github.io/date_algorithms.html#civil_from_days
 */
export function partsOf(day: Day): { year: number; month: number; date: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, date };
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
