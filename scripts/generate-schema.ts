/**
 * Writes schema/analysis.schema.json, the JSON Schema of `npm run analyze -- FILE --json`, from the zod schemas.
 * Run `npm run schema` after changing src/schema/analysis.ts; a test fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysisJsonSchema } from '../src/schema/jsonSchema.ts';

const target = fileURLToPath(new URL('../schema/analysis.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(analysisJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
