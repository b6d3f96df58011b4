/**
 * The hand-off between the quote route and the build integration that writes the quote pages
 * (src/lib/quotePagesIntegration.ts).
 *
 * In `astro build` the route `/quotes/[id]` renders one page of its own besides redirects and tombstones:
 * the shell, a quote page whose fields are placeholders. Everything around them (head, header, footer,
 * stylesheet links, Content-Security-Policy) is what Astro renders for every quote page. While rendering
 * the shell, the route offers the statements; once the build is done, the integration takes them, fills
 * the shell once per statement and deletes it.
 *
 * The offer goes through `globalThis`: Astro renders pages in the process that runs the integrations, but
 * from its own bundle, with its own copy of this module.
 */
import type { QuotePageParts } from './quotePage.ts';

/** The placeholder for each field of a quote page; letters only, so that no escaping changes them. */
export const shellTokens = {
  id: 'quotepageshellid',
  lang: 'quotepageshelllang',
  title: 'quotepageshelltitle',
  description: 'quotepageshelldescription',
  ogTitle: 'quotepageshellogtitle',
  jsonLd: 'quotepageshelljsonld',
  main: 'quotepageshellmain',
} as const satisfies Record<keyof QuotePageParts, string>;

/** The shell's own fields: the placeholders. */
export const shellParts: QuotePageParts = { ...shellTokens };

/** The quote pages the route offers: rendered one at a time, so that they are never all in memory. */
export interface QuotePageOffer {
  /** How many pages `pages()` yields. */
  count: number;
  pages(): Iterable<QuotePageParts>;
}

const offerKey = Symbol.for('news-analysis.quote-pages');
const writerKey = Symbol.for('news-analysis.quote-page-writer');

/** Called by the integration when a build starts: the quote pages will be written from the shell. */
export function announceQuotePageWriter(): void {
  (globalThis as Record<symbol, unknown>)[writerKey] = true;
}

/**
 * Whether this build writes the quote pages from the shell. Not in `astro dev`, nor in a build without the
 * integration: then the route renders every quote page itself. (`import.meta.env.DEV` cannot tell: it is
 * true in a build run with NODE_ENV=test.)
 */
export function quotePageWriterPresent(): boolean {
  return (globalThis as Record<symbol, unknown>)[writerKey] === true;
}

/** Called by the route while Astro renders the shell. */
export function offerQuotePages(offer: QuotePageOffer): void {
  (globalThis as Record<symbol, unknown>)[offerKey] = offer;
}

/** Called by the integration once the build is done; the offer is taken, not left behind. */
export function takeQuotePages(): QuotePageOffer | null {
  const store = globalThis as Record<symbol, unknown>;
  const offer = (store[offerKey] as QuotePageOffer | undefined) ?? null;
  delete store[offerKey];
  return offer;
}

const searchPagesKey = Symbol.for('news-analysis.search-pages-written');

/**
 * Called by the integration when a build starts: `callback` runs once the pages the search index reads
 * (articles, organizations, people) are all written, so that Pagefind can start before the build's last pages.
 */
export function whenSearchPagesWritten(callback: () => void): void {
  (globalThis as Record<symbol, unknown>)[searchPagesKey] = callback;
}

/**
 * Called by the route while Astro renders the shell. Astro renders the routes one after another, in the
 * order of their paths (articles, organizations and people come before quotes), and writes each page
 * before it renders the next; the integration checks that no page Pagefind reads was written after this.
 */
export function searchPagesWritten(): void {
  const store = globalThis as Record<symbol, unknown>;
  const callback = store[searchPagesKey] as (() => void) | undefined;
  delete store[searchPagesKey];
  callback?.();
}
