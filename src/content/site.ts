/**
 * Reading the collections for pages: articles newest first, and the names pages need to resolve ids.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { actorPages, type ActorPage, type ActorType } from '../lib/actorPages.ts';
import type { Entity, Statement } from '../schema/analysis.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** Articles, newest first (then by id, so the order is stable). */
export async function getArticles(): Promise<ArticleEntry[]> {
  const articles = await getCollection('articles');
  return articles.sort((a, b) => {
    const pa = a.data.analysis.article.published ?? '';
    const pb = b.data.analysis.article.published ?? '';
    return pa < pb ? 1 : pa > pb ? -1 : a.id.localeCompare(b.id);
  });
}

/** Resolves an organization id (or name) to the name readers know. */
export async function organizationNamer(): Promise<(idOrName: string | null) => string | null> {
  const organizations = await getCollection('organizations');
  const names = new Map(organizations.map((o) => [o.id, o.data.name]));
  return (idOrName) => (idOrName === null ? null : (names.get(idOrName) ?? idOrName));
}

/** Every statement of the site with its article and speaker. */
export interface SiteStatement {
  statement: Statement;
  speaker: Entity | null;
  article: ArticleEntry;
}

export async function getStatements(): Promise<SiteStatement[]> {
  const articles = await getArticles();
  return articles.flatMap((article) => {
    const entities = new Map(article.data.analysis.entities.map((e) => [e.id, e]));
    return article.data.analysis.statements.map((statement) => ({
      statement,
      speaker: statement.speaker ? (entities.get(statement.speaker) ?? null) : null,
      article,
    }));
  });
}

/**
 * Every person's or organization's page data (see src/lib/actorPages.ts): the registry's actors and every
 * actor the analyses found, with roles, statements by article and topic, positions over time and mentions.
 */
export async function getActorPages(type: ActorType): Promise<ActorPage[]> {
  const [articles, people, organizations, topics] = await Promise.all([getArticles(), getCollection('people'), getCollection('organizations'), getCollection('topics')]);
  return actorPages(
    type,
    articles.map((a) => ({ id: a.id, analysis: a.data.analysis })),
    {
      people: new Map(people.map((p) => [p.id, p.data])),
      organizations: new Map(organizations.map((o) => [o.id, o.data])),
      topics: new Map(topics.map((t) => [t.id, t.data.name])),
    },
  );
}
