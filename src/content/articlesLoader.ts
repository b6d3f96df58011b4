/**
 * Content-layer loader for `content/articles/*.md`: runs analyze() on each copy, renders the copy with
 * its annotations through the configured Markdown processor, and writes both to the article's files in
 * the cache folder (src/content/articleFiles.ts). The store keeps, per article, the names of those files
 * and the statement ids it publishes; the pages read the files through src/content/site.ts.
 *
 * An article is analysed again only when its digest changes. The digest covers the copy, the registry
 * and the code that analyses and renders (src/extraction, src/schema, src/rendering, data/), so a
 * changed extraction rule re-analyses every article even though no copy changed.
 *
 * Fatal diagnostics stop the build with `file:line:column: message`; warnings are printed. So does a
 * statement id recorded in `<content>/permalinks.lock.json` that no longer resolves and is declared
 * neither a redirect nor a tombstone in `<content>/permalinks.yaml` (see src/permalinks/). In `astro dev`
 * a copy saved with a fatal problem is reported and the last good version stays on the page.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { analyze as defaultAnalyze } from '../extraction/analyze.ts';
import { formatDiagnostic } from '../extraction/diagnostics.ts';
import { decodeUtf8 } from '../extraction/text/decodeUtf8.ts';
import { articleIdFromFileName, findArticleIdProblems } from '../permalinks/articleIds.ts';
import { DECLARATIONS_FILE, LOCK_FILE } from '../permalinks/permalinkFiles.ts';
import { sitePermalinks } from '../permalinks/sitePermalinks.ts';
import { loadRegistry } from '../registry/loadRegistry.ts';
import type { Analysis } from '../schema/analysis.ts';
import type { Registry } from '../schema/registry.ts';
import { articleFiles, removeArticleFiles, type ArticleFiles } from './articleFiles.ts';
import { processArticle, type ArticleJob, type ArticleRenderer } from './processArticle.ts';

/** Options of the articles loader. */
export interface ArticlesLoaderOptions {
  /** The content folder (holding articles/, people/, organizations/, topics/), absolute or relative to the project root. */
  contentDir: string;
  /** The analysis to run; the engine's analyze() unless a test swaps it. */
  analyze?: (markdown: string, registry: Registry, options: { id: string }) => Analysis;
}

/** What each article entry holds in the content layer's store: where its analysis is, and what it publishes. */
export interface ArticleEntryData extends Record<string, unknown> {
  /** The article's files (src/content/articleFiles.ts). */
  files: ArticleFiles;
  /** The statement ids the article publishes, for the permalink check of every sync. */
  statementIds: string[];
}

/**
 * Folders (and files) whose code decides what analyze() and the renderer produce, relative to the project root.
 * src/lib/plainText.ts maps the visible text the article files keep.
 */
