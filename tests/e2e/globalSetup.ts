/**
 * Builds the site once for the browser tests, from a fixtures content folder: the real content
 * (seed article and registry) with tests/fixtures/site/ laid over it (a second article, registry
 * additions), in a scratch copy of the project.
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectDir, scratchProject } from './support/scratchBuild.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site. */
    distDir: string;
    /** The content folder the site was built from. */
    contentDir: string;
  }
}

export default function setup({ provide }: TestProject): () => void {
  const project = scratchProject();
  cpSync(join(projectDir, 'content'), project.contentDir, { recursive: true });
  const fixtures = join(projectDir, 'tests/fixtures/site');
  if (existsSync(fixtures)) cpSync(fixtures, project.contentDir, { recursive: true });
  const { status, output } = project.build();
  if (status !== 0) throw new Error(`astro build failed for the end-to-end site:\n${output}`);
  provide('distDir', project.distDir);
  provide('contentDir', project.contentDir);
  return () => {
    if (!process.env.KEEP_E2E_BUILD) project.remove();
  };
}
