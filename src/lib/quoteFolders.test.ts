import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createQuoteFolders, moveStagingIntoPlace, startQuoteStaging } from './quoteFolders.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'quote-folders-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('quote page folders made ahead', () => {
  test('createQuoteFolders() makes <id>/index.html, empty, for every id, and accepts a folder that exists', () => {
    mkdirSync(join(root, 'a--one'));
    createQuoteFolders(root, ['a--one', 'a--two']);
    expect(readdirSync(root).sort()).toEqual(['a--one', 'a--two']);
    expect(readFileSync(join(root, 'a--two', 'index.html'), 'utf8')).toBe('');
  });

  test('startQuoteStaging() makes the folders in a worker thread, in a staging folder emptied first', async () => {
    const staging = join(root, 'cache', 'quote-pages');
    mkdirSync(join(staging, 'left-over'), { recursive: true });
    const started = startQuoteStaging(staging, join(root, 'dist'), ['b--x', 'b--y']);
    expect(started).not.toBeNull();
    await started!.ready();
    expect(readdirSync(staging).sort()).toEqual(['b--x', 'b--y']);
    expect([...started!.ids].sort()).toEqual(['b--x', 'b--y']);
  });

  test('startQuoteStaging() does nothing when there are no statements', () => {
    expect(startQuoteStaging(join(root, 'cache', 'quote-pages'), join(root, 'dist'), [])).toBeNull();
    expect(existsSync(join(root, 'cache'))).toBe(false);
  });

  test('moveStagingIntoPlace() keeps the pages Astro wrote in quotes/ and puts the staged ones beside them', () => {
    const quotes = join(root, 'dist', 'quotes');
    mkdirSync(join(quotes, 'old--redirect'), { recursive: true });
    writeFileSync(join(quotes, 'old--redirect', 'index.html'), 'redirect');
    const staging = join(root, 'staging');
    mkdirSync(staging);
    createQuoteFolders(staging, ['c--live']);
    writeFileSync(join(staging, 'c--live', 'index.html'), 'live');
    moveStagingIntoPlace(staging, quotes);
    expect(existsSync(staging)).toBe(false);
    expect(readFileSync(join(quotes, 'old--redirect', 'index.html'), 'utf8')).toBe('redirect');
    expect(readFileSync(join(quotes, 'c--live', 'index.html'), 'utf8')).toBe('live');
  });

  test('moveStagingIntoPlace() refuses a page that is both rendered by Astro and staged', () => {
    const quotes = join(root, 'dist', 'quotes');
    mkdirSync(join(quotes, 'c--same'), { recursive: true });
    const staging = join(root, 'staging');
    mkdirSync(staging);
    createQuoteFolders(staging, ['c--same']);
    expect(() => moveStagingIntoPlace(staging, quotes)).toThrow(/c--same/);
  });
});
