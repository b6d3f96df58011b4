/**
 * Scores one analysis against the hand-annotated gold of its article, and sums scores over the corpus.
 * Pure functions, no I/O: the unit tests exercise them on tiny hand-built cases.
 *
 * Spans are compared by offsets. Overlap between two spans is the number of characters they share
 * divided by the length of the longer one, so a span twice as long as the gold one scores 0.5.
 */
import type { Analysis, Entity } from '../../src/schema/analysis.ts';
import type { Gold, GoldSpeaker, Range } from './fixtures.ts';

/** Shared characters over the length of the longer span (0 when either is empty). */
export function overlapRatio(a: Range, b: Range): number {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  if (longer <= 0) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / longer;
}

/** True when the spans share at least one character. */
export function touches(a: Range, b: Range): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/**
 * One-to-one matching of gold to predicted spans: best-overlapping pairs first, each span used once,
 * pairs below `threshold` left out. Returns [goldIndex, predictedIndex] pairs.
 */
export function matchSpans(gold: readonly Range[], predicted: readonly Range[], threshold: number): [number, number][] {
  const pairs: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const overlap = overlapRatio(g, p);
      if (overlap >= threshold && overlap > 0) pairs.push({ g: gi, p: pi, overlap });
    }),
  );
  // Stable tie-break by position keeps results reproducible.
  pairs.sort((x, y) => y.overlap - x.overlap || x.g - y.g || x.p - y.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matches: [number, number][] = [];
  for (const { g, p } of pairs) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    matches.push([g, p]);
  }
  return matches.sort((x, y) => x[0] - y[0]);
}

/** Names compared without case, curly apostrophes, a leading article, a possessive or outer punctuation. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|a|an) /, '')
    .replace(/'s$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function tokens(name: string): string[] {
  return normalizeName(name).split(/\s+/).filter(Boolean);
}

function lastToken(name: string): string {
  return tokens(name).at(-1) ?? '';
}

/** Every name an entity answers to: its name, aliases and, for anonymous groups, its description. */
function entityNames(entity: Entity): string[] {
  return [entity.name, ...entity.aliases, ...(entity.description ? [entity.description] : [])];
}

/**
 * Whether the predicted speaker is the gold one: the gold name (or one of its accepted alternatives)
 * equals the entity's name, an alias or its description; for persons, the same last token (surname) also counts.
 */
export function speakerMatches(gold: GoldSpeaker, entity: Entity | undefined): boolean {
  if (!entity) return false;
  const wanted = [gold.speaker, ...gold.speakerAlso].map(normalizeName);
  const names = entityNames(entity).map(normalizeName);
  if (wanted.some((w) => names.includes(w))) return true;
  return entity.type === 'person' && lastToken(gold.speaker) !== '' && lastToken(gold.speaker) === lastToken(entity.name);
}

/**
 * Whether a person entity is the gold person: equal name or alias, or the shorter name is the tail of the
 * longer one ("Okafor" or "van Dijk" for "Pieter van Dijk"), which covers a surname found on its own.
 */
export function personMatches(goldName: string, entity: Entity): boolean {
  const gold = normalizeName(goldName);
  const names = entityNames(entity);
  if (names.some((n) => normalizeName(n) === gold)) return true;
  const g = tokens(goldName);
  return names.some((n) => {
    const e = tokens(n);
    const [short, long] = e.length <= g.length ? [e, g] : [g, e];
    return short.length > 0 && short.length < long.length && short.every((t, i) => t === long[long.length - short.length + i]);
  });
}

