/**
 * Every page type of the fixture site loads, with JavaScript on (no script error, no CSP violation) and
 * off (content and links still there); the feeds and exports parse and hold what they should; search
 * finds a quote, a person and an organization by name, and an article by its own words only; statements and notes read as text, never as Markdown syntax.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { AnalysisSchema } from '../../src/schema/analysis.ts';
import { builtArticles, openSite, seedId, type BuiltArticle, type Harness } from './support/site.ts';
import { htmlPageTypes } from './support/pageTypes.ts';

let harness: Harness;
let articles: BuiltArticle[];
let pages: Array<[string, string]>;

beforeAll(async () => {
  harness = await openSite();
  articles = builtArticles();
  pages = htmlPageTypes(articles);
});
afterAll(() => harness?.close());

const get = (path: string) => fetch(harness.site.url + path);

describe('every HTML page type', () => {
  test('loads with status 200, one h1 and a title, with no script error and no Content-Security-Policy violation', async () => {
    const page = await harness.browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    for (const [name, path] of pages) {
      if (name === 'quote redirect') continue;
      const response = await page.goto(harness.site.url + path, { waitUntil: 'networkidle' });
      expect(response?.status(), name).toBe(200);
      expect(await page.locator('h1').count(), `${name} has one h1`).toBe(1);
      expect((await page.title()).length, name).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  test('with JavaScript off, each still shows its heading, its content and working links', async () => {
    const context = await harness.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [name, path] of pages) {
      if (name === 'quote redirect') continue;
      await page.goto(harness.site.url + path);
      await expect(page.locator('h1').isVisible(), name).resolves.toBe(true);
      const links = await page.locator('main a[href^="/"]').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
      expect(links.length, `${name} has links`).toBeGreaterThan(0);
      // Follow the first link that leaves the page: it lands on a page of the site.
      const away = links.find((href) => !href.startsWith('#') && href.split('#')[0] !== path);
      if (away) {
        const response = await page.request.get(harness.site.url + away.split('#')[0]);
        expect(response.status(), `${name} → ${away}`).toBe(200);
      }
    }
    // The search page says that searching needs JavaScript and lists everything instead.
    await page.goto(`${harness.site.url}/search/`);
    await expect(page.locator('[data-search-nojs]').isVisible()).resolves.toBe(true);
    expect(await page.locator('.browse a[href^="/articles/"]').count()).toBe(articles.length);
    await context.close();
  });

  test('a retired quote link with a redirect sends the reader on to the edited quote, without JavaScript', async () => {
    const { id, target } = inject('retiredRedirect');
    const context = await harness.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${harness.site.url}/quotes/${id}/`);
    await page.waitForURL(`${harness.site.url}/quotes/${target}/`);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await context.close();
  });

  test('a retired quote link with a tombstone says why the quote was removed and links to its article', async () => {
    const { id, reason } = inject('retiredTombstone');
    const page = await harness.browser.newPage();
    const response = await page.goto(`${harness.site.url}/quotes/${id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('This quote was removed');
    await expect(page.locator('.tombstone-reason').textContent()).resolves.toBe(reason);
    await expect(page.locator('a.tombstone-article').getAttribute('href')).resolves.toBe('/articles/second-article/');
    await page.close();
  });
});

describe('feeds and exports', () => {
  test('rss.xml is an RSS feed with one item per article, each linking to its page', async () => {
    const response = await get('/rss.xml');
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<rss[\s>]/);
    expect(xml.match(/<item>/g)?.length).toBe(articles.length);
    for (const { id } of articles) expect(xml, id).toContain(`/articles/${id}/</link>`);
  });

  test('the sitemap index points to a sitemap that lists every article, quote, actor and topic page', async () => {
    const index = await (await get('/sitemap-index.xml')).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = new Set<string>();
    for (const path of sitemaps) for (const m of (await (await get(path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)) urls.add(new URL(m[1]!).pathname);
    for (const { id, analysis } of articles) {
      expect(urls.has(`/articles/${id}/`), id).toBe(true);
      for (const s of analysis.statements) expect(urls.has(`/quotes/${s.id}/`), s.id).toBe(true);
    }
    for (const path of ['/', '/people/', '/organizations/', '/topics/', '/timeline/', '/search/']) expect(urls.has(path), path).toBe(true);
  });

  test('analysis.json of each article is the CLI schema, with the article’s statements', async () => {
    for (const { id, analysis } of articles) {
      const response = await get(`/articles/${id}/analysis.json`);
      expect(response.status).toBe(200);
      const json = AnalysisSchema.parse(await response.json());
      expect(json.article.id).toBe(id);
      expect(json.statements.map((s) => s.id)).toEqual(analysis.statements.map((s) => s.id));
    }
  });

  test('annotations.jsonld of each article is a Web Annotation collection of every statement and note', async () => {
    for (const { id, analysis } of articles) {
      const response = await get(`/articles/${id}/annotations.jsonld`);
      expect(response.status).toBe(200);
      const json = (await response.json()) as { '@context': string; type: string; total: number; first: { items: Array<{ type: string }> } };
      expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(json.type).toBe('AnnotationCollection');
      expect(json.total).toBe(analysis.statements.length + analysis.notes.length);
      expect(json.first.items.every((item) => item.type === 'Annotation')).toBe(true);
    }
  });

  test('the article page carries schema.org JSON-LD: a NewsArticle', async () => {
    const html = await (await get(`/articles/${seedId}/`)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    expect(JSON.stringify(blocks)).toContain('"NewsArticle"');
  });
});

describe('search (Pagefind, in the browser)', () => {
  test('finds a quote by its words and lists its page', async () => {
    const withQuote = articles.flatMap((a) => a.analysis.statements).find((s) => s.kind === 'direct' && s.text.split(/\s+/).length >= 4)!;
    const words = withQuote.text.replace(/[“”"‘’*_]/g, '').split(/\s+/).filter((w) => /^\p{L}{5,}$/u.test(w)).slice(0, 2).join(' ');
    const page = await harness.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${harness.site.url}/search/`);
    await page.locator('#search-q').fill(words);
    await page.locator('#search-q').press('Enter');
    await page.locator('[data-search-results] li').first().waitFor();
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(hrefs.some((href) => href?.startsWith('/quotes/')), `${words}: ${hrefs.join(', ')}`).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  /** The links and the status line the search page shows for a query. */
  async function searchFor(query: string): Promise<{ hrefs: string[]; status: string }> {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.site.url}/search/`);
    await page.locator('#search-q').fill(query);
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return text !== '' && text !== 'Searching…';
    });
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    await page.close();
    return { hrefs, status };
  }

  test('finds a person and an organization by name', async () => {
    const actors = pages.filter(([name]) => name === 'person' || name === 'organization');
    expect(actors.length).toBe(2);
    for (const [name, path] of actors) {
      const html = await (await get(path)).text();
      const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim();
      expect(heading, name).toBeTruthy();
      const { hrefs } = await searchFor(heading!);
      expect(hrefs, `${name} “${heading}”`).toContain(path);
    }
  });

  test('an article is found by its own words, not by the marks legend or the panels beside its copy', async () => {
    // "hover" is in the legend of every article page ("hover or focus it to see who speaks"), not in a copy.
    expect(articles.some((a) => /hover/i.test(a.source))).toBe(false);
    const { hrefs, status } = await searchFor('hover');
    expect(hrefs, status).toEqual([]);
    // The seed's title is in its header, which is indexed.
    const seedTitle = articles.find((a) => a.id === seedId)!.analysis.article.title!;
    expect((await searchFor(seedTitle)).hrefs).toContain(`/articles/${seedId}/`);
  });
});

describe('statements and notes read as text, not as Markdown', () => {
  /** Markdown inline syntax that the copies use and no reader should see. */
  const syntax = /\*\*|\]\(|\\\*|\*\w+\*/;

  test('on every quote page (title, preview, quote and its context) and in every article’s Notes and sources', async () => {
    const page = await harness.browser.newPage();
    let withMarkup = 0;
    for (const { id, analysis } of articles) {
      for (const s of analysis.statements) {
        if (syntax.test(s.sentence.text)) withMarkup++;
        await page.goto(`${harness.site.url}/quotes/${s.id}/`);
        const shown = [await page.title(), await page.locator('meta[property="og:title"]').getAttribute('content'), await page.locator('meta[name="description"]').getAttribute('content'), await page.locator('main').textContent()].join('\n');
        expect(shown, s.id).not.toMatch(syntax);
      }
      await page.goto(`${harness.site.url}/articles/${id}/`);
      expect(await page.locator('.print-notes').textContent(), id).not.toMatch(syntax);
    }
    // The fixture article puts emphasis and a link in quoted sentences, so the check has something to catch.
    expect(withMarkup).toBeGreaterThan(0);
    await page.close();
  });
});
