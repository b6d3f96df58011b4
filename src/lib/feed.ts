/**
 * Items of the RSS feed: the articles, newest first, each described by what the analysis found in it.
 */
import type { Analysis } from '../schema/analysis.ts';
import { articleHref, oneLine } from '../rendering/describe.ts';

export interface FeedSource {
  id: string;
  analysis: Analysis;
  /** The frontmatter's description, if any. */
  description: string | null;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate?: Date;
  description: string;
  categories: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "12 statements from 5 sources, 8 dated events." */
export function analysisInWords(analysis: Analysis): string {
  const sources = new Set(analysis.statements.map((s) => s.speaker).filter((s) => s !== null));
  return `${plural(analysis.statements.length, 'statement')} from ${plural(sources.size, 'source')}, ${plural(analysis.events.length, 'dated event')}.`;
}

/** Feed items, newest first (undated last), ties broken by id so the feed is stable. */
export function feedItems(articles: readonly FeedSource[]): FeedItem[] {
  const sorted = [...articles].sort((a, b) => {
    const pa = a.analysis.article.published ?? '';
    const pb = b.analysis.article.published ?? '';
    return pa < pb ? 1 : pa > pb ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return sorted.map(({ id, analysis, description }) => {
    const entities = new Map(analysis.entities.map((e) => [e.id, e]));
    const speakers = [...new Set(analysis.statements.map((s) => s.speaker).filter((s) => s !== null))]
      .map((sid) => entities.get(sid))
      .filter((e) => e !== undefined && e.type !== 'group')
      .map((e) => e!.name);
    const item: FeedItem = {
      title: analysis.article.title ?? id,
      link: articleHref(id),
      description: [description ? oneLine(description) : null, analysisInWords(analysis)].filter(Boolean).join(' '),
      categories: speakers,
    };
    if (analysis.article.published) item.pubDate = new Date(analysis.article.published);
    return item;
  });
}
