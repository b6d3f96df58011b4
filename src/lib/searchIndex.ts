/**
 * The search index, built by Pagefind's command line (so `pagefind.yml` still says what it reads) as a child
 * process of the build, started by src/lib/quotePagesIntegration.ts as soon as Astro has written its pages.
 *
 * Pagefind only reads the pages readers search (articles, people, organizations), which are all written
 * by then; it runs on its own core while the build writes the quote pages, instead of after them.
 * Measured at 1,000 articles on the 2-core machine: Pagefind 8-11 s, the quote pages 7-9 s, one after the
 * other before this.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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
