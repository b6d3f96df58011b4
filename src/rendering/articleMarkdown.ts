/**
 * The Markdown pipeline for article copies, as an Astro `markdown.processor`:
 * remark-parse (+GFM where it can apply) → (the Markdown tree handed back, when asked for) → remark-rehype → raw HTML as text → annotations → rehype-sanitize → heading ids →
 * stringify. astro.config.mjs installs it; the content loader renders each copy through it with the
 * article's annotations passed as frontmatter; the unit tests render through the very same object.
 *
 * It is the pipeline of `unified()` from @astrojs/markdown-remark with two steps left out. That one ends with
 * rehype-raw, which parses the whole finished tree again as HTML to take in raw HTML; here raw HTML has
 * already become text, so the re-parse changes nothing and took an eighth of the time spent syncing content.
 * Its image steps are left out too: the sanitizer lets no image through.
 */
import { rehypeHeadingIds, type MarkdownHeading, type MarkdownProcessor, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { gfmCouldApply } from '../lib/plainText.ts';
import rehypeAnnotate, { type AnnotationSet } from './rehypeAnnotate.ts';
import rehypeRawAsText from './rehypeRawAsText.ts';
import rehypeStringifyCopy from './rehypeStringifyCopy.ts';
import { copySanitizeSchema } from './sanitizeSchema.ts';

/** The frontmatter key under which the loader hands the annotations to the pipeline. */
export const annotationsKey = 'annotations';

/** Copies the annotations Astro passed as frontmatter to where rehypeAnnotate reads them. */
function rehypeAnnotationsFromFrontmatter() {
  return function transformer(_tree: Root, file: VFile): undefined {
    const set = file.data.astro?.frontmatter?.[annotationsKey] as AnnotationSet | undefined;
    if (set) file.data.annotations = set;
  };
}

/**
 * The frontmatter key under which the pipeline hands back the Markdown syntax tree (mdast) it parsed, when the
 * caller asks for it by setting the key (to null): the loader maps the copy's visible text from it
 * (src/lib/plainText.ts) instead of the pages parsing the copy again.
 */
export const markdownTreeKey = 'markdownTree';

/** Hands the parsed Markdown tree back through the frontmatter, when asked for. */
function remarkTreeToFrontmatter() {
  return function transformer(tree: MdastRoot, file: VFile): undefined {
    const frontmatter = file.data.astro?.frontmatter;
    if (frontmatter && markdownTreeKey in frontmatter) frontmatter[markdownTreeKey] = tree;
  };
}

/** Whether the tree holds an element rehypeHeadingIds takes for a heading (its test: `h`, then `h0`–`h6` in the name). */
function hasHeading(node: Root | Element): boolean {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if ((child.tagName[0] === 'h' && /h[0-6]/.test(child.tagName)) || hasHeading(child)) return true;
  }
  return false;
}

/**
 * Astro's rehypeHeadingIds, run only on copies that have a heading: on the others it would give no element an
 * id and list no heading, and its walk of every node of every copy (with a second walk started at each
 * element) took a twentieth of the time spent rendering copies. Most copies have no heading.
 */
function rehypeHeadingIdsWhereHeadings() {
  // Its transformer is synchronous and takes no callback.
  const headingIds = rehypeHeadingIds() as (tree: Root, file: VFile) => undefined;
  return function transformer(tree: Root, file: VFile): undefined {
    if (hasHeading(tree)) return headingIds(tree, file);
    file.data.astro ??= {};
    (file.data.astro as { headings?: MarkdownHeading[] }).headings = [];
  };
}

/** One problem the pipeline found, in the body's own lines and columns. */
export interface PipelineMessage {
  reason: string;
  ruleId: string | null;
  line: number | null;
  column: number | null;
  fatal: boolean;
}

/** The frontmatter key under which the pipeline hands its messages back (Astro returns the frontmatter as metadata). */
export const messagesKey = 'messages';

/** Hands the file's messages back through the frontmatter, the one channel Astro's renderer returns. */
function rehypeMessagesToFrontmatter() {
  return function transformer(_tree: Root, file: VFile): undefined {
    const frontmatter = file.data.astro?.frontmatter;
    if (!frontmatter) return;
    frontmatter[messagesKey] = file.messages.map(
      (m): PipelineMessage => ({ reason: m.reason, ruleId: m.ruleId ?? null, line: m.line ?? null, column: m.column ?? null, fatal: m.fatal === true }),
    );
  };
}

/**
 * The article pipeline. `gfm: false` leaves out remark-gfm: for a copy in which no GFM construct can start
 * (gfmCouldApply()), CommonMark alone builds the very same tree, and GFM's extensions, tried at many characters
 * of every paragraph (autolink literals above all), took a third of the time spent rendering copies.
 */
export function createArticleProcessor({ gfm }: { gfm: boolean }) {
  return (
    unified()
      .use(remarkParse)
      .use(gfm ? [remarkGfm] : [])
      .use(remarkTreeToFrontmatter)
      // Raw HTML is kept as `raw` nodes so that rehypeRawAsText can show it as the text it is.
      .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
      .use(rehypeRawAsText)
      .use(rehypeAnnotationsFromFrontmatter)
      .use(rehypeAnnotate)
      .use(rehypeSanitize, copySanitizeSchema)
      .use(rehypeMessagesToFrontmatter)
      .use(rehypeHeadingIdsWhereHeadings)
      .use(rehypeStringifyCopy)
  );
}

/**
 * The article pipeline as an Astro Markdown processor. No SmartyPants: the copy is sacred, and it would
 * rewrite its quotes and dashes. Nothing in Astro's shared Markdown options applies: no highlighting, no images.
 */
export const articleMarkdown: MarkdownProcessor = {
  name: 'article-markdown',
  options: {},
  async createRenderer() {
    const withGfm = createArticleProcessor({ gfm: true });
    const commonMarkOnly = createArticleProcessor({ gfm: false });
    return {
      async render(content, renderOptions): Promise<MarkdownRenderResult> {
        const file = new VFile({ value: content, data: { astro: { frontmatter: renderOptions?.frontmatter ?? {} } } });
        // Messages then name the copy (VFile reads a file: URL as its path).
        if (renderOptions?.fileURL) file.path = renderOptions.fileURL as unknown as string;
        const result = await (gfmCouldApply(content) ? withGfm : commonMarkOnly).process(file);
        const astro = result.data.astro as { headings?: MarkdownHeading[]; frontmatter?: Record<string, unknown> } | undefined;
        return { code: String(result.value), metadata: { headings: astro?.headings ?? [], localImagePaths: [], remoteImagePaths: [], frontmatter: astro?.frontmatter ?? {} } };
      },
    };
  },
};