/** Counts for one article; sums of these make the corpus totals (micro-averaged). */
export interface Counts {
  quotesGold: number;
  quotesPredicted: number;
  /** Gold quotes matched by a predicted quote overlapping at least 50%. */
  quotesMatched: number;
  /** Gold quotes matched by a predicted quote with exactly the same offsets. */
  quotesExact: number;
  /** Of the matched quotes, those with the right kind (direct/partial). */
  kindCorrect: number;
  /** Of the matched quotes, those with the right speaker. */
  speakerCorrect: number;
  indirectGold: number;
  /** Gold indirect statements found (a predicted indirect overlapping 50%) with the right speaker. */
  indirectFound: number;
  /** Found regardless of speaker. */
  indirectFoundAnySpeaker: number;
  indirectPredicted: number;
  peopleGold: number;
  peoplePredicted: number;
  peopleMatched: number;
  timesGold: number;
  /** Gold time expressions touched by a predicted event. */
  timesFound: number;
  /** Found, with start, end and precision equal to the gold ones. */
  timesExact: number;
  timesPredicted: number;
  /** Predicted events touching no gold time expression. */
  timesSpurious: number;
  notStatementsGold: number;
  /** Scare quotes and titles that were reported as statements: should be 0. */
  notStatementsReported: number;
}

