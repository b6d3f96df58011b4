/** What the browser tests share: the built site served over HTTP, Chromium, and the analyses it was built from. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { articleIdFromFileName } from '../../../src/permalinks/articleIds.ts';
import type { Analysis } from '../../../src/schema/analysis.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './staticServer.ts';

export interface BuiltArticle {
  id: string;
  source: string;
  analysis: Analysis;
}

/**
 * The articles the site was built from, with the analyses it published (`/articles/<id>/analysis.json`)
 * and their copies. Read from the build rather than analysed again, so that the tests hold the site to what
 * it was built with even while the engine in the working tree changes under a running suite.
 */
export function builtArticles(): BuiltArticle[] {
  const contentDir = inject('contentDir');
  const distDir = inject('distDir');
  const dir = join(contentDir, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const id = articleIdFromFileName(name);
      const source = readFileSync(join(dir, name), 'utf8');
      const analysis = JSON.parse(readFileSync(join(distDir, 'articles', id, 'analysis.json'), 'utf8')) as Analysis;
      return { id, source, analysis };
    });
}

/** The seed article: the one in content/articles/ of the project. */
export const seedId = 'us-holds-off-new-russia-sanctions';

export interface Harness {
  site: StaticSite;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(): Promise<Harness> {
  const site = await serveStatic(inject('distDir'));
  const browser = await launchChromium();
  return {
    site,
    browser,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** The text a reader sees in a Markdown body: every character of its text leaves, syntax left out, white space collapsed. */
export { markdownBodyText } from './markdownText.ts';

/** White space collapsed, for comparing texts that differ only in line breaks between blocks. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
