import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisJsonSchema } from '../../src/schema/jsonSchema.ts';

describe('JSON Schema of the export', () => {
  it('the committed schema/analysis.schema.json matches the zod schemas (run `npm run schema` if not)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(analysisJsonSchema());
  });

  it('requires the fields the export promises', () => {
    const schema = analysisJsonSchema() as { required: string[]; properties: Record<string, { items?: { required?: string[] } }> };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'entities', 'statements', 'events', 'positions']));
    expect(schema.properties.statements?.items?.required).toEqual(expect.arrayContaining(['id', 'kind', 'speaker', 'text', 'cue', 'start', 'end']));
    expect(schema.properties.entities?.items?.required).toEqual(expect.arrayContaining(['id', 'name', 'type', 'aliases']));
  });
});
