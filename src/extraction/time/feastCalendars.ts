/**
 * Days of feasts that follow no Gregorian rule of their own: those of the Hebrew calendar, read from Intl (ICU's
 * Hebrew calendar) rather than a hand-written table, and Advent, counted back from Christmas.
 */
import { dayOf, partsOf, weekdayOf, type Day } from './calendar.ts';

const MS_PER_DAY = 86_400_000;
const HEBREW = new Intl.DateTimeFormat('en-u-ca-hebrew', { timeZone: 'UTC', month: 'long', day: 'numeric' });

/** Per Gregorian year, the Gregorian day of each Hebrew "month day" in it ("Tishri 10"). */
const hebrewDays = new Map<number, Map<string, Day>>();

function hebrewDaysOf(year: number): Map<string, Day> {
  let days = hebrewDays.get(year);
  if (days !== undefined) return days;
  days = new Map();
  const first = dayOf(year, 1, 1) as Day;
  const last = dayOf(year, 12, 31) as Day;
  for (let day = first; day <= last; day++) {
    const parts = HEBREW.formatToParts(new Date(day * MS_PER_DAY));
    const month = parts.find((p) => p.type === 'month')?.value;
    const date = parts.find((p) => p.type === 'day')?.value;
    if (month !== undefined && date !== undefined) days.set(`${month} ${Number(date)}`, day);
  }
  hebrewDays.set(year, days);
  return days;
}

/**
 * The Gregorian day in `year` of a Hebrew date: the first of `months` that has that day in the year (Purim is
 * 14 Adar, or 14 Adar II in a leap year). Each feast comes once in a Gregorian year, as no Hebrew month of a feast
 * straddles January 1 twice.
 */
export function hebrewDay(year: number, months: readonly string[], day: number): Day | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  const days = hebrewDaysOf(year);
  for (const month of months) {
    const found = days.get(`${month} ${day}`);
    if (found !== undefined) return found;
  }
  return null;
}

/** Advent Sunday: the fourth Sunday before Christmas, so the Sunday from November 27 to December 3. */
export function adventSunday(year: number): Day | null {
  const earliest = dayOf(year, 11, 27);
  if (earliest === null) return null;
  return earliest + ((6 - weekdayOf(earliest) + 7) % 7);
}

/** Christmas Eve of the year of a day (Advent ends on it). */
export function christmasEveOf(day: Day): Day {
  return dayOf(partsOf(day).year, 12, 24) as Day;
}
