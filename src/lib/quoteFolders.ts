/**
 * The folders of the quote pages (`quotes/<id>/index.html`), made while Astro is still busy.
 *
 * Measured on the 2-core build machine (ext4): creating a folder and the first file in it costs 0.2 to
 * 1.7 ms of kernel time, while writing into a file that exists costs 0.05 ms. A site of 1,000 articles
 * has 40,000 quote pages, so creating their folders took longer than rendering every other page.
 *
 * So the folders are made ahead, in a worker thread, while Astro bundles and renders the other pages on
 * the main thread: the integration (src/lib/quotePagesIntegration.ts) starts this once the content is
 * synced and the statement ids are known. Astro empties the output folder after that point, so the
 * folders are made in a staging folder beside Astro's cache; once the build is done the integration
 * writes each page into its (empty) file, moves the few quote pages Astro rendered itself (redirects,
 * tombstones) in with them, and renames the staging folder to `quotes/` in the output: one rename.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Makes `<dir>/<id>/` with an empty `index.html` for every id. */
export function createQuoteFolders(dir: string, ids: Iterable<string>): void {
  for (const id of ids) {
    const folder = join(dir, id);
    // One level below dir: a plain mkdir is one system call, a recursive one several.
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    writeFileSync(join(folder, 'index.html'), '');
  }
}

/** A staging folder being filled with empty quote-page folders. */
export interface QuoteStaging {
  dir: string;
  /** The ids whose folders are (being) made. */
  ids: ReadonlySet<string>;
  /** Resolves once every folder is made; rejects with the worker's error. */
  ready(): Promise<void>;
}

/** The nearest folder that exists at or above `path`. */
function existingAncestor(path: string): string {
  let at = path;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

/**
 * Starts making the folders of `ids` in `dir` (emptied first) in a worker thread. Returns null when that
 * cannot help: no ids, a Node that cannot run the worker's TypeScript, or a staging folder on another
 * file system than `outDir` (a folder cannot be renamed across file systems).
 */
export function startQuoteStaging(dir: string, outDir: string, ids: readonly string[]): QuoteStaging | null {
  const typescript = (process.features as { typescript?: string | false }).typescript;
  if (ids.length === 0 || !typescript) return null;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (statSync(dir).dev !== statSync(existingAncestor(outDir)).dev) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const worker = new Worker(new URL('./quoteFoldersWorker.ts', import.meta.url), { workerData: { dir, ids } });
  // A build that fails before its end must not wait for the folders to exit.
  worker.unref();
  const done = new Promise<void>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the worker making the quote page folders stopped with exit code ${code}`))));
  });
  // Handled when the build awaits it; until then a failure must not count as unhandled.
  done.catch(() => {});
  return {
    dir,
    ids: new Set(ids),
    ready() {
      worker.ref();
      return done;
    },
  };
}

/**
 * Puts the staging folder in the place of `quotesDir`: what Astro wrote in `quotesDir` (redirect and
 * tombstone pages) is moved into the staging folder, then the staging folder is renamed.
 */
export function moveStagingIntoPlace(staging: string, quotesDir: string): void {
  if (existsSync(quotesDir)) {
    for (const name of readdirSync(quotesDir)) {
      const target = join(staging, name);
      if (existsSync(target)) throw new Error(`quotes/${name} is both a page Astro rendered and a statement's page: a retired quote id cannot also be a live one`);
      renameSync(join(quotesDir, name), target);
    }
    rmSync(quotesDir, { recursive: true });
  }
  renameSync(staging, quotesDir);
}
