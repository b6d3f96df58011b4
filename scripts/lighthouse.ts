#!/usr/bin/env node
/**
 * `npm run lighthouse -- [options] [paths…]`: Lighthouse (performance, accessibility, best practices, SEO)
 * on the built site, in Debian's Chromium, mobile (Lighthouse's default) and desktop (its desktop preset).
 *
 * It builds nothing: it serves an existing `dist/` on a free port (`--dist DIR`, default `dist`; gzip and
 * cache headers as a static host sends them), or audits a server that is already running (`--url http://127.0.0.1:4390`). Pages: the seed article by default;
 * `--pages home,article,quote,person` picks named page types (the quote and person are the seed's first
 * statement and its first quoted person, read from the article's analysis.json); other arguments are paths.
 * `--preset mobile|desktop|both` (default both). Prints the four scores per page and preset and every audit
 * that is not passed; writes each JSON report to a temporary folder. Exits 1 when a score is below 100.
 *
 * Nothing leaves the machine: Chromium's resolver answers only for localhost and 127.0.0.1, its background
 * services are off, and any request a page makes to another origin is reported as a problem.
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/readme.md#using-programmatically
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { actorHref } from '../src/rendering/describe.ts';
import type { Analysis } from '../src/schema/analysis.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The seed article: the page the budget is about. */
export const seedArticleId = 'us-holds-off-new-russia-sanctions';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export type Preset = 'mobile' | 'desktop';

/** One audit of a category that did not pass. */
export interface FailingAudit {
  id: string;
  title: string;
  category: Category;
  /** 0–1, as Lighthouse scores it. */
  score: number;
  /** Its weight in the category score: 0 means it is shown but does not count. */
  weight: number;
  /** Lighthouse's short summary (a savings estimate, a count of elements…), when it gives one. */
  displayValue?: string;
}

