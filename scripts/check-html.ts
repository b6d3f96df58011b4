#!/usr/bin/env node
/**
 * `node scripts/check-html.ts [dist] [--all]`: runs the Nu HTML Checker (npm `vnu-jar`, on the machine's
 * Java) over one page of each type in dist/ (or every page with --all) and expects zero errors.
 *
 * A page's type is its first path segment, plus "/*" when it is a page below it: `/` (home),
 * `articles/*`, `people/*`, `quotes/*`, `404.html`… The first page of each type in file order is checked.
 * Prints what was checked and every error as `page:line:column: message`; exits 1 on any error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './htmlFiles.ts';

/** One message of the checker. */
export interface HtmlMessage {
  page: string;
  line: number | null;
  column: number | null;
  message: string;
  extract: string | null;
}

/** What the check found. */
export interface HtmlReport {
  /** Page types found, with the page checked for each. */
  types: Record<string, string>;
  /** Pages checked. */
  pages: string[];
  errors: HtmlMessage[];
  warnings: HtmlMessage[];
}

/** The type of a page from its path in dist/: "/" for the home page, "people/*" for a person's page. */
export function pageType(relativePath: string): string {
  const parts = relativePath.split(sep).join('/').split('/');
  if (parts.length === 1) return parts[0] === 'index.html' ? '/' : (parts[0] as string);
  return parts.length === 2 ? (parts[0] as string) : `${parts[0]}/*`;
}

/** The path of vnu.jar inside the vnu-jar package. */
export function vnuJar(): string {
  return createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io' | 'schema' | 'internal';
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Checks one page of each type (or all pages) of a built site. */
export function checkHtml(distDir: string, options: { all?: boolean } = {}): HtmlReport {
  const dist = resolve(distDir);
  const files = htmlFiles(dist);
  const types: Record<string, string> = {};
  for (const file of files) {
    const rel = relative(dist, file);
    types[pageType(rel)] ??= rel;
  }
  const pages = options.all ? files.map((f) => relative(dist, f)) : Object.values(types);
  const report: HtmlReport = { types, pages, errors: [], warnings: [] };
  if (!pages.length) return report;
  const run = spawnSync('java', ['-jar', vnuJar(), '--format', 'json', '--stdout', ...pages.map((p) => join(dist, p))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || (run.status !== 0 && run.status !== 1)) {
    throw new Error(`the Nu HTML Checker did not run (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}. It needs Java (apt-get install -y default-jre-headless).`);
  }
  const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
  for (const m of messages) {
    const entry: HtmlMessage = {
      page: m.url ? relative(dist, fileURLToPath(m.url)) : '(checker)',
      line: m.lastLine ?? null,
      column: m.firstColumn ?? m.lastColumn ?? null,
      message: m.message,
      extract: m.extract ?? null,
    };
    if (m.type === 'info') {
      if (m.subType === 'warning') report.warnings.push(entry);
    } else report.errors.push(entry);
  }
  return report;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
  if (!existsSync(dist)) {
    console.error(`${dist}: no such folder. Build the site first (npm run build), or give the folder: node scripts/check-html.ts <dist>`);
    process.exit(2);
  }
  const report = checkHtml(dist, { all: args.includes('--all') });
  const at = (m: HtmlMessage) => `${m.page}:${m.line ?? '?'}:${m.column ?? '?'}`;
  for (const m of report.errors) console.error(`${at(m)}: error: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`);
  if (args.includes('--warnings')) for (const m of report.warnings) console.error(`${at(m)}: warning: ${m.message}`);
  console.log(
    `html: ${report.pages.length} page(s) validated (${Object.keys(report.types).length} page types: ${Object.keys(report.types).join(', ')}), ${report.errors.length} error(s), ${report.warnings.length} warning(s)`,
  );
  process.exitCode = report.errors.length ? 1 : 0;
}
