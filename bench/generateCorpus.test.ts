import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/extraction/analyze.ts';
import { loadRegistry } from '../src/registry/loadRegistry.ts';
import { buildCorpus, MAX_BYTES, MIN_BYTES, mulberry32, writeCorpus } from './generateCorpus.ts';

const articlesOf = (files: Map<string, string>) => [...files].filter(([path]) => path.startsWith('articles/'));

describe('generateCorpus', () => {
  it('mulberry32 gives the same stream for the same seed and a different one for another seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('writes byte-identical corpora for the same seed and different ones for another seed', () => {
    const one = buildCorpus({ articles: 40, seed: 3 });
    const two = buildCorpus({ articles: 40, seed: 3 });
    const other = buildCorpus({ articles: 40, seed: 4 });
    expect([...two]).toEqual([...one]);
    expect([...other]).not.toEqual([...one]);
  });

  it('writes the requested number of articles, each between 2 and 6 KB, with varied lengths', () => {
    const articles = articlesOf(buildCorpus({ articles: 120, seed: 1 }));
    expect(articles).toHaveLength(120);
    const sizes = articles.map(([, text]) => Buffer.byteLength(text));
    for (const size of sizes) {
      expect(size).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(size).toBeLessThanOrEqual(MAX_BYTES);
    }
    // Varied: the spread covers most of the allowed range.
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeGreaterThan(2000);
  });

  it('uses every quote style and date expression family somewhere in the corpus', () => {
    const text = articlesOf(buildCorpus({ articles: 60, seed: 1 }))
      .map(([, t]) => t)
      .join('\n');
    expect(text).toMatch(/\u201c[^\u201d]+,\u201d \S+ said\./); // attribution after, curly
    expect(text).toMatch(/"[^"]+," \S+ said\./); // straight marks
    expect(text).toMatch(/ said: [\u201c"]/); // attribution before
    expect(text).toMatch(/[\u201d"] \S+ (said|added|went on), [\u201c"][a-z]/); // split quote
    expect(text).toMatch(/[\u201c"][^\u201d"]+\. [^\u201d"]+,[\u201d"]/); // multi-sentence
    expect(text).toMatch(/\u2018[^\u2019]+\u2019/); // nested single quotes
    expect(text).toMatch(/ called [^.]+ [\u201c"]/); // partial quote in paraphrase
    expect(text).toMatch(/so-called [\u201c"]/); // scare quotes
    expect(text).toMatch(/titled [\u201c"]/); // quoted title
    expect(text).toMatch(/said (a person familiar|two officials|a senior diplomat|people close|an aide|a source|several lawmakers)/i); // anonymous
    for (const date of [/ on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, /last week/, /\bin 20\d\d\b/, /\b(two|three|four|five) years ago/, /[A-Z][a-z]+ \d{1,2}-\d{1,2}\b/, /recently/, /next week/]) {
      expect(text).toMatch(date);
    }
  });

  it('writes a registry that loads without errors, and actors recur across articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
    try {
      const written = writeCorpus(dir, { articles: 80, seed: 2 });
      expect(written.articles).toBe(80);
      const { registry, diagnostics } = loadRegistry(dir);
      expect(diagnostics).toEqual([]);
      expect(Object.keys(registry.people).length).toBeGreaterThan(5);
      expect(Object.keys(registry.organizations).length).toBeGreaterThan(5);
      expect(Object.keys(registry.topics).length).toBeGreaterThan(5);
      const articles = articlesOf(buildCorpus({ articles: 80, seed: 2 }));
      const mostFrequent = Math.max(...Object.values(registry.people).map((p) => articles.filter(([, t]) => t.includes(p.name)).length));
      expect(mostFrequent).toBeGreaterThanOrEqual(8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every article goes through analyze() without a fatal diagnostic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
    try {
      writeCorpus(dir, { articles: 50, seed: 5 });
      const { registry } = loadRegistry(dir);
      for (const [path, text] of articlesOf(buildCorpus({ articles: 50, seed: 5 }))) {
        const result = analyze(text, registry, { id: path.slice('articles/'.length, -3) });
        expect(result.diagnostics.filter((d) => d.fatal), path).toEqual([]);
        expect(result.article.title).toBeTruthy();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
