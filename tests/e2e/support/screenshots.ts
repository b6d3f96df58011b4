/**
 * Screenshots of a built page for review and for the README: the first screen on desktop (1280) and
 * mobile (375) in both colour schemes, the first printed page (A4), and the printed PDF.
 * Usage: node tests/e2e/support/screenshots.ts <dist> <path> <outDir> <name> [--full]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { serveStatic } from './staticServer.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const fullPage = process.argv.includes('--full');
const [dist = 'dist', path = '/', outDir = 'tests/e2e/screenshots', name = 'page'] = args;
mkdirSync(outDir, { recursive: true });
const site = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const [label, width, height] of [['desktop', 1280, 900], ['mobile', 375, 812]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(site.url + path);
      await page.screenshot({ path: join(outDir, `${name}-${label}${scheme === 'dark' ? '-dark' : ''}.png`), fullPage });
      await page.close();
    }
  }
  // A4 at 96 dpi is 794 × 1123 px; the page's own print margins apply in the PDF only.
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  await page.goto(site.url + path);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(outDir, `${name}-print.png`), fullPage });
  await page.pdf({ path: join(outDir, `${name}-print.pdf`), format: 'A4' });
  await page.close();
} finally {
  await browser.close();
  await site.close();
}
