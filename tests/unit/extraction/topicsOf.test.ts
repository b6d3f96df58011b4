import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topicsOf } from '../../../src/extraction/positions/derivePositions.ts';
import type { Registry } from '../../../src/schema/registry.ts';
import { topic } from './helpers.ts';

// Keywords that overlap (one inside or at the start of another), carry regex characters, or start with a digit
// or a hyphen; text with characters that upper-case to ASCII letters (ſ, the Kelvin sign) that must not match.
const registry: Registry = {
  people: {},
  organizations: {},
  topics: {
    rail: topic('Rail', ['rail', 'rail freight']),
    freight: topic('Freight', ['freight', 'freight rail']),
    water: topic('Water', ['water rights', 'river']),
    tax: topic('Tax', ['c.o.2 tax', 'levy']),
    accents: topic('Accents', ['café', 'Ünion']),
    heating: topic('Heating', ['kiln', 'stove', '5g mast', '-free']),
  },
};

/** The plain definition: each topic's whole-word, case-insensitive keyword pattern anywhere in the text. */
function reference(text: string): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.entries(registry.topics)
    .filter(([, t]) => new RegExp(`\\b(?:${t.keywords.map(escape).join('|')})\\b`, 'i').test(text))
    .map(([id]) => id);
}

describe('topicsOf (one scan for keyword places)', () => {
  it('finds a topic whose keyword sits inside another topic’s longer keyword', () => {
    expect(topicsOf('New Rail Freight rules', registry)).toEqual(['rail', 'freight']);
    expect(topicsOf('the freight railway', registry)).toEqual(['freight']);
  });

  it('gives what each topic’s own pattern gives, on generated text', () => {
    const piece = fc.constantFrom('rail', 'Rail', 'freight', 'FREIGHT', 'railway', 'water', 'rights', 'river', 'c.o.2', 'cXo.2', 'tax', 'levy', 'café', 'cafés', 'ünion', 'Ünion', 'kiln', '\u212Ailn', 'ſtove', 'STOVE', 'İ', 'ı', '5g', '5G mast', 'mast', '-free', 'free', ' ', ' ', '-', '’', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(topicsOf(text, registry)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
