/**
 * The built site (tests/e2e/globalSetup.ts builds it from the fixtures content folder) has no broken
 * internal link or #fragment, and its markup passes the Nu HTML Checker on every page type. Also proves
 * that both checkers do catch what they look for, on a page made broken on purpose.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkHtml } from '../../scripts/check-html.ts';
import { checkLinks } from '../../scripts/check-links.ts';

const distDir = inject('distDir');
const scratch = mkdtempSync(join(tmpdir(), 'site-checks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('links and markup of the built site', () => {
  it('has zero broken internal links and #fragments', () => {
    const report = checkLinks(distDir);
    console.log(`links: ${report.pages} pages, ${report.links} internal links (${report.fragments} with #fragments), ${report.external} external, ${report.broken.length} broken`);
    expect(report.pages).toBeGreaterThan(0);
    expect(report.links).toBeGreaterThan(0);
    expect(report.broken).toEqual([]);
  });

  it('passes the Nu HTML Checker with zero errors on one page of every type', () => {
    const report = checkHtml(distDir);
    console.log(`html: ${report.pages.length} pages validated (${Object.keys(report.types).join(', ')}), ${report.errors.length} errors, ${report.warnings.length} warnings`);
    expect(Object.keys(report.types)).toEqual(expect.arrayContaining(['/', 'articles/*', 'quotes/*']));
    expect(report.errors).toEqual([]);
  });

  it('catches a broken link, a missing #fragment and invalid markup when they are there', () => {
    const copy = join(scratch, 'dist');
    cpSync(distDir, copy, { recursive: true });
    writeFileSync(
      join(copy, 'broken.html'),
      '<!doctype html><html lang="en"><head><title>t</title></head><body><a href="/no-such-page/">x</a><a href="/#no-such-id">y</a><p><div>z</p></body></html>',
    );
    const links = checkLinks(copy);
    expect(links.broken.map((b) => b.href)).toEqual(['/no-such-page/', '/#no-such-id']);
    const html = checkHtml(copy);
    expect(html.pages).toContain('broken.html');
    expect(html.errors.filter((e) => e.page === 'broken.html').length).toBeGreaterThan(0);
  });
});
