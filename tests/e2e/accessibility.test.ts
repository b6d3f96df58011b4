import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtArticles, openSite, seedId, type Harness } from './support/site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let harness: Harness;
let pages: Array<[string, string]>;

beforeAll(async () => {
  harness = await openSite();
  const seed = builtArticles().find((a) => a.id === seedId)!;
  const statement = seed.analysis.statements[0];
  const person = seed.analysis.entities.find((e) => e.type === 'person');
  const organization = seed.analysis.entities.find((e) => e.type === 'organization');
  pages = [
    ['home', '/'],
    ['article', `/articles/${seedId}/`],
    ...(statement ? [['quote', `/quotes/${statement.id}/`] as [string, string]] : []),
    ['people index', '/people/'],
    ...(person ? [['person', `/people/${person.id}/`] as [string, string]] : []),
    ['organizations index', '/organizations/'],
    ...(organization ? [['organization', `/organizations/${organization.id}/`] as [string, string]] : []),
  ];
});
afterAll(() => harness?.close());

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[]; failureSummary: string }> }>;
}

describe('axe-core finds no WCAG 2.1 A/AA violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`on every page type, in the ${scheme} colour scheme`, async () => {
      // bypassCSP: axe is injected as an inline script, which the site's policy rightly refuses.
      const page = await harness.browser.newPage({ colorScheme: scheme, bypassCSP: true });
      const problems: string[] = [];
      for (const [name, path] of pages) {
        await page.goto(harness.site.url + path);
        await page.addScriptTag({ path: axePath });
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          }),
        )) as AxeResult;
        for (const v of result.violations) {
          problems.push(`${name} (${path}): ${v.id} [${v.impact}] ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1, 2).join('')}`).join('\n    ')}`);
        }
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
