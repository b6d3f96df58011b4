import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, type Token } from '../../../src/extraction/text/tokenize.ts';

// The regex tokenize() used before its word scan was written by hand: the definition the scan must agree with.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;
const ABBREVIATION_DOT = /^(?:\p{L}\.){2,}$|^(?:mr|mrs|ms|dr|st|jr|sr|gen|sen|rep|gov|lt|col|sgt|capt|adm|maj|prof|rev|inc|corp|ltd|co|no|vs|etc|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ft|cmdr|mx)\.$/iu;
const SINGLE_INITIAL = /^\p{Lu}\.$/u;
const LETTER = /\p{L}/u;
const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|ud|ul|bin|bint|abu)-\p{Lu}/u;

function regexTokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Matching inside the whole text (not a copy of the range) keeps a long copy from being duplicated.
  const subject = to === text.length ? text : text.slice(0, to);
  WORD.lastIndex = from;
  for (let m = WORD.exec(subject); m; m = WORD.exec(subject)) {
    let word = m[0];
    const start = m.index;
    if (word.charCodeAt(word.length - 1) === 46 /* . */ && !ABBREVIATION_DOT.test(word) && !SINGLE_INITIAL.test(word)) word = word.slice(0, -1);
    let possessive = false;
    const last = word.charCodeAt(word.length - 1);
    const beforeLast = word[word.length - 2];
    if ((last === 115 || last === 83) /* s S */ && (beforeLast === '’' || beforeLast === "'") && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (last === 115 || last === 83) {
      const nextChar = text[start + word.length];
      if ((nextChar === '’' || nextChar === "'") && !LETTER.test(text[start + word.length + 1] ?? '')) possessive = true;
    }
    if (!word) continue;
    const lower = word.toLowerCase();
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower,
      possessive,
      // "al-Ruwaili", "el-Sayed": an Arabic article joined to a capitalized name is part of the name.
      capitalized: word[0] !== lower[0] || ARTICLE_NAME.test(word),
    });
  }
  return tokens;
}

describe('tokenize (hand-written word scan)', () => {
  it('keeps inner apostrophes, hyphens and dots, and the dot of an abbreviation', () => {
    expect(tokenize('O’Brien met Jean-Luc in the U.S. at 3.5 p.m. on Jan. 5.').map((t) => t.text)).toEqual(['O’Brien', 'met', 'Jean-Luc', 'in', 'the', 'U.S.', 'at', '3.5', 'p.m.', 'on', 'Jan.', '5']);
  });

  it('reads a letter outside the basic plane as one letter of the word', () => {
    expect(tokenize('say 𝐀bc now').map((t) => t.text)).toEqual(['say', '𝐀bc', 'now']);
  });

  it('gives the same tokens as the word regex on generated text, ranges included', () => {
    const char = fc.constantFrom('a', 'B', 'z', '7', 'é', 'e\u0301', '\u0301', 'ß', 'Ж', '中', '𝐀', '\ud835', '\udc00', '’', "'", '-', '.', ' ', ',', '“', 's', 'S', 'al-', 'Mr.', '_', '\n');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(tokenize(text, from, to)).toEqual(regexTokenize(text, from, to));
      }),
      { numRuns: 20000 },
    );
  });
});
