/**
 * Recognizes spans counted from publication: "last week", "earlier this month", "the end of the year",
 * "the coming days", "the past two years", "three weeks ago", and the dateless "recently", "soon".
 */
import { APPROXIMATORS, COMPARATIVE_DETERMINERS, NARRATIVE_AFTER_WORDS, NARRATIVE_UNITS, NOT_PLURAL_S, VAGUE_AFTER, VAGUE_BEFORE, VAGUE_BLOCKERS } from '../data/time-words.ts';
import type { Candidate, Relative, TimeKind, Unit } from './kinds.ts';
import { groups, parseCount, periodPart, unitOf, wordAfter, wordBefore } from './textContext.ts';
import { APPROXIMATOR, COUNT, PERIOD_PART } from './timePatterns.ts';
import { alternation, NOT_AFTER_WORD as NA, NOT_BEFORE_WORD as NB, scanNearTriggers } from './wordPatterns.ts';

// Cheap literal scans that every match of the matching pattern contains (see scanNearTriggers).
const PERIOD_TRIGGER = /(?:this|last|next|current|past)\s+(?:week|month|year|quarter)/gi;
const EDGE_TRIGGER = /(?:the|this|last|next|current)\s+(?:week|month|year)/gi;
const STRETCH_TRIGGER = /(?:past|last|coming|next|upcoming)\s/gi;
const AHEAD_TRIGGER = /ahead|to\s+come/gi;
const RECENT_TRIGGER = /recent/gi;
const WEEKEND_TRIGGER = /weekend/gi;
const AGO_TRIGGER = /ago/gi;
const VAGUE_TRIGGER = /recent|lately|previously|earlier|soon|later|shortly|near|due/gi;

const PERIOD_RE = new RegExp(
  `${NA}(?:(?<mod>earlier|later|early|late|mid)(?:\\s*-\\s*|\\s+)(?:in\\s+)?)?(?<rel>this\\s+past|last|this|next|the\\s+current)\\s+(?<unit>weekend|week|month|year|quarter)${NB}`,
  'yiu',
);

const EDGE_RE = new RegExp(
  `${NA}(?<edge>${PERIOD_PART})\\s+(?:(?<rel>this|last|next|the|the\\s+current)\\s+)(?<unit>week|month|year)${NB}(?!\\s+(?:of|before|after)${NB})`,
  'yiu',
);

const STRETCH_RE = new RegExp(
  `${NA}(?:(?<the>the)\\s+)?(?<dir>past|last|coming|next|upcoming)\\s+(?:(?<count>${COUNT})\\s+)?(?<unit>hours?|days?|weeks?|months?|years?|decades?)${NB}`,
  'yiu',
);

const IN_COUNT_TRIGGER = /(?:day|week|month|year)s?/gi;
// "in two weeks", "in 10 days' time"; not "in a week" (also "once in a week") nor "in two years of talks".
const IN_COUNT_RE = new RegExp(
  `${NA}in\\s+(?<count>${COUNT})\\s+(?<unit>days?|weeks?|months?|years?)(?:['’]\\s*time|\\s+time)?${NB}(?!\\s+(?:of|old|after|before|from|since|later|earlier|ago)${NB})`,
  'yiu',
);

