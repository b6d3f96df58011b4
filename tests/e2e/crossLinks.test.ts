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

  test('Marco Rubio’s page groups his statements by article (both fixture articles), then by topic, with quote and anchor links, roles with dates and mentions per article', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.site.url}/people/marco-rubio/`);
    const groups = page.locator('#statements ~ .actor-article');
    const titles = await groups.locator('h3 a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    const quoted = articles.filter((a) => a.analysis.statements.some((s) => s.speaker === 'marco-rubio'));
    expect(quoted.length).toBe(2);
    expect(titles.sort()).toEqual(quoted.map((a) => `/articles/${a.id}/`).sort());
    for (const article of quoted) {
      const group = groups.filter({ has: page.locator(`h3 a[href="/articles/${article.id}/"]`) });
      for (const statement of article.analysis.statements.filter((s) => s.speaker === 'marco-rubio')) {
        await expect(group.locator(`a[href="/quotes/${statement.id}/"]`).count(), statement.id).resolves.toBeGreaterThan(0);
        await expect(group.locator(`a[href="/articles/${article.id}/#${statement.id}"]`).count(), statement.id).resolves.toBeGreaterThan(0);
        for (const topic of statement.topics) await expect(group.locator(`h4 a[href="/topics/${topic}/"]`).count(), topic).resolves.toBe(1);
      }
    }
    // Roles with dates (from the registry), one of them held at the time of both articles.
    await expect(page.locator('#roles ~ ul.roles li time[datetime]').count()).resolves.toBeGreaterThan(0);
    // Mentions: one row per article that mentions him, with the count.
    const rows = await page.locator('.mentions-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('a')?.getAttribute('href'), tr.querySelector('.num')?.textContent]));
    for (const article of articles) {
      const count = article.analysis.mentions.filter((m) => m.entity === 'marco-rubio').length;
      if (count) expect(rows).toContainEqual([`/articles/${article.id}/`, String(count)]);
    }
    await page.close();
  });

  test('positions over time on an actor page show a changed stance as a change', async () => {
    const byTopic = new Map<string, string[]>();
    for (const a of [...articles].sort((x, y) => (x.analysis.article.publishedDate ?? '').localeCompare(y.analysis.article.publishedDate ?? ''))) {
      for (const p of a.analysis.positions.filter((p) => p.holder === 'marco-rubio')) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p.stance]);
    }
    const changed = [...byTopic.values()].some((stances) => stances.some((s, i) => i > 0 && s !== stances[i - 1]));
    const page = await harness.browser.newPage();
    await page.goto(`${harness.site.url}/people/marco-rubio/`);
    const changes = await page.locator('#positions ~ .actor-stance .stance-change').count();
    if (changed) expect(changes).toBeGreaterThan(0);
    else expect(changes).toBe(0);
    await page.close();
  });

  test('the global timeline merges the events of both articles, in date order', async () => {
    const starts = new Map(articles.flatMap((a) => a.analysis.events.map((e) => [`/articles/${a.id}/#${e.id}`, e.date.start] as [string, string | null])));
    const page = await harness.browser.newPage();
    await page.goto(`${harness.site.url}/timeline/`);
    const items = await page.locator('ol.global-timeline').first().locator(':scope > li').evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('a.event-sentence')?.getAttribute('href') ?? null, datetime: li.querySelector('time')?.getAttribute('datetime') ?? null })),
    );
    const events = items.filter((i) => i.href !== null);
    for (const article of articles) {
      expect(events.some((i) => i.href!.startsWith(`/articles/${article.id}/#`)), article.id).toBe(true);
    }
    // Each item's first day: the event's resolved start, or the publication day.
    const days = items.map((i) => (i.href ? (starts.get(i.href) ?? null) : i.datetime));
    expect(days.every((d) => d !== null)).toBe(true);
    expect(days).toEqual([...days].sort());
    await page.close();
  });
});
