import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageWeight } from './pageWeight.ts';

const dist = mkdtempSync(join(tmpdir(), 'weight-test-'));
const write = (path: string, text: string) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
};
write('_astro/site.css', '@font-face{font-family:X;src:url(/_astro/x.woff2) format("woff2")} body{color:red}');
write('_astro/x.woff2', 'F'.repeat(1000));
write('_astro/app.js', 'console.log(1);'.repeat(20));
write('favicon.svg', '<svg/>');
write(
  'articles/a/index.html',
  `<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"><script type="application/ld+json">{"a":1}</script><script>let x = 1;</script><script type="module" src="../../_astro/app.js"></script><link rel="stylesheet" href="https://cdn.example/x.css"><link rel="stylesheet" href="/_astro/gone.css"></head><body>Hi</body></html>`,
);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('pageWeight', () => {
  const w = pageWeight(dist, join(dist, 'articles/a/index.html'));

  it('follows stylesheet, script (absolute and relative), icon and the fonts a stylesheet references', () => {
    expect(w.css.files).toBe(1);
    expect(w.js.files).toBe(1);
    expect(w.js.raw).toBe('console.log(1);'.length * 20);
    expect(w.fonts.files).toBe(1);
    expect(w.fontFiles).toEqual(['_astro/x.woff2']);
    expect(w.other.files).toBe(1);
  });

  it('totals every kind, raw and gzip, and gzip shrinks repetitive text', () => {
    const kinds = [w.html, w.css, w.js, w.fonts, w.other];
    expect(w.total.raw).toBe(kinds.reduce((s, k) => s + k.raw, 0));
    expect(w.total.gzip).toBe(kinds.reduce((s, k) => s + k.gzip, 0));
    expect(w.js.gzip).toBeLessThan(w.js.raw);
  });

  it('counts inline script code but not JSON-LD data blocks', () => {
    expect(w.inlineJsRaw).toBe('let x = 1;'.length);
  });

  it('lists external references and references to files the build did not write', () => {
    expect(w.external).toEqual(['https://cdn.example/x.css']);
    expect(w.missing).toEqual(['_astro/gone.css']);
  });
});
