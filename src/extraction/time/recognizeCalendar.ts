/**
 * Recognizes calendar spans written by name: months ("in March", "March 2024", "mid-March"), years ("in 2022",
 * "mid-2023", "the 2022 invasion"), ranges of them, decades ("the 1990s"), quarters and halves ("Q3",
 * "the first half of 2024"). Days of the month are left to chrono (absoluteDates.ts).
 */
import { MONTH_YEAR_HEDGES, MONTH_YEAR_PREPOSITIONS, NOT_PLURAL_S, PLURALS_WITHOUT_S, SCHOOL_TERMS, SEASON_FOLLOWERS, SEASON_MEASURES, SEASONS, YEAR_DETERMINERS } from '../data/time-words.ts';
import type { Candidate, Relative, TimeKind } from './kinds.ts';
import { groups, isCapitalized, monthNumber, periodPart, wordAfter, wordBefore } from './textContext.ts';
import { MONTH, MONTH_NAME, MONTH_TRIGGER, PART_GAP, PERIOD_PART, YEAR } from './timePatterns.ts';
import { alternation, NOT_AFTER_WORD as NA, NOT_BEFORE_WORD as NB, scanNearTriggers } from './wordPatterns.ts';

// Cheap literal scans that every match of the matching pattern contains (see scanNearTriggers).
const YEAR_TRIGGER = /(?:1[89]|20)\d\d/g;
const DECADE_TRIGGER = /\d0s/g;
const CENTURY_TRIGGER = /century/gi;
const QUARTER_TRIGGER = /Q[1-4]|H[12]|quarter|half|fiscal/gi;
const SEASON_TRIGGER = new RegExp(Object.keys(SEASONS).join('|'), 'gi');

// A month followed by a day number is a date: chrono reads it.
const NO_DAY_AFTER = '(?!\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?(?!\\d))';

const MONTH_RE = new RegExp(
  `${NA}(?:(?<part>${PERIOD_PART})${PART_GAP})?(?:(?<rel>this\\s+past|last|this|next)\\s+)?(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?${NB}${NO_DAY_AFTER}`,
  'yiud',
);

const MONTH_RANGE_RE = new RegExp(
  `${NA}(?:(?:from|between)\\s+(?<m1>${MONTH})(?:,?\\s+(?<y1>${YEAR}))?\\s+(?:to|and|until|till|through|into)\\s+|(?<m1b>${MONTH_NAME})\\s*[-–]\\s*)(?<m2>${MONTH})(?:,?\\s+(?<y2>${YEAR}))?${NB}${NO_DAY_AFTER}`,
  'yiud',
);

const YEAR_RE = new RegExp(
  `${NA}(?:(?<part>${PERIOD_PART})${PART_GAP})?(?<year>${YEAR})(?:\\s*[-–]\\s*(?<year2>${YEAR}|\\d\\d))?(?![\\p{L}\\p{N}%]|[-/.,:]\\d)`,
  'yiu',
);

const OLD_YEAR_RE = /(?<![\p{L}\p{N}])(?:in|since)\s+(?<year>1[0-7]\d\d)(?![\p{L}\p{N}%]|[-/.,:]\d)/gu;
const YEAR_RANGE_RE = new RegExp(
  `${NA}(?:from|between)\\s+(?<y1>${YEAR})\\s+(?:to|and|until|till|through)\\s+(?<y2>${YEAR})(?![\\p{L}\\p{N}%]|[-/.,:]\\d)`,
  'yiud',
);

/** "this decade", "by the end of the decade": the decade of publication (not "the decade after the war"). */
const THIS_DECADE_TRIGGER = /decade/gi;
const THIS_DECADE_RE = new RegExp(`${NA}(?:this\\s+decade|(?<part>the\\s+(?:end|start|beginning|middle|close|turn)\\s+of)\\s+(?:the|this)\\s+decade)${NB}`, 'yiu');

const DECADE_RE = new RegExp(
  `${NA}(?:the\\s+)?(?:(?<part>early|mid|late)${PART_GAP})?(?:(?<full>(?:1[0-9]|20)\\d0)s|['’](?<two>\\d0)s)${NB}`,
  'yiu',
);