export function emptyCounts(): Counts {
  return {
    quotesGold: 0,
    quotesPredicted: 0,
    quotesMatched: 0,
    quotesExact: 0,
    kindCorrect: 0,
    speakerCorrect: 0,
    indirectGold: 0,
    indirectFound: 0,
    indirectFoundAnySpeaker: 0,
    indirectPredicted: 0,
    peopleGold: 0,
    peoplePredicted: 0,
    peopleMatched: 0,
    timesGold: 0,
    timesFound: 0,
    timesExact: 0,
    timesPredicted: 0,
    timesSpurious: 0,
    notStatementsGold: 0,
    notStatementsReported: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** One article's counts and, for --verbose, what went wrong, one line each. */
export interface ArticleScore {
  id: string;
  counts: Counts;
  problems: string[];
}

const show = (text: string) => `«${text.replace(/\n/g, '⏎')}»`;
const describe = (entity: Entity | undefined, id: string | null) => (entity ? `${entity.name} (${entity.type})` : id === null ? 'no speaker' : `unknown entity "${id}"`);
const range = (d: { start: string | null; end: string | null; precision: string }) => `${d.start ?? '?'}..${d.end ?? '?'} ${d.precision}`;

/** Scores one article's analysis against its gold. */
export function scoreArticle(gold: Gold, analysis: Analysis): ArticleScore {
  const counts = emptyCounts();
  const problems: string[] = [];
  const text = (r: Range) => gold.source.slice(r.start, r.end);
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));

  // Quotes: direct and partial statements against gold quotes.
  const quotes = analysis.statements.filter((s) => s.kind === 'direct' || s.kind === 'partial');
  counts.quotesGold = gold.quotes.length;
  counts.quotesPredicted = quotes.length;
  const matched = matchSpans(gold.quotes, quotes, 0.5);
  // An overlap of 1 means the same start and end.
  const exact = matchSpans(gold.quotes, quotes, 1);
  counts.quotesMatched = matched.length;
  counts.quotesExact = exact.length;
  const exactGold = new Set(exact.map(([g]) => g));
  const matchedPredicted = new Set(matched.map(([, p]) => p));
  const matchedGold = new Map(matched);
  gold.quotes.forEach((g, gi) => {
    const pi = matchedGold.get(gi);
    const p = pi === undefined ? undefined : quotes[pi];
    if (!p) return void problems.push(`quote missed: ${show(g.text)} (${g.kind}, ${g.speaker})`);
    if (!exactGold.has(gi)) problems.push(`quote span differs: gold ${show(g.text)}, found ${show(text(p))}`);
    if (p.kind === g.kind) counts.kindCorrect++;
    else problems.push(`quote kind wrong: ${show(g.text)} is ${g.kind}, found ${p.kind}`);
    const entity = p.speaker === null ? undefined : entities.get(p.speaker);
    if (speakerMatches(g, entity)) counts.speakerCorrect++;
    else problems.push(`quote speaker wrong: ${show(g.text)} is ${g.speaker}, found ${describe(entity, p.speaker)}`);
  });
  quotes.forEach((p, pi) => {
    if (!matchedPredicted.has(pi)) problems.push(`quote not in gold: ${show(text(p))} (${p.kind})`);
  });

  // Indirect speech: recall, with and without the right speaker.
  const indirect = analysis.statements.filter((s) => s.kind === 'indirect');
  counts.indirectGold = gold.indirect.length;
  counts.indirectPredicted = indirect.length;
  for (const g of gold.indirect) {
    const candidates = indirect.filter((p) => overlapRatio(g, p) >= 0.5);
    if (candidates.length === 0) {
      problems.push(`indirect missed: ${show(g.text)} (${g.speaker})`);
      continue;
    }
    counts.indirectFoundAnySpeaker++;
    if (candidates.some((p) => speakerMatches(g, p.speaker === null ? undefined : entities.get(p.speaker)))) counts.indirectFound++;
    else {
      const p = candidates[0];
      problems.push(`indirect speaker wrong: ${show(g.text)} is ${g.speaker}, found ${describe(p?.speaker ? entities.get(p.speaker) : undefined, p?.speaker ?? null)}`);
    }
  }

  // People: person entities against the gold names, one to one; exact names are paired before surnames.
  const persons = analysis.entities.filter((e) => e.type === 'person');
  counts.peopleGold = gold.people.length;
  counts.peoplePredicted = persons.length;
  const usedPersons = new Set<number>();
  const pairedGold = new Set<number>();
  for (const pass of ['exact', 'loose'] as const) {
    gold.people.forEach((name, gi) => {
      if (pairedGold.has(gi)) return;
      const pi = persons.findIndex((e, i) => !usedPersons.has(i) && (pass === 'exact' ? entityNames(e).some((n) => normalizeName(n) === normalizeName(name)) : personMatches(name, e)));
      if (pi >= 0) {
        usedPersons.add(pi);
        pairedGold.add(gi);
      }
    });
  }
  counts.peopleMatched = pairedGold.size;
  gold.people.forEach((name, gi) => {
    if (!pairedGold.has(gi)) problems.push(`person missed: ${name}`);
  });
  persons.forEach((e, i) => {
    if (!usedPersons.has(i)) problems.push(`person not in gold: ${e.name}`);
  });

  // Times: found when an event touches the gold expression; exact when its range and precision agree.
  counts.timesGold = gold.times.length;
  counts.timesPredicted = analysis.events.length;
  for (const g of gold.times) {
    const touching = analysis.events.filter((e) => touches(g, e));
    if (touching.length === 0) {
      problems.push(`time missed: ${show(g.text)} (${range(g.date)})`);
      continue;
    }
    counts.timesFound++;
    const right = touching.some((e) => e.date.start === g.date.start && e.date.end === g.date.end && e.date.precision === g.date.precision);
    if (right) counts.timesExact++;
    else problems.push(`time range wrong: ${show(g.text)} is ${range(g.date)}, found ${touching.map((e) => range(e.date)).join(' / ')}`);
  }
  for (const e of analysis.events) {
    if (!gold.times.some((g) => touches(g, e))) {
      counts.timesSpurious++;
      problems.push(`time not in gold: ${show(text(e))} (${range(e.date)})`);
    }
  }

  // Scare quotes and titles must not come back as statements of any kind.
  counts.notStatementsGold = gold.notStatements.length;
  for (const g of gold.notStatements) {
    const hit = analysis.statements.find((s) => overlapRatio(g, s) >= 0.5);
    if (hit) {
      counts.notStatementsReported++;
      problems.push(`not a statement, but reported as ${hit.kind}: ${show(g.text)}`);
    }
  }
  return { id: gold.id, counts, problems };
}

/** n / d, or null when there is nothing to divide by. */
export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

