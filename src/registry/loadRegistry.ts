import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { PersonSchema, OrganizationSchema, TopicSchema, type Registry } from '../schema/registry.ts';
import { LineIndex } from '../extraction/text/lineIndex.ts';
import { describeIssue } from '../extraction/frontmatter.ts';
import type { Diagnostic } from '../schema/analysis.ts';

/** A problem in a registry file, with the file it stands in. */
export type RegistryDiagnostic = Diagnostic & { file: string };

const kinds = [
  ['people', PersonSchema],
  ['organizations', OrganizationSchema],
  ['topics', TopicSchema],
] as const;

/** Ids are file names: lower case letters, digits and hyphens, so they make readable URLs. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads `content/people/*.yaml`, `content/organizations/*.yaml` and `content/topics/*.yaml`.
 * Invalid entries are reported (fatal) and left out; nothing throws.
 */
export function loadRegistry(contentDir: string): { registry: Registry; diagnostics: RegistryDiagnostic[] } {
  const registry: Registry = { people: {}, organizations: {}, topics: {} };
  const diagnostics: RegistryDiagnostic[] = [];
  /** Each valid entry's document, to point later problems (unknown references) at their line. */
  const located: Located = new Map();
  for (const [kind, schema] of kinds) {
    const dir = join(contentDir, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const file = join(dir, name);
      const id = basename(name, extname(name));
      const text = readFileSync(file, 'utf8');
      const lines = new LineIndex(text);
      const fail = (offset: number, ruleId: string, message: string) =>
        diagnostics.push({ file, ...lines.position(offset), ruleId, message, fatal: true });
      if (!idPattern.test(id)) {
        fail(0, 'registry-id', `the file name "${name}" is not a valid id: use lower case letters, digits and hyphens, e.g. "ada-lovelace.yaml"`);
        continue;
      }
      const doc = parseDocument(text, { uniqueKeys: true, strict: true });
      if (doc.errors.length) {
        for (const e of doc.errors) fail(e.pos[0], 'registry-yaml', `invalid YAML: ${e.message.split('\n')[0]}: check the indentation, and put values that contain ": " in quotes`);
        continue;
      }
      let raw: unknown;
      try {
        raw = doc.toJS({ maxAliasCount: 100 });
      } catch (error) {
        fail(0, 'yaml-aliases', `could not be read: ${(error as Error).message}. Write the values out instead of using many YAML aliases`);
        continue;
      }
      const parsed = (schema as z.ZodType).safeParse(raw ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          let offset = 0;
          for (let depth = issue.path.length; depth >= 0; depth--) {
            const node = doc.getIn(issue.path.slice(0, depth), true);
            if (isNode(node) && node.range) {
              offset = node.range[0];
              break;
            }
          }
          fail(offset, 'registry-invalid', describeIssue(issue, 'src/schema/registry.ts', raw ?? {}).replaceAll('the frontmatter', 'the entry'));
        }
        continue;
      }
      (registry[kind] as Record<string, unknown>)[id] = parsed.data;
      located.set(`${kind}/${id}`, { doc, lines, file });
    }
  }
  checkReferences(registry, located, diagnostics);
  checkIdsAcrossKinds(registry, located, diagnostics);
  checkRoleOverlaps(registry, located, diagnostics);
  return { registry, diagnostics };
}

type Located = Map<string, { doc: Document; lines: LineIndex; file: string }>;

/** file, line and column of the node at `path` in a registry entry (or of the entry itself). */
function placeOf(located: Located, key: string, path: readonly (string | number)[]): { file: string; line: number; column: number } {
  const entry = located.get(key);
  if (!entry) return { file: key, line: 1, column: 1 };
  for (let depth = path.length; depth >= 0; depth--) {
    const node = entry.doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return { file: entry.file, ...entry.lines.position(node.range[0]) };
  }
  return { file: entry.file, line: 1, column: 1 };
}

/** People and organizations share one id space on the site (actor pages, speakers, position holders). */
function checkIdsAcrossKinds(registry: Registry, located: Located, diagnostics: RegistryDiagnostic[]): void {
  const people = new Set(Object.keys(registry.people));
  for (const id of Object.keys(registry.organizations)) {
    if (!people.has(id)) continue;
    diagnostics.push({
      ...placeOf(located, `organizations/${id}`, []),
      ruleId: 'registry-id-duplicate',
      fatal: true,
      message: `"${id}" is the id of both a person (content/people/${id}.yaml) and an organization: actors share one set of ids, rename one of the files`,
    });
  }
}

/** The same office held twice over overlapping dates is a contradiction an editor should resolve. */
function checkRoleOverlaps(registry: Registry, located: Located, diagnostics: RegistryDiagnostic[]): void {
  for (const [id, person] of Object.entries(registry.people)) {
    person.roles.forEach((role, i) => {
      person.roles.slice(0, i).forEach((earlier, j) => {
        if (earlier.title !== role.title || (earlier.organization ?? '') !== (role.organization ?? '')) return;
        const overlaps = (earlier.start ?? '0000-00-00') <= (role.end ?? '9999-12-31') && (role.start ?? '0000-00-00') <= (earlier.end ?? '9999-12-31');
        if (!overlaps) return;
        diagnostics.push({
          ...placeOf(located, `people/${id}`, ['roles', i]),
          ruleId: 'registry-role-overlap',
          fatal: false,
          message: `role "${role.title}"${role.organization ? ` at "${role.organization}"` : ''} overlaps roles[${j}], the same role over dates that meet (${earlier.start ?? '…'} to ${earlier.end ?? 'now'} and ${role.start ?? '…'} to ${role.end ?? 'now'}): merge them into one role, or correct the start and end dates`,
        });
      });
    });
  }
}

/** Role organizations and parents must name organizations that exist. */
function checkReferences(registry: Registry, located: Located, diagnostics: RegistryDiagnostic[]): void {
  const known = new Set(Object.keys(registry.organizations));
  const report = (key: string, path: (string | number)[], ref: string, field: string) =>
    diagnostics.push({
      ...placeOf(located, key, path),
      ruleId: 'registry-unknown-reference',
      message: `${field} "${ref}" is not in content/organizations/: add content/organizations/${ref}.yaml or correct the id`,
      fatal: true,
    });
  for (const [id, person] of Object.entries(registry.people)) {
    person.roles.forEach((role, i) => {
      if (role.organization && !known.has(role.organization)) report(`people/${id}`, ['roles', i, 'organization'], role.organization, 'role organization');
    });
  }
  for (const [id, org] of Object.entries(registry.organizations)) {
    if (org.parent && !known.has(org.parent)) report(`organizations/${id}`, ['parent'], org.parent, 'parent');
  }
}
