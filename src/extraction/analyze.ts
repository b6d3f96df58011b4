import { SCHEMA_VERSION, type Analysis } from '../schema/analysis.ts';
import type { Registry } from '../schema/registry.ts';
import { Diagnostics } from './diagnostics.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { LineIndex } from './text/lineIndex.ts';

/** Options for analyze(). */
export interface AnalyzeOptions {
  /** Id of the article (the file name without extension); prefixes statement ids. Defaults to "article". */
  id?: string;
}

/**
 * Reads one article copy (Markdown with YAML frontmatter) against the registry and returns its entities,
 * statements, events, positions and notes. Pure: no I/O, no Astro. Never throws; problems are diagnostics.
 */
export function analyze(markdown: string, registry: Registry, options: AnalyzeOptions = {}): Analysis {
  const id = options.id ?? 'article';
  const lines = new LineIndex(markdown);
  const diagnostics = new Diagnostics(lines);
  const frontmatter = parseFrontmatter(markdown, diagnostics);
  const data = frontmatter.data;
  const published = data?.published ?? null;
  void registry;
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id,
      title: data?.title ?? null,
      published,
      publishedDate: published ? published.slice(0, 10) : null,
      publishedInferred: data?.publishedInferred ?? false,
      source: { name: data?.source?.name ?? 'unknown', url: data?.source?.url ?? null },
      retrieved: data?.retrieved ?? null,
      language: data?.language ?? 'en',
      bodyStart: frontmatter.split.bodyStart,
    },
    entities: [],
    mentions: [],
    statements: [],
    events: [],
    positions: [],
    notes: [],
    diagnostics: diagnostics.sorted(),
  };
}