const CENTURY_RE = new RegExp(
  `${NA}(?:the\\s+)?(?:(?<part>early|mid|late)${PART_GAP})?(?<n>1[0-9]|2[01])(?:st|nd|rd|th)${PART_GAP}century${NB}`,
  'yiu',
);

const SEASON_RE = new RegExp(
  `${NA}(?:(?<part>early|mid|late)${PART_GAP})?(?:(?<rel>this\\s+past|last|this|next)\\s+|(?<the>the)\\s+)?(?<season>${alternation(Object.keys(SEASONS))})(?:\\s+of\\s+(?<year1>${YEAR})|,?\\s+(?<year2>${YEAR}))?${NB}`,
  'yiu',
);
// "in the summer", "through the winter": a season needs one of these before it (or "last", "this", a year).
const SEASON_FOLLOWER = new Set(SEASON_FOLLOWERS);
const SEASON_PREPOSITIONS = new Set(['in', 'during', 'through', 'throughout', 'over', 'by', 'until', 'till', 'since', 'before', 'after', 'for', 'from', 'into', 'of']);
/** "most of the autumn", "the rest of the summer": a measure of the season before its "the". */
const SEASON_MEASURE = new RegExp(`${NA}(?:${alternation(SEASON_MEASURES)})\\s+$`, 'iu');
/** " term" after a season that names a school term ("the autumn term"), as a word of its own. */
const TERM_AFTER = /^\s+term(?![\p{L}\p{N}’'-])/u;

const SCHOOL_YEAR_TRIGGER = /school|academic/gi;
/**
 * "the 2025-26 school year", "this academic year", "next school year": a year from September to August. A bare
 * "the school year" ("the end of the school year") names no year and is left alone.
 */
const SCHOOL_YEAR_RE = new RegExp(
  `${NA}(?:(?<rel>last|this|next|the\\s+current|the\\s+previous|the\\s+coming)\\s+(?:school|academic)\\s+year|(?:the\\s+)?(?<y1>${YEAR})\\s*[-–/]\\s*(?<y2>\\d\\d(?:\\d\\d)?)\\s+(?:school|academic)\\s+year|(?:the\\s+)?(?:school|academic)\\s+year\\s+(?<y3>${YEAR})\\s*[-–/]\\s*(?<y4>\\d\\d(?:\\d\\d)?))(?!s)${NB}`,
  'yiu',
);

const QUARTER_RE = new RegExp(
  `${NA}(?:(?<q>Q[1-4])(?:\\s+(?<qy>${YEAR}))?|(?:the\\s+)?(?<ord>first|second|third|fourth|final|last)(?:\\s+|-)quarter(?:\\s+of\\s+(?:(?<oy>${YEAR})|(?<orel>this|last|next)\\s+year|the\\s+year))?|(?:the\\s+)?(?<hord>first|second)\\s+half\\s+of\\s+(?:(?<hy>${YEAR})|(?<hrel>this|last|next)\\s+year|the\\s+year)|the\\s+(?<bh>first|second)\\s+half(?!\\s+of\\b|-)|(?<h>H[12])\\s+(?<hy2>${YEAR})|(?:the\\s+)?(?<mq>March|June|September|December)\\s+quarter(?:\\s+of\\s+(?<my>${YEAR}))?|fiscal\\s+(?:year\\s+)?(?<fy>${YEAR}))${NB}`,
  'yiu',
);

const FISCAL_TRIGGER = /financial|fiscal|FY/gi;
/**
 * "this financial year", "last fiscal year", "the financial year 2025-26", "the 2025/26 financial year"; "FY27",
 * named by the year it ends in; "this fiscal", "next fiscal", where the noun is left out.
 */
const FISCAL_RE = new RegExp(
  `${NA}(?:(?<rel>last|this|next|the\\s+current|the\\s+previous|the\\s+coming|the\\s+new|the\\s+past)\\s+(?:(?:financial|fiscal)\\s+year|fiscal(?=\\s*[,.;:!?)]|\\s+(?:and|but|to|as|when|while|is|was|will|would|with|from|against|compared|amid|after|before|on|in|at|by|than|itself|the|a|it|we|they)\\b))|FY\\s?(?<fy>\\d\\d|20\\d\\d)(?![\\d/–-])|(?:the\\s+)?(?:financial|fiscal)\\s+year\\s+(?<y1>${YEAR})\\s*[-–/]\\s*(?<y2>\\d\\d(?:\\d\\d)?)|(?:the\\s+)?(?<y3>${YEAR})\\s*[-–/]\\s*(?<y4>\\d\\d(?:\\d\\d)?)\\s+(?:financial|fiscal)\\s+year)(?!s)${NB}`,
  'yiu',
);
const PREPOSITIONS = new Set(MONTH_YEAR_PREPOSITIONS);
/** "in March and June", "in March, April or May": a bare month coordinated with one just before. */
const COORDINATED_MONTH = new RegExp(`${NA}${MONTH_NAME}(?:\\s+${YEAR})?(?:,\\s+|,?\\s+(?:and|or|to|through)\\s+)$`, 'u');
const DETERMINERS = new Set(YEAR_DETERMINERS);
const COORDINATED_YEAR = /(?<![\d,.$€£])(?:1[89]|2\d)\d\d(?:,\s+|,?\s+(?:and|or)\s+)$/u;
/** "until at least October", "as early as 2027": a hedge between the preposition and the month or year. */
const HEDGE_BEFORE = new RegExp(`${NA}(?:${alternation(MONTH_YEAR_HEDGES)})\\s+$`, 'iu');
const hedged = (text: string, index: number): boolean => HEDGE_BEFORE.test(text.slice(Math.max(0, index - 24), index));
/**
 * "a fall", "her fall" (not "a fall in prices"): the article uses "fall" for an accident, so its "the fall" is
 * that accident too, not autumn ("at the piano every day until the fall").
 */
const FALL_AS_EVENT = /(?<![\p{L}])(?:a|his|her|their|my|our|your)\s+fall(?![\p{L}])(?!\s+(?:in|of|to|from|on)(?![\p{L}]))/iu;
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

/**
 * Two weaker supports for a bare month: "the 12 months to June", "the year to March" (a period running to it), and
 * "the January transfer window", "the March deadline", "an April cut" (the month as a modifier of a lower-case noun). A capitalized
 * word after the month makes it a name ("to June Carter"), and "May" is too often a modal or a surname.
 */
/** Words of a company's or an economy's accounts, which make "the first half" a half-year. */
const MONEY_WORDS = /\b(?:profits?|revenues?|sales|earnings|results|output|growth|demand|margins?|deliveries|production|loss(?:es)?|guidance|forecasts?|outlook|GDP|economy|inflation|orders|bookings|dividends?|turnover|EBITDA|shipments|exports|imports|recovery|shares|prices|costs|spending|investment|company|firm)\b/i;
/** Words of a match, where "the first half" is the first half of play. */
const MATCH_WORDS = /\b(?:goals?|scored|scores?|match|game|minutes?|penalty|striker|half-time|halftime|kick-off|innings|referee|trailed|led\s+\d)\b/i;

function weakMonthContext(text: string, start: number, end: number, name: string): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const next = wordAfter(text, end);
  if (/^\p{Lu}/u.test(next) || /^may$/i.test(name)) return false;
  if (/\b(?:months?|weeks?|years?|quarter|period|season)\s+(?:up\s+)?to\s+$/i.test(before)) return true;
  // "an April cut", "its June meeting", "a March vote": any determiner.
  return /(?:^|[^\p{L}])(?:the|an?|its|their|his|her|our)\s+$/iu.test(before) && /^\p{Ll}{3,}$/u.test(next) && !/^(?:of|and|or|to|in|on|at|for|is|was|will|has|had)$/.test(next);
}

/** A capitalized name after a year, not a plural of people or things ("the 2000 Americans"), unless an event's. */
function namedEventAfter(text: string, end: number): boolean {
  const words = /^\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*)/u.exec(text.slice(end, end + 80))?.[1]?.split(/\s+/) ?? [];
  if (!words.length) return false;
  const last = words.at(-1) ?? '';
  return !/s$/.test(last) || /^(?:Olympics|Paralympics|Games|Championships|Awards|Oscars|Grammys|Emmys|Elections|Finals|Series|Talks|Accords)$/.test(last);
}

