import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { analyze } from '../extraction/analyze.ts';
import { articleMarkdown } from '../rendering/articleMarkdown.ts';
import type { Analysis } from '../schema/analysis.ts';
import type { Registry } from '../schema/registry.ts';
import { readArticleHtml, readStoredArticle, type ArticleFiles } from './articleFiles.ts';
import { articlesLoader } from './articlesLoader.ts';

const project = resolve(import.meta.dirname, '../..');

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
}

/** Just enough of Astro's loader context to run the loader outside a build. */
function fakeContext(root: string) {
  const entries = new Map<string, Entry>();
  const warnings: string[] = [];
  const context = {
    collection: 'articles',
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    logger: { warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m), info: () => {}, debug: () => {} },
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`), markdown: { processor: articleMarkdown, syntaxHighlight: false }, image: {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) => {
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      let hash = 0;
      for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
      return String(hash);
    },
  };
  return { context: context as unknown as LoaderContext, entries, warnings };
}

let root: string;
let calls: string[];
const counting = (markdown: string, registry: Registry, options: { id: string }): Analysis => {
  calls.push(options.id);
  return analyze(markdown, registry, options);
};

const article = (title: string, body: string) => `---\ntitle: ${title}\npublished: 2025-03-04\n---\n${body}\n`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'loader-'));
  cpSync(join(project, 'content', 'people'), join(root, 'content', 'people'), { recursive: true });
  cpSync(join(project, 'content', 'organizations'), join(root, 'content', 'organizations'), { recursive: true });
  cpSync(join(project, 'content', 'topics'), join(root, 'content', 'topics'), { recursive: true });
  mkdirSync(join(root, 'content', 'articles'));
  writeFileSync(join(root, 'content/articles/ferry-strike.md'), article('Ferry strike', 'The union said “the boats stay in port” on Monday.'));
  writeFileSync(join(root, 'content/articles/market-day.md'), article('Market day', 'Stallholders said trade was slow.'));
  calls = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('articlesLoader', () => {
  test('writes the analysis and the annotated HTML of each article to files in the cache folder, and stores only their names and the statement ids', async () => {
    const { context, entries } = fakeContext(root);
    await articlesLoader({ contentDir: 'content', analyze: counting }).load(context);
    expect([...entries.keys()].sort()).toEqual(['ferry-strike', 'market-day']);
    const ferry = entries.get('ferry-strike')!;
    expect(Object.keys(ferry.data).sort()).toEqual(['files', 'statementIds']);
    const files = ferry.data.files as ArticleFiles;
    expect(files.data.startsWith(join(root, 'cache', 'articles'))).toBe(true);
    const stored = readStoredArticle(files.data);
    expect(stored.analysis.article.title).toBe('Ferry strike');
    expect(stored.source).toContain('the boats stay in port');
    expect(ferry.data.statementIds).toEqual(stored.analysis.statements.map((s) => s.id));
    expect(ferry.data.statementIds).not.toEqual([]);
    expect(readArticleHtml(files.html)).toContain('the boats stay in port');
  });

  test('a changed article gets new files and its old ones are deleted; the files of a removed article are deleted', async () => {
    const { context, entries } = fakeContext(root);
    const loader = articlesLoader({ contentDir: 'content' });
    await loader.load(context);
    const before = entries.get('market-day')!.data.files as ArticleFiles;
    writeFileSync(join(root, 'content/articles/market-day.md'), article('Market day', 'Stallholders said trade was slower than ever.'));
    await loader.load(context);
    const after = entries.get('market-day')!.data.files as ArticleFiles;
    expect(after.data).not.toBe(before.data);
    expect([existsSync(before.data), existsSync(before.html), existsSync(after.data), existsSync(after.html)]).toEqual([false, false, true, true]);
    rmSync(join(root, 'content/articles/market-day.md'));
    await loader.load(context);
    expect([existsSync(after.data), existsSync(after.html)]).toEqual([false, false]);
  });

  test('an unchanged article whose files were deleted from the cache is analysed again', async () => {
    const { context, entries } = fakeContext(root);
    const loader = articlesLoader({ contentDir: 'content', analyze: counting });
    await loader.load(context);
    rmSync(join(root, 'cache'), { recursive: true });
    calls = [];
    await loader.load(context);
    expect(calls.sort()).toEqual(['ferry-strike', 'market-day']);
    expect(existsSync((entries.get('ferry-strike')!.data.files as ArticleFiles).data)).toBe(true);
  });

  test('analyses an unchanged article only once, and again only the article that changed', async () => {
    const { context } = fakeContext(root);
    const loader = articlesLoader({ contentDir: 'content', analyze: counting });
    await loader.load(context);
    expect(calls.sort()).toEqual(['ferry-strike', 'market-day']);
    calls = [];
    await loader.load(context);
    expect(calls).toEqual([]);
    writeFileSync(join(root, 'content/articles/market-day.md'), article('Market day', 'Stallholders said trade was slower than ever.'));
    await loader.load(context);
    expect(calls).toEqual(['market-day']);
  });

  test('a change to the registry analyses every article again', async () => {
    const { context } = fakeContext(root);
    const loader = articlesLoader({ contentDir: 'content', analyze: counting });
    await loader.load(context);
    calls = [];
    writeFileSync(join(root, 'content/topics/ferries.yaml'), 'name: Ferries\nkeywords: [ferry, boats]\n');
    await loader.load(context);
    expect(calls.sort()).toEqual(['ferry-strike', 'market-day']);
  });

  test('a fatal problem fails the load with file:line:column and the message; the other articles are still stored', async () => {
    writeFileSync(join(root, 'content/articles/bad-date.md'), '---\ntitle: Bad\npublished: 2025-02-30\n---\nText.\n');
    const { context, entries } = fakeContext(root);
    await expect(articlesLoader({ contentDir: 'content' }).load(context)).rejects.toThrow(/content\/articles\/bad-date\.md:3:\d+: error: .*2025-02-30/);
    expect(entries.has('market-day')).toBe(true);
    expect(entries.has('bad-date')).toBe(false);
  });

  test('an article removed from the folder is removed from the store', async () => {
    const { context, entries } = fakeContext(root);
    const loader = articlesLoader({ contentDir: 'content' });
    await loader.load(context);
    rmSync(join(root, 'content/articles/market-day.md'));
    await loader.load(context);
    expect([...entries.keys()]).toEqual(['ferry-strike']);
  });

  test('a recorded statement id that no longer resolves fails the load with the lockfile place and what to declare; a tombstone fixes it', async () => {
    const { context, entries, warnings } = fakeContext(root);
    const loader = articlesLoader({ contentDir: 'content' });
    await loader.load(context);
    const ids = [...entries.values()].flatMap((e) => e.data.statementIds as string[]);
    expect(ids.length).toBeGreaterThan(0);
    expect(warnings.some((w) => w.includes('[permalink-unrecorded]'))).toBe(true);
    const gone = 'ferry-strike--a-quote-that-was-published-once';
    writeFileSync(join(root, 'content/permalinks.lock.json'), JSON.stringify({ statements: { [gone]: { article: 'ferry-strike', firstSeen: '2025-03-04' } } }));
    await expect(loader.load(context)).rejects.toThrow(new RegExp(`content/permalinks\\.lock\\.json:\\d+:\\d+: error: statement "${gone}" .*no longer exists[\\s\\S]*tombstones:\\n    ${gone}:[\\s\\S]*\\[permalink-missing\\]`));
    writeFileSync(join(root, 'content/permalinks.yaml'), `tombstones:\n  ${gone}: "Removed after review."\n`);
    await expect(loader.load(context)).resolves.toBeUndefined();
  });
});
