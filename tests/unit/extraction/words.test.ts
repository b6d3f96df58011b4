import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blankFrom, fewerPiecesThan } from '../../../src/extraction/text/words.ts';

const char = fc.constantFrom('a', 'B', ' ', '\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '.', '’');

describe('text/words', () => {
  it('counts pieces as split(/\\s+/) does, leading and trailing spaces included', () => {
    expect(fewerPiecesThan('one two', 3)).toBe(true);
    expect(fewerPiecesThan(' one two ', 4)).toBe(false);
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), fc.integer({ min: 0, max: 8 }), (chars, n) => {
        const text = chars.join('');
        expect(fewerPiecesThan(text, n)).toBe(text.split(/\s+/).length < n);
      }),
      { numRuns: 5000 },
    );
  });

  it('tells a blank rest of the text as slice().trim() does', () => {
    expect(blankFrom('---\n---\n \n', 8)).toBe(true);
    expect(blankFrom('---\n---\nText', 8)).toBe(false);
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), fc.nat(20), (chars, from) => {
        const text = chars.join('');
        expect(blankFrom(text, from)).toBe(text.slice(from).trim() === '');
      }),
      { numRuns: 5000 },
    );
  });
});
