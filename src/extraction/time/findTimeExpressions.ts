/**
 * Finds time expressions in an article body and resolves each against the publication date, following the
 * conventions in DESIGN.md ("Resolving time expressions: the conventions").
 *
 * Spans cover the words that carry the date ("Friday", "last week", "the coming days", "earlier this month",
 * "around March 3", "until Friday"): a plain "on", "in", "at", "over" or "during" before them stays outside,
 * while words that change the meaning ("before", "after", "since", "until", "around") are taken in and set the
 * qualifier. Every offset is into `text`, so `text.slice(start, end) === expression.text`.
 *
 * Conventions beyond DESIGN.md's list (each follows its nearest rule there):
 * - "earlier this week" runs from the Monday of the publication week to publication (precision week), like
 *   "earlier this month"; "later this month" runs from the day after publication to the month's last day
 *   (precision month).
 * - "the coming weeks" (also "the next few weeks", "the weeks ahead") runs from the day after publication to
 *   the same day a month later (precision month): "the coming days" scaled up one unit. "the coming months"
 *   (also "the next few months", "the months ahead") is scaled up once more: to the same day a year later
 *   (precision year).
 * - "March last year", "July 1 next year" and "Lent last year" are one expression, the year counted from publication's;
 *   "Tuesday week" is the Tuesday seven days after the coming one.
 * - "this financial year", "last fiscal year", "the 2026-27 budget" are financial years (precision month, like a
 *   quarter: three of four fixture sets with one keyed them so) starting
 *   in July or April as the copy's setting says (copyLocale.ts); undated where it does not. Seasons in southern
 *   copy are shifted six months (summer is December to February).
 * - Eid al-Fitr and Eid al-Adha are days and Ramadan a month-long range, from a table by year; "overnight" is
 *   the day before publication and the day itself (precision day).
 * - Feasts of several days are ranges of days (precision day): Jewish feasts by the Hebrew calendar (Hanukkah eight
 *   days, Rosh Hashanah two), Lent (Ash Wednesday to Holy Saturday), Advent (to Christmas Eve), "the Easter weekend"
 *   (Good Friday to Easter Monday). "this Christmas" is the publication year's, "last Easter" the last before
 *   publication, "next Diwali" the first after it.
 * - "this summer" is the publication year's season, past or ahead; "the autumn term" runs September to December;
 *   "the 2025-26 school year" and "this academic year" run September 1 to August 31 (precision month).
 * - A deadline ("by", "before", "until") in a past clause looks ahead when the coming day is within a quarter of
 *   publication and the past one over eight months back ("asked for an agreement before Christmas", published in
 *   November); a deadline season is the one nearest publication.
 * - "since 2022" is that year with qualifier after, and looks back whatever the clause's tense; "until March"
 *   is March with qualifier before.
 * - A range of days without a year ("June 24-25") follows the clause's tense like a single date, as a whole.
 * - "the week of March 3" is the ISO week holding that day (precision week).
 * - "the day before", "the following day", "two days later" count from the last single day named before them in
 *   the same paragraph or the two sentences before; with none, they are steps in the story and not kept.
 */
