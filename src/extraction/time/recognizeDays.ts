/** Recognizes single days named relative to publication: "yesterday", "tonight", "Friday", "last Sunday". */
import { GENERIC_WEEKDAY_DETERMINERS, TITLE_SMALL_WORDS, WEEKDAY_NAME_PREFIXES, WEEKDAY_NAME_SUFFIXES, WEEKDAY_RECURRING_NOUNS } from '../data/time-words.ts';
import type { Candidate, Relative } from './kinds.ts';
import { atSentenceStart, groups, isCapitalized, weekdayNumber, wordAfter, wordBefore } from './textContext.ts';
import { ANY_WEEKDAY, CLOCK, DAY_PART } from './timePatterns.ts';
import { NOT_AFTER_WORD as NA, NOT_BEFORE_WORD as NB, scanNearTriggers } from './wordPatterns.ts';

const RELATIVE_DAY_TRIGGER = /yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night/gi;
const WEEKDAY_TRIGGER = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,2}\./g;

const RELATIVE_DAY_RE = new RegExp(
  `${NA}(?:(?<side>earlier|later|early|late)\\s+)?(?<day>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tonight|tomorrow|this\\s+(?:morning|afternoon|evening)|last\\s+night)(?:\\s+(?:${DAY_PART}))?${NB}(?:,?\\s+at\\s+${CLOCK}${NB})?`,
  'yiu',
);

const WEEKDAY_RE = new RegExp(
  `${NA}(?:(?<rel>this\\s+past|last|this|next)\\s+)?(?:(?:early|late)\\s+)?(?<name>${ANY_WEEKDAY})(?:\\s+(?:${DAY_PART}))?${NB}(?:,?\\s+at\\s+${CLOCK}${NB})?`,
  'yiu',
);

const PREFIXES = new Set(WEEKDAY_NAME_PREFIXES);
const SUFFIXES = new Set(WEEKDAY_NAME_SUFFIXES);
const GENERIC = new Set(GENERIC_WEEKDAY_DETERMINERS);
const RECURRING = new Set(WEEKDAY_RECURRING_NOUNS);
const SMALL_WORDS = new Set(TITLE_SMALL_WORDS);
const WEEKDAY_RANGE_JOIN = /^(?:\s*[-–]\s*|\s+(?:to|through|thru|until|till)\s+)$/iu;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between\s+$/iu;
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSING_QUOTE_RE = /["”’'»]/u;

/**
 * "“Sunday at Callao,” its closing track": a weekday opening a short quotation in title case is a title. The
 * quotation must close within a few words, on the same line, with every word capitalized or small.
 */
function opensQuotedTitle(text: string, nameStart: number): boolean {
  if (!OPENING_QUOTES.has(text[nameStart - 1] ?? '')) return false;
  const rest = text.slice(nameStart, nameStart + 60);
  const close = rest.search(CLOSING_QUOTE_RE);
  if (close <= 0) return false;
  const inner = rest.slice(0, close).replace(/[,.!?]$/u, '');
  if (/[\n.!?;:]/u.test(inner)) return false;
  const words = inner.split(/\s+/u).filter((w) => w !== '');
  if (words.length < 2) return false;
  let capitals = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) capitals++;
    else if (!SMALL_WORDS.has(w)) return false;
  }
  return capitals >= 2;
}

export function recognizeDays(text: string, out: Candidate[]): void {
  scanNearTriggers(text, RELATIVE_DAY_TRIGGER, RELATIVE_DAY_RE, 3, (m) => {
    const g = groups(m);
    const day = (g['day'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const side = g['side']?.toLowerCase();
    const wordStart = m.index + m[0].toLowerCase().indexOf(day.split(' ')[0] ?? '');
    // "the Today show": a capital in mid-sentence makes it a name.
    if (isCapitalized(text, wordStart) && !atSentenceStart(text, m.index)) return;
    const offset = day === 'yesterday' || day === 'last night' ? -1 : day === 'tomorrow' ? 1 : day.includes('before yesterday') ? -2 : day.includes('after tomorrow') ? 2 : 0;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: { type: 'relativeDay', offset },
      intrinsic: offset < 0 || side === 'earlier' ? 'past' : offset > 0 || side === 'later' ? 'future' : null,
      qualifier: side === 'earlier' ? 'before' : side === 'later' ? 'after' : null,
    });
  });

  const days: Candidate[] = [];
  scanNearTriggers(text, WEEKDAY_TRIGGER, WEEKDAY_RE, 2, (m) => {
    const g = groups(m);
    const name = g['name'] ?? '';
    const nameStart = m.index + m[0].indexOf(name);
    if (!isCapitalized(text, nameStart)) return;
    const weekday = weekdayNumber(name);
    if (weekday < 0) return;
    const relWord = g['rel']?.toLowerCase().replace(/\s+/g, ' ');
    // Names, not dates: "Good Friday", "Super Tuesday", "Friday Prayers", "the Sunday Times".
    const before = wordBefore(text, m.index);
    const after = wordAfter(text, nameStart + name.length);
    if (relWord === undefined && PREFIXES.has(before)) return;
    // "on a Sunday", "every Friday": any such day, not a date.
    if (relWord === undefined && GENERIC.has(before.toLowerCase())) return;
    // "under the Sun.": an abbreviation needs no article before it.
    if (name.endsWith('.') && before.toLowerCase() === 'the') return;
    if (relWord === undefined && opensQuotedTitle(text, nameStart)) return;
    if (SUFFIXES.has(after)) return;
    // "the Saturday story hour", "Friday prayers": a weekly thing, not a date.
    if (relWord === undefined && m[0].endsWith(name) && RECURRING.has(after)) return;
    if (before.toLowerCase() === 'the' && after !== '' && isCapitalized(after, 0) && relWord === undefined) return;
    const relative: Relative | null = relWord === 'this past' || relWord === 'last' ? 'last' : relWord === 'next' ? 'next' : relWord === 'this' ? 'this' : null;
    days.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: { type: 'weekday', weekday, relative },
      intrinsic: relative === 'last' ? 'past' : relative === 'next' ? 'future' : null,
      qualifier: null,
    });
  });
  joinWeekdayRanges(text, days, out);
}

/**
 * "from Monday to Wednesday", "Monday through Friday", "between Monday and Wednesday": one range, whose second day
 * is the first such day on or after the first one (a past "between Monday and Wednesday" must not end before it
 * begins).
 */
function joinWeekdayRanges(text: string, days: Candidate[], out: Candidate[]): void {
  for (let i = 0; i < days.length; i++) {
    const first = days[i] as Candidate;
    const second = days[i + 1];
    if (second !== undefined && first.kind.type === 'weekday' && second.kind.type === 'weekday' && first.kind.relative === null && second.kind.relative === null) {
      const join = text.slice(first.end, second.start);
      const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, first.start - 9), first.start));
      if (join.length <= 12 && (WEEKDAY_RANGE_JOIN.test(join) || (between && /^\s+and\s+$/iu.test(join)))) {
        out.push({ start: first.start, end: second.end, kind: { type: 'weekdayRange', from: first.kind.weekday, to: second.kind.weekday }, intrinsic: null, qualifier: null });
        i++;
        continue;
      }
    }
    out.push(first);
  }
}
