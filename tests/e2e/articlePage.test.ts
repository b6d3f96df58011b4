import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtArticles, markdownBodyText, openSite, seedId, squash, type BuiltArticle, type Harness } from './support/site.ts';

let harness: Harness;
let seed: BuiltArticle;

beforeAll(async () => {
  harness = await openSite();
  const found = builtArticles().find((a) => a.id === seedId);
  if (!found) throw new Error(`the seed article ${seedId} is not in the fixture content`);
  seed = found;
});
afterAll(() => harness?.close());

const articleUrl = () => `${harness.site.url}/articles/${seedId}/`;

describe('the article page', () => {
  test('loads with its headline, the copy and the analysis beside it', async () => {
    const page = await harness.browser.newPage();
    const response = await page.goto(articleUrl());
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(seed.analysis.article.title);
    for (const heading of ['Who is in this article', 'Sourcing ledger', 'Positions', 'Timeline']) {
      expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1);
    }
    await page.close();
  });

  test('the seed has statements to mark (the engine found some)', () => {
    expect(seed.analysis.statements.length).toBeGreaterThan(0);
  });

  test('the rendered copy has exactly the text of the Markdown body, in every article: annotation loses or alters nothing', async () => {
    const page = await harness.browser.newPage();
    for (const article of builtArticles()) {
      await page.goto(`${harness.site.url}/articles/${article.id}/`);
      const rendered = await page.locator('.copy').evaluate((el) => el.textContent ?? '');
      const expected = markdownBodyText(article.source.slice(article.analysis.article.bodyStart));
      expect(squash(rendered), article.id).toBe(squash(expected));
    }
    await page.close();
  });

  test('every statement has its id as an anchor; going to it scrolls it into view and highlights it', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(articleUrl());
    const plain = await page.locator('.st').first().evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(plain).toBe('none');
    for (const statement of seed.analysis.statements) {
      await page.goto(`${articleUrl()}#${statement.id}`);
      const anchor = page.locator(`[id="${statement.id}"]`);
      expect(await anchor.count(), statement.id).toBe(1);
      await expect(anchor.evaluate((el) => el.matches(':target')), statement.id).resolves.toBe(true);
      const box = await anchor.boundingBox();
      expect(box, statement.id).not.toBeNull();
      expect(box!.y + box!.height, `${statement.id} is below the viewport`).toBeGreaterThan(0);
      expect(box!.y, `${statement.id} is below the viewport`).toBeLessThan(800);
      const outline = await anchor.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, `${statement.id} is not highlighted`).not.toBe('none');
    }
    await page.close();
  });

  test('each statement button is named for a screen reader by kind, speaker and role, and opens its card', async () => {
    const page = await harness.browser.newPage();
    await page.goto(articleUrl());
    const buttons = page.locator('button.st-call');
    expect(await buttons.count()).toBe(seed.analysis.statements.length);
    for (const button of await buttons.all()) {
      await expect(button.getAttribute('aria-label')).resolves.toMatch(/^(Quote|Partial quote|Reported speech)( by .+|, speaker unknown)$/);
    }
    const first = buttons.first();
    const card = page.locator(`[id="${await first.getAttribute('popovertarget')}"]`);
    await expect(card.isVisible()).resolves.toBe(false);
    await first.click();
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(card.getByRole('link', { name: 'Permalink to this quote' }).count()).resolves.toBe(1);
    await page.close();
  });

  test('the keyboard reaches every annotation (statement and note buttons, mention links) in every article, and Enter opens a card', async () => {
    const page = await harness.browser.newPage();
    const annotations = '.copy button.st-call, .copy button.note-call, .copy a.mention';
    const key = () =>
      document.activeElement?.matches('.copy button.st-call, .copy button.note-call, .copy a.mention')
        ? `${document.activeElement.tagName}:${document.activeElement.getAttribute('popovertarget') ?? ''}:${[...document.querySelectorAll('.copy a.mention')].indexOf(document.activeElement as HTMLAnchorElement)}`
        : null;
    for (const article of builtArticles()) {
      await page.goto(`${harness.site.url}/articles/${article.id}/`);
      const wanted = await page.locator(annotations).evaluateAll((els) =>
        els.map((el) => `${el.tagName}:${el.getAttribute('popovertarget') ?? ''}:${[...document.querySelectorAll('.copy a.mention')].indexOf(el as HTMLAnchorElement)}`),
      );
      expect(wanted.length, article.id).toBeGreaterThan(0);
      const reached = new Set<string>();
      for (let i = 0; i < 1500 && reached.size < wanted.length; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(key);
        if (at) reached.add(at);
      }
      expect([...reached].sort(), article.id).toEqual([...wanted].sort());
    }
    await page.goto(articleUrl());
    await page.locator('button.st-call').first().focus();
    await page.keyboard.press('Enter');
    const opened = await page.evaluate(() => document.querySelector(':popover-open')?.id ?? null);
    expect(opened).toBe(await page.locator('button.st-call').first().getAttribute('popovertarget'));
    await page.close();
  });

  test('editor notes stand at their anchors, numbered, with their text', async () => {
    const page = await harness.browser.newPage();
    await page.goto(articleUrl());
    for (const note of seed.analysis.notes) {
      const anchor = page.locator(`[id="${note.id}"]`);
      await expect(anchor.textContent()).resolves.toBe(note.anchor.text);
      await expect(page.locator(`[id="card-${note.id}"]`).count()).resolves.toBe(1);
    }
    expect(await page.locator('button.note-call').count()).toBe(seed.analysis.notes.length);
    await page.close();
  });

  test('with JavaScript off, the copy, the cards and the links still work', async () => {
    const context = await harness.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(articleUrl());
    const rendered = await page.locator('.copy').evaluate((el) => el.textContent ?? '').catch(() => null);
    // evaluate() is the test's own script, allowed even when the page's are off.
    expect(squash(rendered ?? '')).toBe(squash(markdownBodyText(seed.source.slice(seed.analysis.article.bodyStart))));
    const button = page.locator('button.st-call').first();
    await button.click();
    await expect(page.locator(`[id="${await button.getAttribute('popovertarget')}"]`).isVisible()).resolves.toBe(true);
    await page.locator(':popover-open').getByRole('link', { name: 'Permalink to this quote' }).click();
    await page.waitForURL(/\/quotes\//);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.locator('button.copy-link').isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('the timeline is an ordered list of <time datetime> items with the date in words', async () => {
    const page = await harness.browser.newPage();
    await page.goto(articleUrl());
    const items = page.locator('ol.timeline > li');
    const dated = seed.analysis.events.filter((e) => e.date.precision !== 'unknown').length;
    expect(await page.locator('ol.timeline > li time[datetime]').count()).toBeGreaterThanOrEqual(dated);
    expect(await items.count()).toBe(seed.analysis.events.length + (seed.analysis.article.publishedDate ? 1 : 0));
    await page.close();
  });
});

describe('the home page', () => {
  test('lists every article with a link to its page', async () => {
    const page = await harness.browser.newPage();
    const response = await page.goto(`${harness.site.url}/`);
    expect(response?.status()).toBe(200);
    for (const article of builtArticles()) {
      expect(await page.locator(`a[href="/articles/${article.id}/"]`).count(), article.id).toBe(1);
    }
    await page.close();
  });
});

describe('site-wide', () => {
  test('no page has an inline script, so a CSP without unsafe-inline holds', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { inject } = await import('vitest');
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.html')) pages.push(path);
      }
    };
    walk(inject('distDir'));
    expect(pages.length).toBeGreaterThan(0);
    const inline = pages.filter((path) => [...readFileSync(path, 'utf8').matchAll(/<script\b([^>]*)>/g)].some((m) => !/\bsrc=/.test(m[1] ?? '') && !/type="application\/(ld\+)?json"/.test(m[1] ?? '')));
    expect(inline).toEqual([]);
  });

  test('the article page makes no request outside the site', async () => {
    const page = await harness.browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(harness.site.url) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(articleUrl(), { waitUntil: 'networkidle' });
    expect(outside).toEqual([]);
    await page.close();
  });
});