import { AFTER_PREFIXES, APPROXIMATE_PREFIXES, BEFORE_PREFIXES, FORWARD_PREFIXES, SAME_DAY_WORDS } from '../data/time-words.ts';
import { formatDay, parseDay, type Day } from './calendar.ts';
import type { ResolvedRange } from './resolveKind.ts';
import { ClauseTenseReader } from './clauseTense.ts';
import type { Candidate, Precision, Qualifier, Tense, TimeKind } from './kinds.ts';
import { recognizeCalendar } from './recognizeCalendar.ts';
import { recognizeDates } from './recognizeDates.ts';
import { recognizeDays } from './recognizeDays.ts';
import { recognizeHolidays } from './recognizeHolidays.ts';
import { recognizeAnchored } from './recognizeAnchored.ts';
import { recognizePeriods } from './recognizePeriods.ts';
import { resolveKind } from './resolveKind.ts';
import { copyLocale, type CopyLocale } from './copyLocale.ts';
import { wordBefore } from './textContext.ts';
import { alternation, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './wordPatterns.ts';
import { lowerBound } from '../text/lowerBound.ts';

export type { Precision, Qualifier, Tense } from './kinds.ts';

export interface TimeExpression {
  /** Offset of the first character in `text`. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The expression as written: `text.slice(start, end)`. */
  text: string;
  /** The resolved range (YYYY-MM-DD, end inclusive); nulls when it cannot be known. */
  date: { start: string | null; end: string | null; precision: Precision };
  /** on (the range itself), about, before or after it, or upcoming (a future clause pointing past publication). */
  qualifier: Qualifier;
  /** Tense of the clause the expression stands in (or that its own words carry: "ago", "next"). */
  tense: Tense;
}

interface Span {
  start: number;
  end: number;
}

// Link destinations, autolinks, bare URLs, HTML tags and code spans hold no prose dates ("/2025/04/27/").
// Bounded repeats, so an unclosed "<" or "`" cannot make the scan quadratic.
const NOT_PROSE_RE = /\]\([^)\n]{0,2000}\)|<[^<>\n]{0,500}>|https?:\/\/[^\s)\]>]{1,2000}|`[^`\n]{0,500}`/gu;

const QUALIFIER_PREFIX_RE = new RegExp(
  `${NOT_AFTER_WORD}(?<word>${alternation([...BEFORE_PREFIXES, ...AFTER_PREFIXES, ...APPROXIMATE_PREFIXES])})\\s+(?:(?:in|on|at\\s+least|at\\s+the\\s+earliest|at\\s+the\\s+latest)\\s+)?$`,
  'iu',
);
const BEFORE_WORDS = new Set(BEFORE_PREFIXES);
const AFTER_WORDS = new Set(AFTER_PREFIXES);
const SINCE_WORDS = new Set(['since', 'ever since']);
const FORWARD_WORDS = new Set(FORWARD_PREFIXES);
/**
 * Words before a bare month that date an event in it ("talks resumed in May", "since July"): its past tense is
 * the event's own, so the month keeps the year that tense gives (see ResolveContext.nextMonthAllowed).
 */
const EVENT_IN_MONTH = new Set(['in', 'during', 'since', 'of', 'on', 'early', 'late', 'mid']);
/** A sentence that names a year: its bare months keep the year the tense gives (see ResolveContext.nextMonthAllowed). */
const YEAR_NAMED_RE = /\b(?:(?:last|this|next|previous|past|coming|the same) year|a year (?:ago|earlier|later|before)|(?:1[89]|20)\d\d)\b/iu;
const SAME_DAY_RE = new RegExp(`${NOT_AFTER_WORD}(?:${alternation(SAME_DAY_WORDS)})${NOT_BEFORE_WORD}`, 'iu');
const POSSESSIVE_RE = /^['’]s?(?![\p{L}\p{N}])/u;
/** Words before an expression that make it a stretch of time rather than a date ("through the summer"). */
const SPAN_PREPOSITIONS = new Set(['through', 'throughout', 'during', 'over', 'into', 'beyond', 'past']);

export function findTimeExpressions(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  publishedDate: string | null,
): TimeExpression[] {
  const published: Day | null = publishedDate === null ? null : parseDay(publishedDate);
  const windows = sentenceWindows(text, sentences);

  const candidates: Candidate[] = [];
  recognizeDates(text, candidates);
  recognizeCalendar(text, candidates);
  recognizeDays(text, candidates);
  recognizeHolidays(text, candidates);
  recognizePeriods(text, candidates);
  recognizeAnchored(text, candidates);

  const chosen = withYearOrWeekAfter(text, chooseLongest(withoutMarkup(text, candidates)));
  attachQualifierWords(text, chosen);

  const tenses = new ClauseTenseReader(text);
  // Where the copy is set matters only to financial years and seasons; most copies have neither.
  let locale: CopyLocale | undefined;
  const localeOf = (): CopyLocale => (locale ??= copyLocale(text));
  const saysToday = sentenceTest(text, SAME_DAY_RE);
  const namesYear = sentenceTest(text, YEAR_NAMED_RE);
  const found: TimeExpression[] = [];
  for (const c of chosen) {
    const sentence = windows(c.start);
    const clauseTense = c.narrative === true ? tenses.tenseAt(c.start, c.end, sentence.start, sentence.end) : null;
    // "was later sampled", "wrote shortly afterward": after another event of the story, not after publication.
    if (clauseTense === 'past') continue;
    const span = c.qualifier === 'before' || c.qualifier === 'after' || SPAN_PREPOSITIONS.has(wordBefore(text, c.start).toLowerCase());
    // "halted until Thursday", "gave the parties until Friday", "a strike called for Thursday", "shut down from
    // Monday": a bare weekday as a deadline or a start lies ahead, whatever the tense of the telling.
    // Not "had not received it until Saturday" nor "near perfect until Saturday night, when the wind swung".
    const ahead = c.kind.type === 'weekday' && c.kind.relative === null && (PROSPECTIVE_LEAD.test(text.slice(c.start, c.end)) || PROSPECTIVE_BEFORE.has(wordBefore(text, c.start).toLowerCase())) && !/\b(?:not|never|n[’']t)\b/i.test(text.slice(sentence.start, c.start)) && !/^[^.;!?]{0,20},\s+when\b/i.test(text.slice(c.end, c.end + 30));
    const tense = ahead ? 'future' : (c.intrinsic ?? clauseTense ?? tenses.tenseAt(c.start, c.end, sentence.start, sentence.end, span));
    const sameDayAllowed = c.kind.type === 'weekday' && saysToday(sentence);
    const nextMonthAllowed = c.kind.type === 'month' && !EVENT_IN_MONTH.has(wordBefore(text, c.start).toLowerCase()) && !namesYear(sentence);
    // "the 2026-27 budget" in a copy whose financial year starts in July or April is that financial year.
    const kind = c.kind.type === 'yearRange' && c.kind.to === c.kind.from + 1 && SPLIT_YEAR.test(text.slice(c.start, c.end)) && localeOf().fiscalStartMonth !== null ? ({ type: 'fiscalYear', startYear: c.kind.from, relative: null } as const) : c.kind;
    // Southern copy: summer runs from December (a school term keeps its months).
    const seasonal = kind.type === 'season' && kind.months === undefined && localeOf().southern ? { ...kind, startMonth: ((kind.startMonth + 5) % 12) + 1 } : kind;
    let range = resolveKind(seasonal, { published, tense, sameDayAllowed, nextMonthAllowed, deadline: c.qualifier === 'before', fiscalStartMonth: kind.type === 'fiscalYear' ? localeOf().fiscalStartMonth : null });
    if (c.kind.type === 'anchored') {
      // "Two days later, he was freed" with no day named before: a step in the story, not a date.
      const anchored = anchoredRange(found, c.start, sentence.start, c.kind.offset, text);
      if (anchored === null) continue;
      range = anchored;
    }
    let qualifier: Qualifier = c.qualifier ?? 'on';
    if (c.qualifier === null && tense === 'future' && (published === null || range.end === null || range.end > published)) {
      qualifier = 'upcoming';
    }
    const known = range.start !== null || range.end !== null;
    found.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      date: {
        start: range.start === null ? null : formatDay(range.start),
        end: range.end === null ? null : formatDay(range.end),
        precision: known ? range.precision : 'unknown',
      },
      qualifier,
      tense,
    });
  }
  return found;
}

/** Whether a sentence's text matches `re`, tested once per sentence. */
function sentenceTest(text: string, re: RegExp): (sentence: Span) => boolean {
  const seen = new Map<number, boolean>();
  return (sentence) => {
    let value = seen.get(sentence.start);
    if (value === undefined) {
      value = re.test(text.slice(sentence.start, sentence.end));
      seen.set(sentence.start, value);
    }
    return value;
  };
}

/**
 * Returns a lookup from an offset to the sentence holding it; offsets outside every sentence (headings,
 * captions) fall back to their line.
 */
function sentenceWindows(text: string, sentences: ReadonlyArray<Span>): (offset: number) => Span {
  const sorted = sentences
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start);
  let lines: number[] | undefined;
  return (offset) => {
    let low = 0;
    let high = sorted.length - 1;
    let found: Span | null = null;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const s = sorted[mid] as Span;
      if (s.start <= offset) {
        found = s;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found && offset < found.end) return found;
    lines ??= lineStarts(text);
    const line = lowerBound(lines, offset + 1) - 1;
    const start = lines[line] ?? 0;
    const next = lines[line + 1];
    return { start, end: next === undefined ? text.length : next - 1 };
  };
}

/** Offsets where lines start. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function withoutMarkup(text: string, candidates: Candidate[]): Candidate[] {
  // Every match of NOT_PROSE_RE starts with "](", "<", "http" or "`"; most copies hold none of them (links are
  // masked already), and a search for a literal is far cheaper than trying the pattern along the text.
  if (!text.includes('](') && !text.includes('<') && !text.includes('http') && !text.includes('`')) return candidates;
  const masked: Span[] = [];
  NOT_PROSE_RE.lastIndex = 0;
  for (let m = NOT_PROSE_RE.exec(text); m !== null; m = NOT_PROSE_RE.exec(text)) masked.push({ start: m.index, end: m.index + m[0].length });
  if (masked.length === 0) return candidates;
  return candidates.filter((c) => !overlapsAny(masked, c));
}

