/**
 * The benchmark: the full site against a bare Astro site on the same synthetic corpus, analyze() against remark's
 * parser, the page weight of the seed article and of a quote page, and a cached rebuild with one article changed.
 *
 *   npm run bench -- --articles 1000            one size (default 1000)
 *   npm run bench -- --scale                    250, 1000 and 4000 articles: the full/bare ratio at each
 *   options: --seed S  --repeat K (median of K builds)  --rounds R (analyze rounds)  --cpu-prof  --keep
 *            --timeout-min M (per build)  --quote-page SUBSTRING  --no-cached
 *
 * Progress goes to stderr; the last line on stdout is `BENCH {json}` with every figure.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze } from '../src/extraction/analyze.ts';
import { loadRegistry } from '../src/registry/loadRegistry.ts';
import { summarizeProfiles, type ProfileSummary } from './cpuProfile.ts';
import { writeCorpus } from './generateCorpus.ts';
import { countPages, killRunning, runMeasured, type RunResult } from './measureProcess.ts';
import { htmlFiles, pageWeight, type PageWeight } from './pageWeight.ts';

const root = dirname(import.meta.dirname);
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');

const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    scale: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '7' },
    'cpu-prof': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'timeout-min': { type: 'string', default: '45' },
    'quote-page': { type: 'string' },
    'no-cached': { type: 'boolean', default: false },
  },
  strict: true,
});

const articles = Number(opts.articles);
const seed = Number(opts.seed);
const repeat = Math.max(1, Number(opts.repeat));
const rounds = Math.max(3, Number(opts.rounds));
const timeoutMs = Number(opts['timeout-min']) * 60_000;
const sizes = opts.scale ? [...new Set([250, 1000, 4000, articles])].sort((a, b) => a - b) : [articles];

const log = (line: string) => process.stderr.write(`${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const strip = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

const work = mkdtempSync(join(tmpdir(), 'news-bench-'));
const logs = join(work, 'logs');
mkdirSync(logs);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killRunning();
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}

/**
 * The name of the environment variable src/content.config.ts reads for its content folder. CONTENT_DIR is also
 * always set, which is the name the site was asked to use.
 */
