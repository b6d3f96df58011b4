#!/usr/bin/env node
/**
 * `npm run analyze -- <file.md> [--json]`: analyzes any Markdown copy against the registry in content/.
 * Prints a readable report, or the whole result as JSON. Exits 1 when the copy has fatal problems.
 * Every problem is printed as `file:line:column: error|warning: what is wrong and what to do [rule]`;
 * an internal error is reported the same way, never as a bare stack trace (--debug shows the stack).
 */
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { resolve, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../extraction/analyze.ts';
import { loadRegistry } from '../registry/loadRegistry.ts';
import { formatDiagnostic } from '../extraction/diagnostics.ts';
import { decodeUtf8 } from '../extraction/text/decodeUtf8.ts';
import { articleIdFromFileName, findArticleIdProblems } from '../permalinks/articleIds.ts';
import { formatReport } from './formatReport.ts';

const usage = `usage: npm run analyze -- <file.md> [--json] [--content <dir>]

  <file.md>        an article copy in Markdown with YAML frontmatter (any path)
  --json           print the whole analysis as JSON (schema: schema/analysis.schema.json)
  --content <dir>  the registry to resolve names against (default: content/ of this project)
  --debug          on an internal error, print the stack trace too`;

/** Problems with where the file stands among its siblings: two copies that would publish at one id. */
function articleIdProblems(path: string, shown: string): string[] {
  const dir = dirname(path);
  const siblings = readdirSync(dir)
    .filter((name) => /\.(md|markdown|mdx)$/i.test(name))
    .map((name) => join(dir, name));
  if (!siblings.includes(path)) siblings.push(path);
  return findArticleIdProblems(siblings)
    .filter((p) => p.file === path)
    .map((p) => `${shown}:1:1: error: ${p.message.replaceAll(dir + '/', '')} [${p.ruleId}]`);
}

function main(argv: string[]): number {
  const args = argv.slice(2);
  const json = args.includes('--json');
  const contentIndex = args.indexOf('--content');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const contentDir = contentIndex >= 0 ? resolve(args[contentIndex + 1] ?? '') : join(root, 'content');
  const files = args.filter((a, i) => !a.startsWith('--') && !(contentIndex >= 0 && i === contentIndex + 1));
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  if (files.length !== 1) {
    console.error(`${files.length === 0 ? 'no file given' : 'give one file at a time'}\n\n${usage}`);
    return 2;
  }
  const shown = files[0] as string;
  const path = resolve(shown);
  if (!existsSync(path) || !statSync(path).isFile()) {
    console.error(`${shown}: no such file. Give the path of a Markdown copy, e.g. content/articles/<name>.md`);
    return 2;
  }
  const decoded = decodeUtf8(readFileSync(path));
  if (decoded.invalid) {
    const bad = decoded.invalid;
    console.error(
      `${shown}:${bad.line}:${bad.column}: error: the file is not valid UTF-8: byte${bad.bytes.includes(' ') ? 's' : ''} ${bad.bytes} ${bad.before ? `after "${bad.before}"` : 'at the start of the line'} cannot be read as text` +
        `${bad.count > 1 ? ` (and ${bad.count - 1} more place${bad.count > 2 ? 's' : ''})` : ''}. ` +
        `Re-save the file as UTF-8 (in most editors "Save with encoding" → UTF-8; from a shell, \`iconv -f WINDOWS-1252 -t UTF-8\`), then check the character here against the original [encoding-invalid]`,
    );
    return 1;
  }
  const source = decoded.text;
  const id = articleIdFromFileName(path);
  const idProblems = articleIdProblems(path, shown);
  for (const line of idProblems) console.error(line);
  if (!id) return 1;
  const { registry, diagnostics: registryProblems } = loadRegistry(contentDir);
  for (const d of registryProblems) console.error(formatDiagnostic(relative(process.cwd(), d.file) || d.file, d));
  const result = analyze(source, registry, { id });
  if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(formatReport(result, source));
  for (const d of result.diagnostics) console.error(formatDiagnostic(shown, d));
  const fatal = result.diagnostics.some((d) => d.fatal) || registryProblems.some((d) => d.fatal) || idProblems.length > 0;
  return fatal ? 1 : 0;
}

try {
  process.exitCode = main(process.argv);
} catch (error) {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'analyze';
  const err = error instanceof Error ? error : new Error(String(error));
  console.error(
    `${file}:1:1: error: internal error while analyzing (${err.name}: ${err.message}). This is a bug in the analyzer, not in your copy: ` +
      `please report it with the file attached; run again with --debug to see where it happened [internal-error]`,
  );
  if (process.argv.includes('--debug')) console.error(err.stack);
  process.exitCode = 70;
}