export function recognizeCalendar(text: string, out: Candidate[]): void {
  const push = (start: number, end: number, kind: TimeKind, intrinsic: Candidate['intrinsic'] = null): void => {
    out.push({ start, end, kind, intrinsic, qualifier: null });
  };

  scanNearTriggers(text, MONTH_TRIGGER, MONTH_RE, 5, (m) => {
    const g = groups(m);
    const name = g['month'] ?? '';
    const nameStart = m.indices?.groups?.['month']?.[0] ?? m.index;
    if (!isCapitalized(text, nameStart)) return;
    const year = g['year'] === undefined ? null : Number(g['year']);
    const relative = relativeOf(g['rel']);
    const part = periodPart(g['part']);
    // Abbreviations ("Jan", "Mar") and a bare month need support: "Jan" is a name, "May" a modal, "March" a walk.
    if (ABBREVIATED.test(name) && year === null) return;
    if (year === null && relative === null && part === null && !PREPOSITIONS.has(wordBefore(text, m.index).toLowerCase()) && !hedged(text, m.index) && !COORDINATED_MONTH.test(text.slice(Math.max(0, m.index - 24), m.index)) && !weakMonthContext(text, m.index, m.index + m[0].length, name)) return;
    if (dayBefore(text, m.index)) return;
    const month = monthNumber(name);
    if (month === null) return;
    push(m.index, m.index + m[0].length, { type: 'month', month, year, relative, part }, relative === 'last' ? 'past' : relative === 'next' ? 'future' : null);
  });

  scanNearTriggers(text, MONTH_TRIGGER, MONTH_RANGE_RE, 2, (m) => {
    const g = groups(m);
    const first = g['m1'] ?? g['m1b'] ?? '';
    const from = monthNumber(first);
    const to = monthNumber(g['m2'] ?? '');
    const firstIndex = m.indices?.groups?.['m1']?.[0] ?? m.indices?.groups?.['m1b']?.[0] ?? m.index;
    const secondIndex = m.indices?.groups?.['m2']?.[0] ?? m.index;
    if (from === null || to === null || !isCapitalized(text, firstIndex) || !isCapitalized(text, secondIndex)) return;
    const y1 = g['y1'] === undefined ? null : Number(g['y1']);
    const y2 = g['y2'] === undefined ? null : Number(g['y2']);
    if (y1 !== null && y2 !== null && y2 < y1) return;
    push(firstIndex, m.index + m[0].length, { type: 'monthRange', from: { month: from, year: y1 }, to: { month: to, year: y2 } });
  });

  scanNearTriggers(text, YEAR_TRIGGER, YEAR_RE, 5, (m) => {
    const g = groups(m);
    const year = Number(g['year']);
    const part = periodPart(g['part']);
    if (/[$€£#/.:,-]/u.test(text[m.index - 1] ?? '')) return;
    let to: number | null = null;
    if (g['year2'] !== undefined) {
      const second = g['year2'].length === 2 ? Math.floor(year / 100) * 100 + Number(g['year2']) : Number(g['year2']);
      if (second > year && second - year <= 100) to = second;
      else return;
    }
    const before = wordBefore(text, m.index).toLowerCase();
    const supported =
      part !== null ||
      (to !== null && g['year2']?.length === 4) ||
      (PREPOSITIONS.has(before) && (CLAUSE_OPENING.has(before) || !countOfThings(wordAfter(text, m.index + m[0].length)))) ||
      (hedged(text, m.index) && !countOfThings(wordAfter(text, m.index + m[0].length))) ||
      // "in 2007 and 2013", "in 2019, 2021 or 2023": a year coordinated with one just before.
      (COORDINATED_YEAR.test(text.slice(Math.max(0, m.index - 16), m.index)) && !countOfThings(wordAfter(text, m.index + m[0].length))) ||
      // "the 2022 invasion": a year used as an adjective dates the noun.
      ((DETERMINERS.has(before) || /['’]s$/.test(before)) && /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) ||
      // "the 2028 Los Angeles Olympics", "the 2026 World Cup": a year before a named event. Not "the 2000 Americans".
      ((DETERMINERS.has(before) || /['’]s$/.test(before)) && namedEventAfter(text, m.index + m[0].length));
    if (!supported) return;
    const kind: TimeKind = to === null ? { type: 'year', year, part } : { type: 'yearRange', from: year, to };
    push(m.index, m.index + m[0].length, kind);
  });

  // "commissioned in 1482", "since 1066": an older year only after "in" or "since", and not a count ("in 1500 homes").
  if (/(?:in|since)\s+1[0-7]\d\d/.test(text)) {
    for (const m of text.matchAll(OLD_YEAR_RE)) {
      const year = m.groups?.['year'] ?? '';
      if (countOfThings(wordAfter(text, m.index + m[0].length))) continue;
      push(m.index + m[0].length - year.length, m.index + m[0].length, { type: 'year', year: Number(year), part: null });
    }
  }

  scanNearTriggers(text, YEAR_TRIGGER, YEAR_RANGE_RE, 1, (m) => {
    const g = groups(m);
    const from = Number(g['y1']);
    const to = Number(g['y2']);
    if (to <= from) return;
    push(m.indices?.groups?.['y1']?.[0] ?? m.index, m.index + m[0].length, { type: 'yearRange', from, to });
  });

  scanNearTriggers(text, DECADE_TRIGGER, DECADE_RE, 3, (m) => {
    const g = groups(m);
    const first = g['full'] === undefined ? null : Number(g['full']);
    const twoDigit = g['two'] === undefined ? null : Number(g['two']);
    push(m.index, m.index + m[0].length, { type: 'decade', first, twoDigit, part: periodPart(g['part']) });
  });

  // (A decade with neither its first year nor two digits is the decade of publication.)
  scanNearTriggers(text, THIS_DECADE_TRIGGER, THIS_DECADE_RE, 5, (m) => {
    push(m.index, m.index + m[0].length, { type: 'decade', first: null, twoDigit: null, part: periodPart(groups(m)['part']) });
  });

  scanNearTriggers(text, FISCAL_TRIGGER, FISCAL_RE, 5, (m) => {
    const g = groups(m);
    const rel = (g['rel'] ?? '').toLowerCase().replace(/^the\s+/, '');
    const fy = g['fy'] === undefined ? undefined : String((g['fy'].length === 2 ? 2000 + Number(g['fy']) : Number(g['fy'])) - 1);
    const first = g['y1'] ?? g['y3'] ?? fy;
    const relative: Relative | null = first !== undefined ? null : /^(?:last|previous|past)$/.test(rel) ? 'last' : /^(?:next|coming|new)$/.test(rel) ? 'next' : 'this';
    push(m.index, m.index + m[0].length, { type: 'fiscalYear', startYear: first === undefined ? null : Number(first), relative }, relative === 'last' ? 'past' : relative === 'next' ? 'future' : null);
  });

  let fallIsEvent: boolean | undefined;
  scanNearTriggers(text, SEASON_TRIGGER, SEASON_RE, 3, (m) => {
    const g = groups(m);
    const name = (g['season'] ?? '').toLowerCase();
    const yearText = g['year1'] ?? g['year2'];
    const relative = relativeOf(g['rel']);
    const part = periodPart(g['part']);
    const hasThe = g['the'] !== undefined;
    const before = wordBefore(text, m.index).toLowerCase();
    // "fall" is also a verb and a noun ("a fall in prices"): it needs "this", "last", a year or "the" after a preposition.
    const supported = yearText !== undefined || relative !== null || ((hasThe || part !== null || name !== 'fall') && SEASON_PREPOSITIONS.has(before));
    if (!supported) return;
    if (name === 'fall' && yearText === undefined && relative === null) {
      fallIsEvent ??= FALL_AS_EVENT.test(text);
      if (fallIsEvent) return;
    }
    // "the autumn term": a school term, four months from September (SCHOOL_TERMS).
    const term = yearText === undefined && relative === null ? TERM_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) : null;
    const termMonths = term ? SCHOOL_TERMS[name] : undefined;
    if (term && termMonths) {
      push(m.index, m.index + m[0].length + term[0].length, { type: 'season', startMonth: termMonths[0], months: termMonths[1], year: null, relative: null, part });
      return;
    }
    // "the winter transfer window": the season qualifies another noun. Not after "last", "this" or "next" ("rules
    // introduced last winter meant …"), nor after a measure ("most of the autumn insisting").
    const next = wordAfter(text, m.index + m[0].length);
    const measured = hasThe && SEASON_MEASURE.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (yearText === undefined && relative === null && !measured && /^\p{Ll}/u.test(next) && !SEASON_FOLLOWER.has(next)) return;
    const startMonth = SEASONS[name] ?? 0;
    push(m.index, m.index + m[0].length, { type: 'season', startMonth, year: yearText === undefined ? null : Number(yearText), relative, part }, relative === 'last' ? 'past' : relative === 'next' ? 'future' : null);
  });

  scanNearTriggers(text, SCHOOL_YEAR_TRIGGER, SCHOOL_YEAR_RE, 6, (m) => {
    const g = groups(m);
    const rel = (g['rel'] ?? '').toLowerCase().replace(/^the\s+/, '');
    const first = g['y1'] ?? g['y3'];
    const second = g['y2'] ?? g['y4'];
    // "2025-26": the second year must follow the first.
    if (first !== undefined && second !== undefined && Number(second.length === 2 ? first.slice(0, 2) + second : second) !== Number(first) + 1) return;
    const relative: Relative | null = first !== undefined ? null : /^(?:last|previous)$/.test(rel) ? 'last' : /^(?:next|coming)$/.test(rel) ? 'next' : 'this';
    push(m.index, m.index + m[0].length, { type: 'fiscalYear', startYear: first === undefined ? null : Number(first), relative, startMonth: 9 }, relative === 'last' ? 'past' : relative === 'next' ? 'future' : null);
  });

  scanNearTriggers(text, CENTURY_TRIGGER, CENTURY_RE, 4, (m) => {
    const g = groups(m);
    const n = Number(g['n']);
    const part = periodPart(g['part']);
    // "the 20th century" is 1901–2000; its thirds are read as early 1900s, mid-1930s–60s, late 1960s–90s.
    const first = (n - 1) * 100 + 1;
    const kind: TimeKind = part === null
      ? { type: 'yearRange', from: first, to: first + 99 }
      : { type: 'yearRange', from: first + (part === 'early' || part === 'start' ? 0 : part === 'mid' ? 33 : 66), to: first + (part === 'early' || part === 'start' ? 32 : part === 'mid' ? 65 : 99) };
    push(m.index, m.index + m[0].length, kind);
  });

  scanNearTriggers(text, QUARTER_TRIGGER, QUARTER_RE, 2, (m) => {
    const g = groups(m);
    const yearOf = (...values: (string | undefined)[]): number | null => {
      const v = values.find((x) => x !== undefined);
      return v === undefined ? null : Number(v);
    };
    // "Q3" and "H1" are written in capitals; "q3" is not a quarter.
    if ((g['q'] !== undefined && !g['q'].startsWith('Q')) || (g['h'] !== undefined && !g['h'].startsWith('H'))) return;
    if (g['fy'] !== undefined) {
      // "fiscal 2026": the year named; a fiscal year that does not follow the calendar is the article's to say.
      push(m.index, m.index + m[0].length, { type: 'year', year: Number(g['fy']), part: null });
    } else if (g['mq'] !== undefined) {
      // "the December quarter": the quarter that ends in that month.
      const month = monthNumber(g['mq']) ?? 12;
      push(m.index, m.index + m[0].length, { type: 'quarter', quarter: Math.ceil(month / 3), year: yearOf(g['my']), relative: null });
    } else if (g['q'] !== undefined) {
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
    } else if (g['bh'] !== undefined) {
      // "sales fell in the first half": a half-year, with no year, only in a sentence about money (not "the first half"
      // of a match); like a quarter with no year, the nearest one in the direction of the tense.
      const from = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index)) + 1;
      const stops = [text.indexOf('.', m.index), text.indexOf('\n', m.index)].filter((i) => i >= 0);
      const sentence = text.slice(from, stops.length ? Math.min(...stops) : text.length);
      if (!MONEY_WORDS.test(sentence) || MATCH_WORDS.test(sentence)) return;
      push(m.index, m.index + m[0].length, { type: 'half', half: g['bh'].toLowerCase() === 'second' ? 2 : 1, year: null, relative: null });
    } else {
      const half = g['hord']?.toLowerCase() === 'second' || g['h'] === 'H2' ? 2 : 1;
      const relative = relativeOf(g['hrel']) ?? (/the\s+year$/.test(m[0]) ? 'this' : null);
      push(m.index, m.index + m[0].length, { type: 'half', half, year: yearOf(g['hy'], g['hy2']), relative });
    }
  });
}
