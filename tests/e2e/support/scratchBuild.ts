/**
 * Builds the site from a given content folder in a scratch copy of the project, so that a test build
 * never races another build of the working tree (Astro writes .astro/ and its data store beside the project).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectDir = resolve(import.meta.dirname, '../../..');

export interface ScratchBuild {
  /** The scratch folder holding everything below. */
  scratch: string;
  /** The project copy (its src/ is a snapshot of the working tree's, taken when the scratch was made). */
  root: string;
  /** The content folder the site is built from (fill it before building). */
  contentDir: string;
  distDir: string;
  /** Runs `astro build` (then, with `search`, Pagefind over the output, as `npm run build` does); returns its exit status and output. */
  build(options?: { search?: boolean }): { status: number | null; output: string };
  remove(): void;
}

/** A scratch project with a copy of the current code and an empty content folder. */
export function scratchProject(): ScratchBuild {
  const scratch = mkdtempSync(join(tmpdir(), 'site-build-'));
  const root = join(scratch, 'project');
  for (const entry of ['src', 'public', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(projectDir, entry))) cpSync(join(projectDir, entry), join(root, entry), { recursive: true, filter: (path) => !path.endsWith('.test.ts') });
  }
  symlinkSync(join(projectDir, 'node_modules'), join(root, 'node_modules'), 'dir');
  const contentDir = join(root, 'content');
  const distDir = join(scratch, 'dist');
  return {
    scratch,
    root,
    contentDir,
    distDir,
    build(options = {}) {
      // Node 22 from the pinned devDependency: Astro 7 refuses older ones.
      // Vitest sets NODE_ENV=test; a real build runs without it, and so must this one.
      const { NODE_ENV: _testEnv, ...inherited } = process.env;
      const result = spawnSync(join(projectDir, 'node_modules/.bin/node'), [join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', distDir], {
        cwd: root,
        env: { ...inherited, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
      });
      const output = `${result.stdout}\n${result.stderr}`;
      if (result.status !== 0 || !options.search) return { status: result.status, output };
      const index = spawnSync(join(projectDir, 'node_modules/.bin/pagefind'), ['--site', distDir], { cwd: root, encoding: 'utf8' });
      return { status: index.status, output: `${output}\n${index.stdout}\n${index.stderr}` };
    },
    remove() {
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
