import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { readSimpleYaml } from '../../src/extraction/frontmatter.ts';

const OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true } as const;

/** What the full YAML parser reads, or null when it reports any error or warning. */
function parsed(yaml: string): unknown {
  const document = parseDocument(yaml, OPTIONS);
  if (document.errors.length || document.warnings.length) return null;
  return document.toJS({ maxAliasCount: 100 });
}

// Mostly plain words, with pieces that YAML treats specially somewhere mixed in, so that many generated lines
// are accepted by the fast path and the rest probe its edges.
const PLAIN = ['a', 'Title', 'x_y', ' ', '2024-03-05', '12', 'é', '’', '“', '”', '-', ',', '.', '!', '?', '(', ')', "'", '"', '$', '/', '%'];
const SPECIAL = ['  ', ':', ': ', ' #', '#', '- ', '0', '1e3', '0x1F', '.5', 'true', 'False', 'NULL', '~', '[', ']', '{', '}', '&a', '*a',
  '|', '>', '@', '`', '\t', '\r', 'e\u0301', '\u2028', '\uFEFF', ' '];
const piece = fc.oneof({ arbitrary: fc.constantFrom(...PLAIN), weight: 12 }, { arbitrary: fc.constantFrom(...SPECIAL), weight: 1 });
const line = fc.tuple(fc.oneof(fc.constantFrom('A', 'we', 'é', '12', '2024-03-05', 'true'), piece), fc.array(piece, { maxLength: 6 })).map(([first, rest]) => first + rest.join(''));
const field = fc.tuple(fc.constantFrom('title', 'published', 'source', 'a', 'true', 'Null', 'x_1', 'description', 'language'), line).map(([key, value]) => `${key}: ${value}`);

describe('readSimpleYaml (the frontmatter fast path)', () => {
  it('reads the usual title and date frontmatter without the YAML parser', () => {
    expect(readSimpleYaml('title: Port talks stall, minister says\npublished: 2024-03-05\n')).toEqual({ title: 'Port talks stall, minister says', published: '2024-03-05' });
  });

  it('leaves numbers, booleans, comments, quotes, nesting and repeated keys to the YAML parser', () => {
    for (const yaml of ['year: 2024\n', 'draft: true\n', 'title: A # note\n', 'title: "Quoted"\n', 'source:\n  name: X\n', 'title: A\ntitle: B\n', 'title: A: B\n', 'title: A \n', '\n', 'title: A']) {
      expect(readSimpleYaml(yaml)).toBeNull();
    }
  });

  it('gives exactly what the YAML parser gives whenever it accepts a frontmatter', () => {
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 3 }), (fields) => {
        const yaml = `${fields.join('\n')}\n`;
        const fast = readSimpleYaml(yaml);
        if (fast !== null) expect(fast).toEqual(parsed(yaml));
      }),
      { numRuns: 20000 },
    );
  });
});
