import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlPageTypes } from './support/pageTypes.ts';
import { builtArticles, openSite, type Harness } from './support/site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let harness: Harness;
let pages: Array<[string, string]>;

beforeAll(async () => {
  harness = await openSite();
  pages = htmlPageTypes(builtArticles());
});
afterAll(() => harness?.close());

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[]; failureSummary: string }> }>;
}

describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`on every page type, in the ${scheme} colour scheme`, async () => {
      // bypassCSP: axe is injected as an inline script, which the site's policy rightly refuses.
      const page = await harness.browser.newPage({ bypassCSP: true });
      await page.emulateMedia({ colorScheme: scheme });
      // The redirect page moves on at once (meta refresh): it is checked as served, minus the refresh.
      await page.route('**/quotes/*/', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
        await route.fulfill({ response, body });
      });
      const problems: string[] = [];
      let checked = 0;
      for (const [name, path] of pages) {
        await page.goto(harness.site.url + path);
        await page.addScriptTag({ path: axePath });
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          }),
        )) as AxeResult;
        checked++;
        for (const v of result.violations) {
          problems.push(`${name} (${path}): ${v.id} [${v.impact}] ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1, 2).join('')}`).join('\n    ')}`);
        }
      }
      console.log(`axe (${scheme}): ${checked} page types checked, ${problems.length} violations`);
      expect(checked).toBe(pages.length);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
