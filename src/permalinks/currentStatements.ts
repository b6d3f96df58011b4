/**
 * The statements the site would publish now: every copy in `<content>/articles/` analyzed against the
 * registry in `<content>/`. Node only (fs). The CLI uses it; the site can pass its own ids instead.
 */
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../extraction/analyze.ts';
import { loadRegistry } from '../registry/loadRegistry.ts';
import type { Diagnostic } from '../schema/analysis.ts';
import { articleIdFromFileName } from './articleIds.ts';
import type { CurrentStatement } from './checkPermalinks.ts';

/** The statements found, and the fatal problems of articles that cannot be published as they are. */
export interface CurrentStatements {
  statements: CurrentStatement[];
  /** Fatal diagnostics of the copies and the registry, with the file they stand in. */
  errors: Array<Diagnostic & { file: string }>;
  articles: number;
}

/** Analyzes every `*.md` copy in `<contentDir>/articles/`, in file-name order. */
export function collectCurrentStatements(contentDir: string): CurrentStatements {
  const dir = join(contentDir, 'articles');
  const { registry, diagnostics: registryProblems } = loadRegistry(contentDir);
  const errors: CurrentStatements['errors'] = registryProblems.filter((d) => d.fatal);
  const statements: CurrentStatement[] = [];
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(md|markdown)$/i.test(f)).sort() : [];
  for (const name of files) {
    const file = join(dir, name);
    const article = articleIdFromFileName(name);
    const result = analyze(readFileSync(file, 'utf8'), registry, { id: article });
    for (const d of result.diagnostics) if (d.fatal) errors.push({ ...d, file });
    for (const s of result.statements) statements.push({ id: s.id, article });
  }
  return { statements, errors, articles: files.length };
}
