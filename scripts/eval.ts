#!/usr/bin/env node
/**
 * `npm run eval [-- --verbose] [name…]`: runs analyze() on every hand-annotated article in
 * tests/fixtures/corpus and scores it against NAME.expected.json (conventions: tests/fixtures/corpus/README.md).
 * Prints one line per article, the corpus totals (micro-averaged) against the targets, and a last line
 * `EVAL {json}`. Exits 0 whatever the scores; exits 1 only when a fixture itself is broken.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/extraction/analyze.ts';
import { loadRegistry } from '../src/registry/loadRegistry.ts';
import { SCHEMA_VERSION, type Analysis } from '../src/schema/analysis.ts';
import { FixtureError, listFixtures, loadFixture, type Gold } from './eval/fixtures.ts';
import { addCounts, emptyCounts, f1, ratio, scoreArticle, summarize, targets, type ArticleScore, type TargetName } from './eval/score.ts';

const usage = `usage: npm run eval [-- --verbose] [--dir <folder>] [name…]

  --verbose, -v   list every miss and false positive under each article
  --dir <folder>  score another annotated folder (default tests/fixtures/corpus; the held-out set is
                  tests/fixtures/holdout)
  name…           score only the corpus articles whose file name contains one of these`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultCorpusDir = join(root, 'tests/fixtures/corpus');

const pct = (value: number | null) => (value === null ? '  -  ' : value.toFixed(2).padStart(5));

/** An analysis with nothing found, standing in when analyze() throws, so the article still counts. */
function emptyAnalysis(gold: Gold): Analysis {
  return {
    schemaVersion: SCHEMA_VERSION,
    article: { id: gold.id, title: null, published: gold.published, publishedDate: gold.published, publishedInferred: false, source: { name: 'unknown', url: null }, retrieved: null, language: 'en', bodyStart: gold.bodyStart },
    entities: [],
    mentions: [],
    statements: [],
    events: [],
    positions: [],
    notes: [],
    diagnostics: [],
  };
}

/** Spans whose text is not what stands at their offsets break invariant 2; the scores would be meaningless there. */
function spanProblems(gold: Gold, analysis: Analysis): string[] {
  const bad: string[] = [];
  for (const span of [...analysis.statements, ...analysis.events, ...analysis.mentions]) {
    if (gold.source.slice(span.start, span.end) !== span.text) bad.push(`span ${span.start}-${span.end} says «${span.text}» but the source there reads «${gold.source.slice(span.start, span.end)}»`);
  }
  return bad;
}

function articleLine(score: ArticleScore): string {
  const c = score.counts;
  return [
    score.id.padEnd(28),
    `quotes ${String(c.quotesMatched).padStart(2)}/${String(c.quotesGold).padEnd(2)} F1 ${pct(f1(c.quotesMatched, c.quotesGold, c.quotesPredicted))} exact ${pct(f1(c.quotesExact, c.quotesGold, c.quotesPredicted))}`,
    `speaker ${pct(ratio(c.speakerCorrect, c.quotesMatched))}`,
    `indirect ${String(c.indirectFound).padStart(2)}/${String(c.indirectGold).padEnd(2)}`,
    `people F1 ${pct(f1(c.peopleMatched, c.peopleGold, c.peoplePredicted))}`,
    `times ${String(c.timesFound).padStart(2)}/${String(c.timesGold).padEnd(2)} found ${String(c.timesExact).padStart(2)} exact`,
    `not-statements reported ${c.notStatementsReported}/${c.notStatementsGold}`,
  ].join(' | ');
}

