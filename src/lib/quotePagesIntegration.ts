/**
 * Astro integration: writes every statement's page (`/quotes/<id>/`) once `astro build` is done.
 *
 * A site holds one quote page per statement, tens of thousands for an archive, and Astro spends a few
 * milliseconds of fixed work on each page it renders. So the build renders one quote page through Astro,
 * with placeholders for its fields (the shell, see src/lib/quotePageShell.ts), and this integration fills
 * that shell for every statement the route offered (src/lib/quotePage.ts gives the fields, escaped as
 * Astro escapes them), then deletes the shell. Head, header, footer, stylesheets and Content-Security-Policy
 * are Astro's own; only the fields differ from page to page.
 *
 * The quote pages of the last build are kept and written over rather than deleted by Astro and made
 * again, which is much slower (src/lib/quoteFolders.ts says why).
 *
 * It also writes each article's JSON exports, offered by their routes (src/lib/articleExports.ts), and
 * builds the search index (src/lib/searchIndex.ts): Pagefind runs beside the writing of the quote pages
 * and the exports, which it does not read.
 *
 * Astro's sitemap integration only lists the pages Astro rendered, so the quote pages get sitemaps of
 * their own, listed in the sitemap index: install this integration after `@astrojs/sitemap`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { quoteHref } from '../rendering/describe.ts';
import { takeExports, type ExportFile } from './articleExports.ts';
import { escapeAttribute, escapeText, type QuotePageParts } from './quotePage.ts';
import { keepQuoteFolders, QuoteFolders } from './quoteFolders.ts';
import { announceQuotePageWriter, shellTokens, takeQuotePages, whenSearchPagesWritten } from './quotePageShell.ts';
import { fileClock, startSearchIndex, writtenSince, type SearchIndexRun } from './searchIndex.ts';

/** URLs per sitemap file: the protocol allows 50,000; @astrojs/sitemap's default is 45,000. */
const sitemapLimit = 45_000;

/** Fields whose value is HTML already (the JSON-LD is serialized for a script element). */
const rawFields = new Set<keyof QuotePageParts>(['jsonLd', 'main']);

/** The shell cut at its placeholders: text, field, text, field, …, text. */
export interface ShellTemplate {
  fill(parts: QuotePageParts): string;
}

/**
 * Compiles the shell. Each placeholder is replaced as Astro would have written the value there: raw HTML,
 * an attribute value (inside a tag), or text.
 */
export function compileShell(html: string): ShellTemplate {
  const fields = Object.keys(shellTokens) as Array<keyof QuotePageParts>;
  const byToken = new Map(fields.map((field) => [shellTokens[field] as string, field]));
  // Longest first, so that no placeholder is read as the start of a longer one.
  const pattern = new RegExp([...byToken.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
  const texts: string[] = [];
  const slots: Array<{ field: keyof QuotePageParts; escape: (value: string) => string }> = [];
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    const at = match.index;
    const field = byToken.get(match[0]) as keyof QuotePageParts;
    const inTag = html.lastIndexOf('<', at) > html.lastIndexOf('>', at);
    texts.push(html.slice(last, at));
    slots.push({ field, escape: rawFields.has(field) ? (value) => value : inTag ? escapeAttribute : escapeText });
    last = at + match[0].length;
  }
  texts.push(html.slice(last));
  const missing = fields.filter((field) => !slots.some((slot) => slot.field === field));
  if (missing.includes('main') || missing.includes('id')) {
    throw new Error(`the quote page shell has no place for ${missing.join(', ')}: src/components/QuotePage.astro and src/layouts/BaseLayout.astro must show every field`);
  }
  return {
    fill(parts) {
      let out = texts[0] as string;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i]!;
        out += slot.escape(parts[slot.field]) + (texts[i + 1] as string);
      }
      return out;
    },
  };
}

/** Writes one export file; its folder is the article page's, which Astro has made. */
function writeExport(outDir: string, file: ExportFile): void {
  const path = join(outDir, file.path);
  try {
    writeFileSync(path, file.body);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.body);
  }
}

/** A sitemap of the given URLs, in the form @astrojs/sitemap writes. */
function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `<url><loc>${escapeText(url)}</loc></url>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</urlset>`;
}