function contentEnv(): { name: string; readByContentConfig: boolean } {
  const file = join(root, 'src/content.config.ts');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const match = /(?:process\.env|import\.meta\.env)(?:\.|\[['"])([A-Z0-9_]*(?:CONTENT|CORPUS)[A-Z0-9_]*)/.exec(text);
  if (match) return { name: match[1] as string, readByContentConfig: true };
  return { name: 'CONTENT_DIR', readByContentConfig: text.includes('CONTENT_DIR') };
}
const env = contentEnv();
if (!env.readByContentConfig) log(`warning: src/content.config.ts does not read ${env.name} (yet): the full build will not see the corpus, only content/`);

const buildScript = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build'] ?? '';
const runsPagefind = buildScript.includes('pagefind');

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Children that call `node` get the same (pinned) Node as this script.
    PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
    ...extra,
  };
}

interface BuildFigures {
  wallMs: number;
  peakRssMB: number;
  pages: number;
  ok: boolean;
  /** Time of the search indexer, included in wallMs (full site only; run by the build beside other work, or after it by the build script). */
  pagefindMs?: number;
  /** Astro's own phase lines ("N page(s) built in …"). */
  phases: string[];
  log: string;
}

function phasesOf(output: string): string[] {
  return strip(output)
    .split('\n')
    .filter((l) => /Completed in|built in|Synced content|Generated|analysed in|quote pages|Pagefind in|error/i.test(l))
    .map((l) => l.replace(/^\d\d:\d\d:\d\d\s*/, '').trim())
    .slice(-12);
}

function failed(label: string, result: RunResult, logFile: string): void {
  log(`  ${label} FAILED (exit ${result.exitCode}${result.timedOut ? ', timed out' : ''}); log: ${logFile}`);
  log(
    strip(result.output)
      .split('\n')
      .filter((l) => l.trim())
      .slice(-15)
      .map((l) => `    | ${l}`)
      .join('\n'),
  );
}

async function buildFull(corpus: string, out: string, cache: string, label: string, nodeFlags: string[] = []): Promise<BuildFigures> {
  const logFile = join(logs, `${label}.log`);
  const envVars = { [env.name]: corpus, CONTENT_DIR: corpus, BENCH_OUT_DIR: out, BENCH_CACHE_DIR: cache };
  const astro = await runMeasured(process.execPath, [...nodeFlags, astroBin, 'build', '--config', 'bench/full.astro.config.mjs'], { cwd: root, env: baseEnv(envVars), timeoutMs, logFile, label });
  const figures: BuildFigures = { wallMs: astro.wallMs, peakRssMB: astro.peakRssMB, pages: countPages(out), ok: astro.exitCode === 0, phases: phasesOf(astro.output), log: astro.output };
  if (!figures.ok) failed(label, astro, logFile);
  // The build runs Pagefind itself (src/lib/searchIndex.ts) and says how long it took.
  const indexed = /search index built by Pagefind in (\d+) ms/.exec(strip(astro.output));
  if (indexed) figures.pagefindMs = Number(indexed[1]);
  if (figures.ok && runsPagefind && nodeFlags.length === 0) {
    const pf = await runMeasured(process.execPath, [pagefindBin, '--site', out], { cwd: root, env: baseEnv({}), timeoutMs, logFile: join(logs, `${label}-pagefind.log`), label: `${label} pagefind` });
    figures.wallMs += pf.wallMs;
    figures.pagefindMs = pf.wallMs;
    figures.peakRssMB = Math.max(figures.peakRssMB, pf.peakRssMB);
    if (pf.exitCode !== 0) {
      failed(`${label} pagefind`, pf, join(logs, `${label}-pagefind.log`));
      figures.ok = false;
    }
  }
  return figures;
}

async function buildBare(corpus: string, out: string, cache: string, label: string): Promise<BuildFigures> {
  const logFile = join(logs, `${label}.log`);
  const result = await runMeasured(process.execPath, [astroBin, 'build', '--root', 'bench/bare'], { cwd: root, env: baseEnv({ BENCH_CORPUS_DIR: corpus, BENCH_OUT_DIR: out, BENCH_CACHE_DIR: cache }), timeoutMs, logFile, label });
  const figures: BuildFigures = { wallMs: result.wallMs, peakRssMB: result.peakRssMB, pages: countPages(out), ok: result.exitCode === 0, phases: phasesOf(result.output), log: result.output };
  if (!figures.ok) failed(label, result, logFile);
  return figures;
}

/** The project's own content (the seed article and its registry) plus N generated articles. */
function makeCorpus(size: number): { dir: string; bytes: number } {
  const dir = join(work, `corpus-${size}`);
  const projectContent = join(root, 'content');
  if (existsSync(projectContent)) cpSync(projectContent, dir, { recursive: true });
  const written = writeCorpus(dir, { articles: size, seed });
  return { dir, bytes: written.articleBytes };
}

/** Median of `repeat` builds, each from a cold cache. Returns the figures and the cache of the last one. */
async function measure(kind: 'full' | 'bare', corpus: string, size: number): Promise<{ figures: BuildFigures; out: string; cache: string }> {
  const walls: number[] = [];
  let last: BuildFigures | null = null;
  let out = '';
  let cache = '';
  let peak = 0;
  for (let r = 0; r < repeat; r++) {
    out = join(work, `${kind}-${size}-out`);
    cache = join(work, `${kind}-${size}-cache-${r}`);
    rmSync(out, { recursive: true, force: true });
    const label = `${kind}-${size}${repeat > 1 ? `-r${r}` : ''}`;
    log(`  building ${kind} site, ${size} articles${repeat > 1 ? ` (${r + 1}/${repeat})` : ''}…`);
    last = kind === 'full' ? await buildFull(corpus, out, cache, label) : await buildBare(corpus, out, cache, label);
    walls.push(last.wallMs);
    peak = Math.max(peak, last.peakRssMB);
    log(`  ${kind}: ${secs(last.wallMs)}, peak ${last.peakRssMB.toFixed(0)} MB, ${last.pages} pages${last.ok ? '' : ' (FAILED)'}`);
  }
  const figures = { ...(last as BuildFigures), wallMs: median(walls), peakRssMB: peak };
  return { figures, out, cache };
}

/** analyze() against unified().use(remarkParse).parse on the same files: warm-up, then alternating rounds. */
function throughput(corpus: string): { articles: number; mb: number; analyze: { medianMs: number; articlesPerSec: number; mbPerSec: number }; remark: { medianMs: number; articlesPerSec: number; mbPerSec: number }; ratio: number; fatalArticles: number } {
  const { registry } = loadRegistry(corpus);
  const dir = join(corpus, 'articles');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ id: basename(f, '.md'), text: readFileSync(join(dir, f), 'utf8') }));
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  const processor = unified().use(remarkParse);
  let fatalArticles = 0;
  const runAnalyze = (count: boolean) => {
    const t = performance.now();
    for (const f of files) {
      const result = analyze(f.text, registry, { id: f.id });
      if (count && result.diagnostics.some((d) => d.fatal)) fatalArticles++;
    }
    return performance.now() - t;
  };
  const runRemark = () => {
    const t = performance.now();
    for (const f of files) processor.parse(f.text);
    return performance.now() - t;
  };
  runAnalyze(true);
  runRemark();
  runAnalyze(false);
  runRemark();
  const a: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate, so drift on a shared machine hits both alike.
    a.push(runAnalyze(false));
    r.push(runRemark());
  }
  const rate = (ms: number) => ({ medianMs: round(ms), articlesPerSec: round(files.length / (ms / 1000), 0), mbPerSec: round(bytes / 1e6 / (ms / 1000), 2) });
  const am = median(a);
  const rm = median(r);
  return { articles: files.length, mb: round(bytes / 1e6, 3), analyze: rate(am), remark: rate(rm), ratio: round(am / rm, 3), fatalArticles };
}

