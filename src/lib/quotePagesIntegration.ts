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
 * The pages' folders are made ahead, while Astro renders the other pages (src/lib/quoteFolders.ts says
 * why): making a folder costs far more than filling a file.
 *
 * Astro's sitemap integration only lists the pages Astro rendered, so the quote pages get sitemaps of
 * their own, listed in the sitemap index: install this integration after `@astrojs/sitemap`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { quoteHref } from '../rendering/describe.ts';
import { escapeAttribute, escapeText, type QuotePageParts } from './quotePage.ts';
import { moveStagingIntoPlace, startQuoteStaging, type QuoteStaging } from './quoteFolders.ts';
import { announceQuotePageWriter, shellTokens, takeQuotePages, takeStatementIds } from './quotePageShell.ts';

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

/** A sitemap of the given URLs, in the form @astrojs/sitemap writes. */
function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `<url><loc>${escapeText(url)}</loc></url>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</urlset>`;
}

export function quotePagesIntegration(): AstroIntegration {
  let site: URL | null = null;
  let cacheDir = '';
  let configuredOutDir = '';
  let staging: QuoteStaging | null = null;
  return {
    name: 'news-analysis:quote-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.base, config.site) : null;
        cacheDir = fileURLToPath(config.cacheDir);
        configuredOutDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        announceQuotePageWriter();
        // The content is synced by now: its statements are the quote pages to come.
        staging = startQuoteStaging(join(cacheDir, 'quote-pages'), configuredOutDir, takeStatementIds() ?? []);
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

        const quotesDir = join(outDir, 'quotes');
        // Staged folders only serve the output folder they were made for.
        const staged = staging && outDir === configuredOutDir ? staging : null;
        staging = null;
        let waitedMs = 0;
        if (staged) {
          const waitStarted = performance.now();
          await staged.ready();
          waitedMs = performance.now() - waitStarted;
        }
        const target = staged ? staged.dir : quotesDir;
        mkdirSync(target, { recursive: true });
        const ids: string[] = [];
        for (const parts of offer.pages()) {
          ids.push(parts.id);
          const folder = join(target, parts.id);
          if (!staged?.ids.has(parts.id)) {
            // One level below quotes/: a plain mkdir is one system call, a recursive one several.
            try {
              mkdirSync(folder);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
            }
          }
          writeFileSync(join(folder, 'index.html'), template.fill(parts));
        }
        if (staged) {
          // A folder made for a statement that no page was written for would be an empty page: none is left.
          const written = new Set(ids);
          for (const id of staged.ids) if (!written.has(id)) rmSync(join(staged.dir, id), { recursive: true, force: true });
          moveStagingIntoPlace(staged.dir, quotesDir);
        }

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
        logger.info(`${ids.length} quote pages written in ${Math.round(performance.now() - started)} ms${staged ? ` (${Math.round(waitedMs)} ms of it waiting for their folders, made ahead)` : ''}`);
      },
    },
  };
}
