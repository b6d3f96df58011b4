#!/usr/bin/env node
/**
 * `npm run permalinks [-- --update] [--frozen] [--content <dir>]`: checks that every statement id ever
 * published still resolves (present, redirected or tombstoned), and with --update records the new ids
 * in content/permalinks.lock.json. Exits 1 when a published link would break.
 */
import { resolve, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPermalinks } from './checkPermalinks.ts';
import { collectCurrentStatements } from './currentStatements.ts';
import { readPermalinkFiles, writeLock } from './permalinkFiles.ts';

const usage = `usage: npm run permalinks -- [--update] [--frozen] [--content <dir>] [--today YYYY-MM-DD]

  (no flag)        check that every recorded statement id still resolves; list new ids
  --update         also record the new ids in <content>/permalinks.lock.json (commit that file)
  --frozen         fail when a current statement id is not yet recorded (for CI)
  --content <dir>  the content folder (default: content/ of this project)
  --today <date>   the day written as firstSeen for new ids (default: today, UTC)`;

function valueOf(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

function main(argv: string[]): number {
  const args = argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const known = new Set(['--update', '--frozen', '--content', '--today']);
  const unknown = args.filter((a, i) => a.startsWith('--') ? !known.has(a) : !['--content', '--today'].includes(args[i - 1] ?? ''));
  if (unknown.length) {
    console.error(`unknown argument ${unknown.map((a) => `"${a}"`).join(', ')}\n\n${usage}`);
    return 2;
  }
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const contentDir = resolve(valueOf(args, '--content') ?? join(root, 'content'));
  const today = valueOf(args, '--today') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error(`--today "${today}" is not a date: write YYYY-MM-DD`);
    return 2;
  }
  const show = (file: string) => relative(process.cwd(), file) || file;

  const files = readPermalinkFiles(contentDir);
  for (const d of files.diagnostics) console.error(`${show(d.file)}:${d.line}:${d.column}: error: ${d.message} [${d.ruleId}]`);
  if (files.diagnostics.some((d) => d.fatal)) return 1;

  const current = collectCurrentStatements(contentDir);
  for (const d of current.errors) console.error(`${show(d.file)}:${d.line}:${d.column}: error: ${d.message} [${d.ruleId}]`);
  if (current.errors.length) console.error(`\n${current.errors.length} fatal problem(s) in the copies or the registry: fix them (see \`npm run analyze -- <file>\`) before recording permalinks.`);

  const check = checkPermalinks(files.lock, current.statements, files.declarations, { today });
  for (const p of check.problems) {
    const at = files.place(p);
    console.error(`${show(at.file)}:${at.line}:${at.column}: ${p.fatal ? 'error' : 'warning'}: ${p.message} [${p.ruleId}]`);
  }
  const fatal = check.problems.some((p) => p.fatal) || current.errors.length > 0;
  const recorded = Object.keys(files.lock.statements).length;
  const redirects = Object.keys(files.declarations.redirects).length;
  const tombstones = Object.keys(files.declarations.tombstones).length;
  console.log(
    `${current.articles} article(s), ${current.statements.length} statement(s); ${recorded} id(s) recorded, ${check.added.length} new; ${redirects} redirect(s), ${tombstones} tombstone(s); ${check.problems.filter((p) => p.fatal).length} error(s)`,
  );
  if (args.includes('--update')) {
    if (fatal) {
      console.error(`not updating ${show(files.lockPath)}: fix the errors above first.`);
      return 1;
    }
    // Written even with nothing new, so a fresh content folder gets its lockfile.
    writeLock(files.lockPath, check.lock);
    console.log(check.added.length ? `recorded ${check.added.length} new id(s) in ${show(files.lockPath)}: commit it.` : 'nothing new to record.');
    return 0;
  }
  if (check.added.length) {
    const list = check.added.slice(0, 10).map((id) => `  ${id}`).join('\n');
    const more = check.added.length > 10 ? `\n  … and ${check.added.length - 10} more` : '';
    const say = args.includes('--frozen') ? console.error : console.log;
    say(`${check.added.length} statement id(s) not yet recorded:\n${list}${more}\nrun \`npm run permalinks -- --update\` and commit ${show(files.lockPath)}.`);
    if (args.includes('--frozen')) return 1;
  }
  return fatal ? 1 : 0;
}

process.exitCode = main(process.argv);
