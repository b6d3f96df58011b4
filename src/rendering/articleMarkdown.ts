/**
 * The Markdown pipeline for article copies, as an Astro `markdown.processor`:
 * remark-parse (+GFM) → remark-rehype → raw HTML as text → annotations → rehype-sanitize → stringify.
 * astro.config.mjs installs it; the content loader renders each copy through it with the article's
 * annotations passed as frontmatter; the unit tests render through the very same object.
 */
import { unified } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import type { VFile } from 'vfile';
import rehypeAnnotate, { type AnnotationSet } from './rehypeAnnotate.ts';
import rehypeRawAsText from './rehypeRawAsText.ts';
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

export const articleMarkdown = unified({
  // The copy is sacred: SmartyPants would rewrite its quotes and dashes.
  smartypants: false,
  gfm: true,
  rehypePlugins: [rehypeRawAsText, rehypeAnnotationsFromFrontmatter, rehypeAnnotate, [rehypeSanitize, copySanitizeSchema], rehypeMessagesToFrontmatter],
});
