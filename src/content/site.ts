/**
 * Reading the collections for pages: articles newest first, and the names pages need to resolve ids.
 *
 * A build renders thousands of pages from collections that do not change while it runs, and most pages ask
 * for the same things (every article, the organization names, the actor pages). Each answer is computed once
 * per build: asking again per page would make the build quadratic in the number of articles. `astro dev`
 * computes afresh on every request, since a saved copy changes the collections under it. (The mode, not
 * `import.meta.env.DEV`, tells them apart: a build run with NODE_ENV=test has DEV set.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { actorPages, type ActorPage, type ActorType } from '../lib/actorPages.ts';
import { rememberVisibleText } from '../lib/plainText.ts';
import type { Entity, Statement } from '../schema/analysis.ts';
import { readStoredArticle, type ArticleFiles, type StoredArticle } from './articleFiles.ts';

/** An article as pages see it: its id, its analysis and copy (read from its files), and where its HTML is. */
export interface ArticleEntry {
  id: string;
  data: StoredArticle;
  files: ArticleFiles;
}

const cache = new Map<string, Promise<unknown>>();

/** `compute()` once per build under `key`; every time in `astro dev`. */
function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (import.meta.env.MODE === 'development') return compute();
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = compute();
    cache.set(key, hit);
  }
  return hit;
}

/** Articles, newest first (then by id, so the order is stable). Shared: callers must not change the list. */
export function getArticles(): Promise<ArticleEntry[]> {
  return once('articles', async () => {
    const entries = await getCollection('articles');
    const articles = entries.map((entry): ArticleEntry => ({ id: entry.id, data: readStored(entry.data.files.data), files: entry.data.files }));
    return articles.sort((a, b) => {
      const pa = a.data.analysis.article.published ?? '';
      const pb = b.data.analysis.article.published ?? '';
      return pa < pb ? 1 : pa > pb ? -1 : a.id.localeCompare(b.id);
    });
  });
}

/** Files read so far, by path: a file is never rewritten (its name carries the digest), so `astro dev` reads each once. */
const stored = new Map<string, StoredArticle>();

function readStored(path: string): StoredArticle {
  let hit = stored.get(path);
  if (!hit) {
    hit = readStoredArticle(path);
    stored.set(path, hit);
    // The pages' visibleTextOf() answers from the mapping the loader kept, rather than parsing the copy again.
    if (hit.visible) rememberVisibleText(hit.source, hit.analysis.article.bodyStart, hit.visible);
  }
  return hit;
}

/** Resolves an organization id (or name) to the name readers know. */
export function organizationNamer(): Promise<(idOrName: string | null) => string | null> {
  return once('organizationNamer', async () => {
    const organizations = await getCollection('organizations');
    const names = new Map(organizations.map((o) => [o.id, o.data.name]));
    return (idOrName: string | null) => (idOrName === null ? null : (names.get(idOrName) ?? idOrName));
  });
}

/** Topic id → name, for labels. */
export function topicNames(): Promise<ReadonlyMap<string, string>> {
  return once('topicNames', async () => new Map((await getCollection('topics')).map((t) => [t.id, t.data.name])));
}

/** The registry's people (for the dates of the roles they held). Shared: callers must not change the list. */
export function getPeople(): Promise<CollectionEntry<'people'>[]> {
  return once('people', () => getCollection('people'));
}

/** Every statement of the site with its article and speaker. */
export interface SiteStatement {
  statement: Statement;
  speaker: Entity | null;
  article: ArticleEntry;
}

/** Every statement, article by article in getArticles() order. Shared: callers must not change the list. */
export function getStatements(): Promise<SiteStatement[]> {
  return once('statements', async () => {
    const articles = await getArticles();
    return articles.flatMap((article) => {
      const entities = new Map(article.data.analysis.entities.map((e) => [e.id, e]));
      return article.data.analysis.statements.map((statement) => ({
        statement,
        speaker: statement.speaker ? (entities.get(statement.speaker) ?? null) : null,
        article,
      }));
    });
  });
}

/**
 * Every person's or organization's page data (see src/lib/actorPages.ts): the registry's actors and every
 * actor the analyses found, with roles, statements by article and topic, positions over time and mentions.
 */
export function getActorPages(type: ActorType): Promise<ActorPage[]> {
  return once(`actorPages:${type}`, async () => {
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
  });
}
