import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileClock, writtenSince } from './searchIndex.ts';

const folders: string[] = [];
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writtenSince', () => {
  it('finds nothing when every page Pagefind reads was written before the clock was read, even just before', () => {
    const out = site();
    mkdirSync(join(out, 'articles', 'a'), { recursive: true });
    mkdirSync(join(out, 'people'), { recursive: true });
    writeFileSync(join(out, 'articles', 'a', 'index.html'), '<p>a</p>');
    writeFileSync(join(out, 'people', 'index.html'), '<p>people</p>');
    const since = fileClock(out);
    expect(writtenSince(out, since)).toBeNull();
  });

  it('names an article page written after the clock was read', () => {
    const out = site();
    mkdirSync(join(out, 'articles', 'a'), { recursive: true });
    const since = fileClock(out);
    writeFileSync(join(out, 'articles', 'a', 'index.html'), '<p>a</p>');
    expect(writtenSince(out, since)).toBe(join(out, 'articles', 'a', 'index.html'));
  });

  it('ignores pages Pagefind does not read and files that are not HTML', () => {
    const out = site();
    mkdirSync(join(out, 'topics', 't'), { recursive: true });
    mkdirSync(join(out, 'articles', 'a'), { recursive: true });
    const since = fileClock(out);
    writeFileSync(join(out, 'topics', 't', 'index.html'), '<p>t</p>');
    writeFileSync(join(out, 'articles', 'a', 'analysis.json'), '{}');
    expect(writtenSince(out, since)).toBeNull();
  });

  it('leaves no clock file behind', () => {
    const out = site();
    fileClock(out);
    expect(readdirSync(out)).toEqual([]);
  });
});