/** What one Lighthouse run found on one page. */
export interface LighthouseSummary {
  url: string;
  preset: Preset;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  failing: FailingAudit[];
  /** Requests the page made to any origin but its own: there must be none. */
  foreignRequests: string[];
  /** Lighthouse's warnings about the run itself (an interstitial, a slow page…). */
  runWarnings: string[];
  lhr: Result;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** A text type worth compressing. */
const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: gzip for text when the client accepts it, and a year's
 * cache for Astro's content-hashed `/_astro/` files. Without these Lighthouse would measure this server's
 * shortcomings (uncompressed bytes under its simulated slow network) rather than the site.
 */
export async function serveBuiltSite(root: string): Promise<ServedSite> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(base, '404.html');
      if (!existsSync(file)) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      vary: 'accept-encoding',
    };
    if (compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
      createReadStream(file).pipe(createGzip()).pipe(response);
    } else {
      response.writeHead(status, headers);
      createReadStream(file).pipe(response);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * Debian's Chromium, headless, listening for the DevTools protocol on a free port. Started by hand rather
 * than through chrome-launcher so that the flags are exactly these (and no extra package is needed).
 */
export interface DebuggableChromium {
  port: number;
  close(): Promise<void>;
}

export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-default-apps',
    '--disable-extensions',
    // Everything but the local server fails to resolve: a page (or Chromium itself) cannot reach the internet.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ];
  const child: ChildProcess = spawn(chromiumPath, flags, { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((done, fail) => {
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not open a DevTools port within 30 s:\n${stderr}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${stderr}`));
    });
  });
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs Lighthouse once on one URL, in a Chromium already listening on `port`. */
export async function runLighthouse(url: string, preset: Preset, port: number): Promise<LighthouseSummary> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] };
  const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, flags, config);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);

  const scores = {} as Record<Category, number>;
  const failing: FailingAudit[] = [];
  for (const category of categories) {
    const entry = lhr.categories[category];
    if (!entry) throw new Error(`Lighthouse gave no ${category} category for ${url}`);
    scores[category] = Math.round((entry.score ?? 0) * 100);
    for (const ref of entry.auditRefs) {
      const audit = lhr.audits[ref.id];
      // Informative, manual and not-applicable audits have no score: they cannot fail.
      if (!audit || audit.score === null || audit.score >= 1) continue;
      failing.push({ id: audit.id, title: audit.title, category, score: audit.score, weight: ref.weight, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
    }
  }

  const origin = new URL(lhr.finalDisplayedUrl).origin;
  const requests = (lhr.audits['network-requests']?.details as { items?: Array<{ url?: string }> } | undefined)?.items ?? [];
  const foreignRequests = requests
    .map((item) => item.url ?? '')
    .filter((address) => /^(https?|wss?):/.test(address) && new URL(address).origin !== origin);
  return { url, preset, scores, failing, foreignRequests, runWarnings: lhr.runWarnings, lhr };
}

/** The named page types of the seed article's site, as paths: the quote and person come from its analysis. */
export async function seedPagePaths(base: string, names: readonly string[]): Promise<Array<[string, string]>> {
  const article = `/articles/${seedArticleId}/`;
  let analysis: Analysis | undefined;
  const load = async (): Promise<Analysis> => {
    if (analysis) return analysis;
    const response = await fetch(new URL(`${article}analysis.json`, base));
    if (!response.ok) throw new Error(`${article}analysis.json: HTTP ${response.status}`);
    analysis = (await response.json()) as Analysis;
    return analysis;
  };
  const pages: Array<[string, string]> = [];
  for (const name of names) {
    if (name === 'home') pages.push([name, '/']);
    else if (name === 'article') pages.push([name, article]);
    else if (name === 'quote') {
      const statement = (await load()).statements[0];
      if (!statement) throw new Error('the seed article has no statement for a quote page');
      pages.push([name, `/quotes/${statement.id}/`]);
    } else if (name === 'person') {
      const { entities, statements } = await load();
      const person = entities.find((e) => e.type === 'person' && statements.some((s) => s.speaker === e.id)) ?? entities.find((e) => e.type === 'person');
      const href = person && actorHref(person);
      if (!href) throw new Error('the seed article names no person for a person page');
      pages.push([name, href]);
    } else throw new Error(`unknown page type "${name}": use home, article, quote or person`);
  }
  return pages;
}

interface Options {
  url?: string;
  dist: string;
  pages: string[];
  paths: string[];
  presets: Preset[];
}

function parseArguments(argv: readonly string[]): Options {
  const options: Options = { dist: 'dist', pages: [], paths: [], presets: ['mobile', 'desktop'] };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${argument} needs a value`);
      return next;
    };
    if (argument === '--url') options.url = value();
    else if (argument === '--dist') options.dist = value();
    else if (argument === '--pages') options.pages.push(...value().split(',').filter(Boolean));
    else if (argument === '--preset') {
      const preset = value();
      if (preset === 'both') options.presets = ['mobile', 'desktop'];
      else if (preset === 'mobile' || preset === 'desktop') options.presets = [preset];
      else throw new Error(`--preset takes mobile, desktop or both, not "${preset}"`);
    } else if (argument.startsWith('--')) throw new Error(`unknown option ${argument}`);
    else options.paths.push(argument);
  }
  if (options.pages.length === 0 && options.paths.length === 0) options.pages.push('article');
  return options;
}

function formatSummary(name: string, summary: LighthouseSummary): string {
  const scores = categories.map((c) => `${c} ${summary.scores[c]}`).join(' · ');
  const lines = [`${name} (${summary.preset}) ${new URL(summary.url).pathname}: ${scores}`];
  for (const audit of summary.failing) {
    const counts = audit.weight > 0 ? `weight ${audit.weight}` : 'not weighted';
    lines.push(`  ✗ ${audit.category} ${audit.id}: ${audit.title} (score ${audit.score.toFixed(2)}, ${counts}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
  }
  for (const address of summary.foreignRequests) lines.push(`  ✗ request to another origin: ${address}`);
  for (const warning of summary.runWarnings) lines.push(`  ! ${warning}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  let base = options.url;
  let closeServer: (() => Promise<void>) | undefined;
  if (!base) {
    const dist = resolve(options.dist);
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no built site: run \`npm run build\` first, or pass --dist or --url`);
    const site = await serveBuiltSite(dist);
    base = site.url;
    closeServer = site.close;
  }
  const chromium = await launchDebuggableChromium();
  const reports = mkdtempSync(join(tmpdir(), 'lighthouse-reports-'));
  let problems = 0;
  try {
    const pages = [...(await seedPagePaths(base, options.pages)), ...options.paths.map((path): [string, string] => [path, path])];
    for (const [name, path] of pages) {
      for (const preset of options.presets) {
        const summary = await runLighthouse(new URL(path, base).href, preset, chromium.port);
        const file = join(reports, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'page'}-${preset}.json`);
        writeFileSync(file, JSON.stringify(summary.lhr, null, 2));
        console.log(formatSummary(name, summary));
        problems += categories.filter((c) => summary.scores[c] < 100).length + summary.foreignRequests.length;
      }
    }
  } finally {
    await chromium.close();
    await closeServer?.();
  }
  console.log(`JSON reports: ${reports}`);
  return problems === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}

