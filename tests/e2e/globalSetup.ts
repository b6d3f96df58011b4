/**
 * Builds the site once for the browser tests, from a fixtures content folder: the real content
 * (seed article and registry) with tests/fixtures/site/ laid over it (a second article, registry
 * additions). The build runs in a scratch copy of the project so that it never races another build
 * of the working tree (Astro writes .astro/ and its data store next to the project).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site. */
    distDir: string;
    /** The content folder the site was built from. */
    contentDir: string;
  }
}

const project = resolve(import.meta.dirname, '../..');

export default function setup({ provide }: TestProject): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'site-e2e-'));
  const root = join(scratch, 'project');
  for (const entry of ['src', 'public', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(project, entry))) cpSync(join(project, entry), join(root, entry), { recursive: true, filter: (path) => !path.endsWith('.test.ts') });
  }
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
  const contentDir = join(root, 'content');
  cpSync(join(project, 'content'), contentDir, { recursive: true });
  const fixtures = join(project, 'tests/fixtures/site');
  if (existsSync(fixtures)) cpSync(fixtures, contentDir, { recursive: true });
  const distDir = join(scratch, 'dist');
  execFileSync(join(project, 'node_modules/.bin/astro'), ['build', '--root', root, '--outDir', distDir], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  provide('distDir', distDir);
  provide('contentDir', contentDir);
  return () => {
    if (!process.env.KEEP_E2E_BUILD) rmSync(scratch, { recursive: true, force: true });
  };
}
