/**
 * Builds the site from any content folder, the way tests/e2e/globalSetup.ts does: in a scratch copy of
 * the project (so it never races another build of the working tree), with CONTENT_DIR pointing at the
 * folder, then indexes it with Pagefind like `npm run build`. Returns where dist/ is and how to clean up.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  distDir: string;
  /** stderr of the build (warnings included). */
  log: string;
  cleanup(): void;
}

export function buildSiteFrom(contentDir: string, label = 'site'): BuiltSite {
  const scratch = mkdtempSync(join(tmpdir(), `${label}-`));
  const root = join(scratch, 'project');
  for (const entry of ['src', 'public', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(project, entry))) cpSync(join(project, entry), join(root, entry), { recursive: true, filter: (path) => !path.endsWith('.test.ts') });
  }
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
  const distDir = join(scratch, 'dist');
  const node = join(project, 'node_modules/.bin/node');
  const env = { ...process.env, CONTENT_DIR: resolve(contentDir), ASTRO_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  let log = '';
  try {
    execFileSync(node, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', distDir], {
      cwd: root,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`the site did not build from ${contentDir}:\n${e.stderr ?? ''}\n${(e.stdout ?? '').slice(-2000)}`);
  }
  const pagefind = join(project, 'node_modules/.bin/pagefind');
  if (existsSync(pagefind)) {
    try {
      execFileSync(pagefind, ['--site', distDir], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      log += `pagefind failed: ${(error as Error).message}\n`;
    }
  }
  return {
    distDir,
    log,
    cleanup: () => {
      if (!process.env.KEEP_E2E_BUILD) rmSync(scratch, { recursive: true, force: true });
    },
  };
}
