/** Regular-expression pieces shared by the recognizers, compiled from the word lists once at load. */
import { APPROXIMATORS, DAY_PARTS, MONTHS, NUMBER_WORDS, PERIOD_PARTS, VAGUE_COUNTS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../data/time-words.ts';
import { alternation } from './wordPatterns.ts';

/** A cheap scan that every month name or abbreviation matches (see scanNearTriggers); shared, so it runs once per text. */
export const MONTH_TRIGGER = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/g;
/** Full month names. */
export const MONTH_NAME = alternation(MONTHS.map((m) => m.name));
/** Month abbreviations, with an optional full stop ("Sept."). */
export const MONTH_ABBREVIATION = `(?:${alternation(MONTHS.flatMap((m) => m.abbreviations))})\\.?`;
/** A month, full or abbreviated. */
export const MONTH = `(?:${MONTH_NAME}|${MONTH_ABBREVIATION})`;
export const WEEKDAY = alternation(WEEKDAYS);
/** A weekday abbreviation with its full stop ("Tue.", "Thurs."). */
export const WEEKDAY_ABBREVIATION = `(?:${alternation(WEEKDAY_ABBREVIATIONS.flat())})\\.`;
/** A weekday, full or abbreviated; for use inside a group. */
export const ANY_WEEKDAY = `${WEEKDAY}|${WEEKDAY_ABBREVIATION}`;
/** A four-digit year from 1800 to 2099: the years news copy dates things in. */
export const YEAR = '(?:1[89]|20)\\d\\d';
/** A count in digits or words, vague counts included. */
export const COUNT = `\\d{1,4}|${alternation([...Object.keys(NUMBER_WORDS), ...VAGUE_COUNTS])}`;
export const APPROXIMATOR = alternation(APPROXIMATORS);
/** "early", "mid-", "the end of"… */
export const PERIOD_PART = alternation(Object.keys(PERIOD_PARTS).map((p) => p.replace(/-$/, '')));
/** The separator after a part word: a hyphen ("mid-March") or spaces. */
export const PART_GAP = '(?:\\s*-\\s*|\\s+)';
export const DAY_PART = alternation(DAY_PARTS);
/** A clock time that may follow a day ("at 3 p.m.", "at 10:30 GMT"); it stays in the day's span. */
export const CLOCK = `(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm)|\\d{1,2}:\\d{2}|noon|midnight)(?:\\s+(?:GMT|UTC|[ECMP][SD]?T|local\\s+time))?`;