/** Micro-averaged F1 from counts: 2·matched / (gold + predicted). */
export function f1(matched: number, gold: number, predicted: number): number | null {
  return gold + predicted === 0 ? null : (2 * matched) / (gold + predicted);
}

/** The targets the hidden articles are measured against; the eval prints how far we are from each. */
export const targets = {
  quoteF1: { min: 0.95, label: 'quote F1 (≥50% overlap)' },
  quoteExactF1: { min: 0.9, label: 'quote F1 (exact spans)' },
  speakerAccuracy: { min: 0.95, label: 'speaker accuracy on found quotes' },
  indirectRecall: { min: 0.85, label: 'indirect recall with the right speaker' },
  personF1: { min: 0.95, label: 'person F1' },
  timesFound: { min: 0.95, label: 'time expressions found' },
  timesExact: { min: 0.9, label: 'time expressions resolved exactly' },
  notStatementsReported: { max: 0, label: 'scare quotes/titles reported as statements' },
} as const;

export type TargetName = keyof typeof targets;

/** The corpus totals as printed in the final `EVAL {json}` line. */
export function summarize(counts: Counts, articles: number) {
  const metrics: Record<TargetName, number | null> = {
    quoteF1: f1(counts.quotesMatched, counts.quotesGold, counts.quotesPredicted),
    quoteExactF1: f1(counts.quotesExact, counts.quotesGold, counts.quotesPredicted),
    speakerAccuracy: ratio(counts.speakerCorrect, counts.quotesMatched),
    indirectRecall: ratio(counts.indirectFound, counts.indirectGold),
    personF1: f1(counts.peopleMatched, counts.peopleGold, counts.peoplePredicted),
    timesFound: ratio(counts.timesFound, counts.timesGold),
    timesExact: ratio(counts.timesExact, counts.timesGold),
    notStatementsReported: counts.notStatementsReported,
  };
  const met = Object.fromEntries(
    (Object.keys(targets) as TargetName[]).map((name) => {
      const target = targets[name];
      const value = metrics[name];
      return [name, value !== null && ('min' in target ? value >= target.min : value <= target.max)];
    }),
  ) as Record<TargetName, boolean>;
  return {
    articles,
    quotes: {
      gold: counts.quotesGold,
      predicted: counts.quotesPredicted,
      matched: counts.quotesMatched,
      precision: ratio(counts.quotesMatched, counts.quotesPredicted),
      recall: ratio(counts.quotesMatched, counts.quotesGold),
      f1: metrics.quoteF1,
    },
    quotesExact: {
      matched: counts.quotesExact,
      precision: ratio(counts.quotesExact, counts.quotesPredicted),
      recall: ratio(counts.quotesExact, counts.quotesGold),
      f1: metrics.quoteExactF1,
    },
    kindAccuracy: ratio(counts.kindCorrect, counts.quotesMatched),
    speakerAccuracy: metrics.speakerAccuracy,
    indirect: {
      gold: counts.indirectGold,
      predicted: counts.indirectPredicted,
      found: counts.indirectFound,
      recall: metrics.indirectRecall,
      recallAnySpeaker: ratio(counts.indirectFoundAnySpeaker, counts.indirectGold),
    },
    people: {
      gold: counts.peopleGold,
      predicted: counts.peoplePredicted,
      matched: counts.peopleMatched,
      precision: ratio(counts.peopleMatched, counts.peoplePredicted),
      recall: ratio(counts.peopleMatched, counts.peopleGold),
      f1: metrics.personF1,
    },
    times: {
      gold: counts.timesGold,
      predicted: counts.timesPredicted,
      found: counts.timesFound,
      exact: counts.timesExact,
      foundRate: metrics.timesFound,
      exactRate: metrics.timesExact,
      spurious: counts.timesSpurious,
    },
    notStatements: { gold: counts.notStatementsGold, reported: counts.notStatementsReported },
    targetsMet: met,
  };
}

export type Summary = ReturnType<typeof summarize>;