function main(argv: string[]): number {
  const args = argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const verbose = args.includes('--verbose') || args.includes('-v');
  const dirAt = args.indexOf('--dir');
  const corpusDir = dirAt >= 0 ? resolve(args[dirAt + 1] ?? '') : defaultCorpusDir;
  const rest = dirAt >= 0 ? args.filter((_, i) => i !== dirAt && i !== dirAt + 1) : args;
  const unknown = rest.filter((a) => a.startsWith('-') && !['--verbose', '-v'].includes(a));
  if (unknown.length) {
    console.error(`unknown option ${unknown.join(', ')}\n\n${usage}`);
    return 2;
  }
  const names = rest.filter((a) => !a.startsWith('-'));

  // Fixtures first: a broken fixture is reported in full before anything is scored.
  const fixtures: Gold[] = [];
  const broken: FixtureError[] = [];
  const paths = listFixtures(corpusDir).filter((p) => names.length === 0 || names.some((n) => p.includes(n)));
  if (paths.length === 0) {
    console.error(names.length ? `no corpus article matches ${names.join(', ')} in ${corpusDir}` : `no articles in ${corpusDir}`);
    return 1;
  }
  for (const path of paths) {
    try {
      const { gold, warnings } = loadFixture(path);
      fixtures.push(gold);
      if (verbose) for (const w of warnings) console.error(`${path}: warning: ${w}`);
    } catch (error) {
      if (error instanceof FixtureError) broken.push(error);
      else throw error;
    }
  }
  if (broken.length) {
    for (const error of broken) console.error(`broken fixture ${error.message}`);
    console.error(`\n${broken.length} fixture file(s) need fixing before the corpus can be scored.`);
    return 1;
  }

  // Fixtures name unregistered people on purpose: the registry is the project's, whatever it holds.
  const { registry, diagnostics } = loadRegistry(join(root, 'content'));
  for (const d of diagnostics) console.error(`registry: ${d.file}:${d.line}:${d.column}: ${d.message}`);

  let total = emptyCounts();
  for (const gold of fixtures) {
    let analysis: Analysis;
    const extra: string[] = [];
    try {
      analysis = analyze(gold.source, registry, { id: gold.id });
    } catch (error) {
      analysis = emptyAnalysis(gold);
      extra.push(`analyze() threw: ${(error as Error).stack ?? String(error)}`);
    }
    extra.push(...spanProblems(gold, analysis));
    const score = scoreArticle(gold, analysis);
    total = addCounts(total, score.counts);
    console.log(articleLine(score));
    const shown = verbose ? [...extra, ...score.problems] : extra;
    for (const line of shown) console.log(`    ${line}`);
  }

  const summary = summarize(total, fixtures.length);
  console.log(`\nTotals over ${fixtures.length} article(s), micro-averaged:`);
  console.log(`  quotes      P ${pct(summary.quotes.precision)}  R ${pct(summary.quotes.recall)}  F1 ${pct(summary.quotes.f1)}   (${summary.quotes.matched} of ${summary.quotes.gold} gold, ${summary.quotes.predicted} predicted, ≥50% overlap)`);
  console.log(`  exact spans P ${pct(summary.quotesExact.precision)}  R ${pct(summary.quotesExact.recall)}  F1 ${pct(summary.quotesExact.f1)}`);
  console.log(`  kind accuracy ${pct(summary.kindAccuracy)}   speaker accuracy ${pct(summary.speakerAccuracy)}   (on matched quotes)`);
  console.log(`  indirect    recall ${pct(summary.indirect.recall)} with the right speaker, ${pct(summary.indirect.recallAnySpeaker)} any speaker   (${summary.indirect.gold} gold, ${summary.indirect.predicted} predicted)`);
  console.log(`  people      P ${pct(summary.people.precision)}  R ${pct(summary.people.recall)}  F1 ${pct(summary.people.f1)}   (${summary.people.gold} gold, ${summary.people.predicted} predicted)`);
  console.log(`  times       found ${pct(summary.times.foundRate)}  exact range ${pct(summary.times.exactRate)}   (${summary.times.gold} gold, ${summary.times.predicted} predicted, ${summary.times.spurious} not in gold)`);
  console.log(`  scare quotes/titles reported as statements: ${summary.notStatements.reported} of ${summary.notStatements.gold}`);
  console.log('\nTargets:');
  const values: Record<TargetName, number | null> = {
    quoteF1: summary.quotes.f1,
    quoteExactF1: summary.quotesExact.f1,
    speakerAccuracy: summary.speakerAccuracy,
    indirectRecall: summary.indirect.recall,
    personF1: summary.people.f1,
    timesFound: summary.times.foundRate,
    timesExact: summary.times.exactRate,
    notStatementsReported: summary.notStatements.reported,
  };
  for (const name of Object.keys(targets) as TargetName[]) {
    const target = targets[name];
    const bound = 'min' in target ? `≥ ${target.min.toFixed(2)}` : `= ${target.max}`;
    const value = values[name];
    const shown = name === 'notStatementsReported' ? String(value) : pct(value);
    console.log(`  ${summary.targetsMet[name] ? 'met ' : 'MISS'}  ${target.label.padEnd(44)} ${shown.padStart(5)}  (target ${bound})`);
  }
  console.log(`EVAL ${JSON.stringify(summary)}`);
  return 0;
}

process.exitCode = main(process.argv);
