/**
 * Lighthouse on the seed article page (issue #5's budget): accessibility, best practices and SEO are 100,
 * on a phone (Lighthouse's default) and on a desktop (its desktop preset), and the page asks nothing of any
 * other origin. Performance depends on how busy the machine is, so it is printed, never asserted.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { launchDebuggableChromium, runLighthouse, serveBuiltSite, type DebuggableChromium, type ServedSite } from '../../scripts/lighthouse.ts';
import { seedId } from './support/site.ts';

let site: ServedSite;
let chromium: DebuggableChromium;

beforeAll(async () => {
  site = await serveBuiltSite(inject('distDir'));
  chromium = await launchDebuggableChromium();
});
afterAll(async () => {
  await chromium?.close();
  await site?.close();
});

describe('Lighthouse on the seed article page', () => {
  for (const preset of ['mobile', 'desktop'] as const) {
    test(`scores 100 in accessibility, best practices and SEO (${preset}), with no request to another origin`, async () => {
      const summary = await runLighthouse(`${site.url}/articles/${seedId}/`, preset, chromium.port);
      const performanceMisses = summary.failing.filter((a) => a.category === 'performance' && a.weight > 0).map((a) => `${a.id} ${a.displayValue ?? ''}`);
      console.log(`Lighthouse ${preset}: performance ${summary.scores.performance} (not asserted${performanceMisses.length ? `; ${performanceMisses.join(', ')}` : ''}), accessibility ${summary.scores.accessibility}, best practices ${summary.scores['best-practices']}, SEO ${summary.scores.seo}`);
      const failing = summary.failing.filter((a) => a.category !== 'performance').map((a) => `${a.category} ${a.id}: ${a.title}`);
      expect(failing).toEqual([]);
      expect({ accessibility: summary.scores.accessibility, 'best-practices': summary.scores['best-practices'], seo: summary.scores.seo }).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
      expect(summary.foreignRequests).toEqual([]);
    });
  }
});
