import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shouldJoin } from '../../../src/extraction/text/sentences.ts';

// shouldJoin as it read before it tested only the end of the sentence: the definition the fast one must match.
const NON_FINAL = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Cmdr|Mt|Ft|No|Nos|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|Co|Jr|Sr|approx|est|Gov|Atty|Supt|Det|Insp|Pres|Sec)\.|\b\p{Lu}\.|\b(?:\p{L}\.){2,})\s*$/u;
function reference(previous: string, next: string): boolean {
  const trimmed = previous.trimEnd();
  if (!NON_FINAL.test(trimmed)) return false;
  const firstWord = /^\s*[“"‘']?(\p{L}+)/u.exec(next)?.[1] ?? '';
  if (/\b(?:\p{L}\.){2,}$/u.test(trimmed)) return !/^(The|A|An|In|On|But|And|It|He|She|They|We|This|That|Those|These|At|As|For|If|When|While|After|Before|Meanwhile|However|Still|Yet|So|Then|There|Its|His|Her|Their)$/.test(firstWord);
  return true;
}

describe('sentence joins after abbreviations (end-of-sentence test)', () => {
  it('joins after a title and an initial, not after a plain word', () => {
    expect(shouldJoin('They met Mr.', ' Smith')).toBe(true);
    expect(shouldJoin('Talks ended.', ' Smith')).toBe(false);
    expect(shouldJoin('It happened in the U.S.', ' The')).toBe(false);
  });

  it('answers as the patterns on the whole sentence do, on generated text', () => {
    const piece = fc.constantFrom('Mr', 'Sept', 'approx', 'x', 'É', 'é', 'U', 'S', '𝐀', '\ud835', '_', '7', '.', '.', ' ', '\n', ',', '”', 'word', 'A.B');
    const next = fc.constantFrom(' The', ' Smith', ' “In', ' 7', '', ' and');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), next, (parts, after) => {
        const previous = parts.join('');
        expect(shouldJoin(previous, after)).toBe(reference(previous, after));
      }),
      { numRuns: 20000 },
    );
  });
});
