import { z } from 'astro/zod';
import { AnalysisSchema, SCHEMA_VERSION } from './analysis.ts';

/** The JSON Schema (draft 2020-12) of the analysis export, generated from the zod schema. */
export function analysisJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(AnalysisSchema, { target: 'draft-2020-12' }),
    $id: `https://news-analysis.example/schema/analysis-${SCHEMA_VERSION}.json`,
    title: 'News analysis export',
    description: 'Entities, statements, events, positions and notes of one article, as returned by analyze().',
  };
}
