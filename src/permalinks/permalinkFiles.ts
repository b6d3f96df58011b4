/**
 * Reading and writing content/permalinks.lock.json and content/permalinks.yaml, with every problem
 * placed at file:line:column. Node only (fs); the check itself is in checkPermalinks.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import { LineIndex } from '../extraction/text/lineIndex.ts';
import type { Diagnostic } from '../schema/analysis.ts';
import type { PermalinkDeclarations, PermalinkLock, PermalinkProblem } from './checkPermalinks.ts';

/** A problem in one of the permalink files, with the file it stands in. */
export type PermalinkDiagnostic = Diagnostic & { file: string };

export const LOCK_FILE = 'permalinks.lock.json';
export const DECLARATIONS_FILE = 'permalinks.yaml';

const LockSchema = z
  .object({
    /** Why the file exists and how it is written. */
    $comment: z.string().optional(),
    statements: z.record(
      z.string().min(1),
      z.object({ article: z.string().min(1), firstSeen: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
    ),
  })
  .strict();

const DeclarationsSchema = z
  .object({
    redirects: z.record(z.string().min(1), z.string().min(1)).nullish(),
    tombstones: z.record(z.string().min(1), z.string()).nullish(),
  })
  .strict();

const lockComment =
  'Every statement id this site has ever published, with its article and the day it was first recorded. Written by `npm run permalinks -- --update`. Never remove an entry: when a quote is edited or removed, declare a redirect or a tombstone in permalinks.yaml.';

/** The files as read, with their text kept to place later problems. */
export interface PermalinkFiles {
  lock: PermalinkLock;
  declarations: PermalinkDeclarations;
  lockPath: string;
  declarationsPath: string;
  diagnostics: PermalinkDiagnostic[];
  /** file:line:column of a problem found by checkPermalinks(). */
  place(problem: PermalinkProblem): { file: string; line: number; column: number };
}

/** Reads both files from a content folder; a missing file counts as empty. Never throws. */
export function readPermalinkFiles(contentDir: string): PermalinkFiles {
  const lockPath = join(contentDir, LOCK_FILE);
  const declarationsPath = join(contentDir, DECLARATIONS_FILE);
  const diagnostics: PermalinkDiagnostic[] = [];
  const lockText = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : '';
  const declarationsText = existsSync(declarationsPath) ? readFileSync(declarationsPath, 'utf8') : '';
  const lockLines = new LineIndex(lockText);
  const declarationLines = new LineIndex(declarationsText);

  let lock: PermalinkLock = { statements: {} };
  if (lockText.trim()) {
    let raw: unknown;
    try {
      raw = JSON.parse(lockText);
    } catch (error) {
      const at = /position (\d+)/.exec((error as Error).message);
      diagnostics.push({
        file: lockPath,
        ...lockLines.position(Number(at?.[1] ?? 0)),
        ruleId: 'permalink-lock-invalid',
        fatal: true,
        message: `the lockfile is not valid JSON (${(error as Error).message}): restore it from git (\`git checkout -- ${LOCK_FILE}\`) rather than editing it by hand`,
      });
    }
    if (raw !== undefined) {
      const parsed = LockSchema.safeParse(raw);
      if (parsed.success) lock = { statements: parsed.data.statements };
      else
        for (const issue of parsed.error.issues)
          diagnostics.push({
            file: lockPath,
            ...lockLines.position(offsetOfJsonKey(lockText, issue.path.at(-1))),
            ruleId: 'permalink-lock-invalid',
            fatal: true,
            message: `"${issue.path.join('.')}": ${issue.message}. The lockfile is written by \`npm run permalinks -- --update\`: restore it from git rather than editing it by hand`,
          });
    }
  }

  let declarations: PermalinkDeclarations = { redirects: {}, tombstones: {} };
  let document: Document | null = null;
  if (declarationsText.trim()) {
    document = parseDocument(declarationsText, { uniqueKeys: true, strict: true });
    for (const error of document.errors)
      diagnostics.push({
        file: declarationsPath,
        ...declarationLines.position(error.pos[0]),
        ruleId: 'permalink-declarations-invalid',
        fatal: true,
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
      });
    if (!document.errors.length) {
      let raw: unknown;
      try {
        raw = document.toJS({ maxAliasCount: 100 });
      } catch (error) {
        diagnostics.push({ file: declarationsPath, line: 1, column: 1, ruleId: 'yaml-aliases', fatal: true, message: `could not be read: ${(error as Error).message}. Write the entries out instead of using YAML aliases.` });
      }
      const parsed = DeclarationsSchema.safeParse(raw ?? {});
      if (parsed.success) declarations = { redirects: parsed.data.redirects ?? {}, tombstones: parsed.data.tombstones ?? {} };
      else
        for (const issue of parsed.error.issues) {
          const node = nodeAt(document, issue.path);
          diagnostics.push({
            file: declarationsPath,
            ...declarationLines.position(node),
            ruleId: 'permalink-declarations-invalid',
            fatal: true,
            message: `"${issue.path.join('.') || 'the file'}": ${issue.message}. The file has two sections: \`redirects:\` (old id: new id) and \`tombstones:\` (old id: "why it was removed")`,
          });
        }
    }
  }

  const place = (problem: PermalinkProblem) => {
    const where = problem.place;
    if (where.file === 'lock') return { file: lockPath, ...lockLines.position(offsetOfJsonKey(lockText, where.id)) };
    if (where.file === 'declarations') {
      const key = document ? keyNodeOffset(document, where.section, where.id) : 0;
      return { file: declarationsPath, ...declarationLines.position(key) };
    }
    return { file: join(contentDir, 'articles', `${where.article}.md`), line: 1, column: 1 };
  };
  return { lock, declarations, lockPath, declarationsPath, diagnostics, place };
}

/** Writes the lock with one entry per line group and sorted keys, so its diffs are easy to review. */
export function writeLock(path: string, lock: PermalinkLock): void {
  const sorted = Object.fromEntries(Object.keys(lock.statements).sort().map((k) => [k, lock.statements[k]]));
  writeFileSync(path, `${JSON.stringify({ $comment: lockComment, statements: sorted }, null, 2)}\n`);
}

function offsetOfJsonKey(text: string, key: PropertyKey | undefined): number {
  if (typeof key !== 'string') return 0;
  const at = text.indexOf(JSON.stringify(key) + ':');
  return at >= 0 ? at : 0;
}

function nodeAt(document: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function keyNodeOffset(document: Document, section: string, id: string): number {
  const map = document.get(section, true);
  if (isMap(map)) {
    for (const pair of map.items) {
      if (isScalar(pair.key) && pair.key.value === id && pair.key.range) return pair.key.range[0];
    }
    if (map.range) return map.range[0];
  }
  return 0;
}
