/**
 * Properties of analyze() on arbitrary Markdown (fast-check): it never throws and never hits an internal
 * error; every span it returns slices exactly its text out of the source; ids are unique within their
 * kind; and the same input gives the same result, ids included.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/extraction/analyze.ts';
import { loadRegistry } from '../../src/registry/loadRegistry.ts';
import type { Analysis } from '../../src/schema/analysis.ts';

const { registry } = loadRegistry(join(import.meta.dirname, '../bad-input/registry'));

/** Pieces that make extraction do something: names, cues, dates, and every kind of quote mark. */
const words = [
  'Ines Okafor', 'Okafor', 'Tomas Brandt', 'Brandt', 'she', 'he', 'they', 'the union', 'the port authority', 'Valmora',
  'said', 'told reporters', 'warned', 'denied', 'according to', 'added', 'argued that', 'insisted',
  'on Thursday', 'last week', 'in 2019', 'next month', 'recently', 'two years ago', 'March 3-5', 'yesterday',
  'the strike', 'pay', 'ended', 'will meet', 'a person familiar with the talks', 'officials',
];
const marks = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '"', '“', '”'];
const markup = [
  '\n', '\n\n', '\r\n', ' ', ' ', ' ', ', ', '. ', '? ', '! ', ': ', '; ', ' — ', '…',
  '[', ']', '(', ')', '[the U.S.]', '<b>', '</b>', '<script>', '</script>', '<img src=x onerror=alert(1)>', '&amp;', '&#8220;',
  '# ', '## ', '> ', '- ', '* ', '1. ', '`', '```\n', '**', '_', '---\n', '\n---\n', '| a | b |\n|---|---|\n', '[link](https://example.org)', '\\',
];
const unicode = ['é', 'e\u0301', '😀', '👩🏽‍⚕️', '\u200b', '\u00a0', '\u2028', '\u202e', 'ß', 'İ', '中文', 'עברית', '\ufeff', '\t'];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...words) },
  { weight: 3, arbitrary: fc.constantFrom(...marks) },
  { weight: 3, arbitrary: fc.constantFrom(...markup) },
  { weight: 1, arbitrary: fc.constantFrom(...unicode) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const body = fc.array(token, { maxLength: 120 }).map((parts) => parts.join(''));
const frontmatter = fc.oneof(
  fc.constant('---\ntitle: Harbour workers end strike\npublished: 2024-06-14\n---\n'),
  fc.constant('---\r\ntitle: "A story"\r\npublished: 2024-06-14T09:30:00Z\r\n---\r\n'),
  fc.constant('\ufeff---\ntitle: x\npublished: 2024-02-29\neditorial:\n  notes:\n    - anchor:\n        quote: Okafor\n      text: A note.\n---\n'),
  fc.constant('---\ntitle: x\npublished: 2024-06-14\neditorial:\n  speakers:\n    - anchor:\n        quote: said\n      speaker: ines-okafor\n---\n'),
  fc.constant(''),
  fc.constant('---\n'),
  body.map((b) => `---\n${b}\n---\n`),
);
const markdown = fc.tuple(frontmatter, body).map(([f, b]) => f + b);

/** Every {start, end, text} object anywhere in the result, with where it was found. */
function spansOf(value: unknown, path = 'result', out: Array<{ path: string; start: number; end: number; text: string }> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => spansOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['start'] === 'number' && typeof o['end'] === 'number' && typeof o['text'] === 'string') {
      out.push({ path, start: o['start'], end: o['end'], text: o['text'] });
    }
    for (const [k, v] of Object.entries(o)) spansOf(v, `${path}.${k}`, out);
  }
  return out;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

let runs = 0;
const RUNS = 400;

describe('analyze() on arbitrary Markdown', () => {
  it('never throws, never reports an internal error, and every span slices exactly its text from the source', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        runs++;
        let result: Analysis;
        try {
          result = analyze(source, registry, { id: 'fuzz' });
        } catch (error) {
          throw new Error(`analyze() threw on ${JSON.stringify(source)}: ${(error as Error).stack}`);
        }
        expect(result.diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
        for (const span of spansOf(result)) {
          expect(span.start, span.path).toBeLessThanOrEqual(span.end);
          expect(source.slice(span.start, span.end), span.path).toBe(span.text);
        }
        for (const d of result.diagnostics) {
          expect(d.line, 'diagnostic line within the file').toBeLessThanOrEqual(source.split('\n').length + 1);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives unique ids within each kind (statements, events, entities, positions, notes)', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        runs++;
        const result = analyze(source, registry, { id: 'fuzz' });
        for (const kind of ['statements', 'events', 'entities', 'positions', 'notes'] as const) {
          expect(duplicates(result[kind].map((x) => x.id)), kind).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same input gives the same result, ids included', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        runs++;
        expect(analyze(source, registry, { id: 'fuzz' })).toEqual(analyze(source, registry, { id: 'fuzz' }));
      }),
      { numRuns: RUNS / 2 },
    );
  });
});

afterAll(() => {
  console.log(`properties: ${runs} fuzz runs of analyze() on generated Markdown`);
});
