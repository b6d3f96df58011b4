/**
 * Reading the collections for pages: articles newest first, and the names pages need to resolve ids.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
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

/** An actor as the whole site knows it: the registry entry if any, and every analysis entity with its id. */
export interface SiteActor {
  id: string;
  type: 'person' | 'organization';
  name: string;
  description: string | null;
  /** Roles from the registry, with dates. */
  roles: Array<{ title: string; organization?: string | undefined; start?: string | undefined; end?: string | undefined }>;
  registered: boolean;
}

/** People or organizations: the registry's, plus unregistered ones the analyses found. */
export async function getActors(type: 'person' | 'organization'): Promise<SiteActor[]> {
  const actors = new Map<string, SiteActor>();
  if (type === 'person') {
    for (const p of await getCollection('people')) {
      actors.set(p.id, { id: p.id, type, name: p.data.name, description: p.data.description ?? null, roles: p.data.roles, registered: true });
    }
  } else {
    for (const o of await getCollection('organizations')) {
      actors.set(o.id, { id: o.id, type, name: o.data.name, description: o.data.description ?? null, roles: [], registered: true });
    }
  }
  for (const article of await getArticles()) {
    for (const e of article.data.analysis.entities) {
      if (e.type !== type || actors.has(e.id)) continue;
      actors.set(e.id, { id: e.id, type, name: e.name, description: e.description, roles: e.role ? [{ title: e.role }] : [], registered: false });
    }
  }
  return [...actors.values()].sort((a, b) => a.name.localeCompare(b.name));
}
