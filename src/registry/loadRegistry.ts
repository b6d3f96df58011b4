import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parseDocument, isNode } from 'yaml';
import type { z } from 'astro/zod';
import { PersonSchema, OrganizationSchema, TopicSchema, type Registry } from '../schema/registry.ts';
import { LineIndex } from '../extraction/text/lineIndex.ts';
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
        for (const e of doc.errors) fail(e.pos[0], 'registry-yaml', `invalid YAML: ${e.message.split('\n')[0]}`);
        continue;
      }
      let raw: unknown;
      try {
        raw = doc.toJS({ maxAliasCount: 100 });
      } catch (error) {
        fail(0, 'registry-yaml', `could not be read: ${(error as Error).message}`);
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
          const where = issue.path.length ? `"${issue.path.join('.')}"` : 'the entry';
          fail(offset, 'registry-invalid', `${where}: ${issue.message}`);
        }
        continue;
      }
      (registry[kind] as Record<string, unknown>)[id] = parsed.data;
    }
  }
  checkReferences(registry, contentDir, diagnostics);
  return { registry, diagnostics };
}

/** Role organizations and parents must name organizations that exist. */
function checkReferences(registry: Registry, contentDir: string, diagnostics: RegistryDiagnostic[]): void {
  const known = new Set(Object.keys(registry.organizations));
  const report = (kind: string, id: string, ref: string, field: string) =>
    diagnostics.push({
      file: join(contentDir, kind, `${id}.yaml`),
      line: 1,
      column: 1,
      ruleId: 'registry-unknown-reference',
      message: `${field} "${ref}" is not in content/organizations/: add content/organizations/${ref}.yaml or correct the id`,
      fatal: true,
    });
  for (const [id, person] of Object.entries(registry.people)) {
    for (const role of person.roles) if (role.organization && !known.has(role.organization)) report('people', id, role.organization, 'role organization');
  }
  for (const [id, org] of Object.entries(registry.organizations)) {
    if (org.parent && !known.has(org.parent)) report('organizations', id, org.parent, 'parent');
  }
}
