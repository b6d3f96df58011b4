/**
 * The search index, built by Pagefind's command line (so `pagefind.yml` still says what it reads) as a child
 * process of the build, started by src/lib/quotePagesIntegration.ts as soon as Astro has written its pages.
 *
 * Pagefind only reads the pages readers search (articles, people, organizations), which are all written
 * by then; it runs on its own core while the build writes the quote pages, instead of after them.
 * Measured at 1,000 articles on the 2-core machine: Pagefind 8-11 s, the quote pages 7-9 s, one after the
 * other before this.
 *
 * Pagefind takes longer than the quote pages, so it starts earlier still: as soon as the pages it reads are
 * written (the quote route says so while Astro renders the quote page shell, src/lib/quotePageShell.ts), it
 * runs beside the last pages Astro renders (feed, timeline, topics, home: about 2 s at 1,000 articles).
 * `writtenSince()` then tells whether any page it reads was written after it started, in which case it
 * runs again once the build is done.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A Pagefind run in progress. */
export interface SearchIndexRun {
  /**
   * Resolves with how long Pagefind took, by its own count ("Finished in … seconds"): the build's thread
   * only hears that it exited once it is free, so its own clock would say how long the build was busy.
   * Rejects with Pagefind's output when it fails.
   */
  done(): Promise<{ ms: number }>;
  /** Stops Pagefind, for a build that fails meanwhile. */
  stop(): void;
}

/** Starts `pagefind --site <outDir>` in `root` (where `pagefind.yml` is), with the Node that runs the build. */
export function startSearchIndex(root: string, outDir: string): SearchIndexRun {
  const runner = join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const started = performance.now();
  let stop = () => {};
  const result = new Promise<{ ms: number }>((resolve, reject) => {
    if (!existsSync(runner)) {
      reject(new Error(`Pagefind is not installed (no ${runner}): run npm install; the site's search needs its index`));
      return;
    }
    // Its own process group: the npm wrapper runs the Pagefind binary as a child, and stop() ends both.
    const child = spawn(process.execPath, [runner, '--site', outDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    stop = () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    };
    child.on('error', reject);
    child.on('close', (code) => {
      const finished = /Finished in ([\d.]+) seconds/.exec(output);
      if (code === 0) resolve({ ms: finished ? Number(finished[1]) * 1000 : performance.now() - started });
      else reject(new Error(`Pagefind failed (exit ${code}) indexing ${outDir}:\n${output.trim()}`));
    });
  });
  // Awaited by the build; until then a failure must not count as unhandled.
  result.catch(() => {});
  return { done: () => result, stop: () => stop() };
}

/** The folders whose pages Pagefind reads (the glob in pagefind.yml). */
const searchedFolders = ['articles', 'people', 'organizations'];

/**
 * A time, on the file system's clock, later than every file written before the call and not later than
 * any file written after it. File times come from the kernel's coarse clock, which ticks every few
 * milliseconds and lags Date.now(): a page written just before could carry the same time, so this waits
 * (a few milliseconds at most) for the next tick. Measured with a file written in `dir`.
 */
export function fileClock(dir: string): number {
  const marker = join(dir, `search-index-clock-${process.pid}`);
  const touch = () => {
    writeFileSync(marker, '');
    return statSync(marker).mtimeMs;
  };
  const first = touch();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let now = touch();
  while (now <= first) {
    Atomics.wait(pause, 0, 0, 1);
    now = touch();
  }
  rmSync(marker, { force: true });
  return now;
}

/** An HTML page Pagefind reads that was written at or after `since` (a fileClock() time), or null. */
export function writtenSince(outDir: string, since: number): string | null {
  const walk = (dir: string): string | null => {
    if (!existsSync(dir)) return null;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = walk(path);
        if (found) return found;
      } else if (entry.name.endsWith('.html') && statSync(path).mtimeMs >= since) return path;
    }
    return null;
  };
  for (const folder of searchedFolders) {
    const found = walk(join(outDir, folder));
    if (found) return found;
  }
  return null;
}
