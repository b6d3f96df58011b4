import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeLock } from '../../src/permalinks/permalinkFiles.ts';
import { sitePermalinks } from '../../src/permalinks/sitePermalinks.ts';
import {
  checkPermalinks,
  emptyDeclarations,
  retiredPermalinks,
  type PermalinkDeclarations,
  type PermalinkLock,
} from '../../src/permalinks/checkPermalinks.ts';

const today = { today: '2025-02-03' };
const lockOf = (...ids: Array<[string, string]>): PermalinkLock => ({
  statements: Object.fromEntries(ids.map(([id, article]) => [id, { article, firstSeen: '2025-01-01' }])),
});
const declare = (d: Partial<PermalinkDeclarations>): PermalinkDeclarations => ({ ...emptyDeclarations, ...d });
const fatal = (check: ReturnType<typeof checkPermalinks>) => check.problems.filter((p) => p.fatal);

describe('checkPermalinks', () => {
  it('records new ids with their article and the day, and keeps every old entry', () => {
    const lock = lockOf(['old--a-said', 'story']);
    const check = checkPermalinks(lock, [{ id: 'old--a-said', article: 'story' }, { id: 'story--b-new', article: 'story' }], emptyDeclarations, today);
    expect(check.problems).toEqual([]);
    expect(check.added).toEqual(['story--b-new']);
    expect(check.lock.statements).toEqual({
      'old--a-said': { article: 'story', firstSeen: '2025-01-01' },
      'story--b-new': { article: 'story', firstSeen: '2025-02-03' },
    });
  });

  it('writes the lock with sorted ids, so the same build gives the same file', () => {
    const check = checkPermalinks({ statements: {} }, [{ id: 'z--q', article: 'z' }, { id: 'a--q', article: 'a' }], emptyDeclarations, today);
    expect(Object.keys(check.lock.statements)).toEqual(['a--q', 'z--q']);
  });

  it('fails on a recorded id that is gone and undeclared, telling the editor exactly what to add', () => {
    const lock = lockOf(['story--okafor-this-agreement', 'story']);
    const check = checkPermalinks(lock, [{ id: 'story--okafor-the-agreement', article: 'story' }], emptyDeclarations, today);
    const [problem] = fatal(check);
    expect(problem?.ruleId).toBe('permalink-missing');
    expect(problem?.place).toEqual({ file: 'lock', id: 'story--okafor-this-agreement' });
    expect(problem?.message).toContain('content/permalinks.yaml');
    expect(problem?.message).toContain('redirects:\n    story--okafor-this-agreement: <the id of the edited quote>');
    expect(problem?.message).toContain('tombstones:\n    story--okafor-this-agreement: "<why the quote was removed>"');
    expect(problem?.message).toContain('story--okafor-the-agreement');
  });

  it('accepts a removed id once a tombstone with a reason is declared, and lists its tombstone page', () => {
    const lock = lockOf(['story--a-gone', 'story']);
    const declarations = declare({ tombstones: { 'story--a-gone': 'Misattributed; removed on review.' } });
    expect(fatal(checkPermalinks(lock, [], declarations, today))).toEqual([]);
    expect(retiredPermalinks(declarations, lock)).toEqual([{ id: 'story--a-gone', kind: 'tombstone', reason: 'Misattributed; removed on review.', article: 'story' }]);
  });

  it('accepts an edited id once a redirect to a current statement is declared, and lists its redirect page', () => {
    const lock = lockOf(['story--a-old', 'story']);
    const declarations = declare({ redirects: { 'story--a-old': 'story--a-new' } });
    expect(fatal(checkPermalinks(lock, [{ id: 'story--a-new', article: 'story' }], declarations, today))).toEqual([]);
    expect(retiredPermalinks(declarations, lock)).toEqual([{ id: 'story--a-old', kind: 'redirect', target: 'story--a-new', article: 'story' }]);
  });

  it('follows a chain of redirects to the current quote in one hop', () => {
    const lock = lockOf(['s--v1', 's'], ['s--v2', 's']);
    const declarations = declare({ redirects: { 's--v1': 's--v2', 's--v2': 's--v3' } });
    expect(fatal(checkPermalinks(lock, [{ id: 's--v3', article: 's' }], declarations, today))).toEqual([]);
    expect(retiredPermalinks(declarations, lock).map((r) => [r.id, r.kind, r.target])).toEqual([
      ['s--v1', 'redirect', 's--v3'],
      ['s--v2', 'redirect', 's--v3'],
    ]);
  });

  it('turns a redirect whose chain ends at a tombstone into that tombstone', () => {
    const declarations = declare({ redirects: { 's--v1': 's--v2' }, tombstones: { 's--v2': 'Removed.' } });
    const lock = lockOf(['s--v1', 's'], ['s--v2', 's']);
    expect(fatal(checkPermalinks(lock, [], declarations, today))).toEqual([]);
    expect(retiredPermalinks(declarations, lock).find((r) => r.id === 's--v1')).toMatchObject({ kind: 'tombstone', reason: 'Removed.' });
  });

  it('fails on a redirect that ends at no statement', () => {
    const check = checkPermalinks(lockOf(['s--v1', 's']), [], declare({ redirects: { 's--v1': 's--typo' } }), today);
    expect(fatal(check).map((p) => p.ruleId)).toEqual(['permalink-redirect-target']);
    expect(fatal(check)[0]?.message).toContain('s--typo');
  });

  it('fails on redirects that run in a circle', () => {
    const check = checkPermalinks(lockOf(['a', 's'], ['b', 's']), [], declare({ redirects: { a: 'b', b: 'a' } }), today);
    expect(fatal(check).map((p) => p.ruleId)).toEqual(['permalink-redirect-cycle', 'permalink-redirect-cycle']);
  });

  it('fails on an id declared both as redirect and tombstone', () => {
    const check = checkPermalinks(lockOf(['a', 's']), [{ id: 'b', article: 's' }], declare({ redirects: { a: 'b' }, tombstones: { a: 'Gone.' } }), today);
    expect(fatal(check).map((p) => p.ruleId)).toEqual(['permalink-declared-twice']);
  });

  it('fails on a declaration for a statement that still exists, which would hide the live quote', () => {
    const check = checkPermalinks(lockOf(['a', 's']), [{ id: 'a', article: 's' }], declare({ tombstones: { a: 'Gone.' } }), today);
    expect(fatal(check).map((p) => p.ruleId)).toEqual(['permalink-still-present']);
  });

  it('fails on a tombstone without a reason', () => {
    const check = checkPermalinks(lockOf(['a', 's']), [], declare({ tombstones: { a: '  ' } }), today);
    expect(fatal(check).map((p) => p.ruleId)).toEqual(['permalink-undeclared-reason']);
  });

  it('fails when two current statements share one id', () => {
    const check = checkPermalinks({ statements: {} }, [{ id: 'x', article: 'one' }, { id: 'x', article: 'two' }], emptyDeclarations, today);
    expect(fatal(check).map((p) => p.ruleId)).toEqual(['permalink-duplicate']);
  });

  it('only warns about a declaration for an id that was never recorded, and still generates its page', () => {
    const declarations = declare({ tombstones: { never: 'Gone.' } });
    const check = checkPermalinks({ statements: {} }, [], declarations, today);
    expect(check.problems.map((p) => [p.ruleId, p.fatal])).toEqual([['permalink-not-published', false]]);
    expect(retiredPermalinks(declarations)).toEqual([{ id: 'never', kind: 'tombstone', reason: 'Gone.' }]);
  });
});

