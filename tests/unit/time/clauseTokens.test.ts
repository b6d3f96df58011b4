import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clauseTokenSpans } from '../../../src/extraction/time/clauseTense.ts';

// The pattern the clause reader's hand-written scan stands for.
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’]*|[;:()\[\]—–“”"«»,]|\s-\s/gu;

function regexSpans(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  TOKEN_RE.lastIndex = from;
  for (let m = TOKEN_RE.exec(text); m !== null && m.index + m[0].length <= to; m = TOKEN_RE.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

describe('clause tokens (hand-written scan)', () => {
  it('reads words with apostrophes, clause marks and a spaced dash', () => {
    const text = 'He said: “we’ll go” - then left.';
    expect(clauseTokenSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual(['He', 'said', ':', '“', 'we’ll', 'go', '”', ' - ', 'then', 'left']);
  });

  it('finds the tokens the pattern finds, from any start to any end, on generated text', () => {
    const char = fc.constantFrom('a', 'Z', '7', 'é', '\u0301', '𝐀', '\ud835', '\udc00', "'", '’', '-', ' ', '\u00a0', '\n', ';', '(', '—', '“', '”', '"', '«', ',', '.', '_', '\u2028');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(clauseTokenSpans(text, from, to)).toEqual(regexSpans(text, from, to));
      }),
      { numRuns: 20000 },
    );
  });
});