const STRETCH_BEFORE = /(?:^|[^\p{L}])(?:first|only|most|least|once|twice|times|(?:the|its|their|his|her)\s+\p{L}{2,}est)(?:\s+(?!(?:will|would|is|are|was|were|can|could|may|might|must|should|shall|has|have|had)(?![\p{L}]))[\p{L}'’-]+){0,3}\s+$/iu;

const AHEAD_RE = new RegExp(`${NA}the\\s+(?<unit>days|weeks|months|years)\\s+(?:ahead|to\\s+come)${NB}`, 'yiu');

const RECENT_RE = new RegExp(`${NA}recent\\s+(?:days|weeks|months|years|decades)${NB}`, 'yiu');

const WEEKEND_RE = new RegExp(`${NA}the\\s+weekend${NB}`, 'yiu');

const AGO_RE = new RegExp(
  `${NA}(?:(?<approx>${APPROXIMATOR})\\s+)?(?:(?<count>${COUNT})\\s+(?<half>and\\s+a\\s+half\\s+)?)?(?<unit>hours?|days?|weeks?|months?|years?|decades?|centuries|century)\\s+ago${NB}|${NA}(?:not\\s+(?:so\\s+)?)?long\\s+ago${NB}|${NA}a\\s+(?:little\\s+)?while\\s+ago${NB}`,
  'yiu',
);

const VAGUE_RE = new RegExp(`${NA}(?<word>${alternation([...VAGUE_BEFORE, ...VAGUE_AFTER])})${NB}`, 'yiu');

const APPROX_ABOUT = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'circa', 'close to']);
const APPROX_AFTER = new Set(['less than', 'under', 'just under']);
const BEFORE_WORDS = new Set(VAGUE_BEFORE);
const BLOCKERS = new Set(VAGUE_BLOCKERS);
const NARRATIVE = new Set(NARRATIVE_UNITS);
// "over the weekend", "through the weekend"; not "the weekend of March 3" or "a weekend trip".
const WEEKEND_PREPOSITIONS = new Set(['over', 'during', 'at', 'on', 'this', 'by', 'until', 'before', 'after', 'since', 'throughout', 'through', 'into', 'across', 'for']);
const DETERMINERS = new Set(COMPARATIVE_DETERMINERS);
const NOT_PLURAL = new Set(NOT_PLURAL_S);
const NARRATIVE_AFTER = new Set(NARRATIVE_AFTER_WORDS);
const SHORTLY_ANCHORS = new Set(['after', 'before', 'thereafter', 'afterward', 'afterwards']);
const DISTRIBUTIVE_BEFORE = /(?:^|[^\p{L}])(?:each|every\s+one|any|all)\s+of\s+$/iu;
/** "later in the day", "earlier in the year": the vague word is part of a calendar span. */
const CALENDAR_TAIL = /^\s+(?:in|during)\s+(?:the\s+|this\s+|that\s+)?(?:day|week|month|year|decade|season|morning|afternoon|evening|spring|summer|autumn|fall|winter)(?![\p{L}])/u;
void APPROXIMATORS;

const relativeOf = (word: string | undefined): Relative => {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'this past') return 'last';
  if (w === 'next') return 'next';
  return 'this';
};

