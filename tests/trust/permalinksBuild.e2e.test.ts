/**
 * The permalink promise through `astro build` itself: a fixture article is built with its statement ids
 * recorded, then edited (one quote removed, one reworded) and built again. The second build must fail,
 * naming each broken link and what to declare; once a tombstone and a redirect are declared it must pass,
 * and the old links must answer: the tombstone page says why and links to the article, the redirect page
 * sends the reader (without JavaScript) to the edited quote and names it canonical.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { analyze as Analyze } from '../../src/extraction/analyze.ts';
import type { loadRegistry as LoadRegistry } from '../../src/registry/loadRegistry.ts';
import type { Statement } from '../../src/schema/analysis.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { projectDir, scratchProject, type ScratchBuild } from '../e2e/support/scratchBuild.ts';
import { serveStatic } from '../e2e/support/staticServer.ts';

const fixture = join(import.meta.dirname, 'fixtures/harbour');
const articleId = 'harbour-strike-ends';
let project: ScratchBuild;
let articlePath: string;
// The engine of the scratch copy, the one its builds run, not the working tree's (which may change mid-run).
let analyze: typeof Analyze;
let loadRegistry: typeof LoadRegistry;

const statementsNow = (): Statement[] => analyze(readFileSync(articlePath, 'utf8'), loadRegistry(project.contentDir).registry, { id: articleId }).statements;
const permalinksCli = (...args: string[]) =>
  spawnSync(join(projectDir, 'node_modules/.bin/node'), [join(project.root, 'src/permalinks/cli.ts'), '--content', project.contentDir, ...args], { encoding: 'utf8' });
const page = (id: string) => join(project.distDir, 'quotes', id, 'index.html');

beforeAll(async () => {
  project = scratchProject();
  ({ analyze } = (await import(join(project.root, 'src/extraction/analyze.ts'))) as { analyze: typeof Analyze });
  ({ loadRegistry } = (await import(join(project.root, 'src/registry/loadRegistry.ts'))) as { loadRegistry: typeof LoadRegistry });
  cpSync(fixture, project.contentDir, { recursive: true });
  articlePath = join(project.contentDir, 'articles', `${articleId}.md`);
});
afterAll(() => project?.remove());

// Filled in as the story goes: each test builds on the one before (the file runs in order).
let removed: Statement;
let edited: Statement;
let newId: string;

describe('a published quote link survives an edit of the copy, through the site build', () => {
  it('first build: the statement ids are recorded and every quote page is built', () => {
    const statements = statementsNow();
    expect(statements.length, 'the fixture must give at least two statements in different sentences').toBeGreaterThanOrEqual(2);
    const record = permalinksCli('--update', '--today', '2024-06-15');
    expect(record.status, record.stderr).toBe(0);
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    for (const s of statements) expect(existsSync(page(s.id)), s.id).toBe(true);
  });

  it('after one quote is removed and another reworded, the build fails naming both ids and what to declare', () => {
    const before = statementsNow();
    removed = before[0]!;
    edited = before.find((s) => s.sentence.start !== removed.sentence.start && s.kind === 'direct') ?? before.find((s) => s.sentence.start !== removed.sentence.start)!;
    const source = readFileSync(articlePath, 'utf8');
    // Reword first (it stands later in the file, so the removal's offsets still hold), then remove.
    expect(edited.start).toBeGreaterThan(removed.sentence.end);
    const letter = edited.start + edited.text.search(/\p{L}/u);
    const reworded = `${source.slice(0, letter)}Truly ${source.slice(letter)}`;
    writeFileSync(articlePath, reworded.slice(0, removed.sentence.start) + reworded.slice(removed.sentence.end));

    const after = statementsNow().map((s) => s.id);
    const gone = before.map((s) => s.id).filter((id) => !after.includes(id));
    const added = after.filter((id) => !before.some((s) => s.id === id));
    expect(gone.sort()).toEqual([removed.id, edited.id].sort());
    expect(added).toHaveLength(1);
    newId = added[0]!;

    const { status, output } = project.build();
    expect(status).not.toBe(0);
    for (const id of [removed.id, edited.id]) {
      expect(output).toMatch(new RegExp(`permalinks\\.lock\\.json:\\d+:\\d+: error: statement "${id}" \\(published in article "${articleId}" since 2024-06-15\\) no longer exists`));
      expect(output).toContain(`redirects:\n    ${id}: <the id of the edited quote>`);
      expect(output).toContain(`tombstones:\n    ${id}: "<why the quote was removed>"`);
    }
    // The hint names the new id the reworded quote may have become.
    expect(output).toContain(newId);
    expect(output).toContain('[permalink-missing]');
  });

  it('with only the tombstone declared, the build still fails for the undeclared redirect', () => {
    writeFileSync(join(project.contentDir, 'permalinks.yaml'), `redirects: {}\ntombstones:\n  ${removed.id}: "The quote was attributed to the wrong speaker and has been removed."\n`);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`statement "${edited.id}"`);
    expect(output).not.toContain(`statement "${removed.id}"`);
  });

  it('once the redirect is declared too, the build passes and writes a tombstone page with the reason and a link to the article', () => {
    writeFileSync(
      join(project.contentDir, 'permalinks.yaml'),
      `redirects:\n  ${edited.id}: ${newId}\ntombstones:\n  ${removed.id}: "The quote was attributed to the wrong speaker and has been removed."\n`,
    );
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    const html = readFileSync(page(removed.id), 'utf8');
    expect(html).toContain('This quote was removed');
    expect(html).toContain('The quote was attributed to the wrong speaker and has been removed.');
    expect(html).toContain(`href="/articles/${articleId}/"`);
    expect(html).toContain('<meta name="robots" content="noindex"');
  });

  it('writes a redirect page: meta refresh, a visible link and rel=canonical, all to the edited quote', () => {
    const html = readFileSync(page(edited.id), 'utf8');
    expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=/quotes/${newId}/"`));
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/quotes/${newId}/"`));
    expect(html).toMatch(new RegExp(`<a href="/quotes/${newId}/"[^>]*>`));
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
    expect(existsSync(page(newId))).toBe(true);
  });

  it('in a browser with JavaScript off, the old link lands on the edited quote', async () => {
    const site = await serveStatic(project.distDir);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const tab = await context.newPage();
      await tab.goto(`${site.url}/quotes/${edited.id}/`);
      await tab.waitForURL(`${site.url}/quotes/${newId}/`);
      await expect(tab.locator(`a[href="/articles/${articleId}/#${newId}"]`).count()).resolves.toBeGreaterThan(0);
      await context.close();
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
