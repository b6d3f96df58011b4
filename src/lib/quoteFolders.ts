/**
 * The quote pages' folders (`quotes/<id>/index.html`), kept from one build to the next.
 *
 * Measured on the build machine (ext4): creating a folder and its first file costs 0.2 ms, and 1 to 1.7 ms
 * when many files were deleted in the last half minute (the file system then skips over the inodes just
 * freed); deleting one costs about as much; writing over a file 0.35 ms during a build (its blocks are
 * freed and allocated again); reading one 0.03 ms. Astro empties the output folder when a build starts,
 * so a second build deleted 40,000 quote pages and created them again at the slow rate: at 1,000 articles
 * it took longer than the first.
 *
 * So when a build starts, the quote pages of the last one are moved out of the output folder into the
 * cache folder (one rename). The new pages go into those folders: a page that reads the same is left as
 * it is, a folder no statement needs any more is deleted, a new statement gets a new one. Then the few
 * quote pages Astro rendered itself (redirects, tombstones) are moved in with them and the folder goes
 * back to `quotes/`: one rename again.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Moves `quotesDir` (the last build's quote pages) to `keptDir`. Nothing is moved across file systems or
 * over a kept folder that is already there (a build that stopped half-way left it, and it serves as well).
 */
export function keepQuoteFolders(quotesDir: string, keptDir: string): void {
  if (!existsSync(quotesDir) || existsSync(keptDir)) return;
  try {
    renameSync(quotesDir, keptDir);
  } catch (error) {
    // Another file system: Astro deletes the old pages, and the new ones are made from scratch.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
}

function readIfThere(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes quote pages into the kept folders, or into `quotesDir` when there are none. */
export class QuoteFolders {
  readonly #quotesDir: string;
  readonly #keptDir: string;
  /** Folders of the last build, not yet written to; null when nothing was kept. */
  readonly #unused: Set<string> | null;

  constructor(quotesDir: string, keptDir: string) {
    this.#quotesDir = quotesDir;
    this.#keptDir = keptDir;
    this.#unused = existsSync(keptDir) ? new Set(readdirSync(keptDir)) : null;
    mkdirSync(this.#unused ? keptDir : quotesDir, { recursive: true });
  }

  /** Writes the page of statement `id`; a kept page that reads the same already is left as it is. */
  write(id: string, html: string): void {
    const folder = join(this.#unused ? this.#keptDir : this.#quotesDir, id);
    const file = join(folder, 'index.html');
    if (this.#unused?.delete(id)) {
      // Writing over a file frees and allocates its blocks (0.35 ms a page measured during a rebuild); reading
      // it to compare costs a tenth of that, and most pages of a rebuild have not changed.
      if (readIfThere(file) === html) return;
    } else {
      // One level below quotes/: a plain mkdir is one system call, a recursive one several.
      try {
        mkdirSync(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    writeFileSync(file, html);
  }

  /**
   * Puts the kept folders in the place of `quotesDir`: the folders no page was written to are deleted, and
   * what Astro wrote in `quotesDir` (redirect and tombstone pages) is moved in before the rename.
   */
  finish(): void {
    if (!this.#unused) return;
    for (const name of this.#unused) rmSync(join(this.#keptDir, name), { recursive: true, force: true });
    if (existsSync(this.#quotesDir)) {
      for (const name of readdirSync(this.#quotesDir)) {
        const target = join(this.#keptDir, name);
        if (existsSync(target)) throw new Error(`quotes/${name} is both a page Astro rendered and a statement's page: a retired quote id cannot also be a live one`);
        renameSync(join(this.#quotesDir, name), target);
      }
      rmSync(this.#quotesDir, { recursive: true });
    }
    mkdirSync(dirname(this.#quotesDir), { recursive: true });
    renameSync(this.#keptDir, this.#quotesDir);
  }
}
