import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actorHref } from '../../src/rendering/describe.ts';
import { builtArticles, openSite, type BuiltArticle, type Harness } from './support/site.ts';

let harness: Harness;
let articles: BuiltArticle[];

beforeAll(async () => {
  harness = await openSite();
  articles = builtArticles();
});
afterAll(() => harness?.close());

describe('cross-links between articles (fixture site: the seed and a second article)', () => {
  test('the fixture site has at least two articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(2);
  });

  test('an actor who speaks in two articles has the statements of both on one page, each linking to its quote page', async () => {
    const speakers = articles.map((a) => new Set(a.analysis.statements.map((s) => s.speaker).filter((s): s is string => s !== null)));
    const shared = [...speakers[0]!].find((id) => speakers.slice(1).some((set) => set.has(id)));
    expect(shared, 'no speaker is shared by the fixture articles').toBeDefined();
    const entity = articles.flatMap((a) => a.analysis.entities).find((e) => e.id === shared)!;
    const href = actorHref(entity);
    expect(href).not.toBeNull();
    const page = await harness.browser.newPage();
    const response = await page.goto(`${harness.site.url}${href}`);
    expect(response?.status()).toBe(200);
    for (const article of articles) {
      for (const statement of article.analysis.statements.filter((s) => s.speaker === shared)) {
        expect(await page.locator(`a[href="/quotes/${statement.id}/"]`).count(), statement.id).toBeGreaterThan(0);
      }
    }
    await page.close();
  });
});
