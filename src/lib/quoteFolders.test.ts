import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { keepQuoteFolders, QuoteFolders } from './quoteFolders.ts';

let root: string;
let quotes: string;
let kept: string;
const page = (id: string) => readFileSync(join(quotes, id, 'index.html'), 'utf8');
const folder = (dir: string, id: string, html: string) => {
  mkdirSync(join(dir, id), { recursive: true });
  writeFileSync(join(dir, id, 'index.html'), html);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'quote-folders-'));
  quotes = join(root, 'dist', 'quotes');
  kept = join(root, 'cache', 'quote-pages');
  mkdirSync(join(root, 'cache'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('quote page folders kept from one build to the next', () => {
  test('a first build writes its pages straight into quotes/', () => {
    keepQuoteFolders(quotes, kept);
    const folders = new QuoteFolders(quotes, kept);
    folders.write('a--one', 'one');
    folders.finish();
    expect(page('a--one')).toBe('one');
    expect(existsSync(kept)).toBe(false);
  });

  test('a second build writes over the folders of the first, which it does not make again', () => {
    folder(quotes, 'a--one', 'old');
    const made = statSync(join(quotes, 'a--one')).ino;
    keepQuoteFolders(quotes, kept);
    expect(existsSync(quotes)).toBe(false);
    const folders = new QuoteFolders(quotes, kept);
    folders.write('a--one', 'new');
    folders.finish();
    expect(page('a--one')).toBe('new');
    expect(statSync(join(quotes, 'a--one')).ino).toBe(made);
  });

  test('a kept page that reads the same is not written again; one that changed is', () => {
    folder(quotes, 'a--same', 'same');
    folder(quotes, 'a--changed', 'before');
    const past = new Date('2020-01-01T00:00:00Z');
    for (const id of ['a--same', 'a--changed']) utimesSync(join(quotes, id, 'index.html'), past, past);
    keepQuoteFolders(quotes, kept);
    const folders = new QuoteFolders(quotes, kept);
    folders.write('a--same', 'same');
    folders.write('a--changed', 'after');
    folders.finish();
    expect(statSync(join(quotes, 'a--same', 'index.html')).mtime).toEqual(past);
    expect(page('a--changed')).toBe('after');
  });

  test('a statement that is gone loses its folder, a new one gets one, and pages Astro rendered this time are kept', () => {
    folder(quotes, 'a--gone', 'gone');
    folder(quotes, 'a--stays', 'old');
    folder(quotes, 'b--old-redirect', 'last build’s redirect');
    keepQuoteFolders(quotes, kept);
    folder(quotes, 'b--redirect', 'redirect');
    const folders = new QuoteFolders(quotes, kept);
    folders.write('a--stays', 'stays');
    folders.write('a--new', 'new');
    folders.finish();
    expect(readdirSync(quotes).sort()).toEqual(['a--new', 'a--stays', 'b--redirect']);
    expect([page('a--new'), page('a--stays'), page('b--redirect')]).toEqual(['new', 'stays', 'redirect']);
    expect(existsSync(kept)).toBe(false);
  });

  test('a page that Astro rendered and a statement page with the same id fail the build', () => {
    folder(quotes, 'c--same', 'statement');
    keepQuoteFolders(quotes, kept);
    folder(quotes, 'c--same', 'tombstone');
    const folders = new QuoteFolders(quotes, kept);
    folders.write('c--same', 'statement');
    expect(() => folders.finish()).toThrow(/c--same/);
  });

  test('folders kept by a build that stopped half-way are used by the next one', () => {
    folder(kept, 'd--one', 'old');
    keepQuoteFolders(quotes, kept);
    const folders = new QuoteFolders(quotes, kept);
    folders.write('d--one', 'new');
    folders.finish();
    expect(page('d--one')).toBe('new');
  });
});