/** The seed article's page and one quote page, found by the seed's file name in the built paths. */
function pickPages(dist: string): { article: string | null; quote: string | null } {
  const pages = htmlFiles(dist);
  const seeds = existsSync(join(root, 'content/articles'))
    ? readdirSync(join(root, 'content/articles'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => basename(f, '.md'))
    : [];
  const shortest = (list: string[]) => list.sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? null;
  // Statement ids are `<article>--<speaker>-<first words>` (src/schema/analysis.ts), so quote pages carry "--".
  const isQuote = (p: string) => p.includes('--') || /(^|\/)(q|quotes?|statements?)\//.test(p);
  const article = shortest(pages.filter((p) => !isQuote(p) && seeds.some((s) => p.split('/').includes(s))));
  const wanted = opts['quote-page'];
  const quote = wanted ? shortest(pages.filter((p) => p.includes(wanted))) : (shortest(pages.filter((p) => isQuote(p) && seeds.some((s) => p.includes(s)))) ?? shortest(pages.filter(isQuote)));
  return { article, quote };
}

/**
 * Digest of every article entry in the content layer's data store (the cache a build leaves in cacheDir).
 * The articles loader re-analyzes an article exactly when its digest changes, so comparing the digests before and
 * after a rebuild counts re-analyzed articles without the loader having to log it.
 */
async function articleDigests(cache: string): Promise<Map<string, string> | null> {
  const file = join(cache, 'data-store.json');
  if (!existsSync(file)) return null;
  // devalue is what Astro serializes the store with; resolve Astro's own copy rather than depending on it.
  const devaluePath = createRequire(astroBin).resolve('devalue');
  const devalue = (await import(pathToFileURL(devaluePath).href)) as { parse: (text: string) => unknown };
  const store = devalue.parse(readFileSync(file, 'utf8'));
  const articlesMap = store instanceof Map ? (store.get('articles') as Map<string, { digest?: string }> | undefined) : undefined;
  if (!articlesMap) return null;
  return new Map([...articlesMap].map(([id, entry]) => [id, String(entry.digest ?? '')]));
}

/** Sizes and times of the project's code and data files: tells whether someone edited them during the run. */
function codeFingerprint(): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const s = statSync(path);
        parts.push(`${path}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  for (const dir of ['src', 'data']) walk(join(root, dir));
  return parts.sort().join('\n');
}

const kb = (bytes: number) => round(bytes / 1024, 1);
function weightSummary(w: PageWeight) {
  const part = (x: { raw: number; gzip: number; files: number }) => ({ rawKB: kb(x.raw), gzipKB: kb(x.gzip), files: x.files });
  return { page: w.page, html: part(w.html), css: part(w.css), js: part(w.js), fonts: part(w.fonts), other: part(w.other), total: part(w.total), inlineJsKB: kb(w.inlineJsRaw), fontFiles: w.fontFiles, external: w.external, missing: w.missing };
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadavg().map((x) => round(x, 2));
  log(`bench: ${sizes.join(', ')} article(s), seed ${seed}, work folder ${work}`);
  log(`full site: astro build (project config, ${env.name}=<corpus>, Pagefind included${runsPagefind ? ': run after it, as the build script does' : ': the build runs it'}); bare site: astro build --root bench/bare`);
  const scale: { articles: number; corpusMB: number; full: Omit<BuildFigures, 'log'>; bare: Omit<BuildFigures, 'log'>; ratio: number }[] = [];
  let mainRun: { corpus: string; fullOut: string; fullCache: string } | null = null;
  let codeBefore = '';
  for (const size of sizes) {
    log(`\n== ${size} articles ==`);
    const corpus = makeCorpus(size);
    log(`  corpus: ${size} generated articles, ${(corpus.bytes / 1e6).toFixed(2)} MB, plus the project's content/`);
    if (size === articles) codeBefore = codeFingerprint();
    const bare = await measure('bare', corpus.dir, size);
    const full = await measure('full', corpus.dir, size);
    const ratio = full.figures.wallMs / bare.figures.wallMs;
    log(`  full/bare: ${ratio.toFixed(2)}×`);
    const { log: _fl, ...fullFigures } = full.figures;
    const { log: _bl, ...bareFigures } = bare.figures;
    scale.push({ articles: size, corpusMB: round(corpus.bytes / 1e6, 2), full: { ...fullFigures, wallMs: round(fullFigures.wallMs, 0), peakRssMB: round(fullFigures.peakRssMB, 0), ...(fullFigures.pagefindMs === undefined ? {} : { pagefindMs: round(fullFigures.pagefindMs, 0) }) }, bare: { ...bareFigures, wallMs: round(bareFigures.wallMs, 0), peakRssMB: round(bareFigures.peakRssMB, 0) }, ratio: round(ratio, 3) });
    if (size === articles) mainRun = { corpus: corpus.dir, fullOut: full.out, fullCache: full.cache };
    else if (!opts.keep) rmSync(corpus.dir, { recursive: true, force: true });
  }
  if (!mainRun) throw new Error('the main size was not built');

  log(`\n== analyze() vs remark-parse, ${articles} articles, ${rounds} rounds ==`);
  const speed = throughput(mainRun.corpus);
  log(`  analyze(): ${speed.analyze.articlesPerSec} articles/s, ${speed.analyze.mbPerSec} MB/s (median ${speed.analyze.medianMs} ms)`);
  log(`  remark parse: ${speed.remark.articlesPerSec} articles/s, ${speed.remark.mbPerSec} MB/s (median ${speed.remark.medianMs} ms)`);
  log(`  analyze/remark time: ${speed.ratio}×${speed.fatalArticles ? `; ${speed.fatalArticles} article(s) with fatal diagnostics` : ''}`);

  log('\n== page weight ==');
  const pages = pickPages(mainRun.fullOut);
  const weights: Record<string, ReturnType<typeof weightSummary> | null> = { seedArticle: null, quote: null };
  for (const [key, page] of [['seedArticle', pages.article], ['quote', pages.quote]] as const) {
    if (!page) {
      log(`  ${key}: no such page in the build output`);
      continue;
    }
    const w = weightSummary(pageWeight(mainRun.fullOut, join(mainRun.fullOut, page)));
    weights[key] = w;
    log(`  ${key} ${page}: total ${w.total.rawKB} KB raw / ${w.total.gzipKB} KB gzip (html ${w.html.gzipKB}, css ${w.css.gzipKB}, js ${w.js.gzipKB}, fonts ${w.fonts.gzipKB} KB gzip; inline js ${w.inlineJsKB} KB)`);
  }

  let cached: { wallMs: number; coldWallMs: number; changedArticle: string; reanalyzed: number | null; cachedArticles: number | null; codeChangedMeanwhile: boolean; pagefindMs: number | null; phases: string[]; ok: boolean; note: string } | null = null;
  if (!opts['no-cached']) {
    log('\n== cached rebuild, one article changed ==');
    const dir = join(mainRun.corpus, 'articles');
    const target = readdirSync(dir)
      .filter((f) => /-\d{5}\.md$/.test(f))
      .sort()[0] as string;
    const file = join(dir, target);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()} A late update was added to this story on Tuesday.\n`);
    const codeChanged = codeFingerprint() !== codeBefore;
    if (codeChanged) log('  note: files under src/ or data/ changed since the cold build, so the loader re-analyzes every article by design');
    const before = await articleDigests(mainRun.fullCache);
    const rebuilt = await buildFull(mainRun.corpus, mainRun.fullOut, mainRun.fullCache, `full-${articles}-cached`);
    const after = await articleDigests(mainRun.fullCache);
    const cold = scale.find((s) => s.articles === articles)?.full.wallMs ?? 0;
    let reanalyzed: number | null = null;
    if (before && after) reanalyzed = [...after].filter(([id, digest]) => before.get(id) !== digest).length;
    cached = {
      wallMs: round(rebuilt.wallMs, 0),
      coldWallMs: cold,
      changedArticle: target,
      reanalyzed,
      cachedArticles: after && reanalyzed !== null ? after.size - reanalyzed : null,
      codeChangedMeanwhile: codeChanged,
      pagefindMs: rebuilt.pagefindMs === undefined ? null : round(rebuilt.pagefindMs, 0),
      phases: rebuilt.phases,
      ok: rebuilt.ok,
      note: before ? 'articles whose data-store digest changed between the two builds (the loader re-analyzes exactly those)' : 'the first build left no data store (it failed before the content sync finished); count not available',
    };
    log(`  second build: ${secs(rebuilt.wallMs)} (cold ${secs(cold)})${rebuilt.pagefindMs === undefined ? '' : `, of which pagefind ${secs(rebuilt.pagefindMs)}`}; re-analyzed: ${reanalyzed ?? 'unknown'} of ${after?.size ?? '?'} articles${rebuilt.ok ? '' : ' (FAILED)'}`);
  }

  let profile: ProfileSummary | null = null;
  if (opts['cpu-prof']) {
    log('\n== CPU profile of the full build (fresh cache) ==');
    const profDir = join(work, 'cpu-prof');
    await buildFull(mainRun.corpus, join(work, 'prof-out'), join(work, 'prof-cache'), `full-${articles}-prof`, ['--cpu-prof', '--cpu-prof-dir', profDir]);
    if (existsSync(profDir)) {
      profile = summarizeProfiles(profDir, root);
      log(`  sampled ${secs(profile.totalMs)} of main-thread CPU`);
      log('  by package:');
      for (const p of profile.packages) log(`    ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.name}`);
      log('  heaviest functions (self time):');
      for (const f of profile.functions) log(`    ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.where}`);
    }
  }

  const at = scale.find((s) => s.articles === articles);
  const budgets = {
    fullOverBare: { target: 1.5, value: at?.ratio ?? null, ok: at && at.full.ok && at.bare.ok ? at.ratio <= 1.5 : null, note: articles === 1000 ? 'at 1000 articles' : `measured at ${articles} articles; the budget is stated at 1000` },
    analyzeOverRemark: { target: 1.0, value: speed.ratio, ok: speed.ratio <= 1.0 },
    seedArticleGzipKB: { target: 50, value: weights['seedArticle']?.total.gzipKB ?? null, ok: weights['seedArticle'] ? weights['seedArticle'].total.gzipKB <= 50 : null },
    jsGzipKB: { target: 5, value: weights['seedArticle']?.js.gzipKB ?? null, ok: weights['seedArticle'] ? weights['seedArticle'].js.gzipKB <= 5 : null },
    fontsDownloaded: { target: 0, value: weights['seedArticle']?.fonts.files ?? null, ok: weights['seedArticle'] ? weights['seedArticle'].fonts.files === 0 : null },
  };
  log('\n== summary ==');
  for (const s of scale) log(`  ${String(s.articles).padStart(5)} articles: full ${secs(s.full.wallMs)} (${s.full.pages} pages, ${s.full.peakRssMB} MB${s.full.ok ? '' : ', FAILED'}) vs bare ${secs(s.bare.wallMs)} (${s.bare.pages} pages, ${s.bare.peakRssMB} MB${s.bare.ok ? '' : ', FAILED'}): ${s.ratio}×`);
  for (const [name, b] of Object.entries(budgets)) log(`  budget ${name}: ${b.value ?? 'n/a'} (target ${b.target}) ${b.ok === null ? '' : b.ok ? 'OK' : 'OVER'}`);
  log(`  total bench time ${secs(performance.now() - started)}; load average ${loadAtStart.join(' ')} at start, ${loadavg().map((x) => x.toFixed(2)).join(' ')} at end (${availableParallelism()} CPUs)`);

  const result = {
    seed,
    articles,
    repeat,
    node: process.version,
    cpus: availableParallelism(),
    // Other work on the machine skews every timing; the load average says how much there was.
    loadAverage: { start: loadAtStart, end: loadavg().map((x) => round(x, 2)) },
    contentEnv: env,
    fullBuildIncludesPagefind: scale.every((s) => s.full.pagefindMs !== undefined),
    scale,
    throughput: speed,
    pageWeight: weights,
    cachedRebuild: cached,
    cpuProfile: profile,
    budgets,
  };
  process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
  if (opts.keep) log(`  kept ${work}`);
  else {
    // Tens of thousands of pages take a while to delete on a busy disk; the figures are already out.
    log(`  removing ${work}…`);
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  killRunning();
  log(`bench failed: ${(error as Error).stack ?? String(error)}`);
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
