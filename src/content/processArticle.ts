/**
 * One article's share of the content sync: analyze() the copy, check the analysis against its schema,
 * render the annotated copy, and write both to the article's files (src/content/articleFiles.ts).
 *
 * Plain TypeScript with no Astro import, and nothing in or out but strings and plain objects: what one
 * article needs is all here, apart from the store. (Running it in worker threads was measured and left
 * out: on the 2-core machine shared with other work, two threads took as long as one and 35% more CPU.)
 */
import { formatDiagnostic } from '../extraction/diagnostics.ts';
import { splitFrontmatter } from '../extraction/frontmatter.ts';
import { LineIndex } from '../extraction/text/lineIndex.ts';
import { annotationsFromAnalysis } from '../rendering/annotationsFromAnalysis.ts';
import { gfmCouldApply, storedVisibleText } from '../lib/plainText.ts';
import { annotationsKey, markdownTreeKey, messagesKey, type PipelineMessage } from '../rendering/articleMarkdown.ts';
import { AnalysisSchema, type Analysis } from '../schema/analysis.ts';
import type { Registry } from '../schema/registry.ts';
import { parseDocument } from 'yaml';
import { writeArticleFiles, type ArticleFiles } from './articleFiles.ts';

/** One article to analyse. */
export interface ArticleJob {
  id: string;
  /** The copy's file URL, for the renderer's messages. */
  fileURL: string;
  /** The path an editor reads in messages. */
  shown: string;
  /** The whole file, decoded. */
  source: string;
  /** Where the outcome goes. */
  files: ArticleFiles;
}

/** A line for the build log, in the order the problems were found. */
export interface ReportLine {
  text: string;
  /** Errors stop the build; the rest are warnings. */
  fatal: boolean;
}

/** What the loader needs back. */
export interface ArticleOutcome {
  id: string;
  /** True when a fatal problem kept the article from being stored (no files were written). */
  failed: boolean;
  lines: ReportLine[];
  /** The statement ids the article publishes, for the permalink check. */
  statementIds: string[];
}

/** The Markdown renderer, as Astro's `markdown.processor.createRenderer()` returns it. */
export interface ArticleRenderer {
  render(content: string, options: { fileURL: URL; frontmatter: Record<string, unknown> }): Promise<{ code: string; metadata: { frontmatter: Record<string, unknown> } }>;
}

/** What processArticle() works with. */
export interface ArticleTools {
  analyze: (markdown: string, registry: Registry, options: { id: string }) => Analysis;
  registry: Registry;
  renderer: ArticleRenderer;
}

export async function processArticle(job: ArticleJob, tools: ArticleTools): Promise<ArticleOutcome> {
  const { id, shown, source } = job;
  const lines: ReportLine[] = [];
  const analysis = tools.analyze(source, tools.registry, { id });
  let failed = false;
  for (const d of analysis.diagnostics) {
    lines.push({ text: formatDiagnostic(shown, d), fatal: d.fatal });
    if (d.fatal) failed = true;
  }
  if (failed) return { id, failed, lines, statementIds: [] };

  // The pages trust this shape: an engine bug that breaks it stops the build here, at the article.
  const checked = AnalysisSchema.safeParse(analysis);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    lines.push({ text: `${shown}:1:1: error: the analysis does not match its schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? checked.error.message}; please report this with the file [analysis-schema]`, fatal: true });
    return { id, failed: true, lines, statementIds: [] };
  }

  const { bodyStart } = analysis.article;
  const bodyLines = new LineIndex(source).position(bodyStart).line - 1;
  const body = source.slice(bodyStart);
  // The visible text can come from the page's own parse only where GFM reads nothing (src/lib/plainText.ts).
  const mapVisible = !gfmCouldApply(body);
  const rendered = await tools.renderer.render(body, {
    fileURL: new URL(job.fileURL),
    frontmatter: { [annotationsKey]: annotationsFromAnalysis(analysis), ...(mapVisible ? { [markdownTreeKey]: null } : {}) },
  });
  const tree = rendered.metadata.frontmatter[markdownTreeKey];
  const visible = mapVisible && tree ? storedVisibleText(tree, body) : null;
  const messages = (rendered.metadata.frontmatter[messagesKey] ?? []) as PipelineMessage[];
  for (const m of messages) {
    // The pipeline counts lines in the body; the editor's file has the frontmatter above it.
    const where = m.line === null ? `${shown}:1:1` : `${shown}:${m.line + bodyLines}:${m.column ?? 1}`;
    // The renderer's messages are printed; they do not stop the build.
    lines.push({ text: `${where}: ${m.fatal ? 'error' : 'warning'}: ${m.reason} [${m.ruleId ?? 'render'}]`, fatal: false });
  }

  writeArticleFiles(job.files, { analysis: checked.data, source, description: descriptionOf(source), ...(visible ? { visible } : {}) }, rendered.code);
  return { id, failed: false, lines, statementIds: checked.data.statements.map((s) => s.id) };
}

/** The frontmatter's `description`, read leniently: analyze() has already validated the frontmatter. */
function descriptionOf(source: string): string | null {
  const { yaml } = splitFrontmatter(source);
  if (yaml === null) return null;
  // Without the word, or an escape that could spell it, there is no such key: parsing the YAML a second time
  // for nothing took a third of a second of a 1,000-article build.
  if (!yaml.includes('description') && !yaml.includes('\\')) return null;
  const value = (parseDocument(yaml).toJS() as { description?: unknown } | null)?.description;
  return typeof value === 'string' ? value : null;
}