export function quotePagesIntegration(): AstroIntegration {
  let site: URL | null = null;
  /** The site's URL as Astro gives it to endpoints (without `base`). */
  let endpointSite: URL | undefined;
  let root = '';
  let keptDir = '';
  let cacheDir = '';
  let configuredOutDir = '';
  let configuredQuotesDir = '';
  /** Pagefind, started while Astro still renders the pages it does not read, and when (by fileClock()). */
  let earlySearch: { run: SearchIndexRun; since: number } | null = null;
  return {
    name: 'news-analysis:quote-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.base, config.site) : null;
        endpointSite = config.site ? new URL(config.site) : undefined;
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        keptDir = join(cacheDir, 'quote-pages');
        configuredOutDir = fileURLToPath(config.outDir);
        configuredQuotesDir = join(configuredOutDir, 'quotes');
      },
      'astro:build:start': () => {
        announceQuotePageWriter();
        // Before Astro empties the output folder.
        keepQuoteFolders(configuredQuotesDir, keptDir);
        earlySearch = null;
        whenSearchPagesWritten(() => {
          mkdirSync(cacheDir, { recursive: true });
          const since = fileClock(cacheDir);
          earlySearch = { run: startSearchIndex(root, configuredOutDir), since };
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const shellDir = join(outDir, 'quotes', shellTokens.id);
        const shellFile = join(shellDir, 'index.html');
        const offer = takeQuotePages();
        if (!existsSync(shellFile) || !offer) {
          throw new Error(`the quote pages cannot be written: ${existsSync(shellFile) ? 'the route /quotes/[id] did not offer its statements' : `the build wrote no quote page shell at ${shellFile}`}`);
        }
        const template = compileShell(readFileSync(shellFile, 'utf8'));
        rmSync(shellDir, { recursive: true, force: true });
        // Every page Pagefind reads is written: it indexes them while the quote pages are written. It has
        // started already, unless a page it reads was written after it started (or it never did).
        let search: SearchIndexRun;
        let searchStartedEarly = false;
        const early = earlySearch as { run: SearchIndexRun; since: number } | null;
        earlySearch = null;
        const late = early && outDir === configuredOutDir ? writtenSince(outDir, early.since) : 'no early start';
        if (early && late === null) {
          search = early.run;
          searchStartedEarly = true;
        } else {
          if (early) {
            // Stopped, and its output (if any) cleared, so that nothing of a run over changing pages is left.
            early.run.stop();
            await early.run.done().catch(() => {});
            rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
            logger.info(`Pagefind started again: ${late} was written after it started`);
          }
          search = startSearchIndex(root, outDir);
        }

        // Synchronous writes, one after another: creating a folder and a file is kernel time, and neither a
        // thread pool nor a worker thread making the folders ahead (while Astro rendered the other pages) made
        // the build faster on its 2 shared cores.
        const folders = new QuoteFolders(join(outDir, 'quotes'), keptDir);
        const ids: string[] = [];
        let exported = 0;
        try {
          for (const parts of offer.pages()) {
            ids.push(parts.id);
            folders.write(parts.id, template.fill(parts));
          }
          for (const exportOffer of takeExports()) {
            for (const file of exportOffer(endpointSite)) {
              writeExport(outDir, file);
              exported++;
            }
          }
        } catch (error) {
          search.stop();
          throw error;
        }
        const quotesMs = performance.now() - started;
        const searchStarted = performance.now();
        const indexed = await search.done();
        const searchWaitMs = performance.now() - searchStarted;
        // After Pagefind, which must not meet a folder moving under it.
        folders.finish();

        if (site) {
          const index = join(outDir, 'sitemap-index.xml');
          if (!existsSync(index)) {
            logger.warn('no sitemap-index.xml to list the quote pages in: list @astrojs/sitemap before this integration');
          } else {
            const urls = ids.sort().map((id) => new URL(quoteHref(id).slice(1), site as URL).href);
            const listed: string[] = [];
            for (let part = 0; part * sitemapLimit < urls.length; part++) {
              const name = `sitemap-quotes-${part}.xml`;
              writeFileSync(join(outDir, name), sitemapXml(urls.slice(part * sitemapLimit, (part + 1) * sitemapLimit)));
              listed.push(`<sitemap><loc>${escapeText(new URL(name, site).href)}</loc></sitemap>`);
            }
            const xml = readFileSync(index, 'utf8');
            if (!xml.includes('</sitemapindex>')) throw new Error(`${index} is not a sitemap index: the quote sitemaps cannot be listed in it`);
            writeFileSync(index, xml.replace('</sitemapindex>', `${listed.join('')}</sitemapindex>`));
          }
        }
        logger.info(`${ids.length} quote pages and ${exported} article exports written in ${Math.round(quotesMs)} ms`);
        logger.info(`search index built by Pagefind in ${Math.round(indexed.ms)} ms, beside ${searchStartedEarly ? "Astro's last pages and " : ''}the quote pages (${Math.round(searchWaitMs)} ms waited for it after them)`);
      },
    },
  };
}
