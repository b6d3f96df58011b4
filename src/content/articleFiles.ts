/**
 * Where an analysed article lives between the content sync and the pages: two files in the cache folder,
 * named by the article's digest. `<id>.<digest>.json` holds the analysis, the copy and its description;
 * `<id>.<digest>.html` the annotated copy as the article page shows it.
 *
 * Why not in the content layer's data store: Astro bundles that store into the build as one JavaScript
 * module, which Node then compiles whole. With every analysis and rendered copy in it, that module was
 * 74 MB at 1,000 articles, and compiling, bundling and serializing it took more time than analysing the
 * articles. The store now holds, per article, only these files' names and its statement ids (see
 * src/content/articlesLoader.ts); the pages read the files through src/content/site.ts.
 *
 * A file is never rewritten: a changed copy gets a new digest, so new files, and the loader deletes the
 * old ones. A page can therefore keep what it read for as long as the name does not change.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredVisibleText } from '../lib/plainText.ts';
import type { Analysis } from '../schema/analysis.ts';

/** The two files of one analysed article. */
export interface ArticleFiles {
  /** Absolute path of the JSON file (a StoredArticle). */
  data: string;
  /** Absolute path of the annotated copy's HTML. */
  html: string;
}

/** What the JSON file holds. */
export interface StoredArticle {
  /** Everything analyze() found, as the CLI's JSON export, validated against AnalysisSchema. */
  analysis: Analysis;
  /** The whole file as read, for quote contexts and text fragments. */
  source: string;
  /** The frontmatter's description, if any. */
  description: string | null;
  /**
   * What a reader sees of the body, mapped to source offsets from the tree the page's Markdown was parsed into
   * (src/lib/plainText.ts); absent when the body holds something GFM could read, for which the pages parse it.
   */
  visible?: StoredVisibleText;
}

/** The files of article `id` at `digest`, in `dir`. Digests are the content layer's (letters and digits). */
export function articleFiles(dir: string, id: string, digest: string): ArticleFiles {
  const base = join(dir, `${id}.${digest}`);
  return { data: `${base}.json`, html: `${base}.html` };
}

/** Writes both files. The HTML goes first: a data file is only ever found next to its HTML. */
export function writeArticleFiles(files: ArticleFiles, stored: StoredArticle, html: string): void {
  writeFileSync(files.html, html);
  writeFileSync(files.data, JSON.stringify(stored));
}

/** Deletes both files, if they are there. */
export function removeArticleFiles(files: ArticleFiles): void {
  rmSync(files.data, { force: true });
  rmSync(files.html, { force: true });
}

/** Reads the JSON file of an article; fails with the path and what to do when it is gone. */
export function readStoredArticle(path: string): StoredArticle {
  return JSON.parse(readArticleFile(path)) as StoredArticle;
}

/** Reads the annotated copy's HTML. */
export function readArticleHtml(path: string): string {
  return readArticleFile(path);
}

function readArticleFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`${path} is gone: the content cache was changed while the site was built. Build again; the articles whose files are missing are analysed again.`);
  }
}