export function recognizePeriods(text: string, out: Candidate[]): void {
  const push = (m: RegExpExecArray, kind: TimeKind, intrinsic: Candidate['intrinsic'], qualifier: Candidate['qualifier']): void => {
    out.push({ start: m.index, end: m.index + m[0].length, kind, intrinsic, qualifier });
  };

  scanNearTriggers(text, PERIOD_TRIGGER, PERIOD_RE, 3, (m) => {
    const g = groups(m);
    const relative = relativeOf(g['rel']);
    const unit = (g['unit'] ?? '').toLowerCase();
    const mod = g['mod']?.toLowerCase();
    // "earlier this month" runs up to publication; "earlier last week" is the early part of last week.
    const side = relative === 'this' && (mod === 'earlier' || mod === 'later') ? mod : null;
    const part = mod === 'earlier' ? 'early' : mod === 'later' ? 'late' : periodPart(mod);
    const intrinsic = mod === 'earlier' || (side === null && relative === 'last') ? 'past' : mod === 'later' || (side === null && relative === 'next') ? 'future' : null;
    const qualifier = side === 'earlier' ? 'before' : side === 'later' ? 'after' : null;
    let kind: TimeKind;
    if (unit === 'weekend') kind = { type: 'weekend', relative };
    else if (unit === 'quarter') kind = { type: 'quarter', quarter: null, year: null, relative };
    else kind = { type: 'period', unit: unit as 'week' | 'month' | 'year', relative, part: side ? null : part, side };
    push(m, kind, intrinsic, qualifier);
  });

  scanNearTriggers(text, EDGE_TRIGGER, EDGE_RE, 3, (m) => {
    const g = groups(m);
    const relative = relativeOf(g['rel']);
    const unit = (g['unit'] ?? '').toLowerCase() as 'week' | 'month' | 'year';
    push(m, { type: 'period', unit, relative, part: periodPart(g['edge']), side: null }, relative === 'last' ? 'past' : relative === 'next' ? 'future' : null, null);
  });

  scanNearTriggers(text, STRETCH_TRIGGER, STRETCH_RE, 1, (m) => {
    const g = groups(m);
    const dir = (g['dir'] ?? '').toLowerCase();
    const hasThe = g['the'] !== undefined;
    const count = g['count'] === undefined ? null : parseCount(g['count']);
    const unitWord = (g['unit'] ?? '').toLowerCase();
    const unit = unitOf(unitWord) as Unit;
    const plural = unitWord.endsWith('s');
    const past = dir === 'past' || dir === 'last';
    // "last week" and "next week" are calendar weeks (PERIOD_RE); "the last week of March" is not ours.
    if (!hasThe && count === null && (past || dir === 'next')) return;
    if (past && !hasThe) return;
    if (/^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return;
    // "the next day", "the past day": told from another event, or too vague.
    if (!plural && count === null && unit === 'day') return;
    if (count !== null && count !== 'vague' && !plural && count !== 1) return;
    // "in each of the past three years": every one of them, like "every year", not a span.
    if (DISTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return;
    let kind: TimeKind;
    let qualifier: Candidate['qualifier'] = null;
    if (unit === 'day' && (count === null || count === 'vague')) kind = past ? { type: 'pastDays' } : { type: 'comingDays' };
    else if (unit === 'week' && !plural && count === null && !past) kind = { type: 'comingDays' };
    else if (unit === 'week' && plural && (count === null || count === 'vague') && !past) kind = { type: 'comingWeeks' };
    else if (unit === 'month' && plural && (count === null || count === 'vague') && !past) kind = { type: 'comingMonths' };
    else if (count === 'vague' || (count === null && plural)) {
      kind = { type: 'vague' };
      qualifier = past ? 'before' : null;
    } else kind = { type: 'stretch', unit, count: count ?? 1, direction: past ? 'past' : 'next' };
    push(m, kind, past ? 'past' : 'future', qualifier);
  });

  scanNearTriggers(text, IN_COUNT_TRIGGER, IN_COUNT_RE, 3, (m) => {
    const g = groups(m);
    const count = parseCount(g['count'] ?? '');
    const unit = unitOf(g['unit'] ?? '');
    const countWord = (g['count'] ?? '').toLowerCase();
    if (typeof count !== 'number' || unit === null || countWord === 'a' || countWord === 'an') return;
    // "the first rise in two years", "the highest level in five years", "twice in two weeks": a stretch looked back
    // on or counted over, not a date ahead.
    if (STRETCH_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))) return;
    // The span leaves out "in", as it leaves out other plain prepositions.
    const lead = /^in\s+/iu.exec(m[0])?.[0].length ?? 0;
    out.push({ start: m.index + lead, end: m.index + m[0].length, kind: { type: 'ahead', unit, count }, intrinsic: 'future', qualifier: null, narrative: true });
  });

  scanNearTriggers(text, AHEAD_TRIGGER, AHEAD_RE, 3, (m) => {
    const unit = (groups(m)['unit'] ?? '').toLowerCase();
    push(m, unit === 'days' ? { type: 'comingDays' } : unit === 'weeks' ? { type: 'comingWeeks' } : unit === 'months' ? { type: 'comingMonths' } : { type: 'vague' }, 'future', null);
  });

  scanNearTriggers(text, RECENT_TRIGGER, RECENT_RE, 0, (m) => { push(m, { type: 'vague' }, 'past', 'before'); });

  scanNearTriggers(text, WEEKEND_TRIGGER, WEEKEND_RE, 1, (m) => {
    // "over the weekend", "during the weekend", "at the weekend"; not "the weekend of March 3".
    const before = wordBefore(text, m.index).toLowerCase();
    if (!WEEKEND_PREPOSITIONS.has(before)) return;
    if (wordAfter(text, m.index + m[0].length).toLowerCase() === 'of') return;
    push(m, { type: 'weekend', relative: null }, null, null);
  });

  scanNearTriggers(text, AGO_TRIGGER, AGO_RE, 7, (m) => {
    const g = groups(m);
    const approx = g['approx']?.toLowerCase().replace(/\s+/g, ' ');
    const qualifier: Candidate['qualifier'] = approx === undefined ? null : APPROX_ABOUT.has(approx) ? 'about' : APPROX_AFTER.has(approx) ? 'after' : 'before';
    const count = g['count'] === undefined ? null : parseCount(g['count']);
    let unit = g['unit'] === undefined ? null : unitOf(g['unit']);
    if (unit === null || count === null || count === 'vague') {
      push(m, { type: 'vague' }, 'past', qualifier === 'about' || qualifier === null ? 'before' : qualifier);
      return;
    }
    let n = count;
    let finalQualifier = qualifier;
    if (g['half'] !== undefined) {
      // "two and a half years ago": one unit finer, and approximate.
      const finer: Record<Unit, [Unit, number, number]> = {
        century: ['year', 100, 50], decade: ['year', 10, 5], year: ['month', 12, 6], month: ['week', 4, 2],
        week: ['day', 7, 3], day: ['hour', 24, 12], hour: ['hour', 1, 0],
      };
      const [to, factor, add] = finer[unit];
      n = count * factor + add;
      unit = to;
      finalQualifier = finalQualifier ?? 'about';
    }
    push(m, { type: 'ago', unit, count: n }, 'past', finalQualifier);
  });

  scanNearTriggers(text, VAGUE_TRIGGER, VAGUE_RE, 3, (m) => {
    const word = (groups(m)['word'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const before = wordBefore(text, m.index).toLowerCase();
    const after = wordAfter(text, m.index + m[0].length).toLowerCase();
    if (BLOCKERS.has(before)) return;
    if ((word === 'earlier' || word === 'later') && (after === 'than' || NARRATIVE.has(before))) return;
    // "an earlier version", "two earlier bids", "earlier claims": an adjective on a noun, not a time.
    if ((word === 'earlier' || word === 'later') && /^\p{Ll}/u.test(after)) {
      if (DETERMINERS.has(before) || /^\d+$/.test(before) || (/s$/.test(after) && !/ss$/.test(after) && !NOT_PLURAL.has(after))) return;
    }
    // "shortly before midnight", "shortly after the vote": tied to a clock time or an event. "soon after that" is
    // still a time ahead in a future clause; in a past one the narrative rule drops it.
    if (word === 'shortly' && SHORTLY_ANCHORS.has(after)) return;
    if (word === 'soon' && (after === 'before' || after === 'thereafter')) return;
    // "later in the trial", "earlier during the hearing": within another event; "later in the year" is a time.
    if ((word === 'earlier' || word === 'later') && (after === 'in' || after === 'during')) {
      const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 40).toLowerCase();
      if (!CALENDAR_TAIL.test(tail)) return;
    }
    const past = BEFORE_WORDS.has(word);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: { type: 'vague' },
      intrinsic: past ? 'past' : 'future',
      qualifier: past ? 'before' : 'after',
      ...(NARRATIVE_AFTER.has(word) ? { narrative: true } : {}),
    });
  });
}
