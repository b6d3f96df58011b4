/**
 * Each article's exports: `/articles/<id>/analysis.json` (the analysis, as the CLI prints it) and
 * `/articles/<id>/annotations.jsonld` (W3C Web Annotations, see src/lib/webAnnotation.ts).
 *
 * `astro dev` serves them through their routes (src/pages/articles/[id]/). In `astro build` with the quote
 * pages integration (src/lib/quotePagesIntegration.ts), the routes list no page and offer their files
 * instead, and the integration writes them once Astro's pages are done, while Pagefind indexes those
 * pages: the exports take no time of their own in the build. Through Astro they took about 3 s of a
 * 1,000-article build (two thousand responses, each encoded and written one after another); the bodies
 * are the same strings either way, made here.
 */
import type { Analysis } from '../schema/analysis.ts';
import { quotePageWriterPresent } from './quotePageShell.ts';
import { buildAnnotationCollection } from './webAnnotation.ts';

/** The body of `analysis.json`. */
export function analysisJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

/** The body of `annotations.jsonld`; `site` is the site's URL, as Astro gives it to an endpoint. */
export function annotationsJsonLd(analysis: Analysis, source: string, site: URL | string | undefined): string {
  return `${JSON.stringify(buildAnnotationCollection(analysis, source, { site: site ?? 'http://localhost/' }), null, 2)}\n`;
}

/** One file to write, at a path relative to the output folder. */
export interface ExportFile {
  path: string;
  body: string;
}

/** The files one route offers, made one at a time so that they are never all in memory. */
export type ExportOffer = (site: URL | undefined) => Iterable<ExportFile>;

const offersKey = Symbol.for('news-analysis.article-exports');

function offers(): Map<string, ExportOffer> {
  const store = globalThis as Record<symbol, Map<string, ExportOffer> | undefined>;
  return (store[offersKey] ??= new Map());
}

/**
 * Called by an export route while Astro asks it for its paths: true when the build writes its files (the
 * route then lists none), false in `astro dev` or a build without the integration.
 */
export function offerExports(name: string, offer: ExportOffer): boolean {
  if (!quotePageWriterPresent()) return false;
  offers().set(name, offer);
  return true;
}

/** Called by the integration once Astro's pages are done: every offer, taken (not left behind). */
export function takeExports(): ExportOffer[] {
  const taken = [...offers().values()];
  offers().clear();
  return taken;
}