/** Binary search in spans sorted by start and not overlapping one another. */
function overlapsAny(spans: Span[], span: Span): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = spans[mid] as Span;
    if (s.end <= span.start) low = mid + 1;
    else if (s.start >= span.end) high = mid - 1;
    else return true;
  }
  return false;
}

/**
 * Joins what the recognizers read apart: "July 1 next year" and "March last year" are one date whose year counts
 * from publication's; "Tuesday week" (British and Australian) is the Tuesday a week after the coming one.
 */
function withYearOrWeekAfter(text: string, chosen: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i] as Candidate;
    const next = chosen[i + 1];
    const kind = c.kind;
    const yearless = (kind.type === 'date' && kind.date.year === null && kind.relative === undefined) || (kind.type === 'month' && kind.year === null && kind.relative === null) || yearlessFeast(kind);
    if (yearless && next && next.kind.type === 'period' && next.kind.unit === 'year' && next.kind.part === null && next.kind.side === null && /^,?\s+$/.test(text.slice(c.end, next.start)) && /^(?:last|this|next)\s+year$/i.test(text.slice(next.start, next.end))) {
      const yearOffset = next.kind.relative === 'last' ? -1 : next.kind.relative === 'next' ? 1 : 0;
      out.push({ ...c, end: next.end, kind: { ...kind, yearOffset } as TimeKind });
      i++;
      continue;
    }
    const week = kind.type === 'weekday' && kind.relative === null ? WEEK_AFTER.exec(text.slice(c.end, c.end + 8)) : null;
    if (week && kind.type === 'weekday') {
      out.push({ ...c, end: c.end + week[0].length, kind: { ...kind, weekAfter: true }, intrinsic: 'future' });
      continue;
    }
    out.push(c);
  }
  return out;
}

