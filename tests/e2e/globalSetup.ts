/**
 * Builds the site once for the browser tests, from a fixtures content folder: the real content
 * (seed article, registry, permalink lockfile) with tests/fixtures/site/ laid over it (a second article),
 * in a scratch copy of the project, then indexes it with Pagefind as `npm run build` does.
 *
 * Two retired quote links are declared for the build, so that the redirect and tombstone page types are
 * tested like every other: a tombstone, and a redirect to the second article's first statement (its id is
 * taken from the scratch copy's own engine, the one the build runs).
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { collectCurrentStatements as Collect } from '../../src/permalinks/currentStatements.ts';
import { projectDir, scratchProject } from './support/scratchBuild.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site. */
    distDir: string;
    /** The content folder the site was built from. */
    contentDir: string;
    /** A declared redirect of the fixture build: old statement id → the id it lands on. */
    retiredRedirect: { id: string; target: string };
    /** A declared tombstone of the fixture build. */
    retiredTombstone: { id: string; reason: string };
  }
}

export default async function setup({ provide }: TestProject): Promise<() => void> {
  const project = scratchProject();
  cpSync(join(projectDir, 'content'), project.contentDir, { recursive: true });
  const fixtures = join(projectDir, 'tests/fixtures/site');
  if (existsSync(fixtures)) cpSync(fixtures, project.contentDir, { recursive: true });

  const { collectCurrentStatements } = (await import(join(project.root, 'src/permalinks/currentStatements.ts'))) as { collectCurrentStatements: typeof Collect };
  const target = collectCurrentStatements(project.contentDir).statements.find((s) => s.article === 'second-article');
  if (!target) throw new Error('the fixture article gave no statement to redirect to');
  const redirect = { id: 'second-article--an-earlier-wording-of-this-quote', target: target.id };
  const tombstone = { id: 'second-article--a-quote-removed-after-review', reason: 'The quote was attributed to the wrong diplomat and has been removed.' };
  writeFileSync(join(project.contentDir, 'permalinks.yaml'), `redirects:\n  ${redirect.id}: ${redirect.target}\ntombstones:\n  ${tombstone.id}: ${JSON.stringify(tombstone.reason)}\n`);

  const { status, output } = project.build({ search: true });
  if (status !== 0) throw new Error(`astro build failed for the end-to-end site:\n${output}`);
  provide('distDir', project.distDir);
  provide('contentDir', project.contentDir);
  provide('retiredRedirect', redirect);
  provide('retiredTombstone', tombstone);
  return () => {
    if (!process.env.KEEP_E2E_BUILD) project.remove();
  };
}
