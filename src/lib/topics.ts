/**
 * The topics of the site: the registry's, plus any topic id an analysis uses that the registry lacks
 * (shown by its id rather than dropped), each with its stance histories and its statements.
 */
import { stanceHistories, statementsByTopic, type StanceRow, type StanceSource, type TopicStatement } from './stanceHistory.ts';

/** A topic from the registry. */
export interface RegistryTopic {
  id: string;
  name: string;
  description: string | null;
}

/** Everything a topic page shows. */
export interface TopicPage extends RegistryTopic {
  /** False when only analyses name the topic. */
  registered: boolean;
  /** One row per actor with a position on it. */
  rows: StanceRow[];
  /** Statements touching the topic, with their article and speaker, in article order then reading order. */
  statements: TopicStatement[];
}

/** What the topics index lists for each topic. */
export interface TopicSummary extends RegistryTopic {
  actors: number;
  statements: number;
  /** Changes of stance across all actors. */
  changes: number;
}

/** Every topic with its page data, sorted by name. One pass over positions and one over statements. */
export function topicPages(articles: readonly StanceSource[], registry: readonly RegistryTopic[]): TopicPage[] {
  const histories = stanceHistories(articles);
  const statements = statementsByTopic(articles);
  const pages = new Map<string, TopicPage>();
  for (const topic of registry) pages.set(topic.id, { ...topic, registered: true, rows: [], statements: [] });
  for (const id of [...histories.keys(), ...statements.keys()]) {
    if (!pages.has(id)) pages.set(id, { id, name: id, description: null, registered: false, rows: [], statements: [] });
  }
  for (const page of pages.values()) {
    page.rows = histories.get(page.id) ?? [];
    page.statements = statements.get(page.id) ?? [];
  }
  return [...pages.values()].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** The topics index. */
export function listTopics(articles: readonly StanceSource[], registry: readonly RegistryTopic[]): TopicSummary[] {
  return topicPages(articles, registry).map(({ id, name, description, rows, statements }) => ({
    id,
    name,
    description,
    actors: rows.length,
    statements: statements.length,
    changes: rows.reduce((n, row) => n + row.changes.length, 0),
  }));
}
