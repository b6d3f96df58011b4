/**
 * Screenshots of a built page for review: desktop (1280), mobile (375), both colour schemes, and the
 * printed PDF. Usage: node tests/e2e/support/screenshots.ts <dist> <path> <outDir> [name]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { serveStatic } from './staticServer.ts';

const [dist = 'dist', path = '/', outDir = 'tests/e2e/screenshots', name = 'page'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const site = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const [label, width, height] of [['desktop', 1280, 900], ['mobile', 375, 812]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(site.url + path);
      await page.screenshot({ path: join(outDir, `${name}-${label}-${scheme}.png`), fullPage: true });
      await page.close();
    }
  }
  const page = await browser.newPage();
  await page.goto(site.url + path);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(outDir, `${name}-print.png`), fullPage: true });
  await page.pdf({ path: join(outDir, `${name}.pdf`), format: 'A4', printBackground: true });
  await page.close();
} finally {
  await browser.close();
  await site.close();
}