/** A feast with no year of its own ("Lent", "Pentecost", "Diwali"), which "last year" or "next year" after it can give. */
function yearlessFeast(kind: TimeKind): boolean {
  switch (kind.type) {
    case 'easter':
    case 'lunisolar':
    case 'islamic':
    case 'nthWeekday':
    case 'hebrew':
    case 'advent':
      return kind.year === null && kind.relative === undefined;
    default:
      return false;
  }
}

/** Words before a weekday that make it a deadline or a start ahead of publication. */
const PROSPECTIVE_LEAD = /^(?:until|till)\s/i;
const PROSPECTIVE_BEFORE = new Set(['until', 'till']);

/** A year and the next written with two digits ("2026-27", "2025/26"), as financial years are. */
const SPLIT_YEAR = /^(?:the\s+)?\d{4}\s*[-–/]\s*\d\d$/u;

/** " week" after a weekday, as a word of its own ("Tuesday week", not "Tuesday weekend" or "Tuesday week's"). */
const WEEK_AFTER = /^\s+week(?![\p{L}\p{N}’'-])/u;

/**
 * Where recognizers disagree, the longest reading wins ("earlier this month" over "this month"). Candidates
 * are cut into clusters of mutually reachable overlaps first, so the greedy choice stays local and the whole
 * pass is O(n log n) even for a megabyte of dates.
 */
function chooseLongest(candidates: Candidate[]): Candidate[] {
  const byStart = candidates.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) chosen.push(cluster[0] as Candidate);
    else if (cluster.length > 1) {
      const picked: Candidate[] = [];
      const longestFirst = cluster.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.i - b.i);
      for (const { c } of longestFirst) if (!picked.some((p) => p.start < c.end && c.start < p.end)) picked.push(c);
      chosen.push(...picked.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const c of byStart) {
    if (c.start >= clusterEnd) {
      flush();
      clusterEnd = c.end;
    } else clusterEnd = Math.max(clusterEnd, c.end);
    cluster.push(c);
  }
  flush();
  return chosen;
}

/** Takes "before", "until", "since", "after", "around"… just before an expression into it, as its qualifier. */
function attachQualifierWords(text: string, chosen: Candidate[]): void {
  let previousEnd = 0;
  for (const c of chosen) {
    const floor = previousEnd;
    previousEnd = c.end;
    if (c.qualifier !== null) continue;
    const kind = c.kind.type;
    if (kind === 'vague' || kind === 'anchored' || kind === 'ago' || kind === 'dateRange' || kind === 'monthRange' || kind === 'yearRange' || kind === 'stretch' || kind === 'comingDays' || kind === 'comingWeeks' || kind === 'comingMonths' || kind === 'pastDays' || kind === 'ahead' || kind === 'weekdayRange') continue;
    const from = Math.max(floor, c.start - 40);
    const match = QUALIFIER_PREFIX_RE.exec(text.slice(from, c.start));
    const word = match?.groups?.['word']?.toLowerCase().replace(/\s+/g, ' ');
    if (!match || word === undefined) continue;
    // "from Friday's meeting" names a source, not a starting point.
    if (word === 'from' && POSSESSIVE_RE.test(text.slice(c.end, c.end + 3))) continue;
    c.start = from + match.index;
    c.qualifier = BEFORE_WORDS.has(word) ? 'before' : AFTER_WORDS.has(word) ? 'after' : 'about';
    // "since March" looks back even in a present clause ("prices are at their highest since March").
    if (SINCE_WORDS.has(word) && c.intrinsic === null) c.intrinsic = 'past';
    // "starting in January", "beginning Monday": a start ahead of the clause's own time.
    if (FORWARD_WORDS.has(word) && c.intrinsic === null) c.intrinsic = 'future';
  }
}

/**
 * The day an anchored expression ("the day before", "the following day") points to: `offset` days from the last
 * single day found before it, in its sentence or the two before (and not across a paragraph break).
 */
function anchoredRange(found: readonly TimeExpression[], at: number, sentenceStart: number, offset: number, text: string): ResolvedRange | null {
  const anchor = found.filter((e) => e.end <= at && e.date.precision === 'day' && e.date.start !== null && e.date.start === e.date.end).at(-1);
  if (!anchor || anchor.date.start === null) return null;
  const between = text.slice(anchor.end, at);
  if (/\n\s*\n/.test(between) || (anchor.start < sentenceStart && (between.match(/[.!?]["”’]?\s+(?=\p{Lu}|["“‘])/gu)?.length ?? 0) > 2)) return null;
  const day = parseDay(anchor.date.start);
  if (day === null) return null;
  return { start: day + offset, end: day + offset, precision: 'day' };
}
