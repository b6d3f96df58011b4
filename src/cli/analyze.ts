#!/usr/bin/env node
/**
 * `npm run analyze -- <file.md> [--json]`: analyzes any Markdown copy against the registry in content/.
 * Prints a readable report, or the whole result as JSON. Exits 1 when the copy has fatal problems.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, extname, resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../extraction/analyze.ts';
import { loadRegistry } from '../registry/loadRegistry.ts';
import { formatDiagnostic } from '../extraction/diagnostics.ts';
import { formatReport } from './formatReport.ts';

const usage = `usage: npm run analyze -- <file.md> [--json] [--content <dir>]

  <file.md>        an article copy in Markdown with YAML frontmatter (any path)
  --json           print the whole analysis as JSON (schema: schema/analysis.schema.json)
  --content <dir>  the registry to resolve names against (default: content/ of this project)`;

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
  const path = resolve(files[0] as string);
  if (!existsSync(path)) {
    console.error(`${files[0]}: no such file. Give the path of a Markdown copy, e.g. content/articles/<name>.md`);
    return 2;
  }
  const bytes = readFileSync(path);
  const source = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const { registry, diagnostics: registryProblems } = loadRegistry(contentDir);
  for (const d of registryProblems) console.error(formatDiagnostic(d.file, d));
  const result = analyze(source, registry, { id: basename(path, extname(path)) });
  const shown = files[0] as string;
  if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(formatReport(result, source));
  for (const d of result.diagnostics) console.error(formatDiagnostic(shown, d));
  return result.diagnostics.some((d) => d.fatal) || registryProblems.length ? 1 : 0;
}

process.exitCode = main(process.argv);
