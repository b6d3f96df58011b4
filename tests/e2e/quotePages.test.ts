import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtArticles, openSite, type BuiltArticle, type Harness } from './support/site.ts';

let harness: Harness;
let articles: BuiltArticle[];

beforeAll(async () => {
  harness = await openSite();
  articles = builtArticles();
});
afterAll(() => harness?.close());

describe('quote pages', () => {
  test('every statement of every article has a page that links back to its anchor', async () => {
    const page = await harness.browser.newPage();
    let checked = 0;
    for (const { id, analysis } of articles) {
      for (const statement of analysis.statements) {
        const response = await page.goto(`${harness.site.url}/quotes/${statement.id}/`);
        expect(response?.status(), statement.id).toBe(200);
        expect(await page.locator(`a[href="/articles/${id}/#${statement.id}"]`).count(), statement.id).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    await page.close();
  });

  test('a quote page previews the quote: own title, description, Open Graph and Twitter metadata with speaker and words', async () => {
    const page = await harness.browser.newPage();
    const { analysis } = articles.find((a) => a.analysis.statements.some((s) => s.speaker))!;
    const statement = analysis.statements.find((s) => s.speaker && s.kind === 'direct') ?? analysis.statements.find((s) => s.speaker)!;
    const speaker = analysis.entities.find((e) => e.id === statement.speaker)!;
    await page.goto(`${harness.site.url}/quotes/${statement.id}/`);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    const firstWords = statement.text.replace(/^[“"‘']/, '').split(/\s+/).slice(0, 2).join(' ');
    await expect(page.title()).resolves.toContain(speaker.name);
    for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]']) {
      const value = await meta(selector);
      expect(value, selector).toContain(speaker.name);
      expect(value, selector).toContain(firstWords);
    }
    for (const selector of ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]']) {
      expect(await meta(selector), selector).toContain(firstWords);
    }
    await expect(meta('meta[property="og:url"]')).resolves.toMatch(new RegExp(`/quotes/${statement.id}/$`));
    await page.close();
  });

  test('the share link lands on the anchor and carries a text fragment of the quote', async () => {
    const page = await harness.browser.newPage();
    const { id, analysis } = articles.find((a) => a.analysis.statements.length > 0)!;
    const statement = analysis.statements[0]!;
    await page.goto(`${harness.site.url}/quotes/${statement.id}/`);
    const href = await page.locator('a.share-link').getAttribute('href');
    expect(href).toMatch(new RegExp(`^/articles/${id}/#${statement.id}:~:text=`));
    await page.goto(`${harness.site.url}${href}`);
    await expect(page.locator(`[id="${statement.id}"]`).count()).resolves.toBe(1);
    await page.close();
  });
});
