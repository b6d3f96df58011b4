import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfText } from './support/pdfText.ts';
import { builtArticles, markdownBodyText, openSite, seedId, type BuiltArticle, type Harness } from './support/site.ts';

let harness: Harness;
let seed: BuiltArticle;

beforeAll(async () => {
  harness = await openSite();
  seed = builtArticles().find((a) => a.id === seedId)!;
});
afterAll(() => harness?.close());

/** Text with all white space removed and compatibility forms folded (ligatures), to compare across line breaks. */
const dense = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Whether `needle`'s characters all occur in `haystack` in order (note calls may stand between them). */
function isSubsequence(needle: string, haystack: string): { ok: boolean; at: number } {
  let j = 0;
  for (let i = 0; i < haystack.length && j < needle.length; i++) if (haystack[i] === needle[j]) j++;
  return { ok: j === needle.length, at: j };
}

describe('the printed article', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`on ${format}, the PDF holds the whole copy, every statement's note with its permalink, and every editor's note`, async () => {
      const page = await harness.browser.newPage();
      await page.goto(`${harness.site.url}/articles/${seedId}/`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format, printBackground: false });
      const text = dense((await pdfText(pdf)).join('\n'));
      const copy = dense(markdownBodyText(seed.source.slice(seed.analysis.article.bodyStart)));
      // Only the pages' text before the notes counts, so that the notes' own words cannot stand in for the copy's.
      const before = text.slice(0, text.indexOf(dense('Notes and sources')));
      const match = isSubsequence(copy, before);
      expect(match.ok, `the copy stops matching at: ${copy.slice(match.at, match.at + 60)}`).toBe(true);
      expect(text).toContain(dense('Notes and sources'));
      for (const statement of seed.analysis.statements) expect(text, statement.id).toContain(`/quotes/${statement.id}/`);
      for (const note of seed.analysis.notes) expect(text, note.id).toContain(dense(note.text));
      await page.close();
    });
  }

  test('in print, nav chrome and cards are hidden, statements keep numbered note calls, the timeline is a table', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.site.url}/articles/${seedId}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-notes').isVisible()).resolves.toBe(true);
    const call = await page.locator('button.st-call').first().evaluate((el) => getComputedStyle(el, '::before').content);
    expect(call).toBe('"1"');
    if (seed.analysis.events.length > 0) {
      await expect(page.locator('table.timeline-table').isVisible()).resolves.toBe(true);
      await expect(page.locator('ol.timeline').isVisible()).resolves.toBe(false);
    }
    await page.close();
  });
});