const codeFolders = ['src/extraction', 'src/schema', 'src/rendering', 'src/registry', 'data', 'src/lib/plainText.ts'];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (!/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** A fatal problem that stops the build, printed the way compilers print. */
class ContentError extends Error {
  constructor(lines: string[]) {
    super(`the content has problems that stop the build:\n${lines.join('\n')}`);
    this.name = 'ContentError';
  }
}

export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  const analyze = options.analyze ?? defaultAnalyze;
  return {
    name: 'articles-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentDir = resolve(root, options.contentDir);
      const articlesDir = join(contentDir, 'articles');
      const sync = () => syncArticles(context, { root, contentDir, articlesDir, analyze });
      await sync();
      const { watcher } = context;
      if (!watcher) return;
      // In dev: a saved copy or registry file is analysed again (the digest skips what did not change).
      watcher.add([articlesDir, ...['people', 'organizations', 'topics'].map((kind) => join(contentDir, kind)), join(contentDir, LOCK_FILE), join(contentDir, DECLARATIONS_FILE)]);
      let queued: Promise<void> = Promise.resolve();
      const onChange = (path: string) => {
        const inContent = !relative(contentDir, path).startsWith('..');
        // Copies, the registry, and the permalink files (permalinks.yaml, permalinks.lock.json).
        if (!inContent || !/\.(md|markdown|ya?ml|json)$/i.test(path)) return;
        queued = queued.then(async () => {
          try {
            await sync();
          } catch (error) {
            context.logger.error((error as Error).message);
          }
        });
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

interface SyncSettings {
  root: string;
  contentDir: string;
  articlesDir: string;
  analyze: NonNullable<ArticlesLoaderOptions['analyze']>;
}

async function syncArticles(context: LoaderContext, settings: SyncSettings): Promise<void> {
  const { store, logger, generateDigest, config, parseData } = context;
  const { root, contentDir, articlesDir, analyze } = settings;
  const errors: string[] = [];

  const { registry, diagnostics: registryProblems } = loadRegistry(contentDir);
  for (const d of registryProblems) {
    const line = formatDiagnostic(displayPath(root, d.file), d);
    if (d.fatal) errors.push(line);
    else logger.warn(line);
  }

  // The articles' files sit beside the content layer's own store, in the cache folder.
  const filesDir = join(cacheDirOf(config, root), 'articles');
  mkdirSync(filesDir, { recursive: true });
  // The folder is in the digest: a cache that moved is analysed again rather than pointing at the old place.
  const codeDigest = generateDigest(codeFolders.flatMap((f) => filesUnder(join(root, f)).map((p) => `${relative(root, p)}\n${readFileSync(p, 'utf8')}`)).join('\0') + `\0${filesDir}`);
  const registryDigest = generateDigest(JSON.stringify(registry));

  const files = existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => /\.(md|markdown)$/i.test(n)).sort() : [];
  if (files.length === 0) logger.warn(`no articles in ${relative(root, articlesDir) || articlesDir}: add Markdown copies there`);
  for (const problem of findArticleIdProblems(files.map((f) => join(articlesDir, f)))) {
    errors.push(`${displayPath(root, problem.file)}:1:1: error: ${problem.message} [${problem.ruleId}]`);
  }

  const seen = new Set<string>();
  const jobs: Array<{ job: ArticleJob; digest: string; path: string }> = [];
  for (const name of files) {
    const path = join(articlesDir, name);
    const shown = displayPath(root, path);
    const id = articleIdFromFileName(name);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    // Bytes that are not UTF-8 would silently become U+FFFD inside someone's quote: refuse them, placed.
    const decoded = decodeUtf8(readFileSync(path));
    if (decoded.invalid) {
      const bad = decoded.invalid;
      errors.push(
        `${shown}:${bad.line}:${bad.column}: error: the file is not valid UTF-8: byte${bad.bytes.includes(' ') ? 's' : ''} ${bad.bytes} ` +
          `${bad.before ? `after "${bad.before}"` : 'at the start of the line'} cannot be read as text${bad.count > 1 ? ` (and ${bad.count - 1} more place${bad.count > 2 ? 's' : ''})` : ''}. ` +
          'Re-save the file as UTF-8, then check the character here against the original [encoding-invalid]',
      );
      continue;
    }
    const source = decoded.text;
    const digest = generateDigest(`${codeDigest}\0${registryDigest}\0${source}`);
    // Unchanged, and its files are still there (a cleaned cache folder is analysed again, not trusted).
    const existing = store.get(id);
    const stored = filesOf(existing?.data);
    if (existing?.digest === digest && stored && existsSync(stored.data)) continue;
    jobs.push({ job: { id, fileURL: pathToFileURL(path).href, shown, source, files: articleFiles(filesDir, id, digest) }, digest, path });
  }

  if (jobs.length) {
    const started = performance.now();
    const renderer = await configuredRenderer(config);
    for (const { job, digest, path } of jobs) {
      const outcome = await processArticle(job, { analyze, registry, renderer });
      for (const line of outcome.lines) {
        if (line.fatal) errors.push(line.text);
        else logger.warn(line.text);
      }
      if (outcome.failed) continue;
      const previous = filesOf(store.get(job.id)?.data);
      const data: ArticleEntryData = { files: job.files, statementIds: outcome.statementIds };
      const parsed = await parseData({ id: job.id, data, filePath: path });
      store.set({ id: job.id, data: parsed, digest, filePath: relative(root, path) });
      if (previous && previous.data !== job.files.data) removeArticleFiles(previous);
    }
    logger.info(`${jobs.length} article${jobs.length === 1 ? '' : 's'} analysed in ${Math.round(performance.now() - started)} ms`);
  }

  for (const id of store.keys()) {
    if (seen.has(id)) continue;
    const gone = filesOf(store.get(id)?.data);
    store.delete(id);
    if (gone) removeArticleFiles(gone);
  }
  // Published quote links must keep working. Checked only once the copies themselves are sound: an
  // article that failed to analyse has no statements, and every one of its links would be reported too.
  if (errors.length === 0) {
    const current = store.keys().flatMap((id) => ((store.get(id)?.data as ArticleEntryData | undefined)?.statementIds ?? []).map((statement) => ({ id: statement, article: id })));
    const permalinks = sitePermalinks(contentDir, current, root);
    for (const line of permalinks.warnings) logger.warn(line);
    errors.push(...permalinks.errors);
  }
  if (errors.length) throw new ContentError(errors);
}

/** The files an entry points to; none for an entry stored by an older version of this loader. */
function filesOf(data: Record<string, unknown> | undefined): ArticleFiles | null {
  const files = (data as Partial<ArticleEntryData> | undefined)?.files;
  return files && typeof files.data === 'string' && typeof files.html === 'string' ? files : null;
}

/** The processor configured in astro.config.mjs, given the shared options the way Astro gives them. */
async function configuredRenderer(config: LoaderContext['config']): Promise<ArticleRenderer> {
  type Shared = Parameters<typeof config.markdown.processor.createRenderer>[0];
  const shared = {
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
    gfm: config.markdown.gfm,
    smartypants: config.markdown.smartypants,
  } as unknown as Shared;
  return (await config.markdown.processor.createRenderer(shared)) as unknown as ArticleRenderer;
}

/** Astro's cache folder (`cacheDir`), where the content layer keeps its store. */
function cacheDirOf(config: LoaderContext['config'], root: string): string {
  const dir = (config as { cacheDir?: URL | string }).cacheDir;
  if (dir === undefined) return join(root, 'node_modules', '.astro');
  return typeof dir === 'string' ? resolve(root, dir) : fileURLToPath(dir);
}

/** A path as an editor reads it: relative to the project when inside it, absolute otherwise. */
function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel;
}