describe('sitePermalinks (what the build calls)', () => {
  it('stops the build with file:line:column when a recorded id is gone, and passes once it is tombstoned', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-permalinks-'));
    try {
      writeLock(join(dir, 'permalinks.lock.json'), lockOf(['story--a-kept', 'story'], ['story--b-gone', 'story']));
      const broken = sitePermalinks(dir, [{ id: 'story--a-kept', article: 'story' }], dir);
      expect(broken.errors).toHaveLength(1);
      expect(broken.errors[0]).toMatch(/^permalinks\.lock\.json:\d+:5: error: statement "story--b-gone"/);
      writeFileSync(join(dir, 'permalinks.yaml'), 'tombstones:\n  story--b-gone: Removed after review.\n');
      const fixed = sitePermalinks(dir, [{ id: 'story--a-kept', article: 'story' }, { id: 'story--c-new', article: 'story' }], dir);
      expect(fixed.errors).toEqual([]);
      expect(fixed.warnings.join('\n')).toContain('[permalink-unrecorded]');
      expect(fixed.retired).toEqual([{ id: 'story--b-gone', kind: 'tombstone', reason: 'Removed after review.', article: 'story' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports an invalid permalinks.yaml at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-permalinks-'));
    try {
      writeFileSync(join(dir, 'permalinks.yaml'), 'redirects:\n  a: [not, an, id]\n');
      expect(sitePermalinks(dir, [], dir).errors[0]).toMatch(/^permalinks\.yaml:2:\d+: error: .*\[permalink-declarations-invalid\]$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
