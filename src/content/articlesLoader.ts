/**
 * Content-layer loader for `content/articles/*.md`: runs analyze() on each copy, renders the copy with
 * its annotations through the configured Markdown processor, and stores both.
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
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseDocument } from 'yaml';
import { analyze as defaultAnalyze } from '../extraction/analyze.ts';
import { formatDiagnostic } from '../extraction/diagnostics.ts';
import { splitFrontmatter } from '../extraction/frontmatter.ts';
import { decodeUtf8 } from '../extraction/text/decodeUtf8.ts';
import { LineIndex } from '../extraction/text/lineIndex.ts';
import { articleIdFromFileName, findArticleIdProblems } from '../permalinks/articleIds.ts';
import { DECLARATIONS_FILE, LOCK_FILE } from '../permalinks/permalinkFiles.ts';
import { sitePermalinks } from '../permalinks/sitePermalinks.ts';
import { loadRegistry } from '../registry/loadRegistry.ts';
import type { Analysis } from '../schema/analysis.ts';
import type { Registry } from '../schema/registry.ts';
import { annotationsKey, messagesKey, type PipelineMessage } from '../rendering/articleMarkdown.ts';
import { annotationsFromAnalysis } from '../rendering/annotationsFromAnalysis.ts';

/** Options of the articles loader. */
export interface ArticlesLoaderOptions {
  /** The content folder (holding articles/, people/, organizations/, topics/), absolute or relative to the project root. */
  contentDir: string;
  /** The analysis to run; the engine's analyze() unless a test swaps it. */
  analyze?: (markdown: string, registry: Registry, options: { id: string }) => Analysis;
}

/** What each article entry holds. */
export interface ArticleEntryData extends Record<string, unknown> {
  analysis: Analysis;
  /** The whole file as read, for quote contexts and text fragments. */
  source: string;
  /** The frontmatter's description, when there is one. */
  description: string | null;
}

/** Folders whose files decide what analyze() and the renderer produce, relative to the project root. */
const codeFolders = ['src/extraction', 'src/schema', 'src/rendering', 'src/registry', 'data'];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
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

  const codeDigest = generateDigest(codeFolders.flatMap((f) => filesUnder(join(root, f)).map((p) => `${relative(root, p)}\n${readFileSync(p, 'utf8')}`)).join('\0'));
  const registryDigest = generateDigest(JSON.stringify(registry));

  const files = existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => /\.(md|markdown)$/i.test(n)).sort() : [];
  if (files.length === 0) logger.warn(`no articles in ${relative(root, articlesDir) || articlesDir}: add Markdown copies there`);
  for (const problem of findArticleIdProblems(files.map((f) => join(articlesDir, f)))) {
    errors.push(`${displayPath(root, problem.file)}:1:1: error: ${problem.message} [${problem.ruleId}]`);
  }

  // The processor configured in astro.config.mjs, given the shared options the way Astro gives them.
  type Shared = Parameters<typeof config.markdown.processor.createRenderer>[0];
  const shared = {
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
    gfm: config.markdown.gfm,
    smartypants: config.markdown.smartypants,
  } as unknown as Shared;
  const renderer = await config.markdown.processor.createRenderer(shared);

  const seen = new Set<string>();
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
    const existing = store.get(id);
    if (existing && existing.digest === digest) continue;

    const analysis = analyze(source, registry, { id });
    let fatal = false;
    for (const d of analysis.diagnostics) {
      const line = formatDiagnostic(shown, d);
      if (d.fatal) {
        fatal = true;
        errors.push(line);
      } else logger.warn(line);
    }
    if (fatal) continue;

    const { bodyStart } = analysis.article;
    const bodyLines = new LineIndex(source).position(bodyStart).line - 1;
    const rendered = await renderer.render(source.slice(bodyStart), {
      fileURL: pathToFileURL(path),
      frontmatter: { [annotationsKey]: annotationsFromAnalysis(analysis) },
    });
    const messages = (rendered.metadata.frontmatter[messagesKey] ?? []) as PipelineMessage[];
    for (const m of messages) {
      // The pipeline counts lines in the body; the editor's file has the frontmatter above it.
      const where = m.line === null ? `${shown}:1:1` : `${shown}:${m.line + bodyLines}:${m.column ?? 1}`;
      logger.warn(`${where}: ${m.fatal ? 'error' : 'warning'}: ${m.reason} [${m.ruleId ?? 'render'}]`);
    }

    const data: ArticleEntryData = { analysis, source, description: descriptionOf(source) };
    const parsed = await parseData({ id, data, filePath: path });
    store.set({
      id,
      data: parsed,
      digest,
      filePath: relative(root, path),
      rendered: { html: rendered.code, metadata: { headings: rendered.metadata.headings } },
    });
  }

  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  // Published quote links must keep working. Checked only once the copies themselves are sound: an
  // article that failed to analyse has no statements, and every one of its links would be reported too.
  if (errors.length === 0) {
    const current = store.keys().flatMap((id) => ((store.get(id)?.data as ArticleEntryData | undefined)?.analysis.statements ?? []).map((s) => ({ id: s.id, article: id })));
    const permalinks = sitePermalinks(contentDir, current, root);
    for (const line of permalinks.warnings) logger.warn(line);
    errors.push(...permalinks.errors);
  }
  if (errors.length) throw new ContentError(errors);
}

/** A path as an editor reads it: relative to the project when inside it, absolute otherwise. */
function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel;
}

/** The frontmatter's `description`, read leniently: analyze() has already validated the frontmatter. */
function descriptionOf(source: string): string | null {
  const { yaml } = splitFrontmatter(source);
  if (yaml === null) return null;
  const value = (parseDocument(yaml).toJS() as { description?: unknown } | null)?.description;
  return typeof value === 'string' ? value : null;
}
