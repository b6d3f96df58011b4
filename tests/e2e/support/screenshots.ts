/**
 * Screenshots of the seed article page for the README: the first screen on desktop (1280 × 900) and on
 * mobile (375 × 812) in both colour schemes, and the first printed page (A4). The print image is the
 * PDF Chromium prints, first page rendered by pdftoppm (poppler-utils); without pdftoppm, a screenshot
 * of the page in print media stands in.
 *
 * Usage: node tests/e2e/support/screenshots.ts [--dist <built site>] [--out docs/screenshots] [--path /articles/<id>/]
 * Without --dist, the seed site (content/ only) is built in a scratch copy first.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { launchChromium } from './browser.ts';
import { projectDir, scratchProject, type ScratchBuild } from './scratchBuild.ts';
import { serveStatic } from './staticServer.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const outDir = option('--out') ?? join(projectDir, 'docs/screenshots');
const path = option('--path') ?? '/articles/us-holds-off-new-russia-sanctions/';
const name = 'seed';

let project: ScratchBuild | null = null;
let dist = option('--dist');
if (!dist) {
  project = scratchProject();
  cpSync(join(projectDir, 'content'), project.contentDir, { recursive: true });
  const built = project.build();
  if (built.status !== 0) throw new Error(`the seed site did not build:\n${built.output}`);
  dist = project.distDir;
}

mkdirSync(outDir, { recursive: true });
const written: string[] = [];
const site = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const [label, width, height] of [['desktop', 1280, 900], ['mobile', 375, 812]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.url + path);
      const file = join(outDir, `${name}-${label}${scheme === 'dark' ? '-dark' : ''}.png`);
      await page.screenshot({ path: file });
      written.push(file);
      await page.close();
    }
  }
  const page = await browser.newPage();
  await page.goto(site.url + path);
  await page.emulateMedia({ media: 'print' });
  const file = join(outDir, `${name}-print.png`);
  const scratch = mkdtempSync(join(tmpdir(), 'print-'));
  const pdf = join(scratch, 'page.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  // First page at 72 dpi: an A4 page of 595 × 842 px, small enough for the README.
  const render = spawnSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', pdf, join(scratch, 'page')], { encoding: 'utf8' });
  if (render.status === 0) renameSync(join(scratch, 'page.png'), file);
  else {
    console.warn('pdftoppm is not available (apt-get install -y poppler-utils): using a print-media screenshot instead');
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: file });
  }
  rmSync(scratch, { recursive: true, force: true });
  written.push(file);
  await page.close();
} finally {
  await browser.close();
  await site.close();
  project?.remove();
}
for (const file of written) console.log(`${relative(process.cwd(), file)}  ${Math.round(statSync(file).size / 1024)} KB`);
