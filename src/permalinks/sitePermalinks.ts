/**
 * What the site build needs from the permalink files, in one call: the problems that must stop the build
 * (printed as `file:line:column: message [rule]`), the warnings, and the redirect and tombstone pages to
 * generate. The content loader passes the statement ids it is about to publish.
 */
import { relative } from 'node:path';
import { checkPermalinks, retiredPermalinks, type CurrentStatement, type RetiredPermalink } from './checkPermalinks.ts';
import { readPermalinkFiles } from './permalinkFiles.ts';

/** The outcome for one build. */
export interface SitePermalinks {
  /** Lines that must stop the build; empty when every published id resolves. */
  errors: string[];
  /** Lines to print as warnings (ids not yet recorded, declarations for unknown ids). */
  warnings: string[];
  /** Redirect and tombstone pages to generate, sorted by id. */
  retired: RetiredPermalink[];
}

/**
 * Checks the statements about to be published against `<contentDir>/permalinks.lock.json` and
 * `<contentDir>/permalinks.yaml`. Paths in messages are relative to `cwd`.
 */
export function sitePermalinks(contentDir: string, current: readonly CurrentStatement[], cwd = process.cwd()): SitePermalinks {
  const files = readPermalinkFiles(contentDir);
  const show = (file: string) => relative(cwd, file) || file;
  const errors = files.diagnostics.map((d) => `${show(d.file)}:${d.line}:${d.column}: error: ${d.message} [${d.ruleId}]`);
  const warnings: string[] = [];
  const check = checkPermalinks(files.lock, current, files.declarations, { today: new Date().toISOString().slice(0, 10) });
  for (const problem of check.problems) {
    const at = files.place(problem);
    const line = `${show(at.file)}:${at.line}:${at.column}: ${problem.fatal ? 'error' : 'warning'}: ${problem.message} [${problem.ruleId}]`;
    (problem.fatal ? errors : warnings).push(line);
  }
  if (check.added.length) {
    warnings.push(
      `${show(files.lockPath)}:1:1: warning: ${check.added.length} statement id(s) are published for the first time and not yet recorded: run \`npm run permalinks -- --update\` and commit the lockfile, so their links are kept from now on [permalink-unrecorded]`,
    );
  }
  return { errors, warnings, retired: retiredPermalinks(files.declarations, files.lock) };
}
