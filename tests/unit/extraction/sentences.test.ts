import { describe, expect, it } from 'vitest';
import { maskMarkdown } from '../../../src/extraction/text/maskMarkdown.ts';
import { splitSentences } from '../../../src/extraction/text/sentences.ts';
import { tokenize } from '../../../src/extraction/text/tokenize.ts';
import { run, statement } from './helpers.ts';

/** The sentences of a Markdown body, as the text they cover. */
function sentencesOf(source: string): string[] {
  const prose = maskMarkdown(source, 0);
  return splitSentences(prose.text, prose.blocks).map((s) => source.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits a paragraph at full stops, question and exclamation marks', () => {
    expect(sentencesOf('The ferry left. Did it sink? No!')).toEqual(['The ferry left.', 'Did it sink?', 'No!']);
  });

  it('does not end a sentence after a title abbreviation (Mr., Dr.)', () => {
    expect(sentencesOf('Mr. Berg met Dr. Lind at noon. They talked.')).toEqual(['Mr. Berg met Dr. Lind at noon.', 'They talked.']);
  });

  it('does not end a sentence after initials (J. R. Olsen)', () => {
    expect(sentencesOf('J. R. Olsen came too. Nobody else did.')).toEqual(['J. R. Olsen came too.', 'Nobody else did.']);
  });

  it('keeps "U.S. officials" in one sentence but ends one at "in the U.S. The next day"', () => {
    expect(sentencesOf('They met in the U.S. The next day they left. U.S. officials agreed.')).toEqual([
      'They met in the U.S.',
      'The next day they left.',
      'U.S. officials agreed.',
    ]);
  });

  it('never lets a sentence cross a paragraph break, and numbers the block it sits in', () => {
    const source = 'First paragraph has no stop\n\nSecond paragraph.';
    const prose = maskMarkdown(source, 0);
    const sentences = splitSentences(prose.text, prose.blocks);
    expect(sentences.map((s) => [source.slice(s.start, s.end), s.block])).toEqual([
      ['First paragraph has no stop', 0],
      ['Second paragraph.', 1],
    ]);
  });

  it('trims surrounding whitespace so a sentence starts and ends on text', () => {
    const source = 'One.   Two.';
    const prose = maskMarkdown(source, 0);
    for (const s of splitSentences(prose.text, prose.blocks)) {
      expect(source[s.start]).not.toMatch(/\s/);
      expect(source[s.end - 1]).not.toMatch(/\s/);
    }
  });

  it('keeps a closing quotation mark with the sentence it ends', () => {
    expect(sentencesOf('She said: “We are done.” Then she left.')).toEqual(['She said: “We are done.”', 'Then she left.']);
  });

  it('through analyze(): a statement’s sentence is the whole sentence it stands in', () => {
    const a = run('The vote came late. Ana Ruiz said the bridge would close. Nobody objected.');
    expect(statement(a, 'the bridge would close').sentence.text).toBe('Ana Ruiz said the bridge would close.');
  });
});

describe('tokenize', () => {
  it('keeps apostrophes and hyphens inside words (O’Brien, don’t, Jean-Luc)', () => {
    expect(tokenize('O’Brien and Jean-Luc don’t agree.').map((t) => t.text)).toEqual(['O’Brien', 'and', 'Jean-Luc', 'don’t', 'agree']);
  });

  it('strips a possessive ending and flags it (Ruiz’s, the workers’)', () => {
    const tokens = tokenize('Ruiz’s plan and the workers’ union');
    expect(tokens.map((t) => [t.text, t.possessive])).toEqual([
      ['Ruiz', true],
      ['plan', false],
      ['and', false],
      ['the', false],
      ['workers', true],
      ['union', false],
    ]);
  });

  it('keeps the dots of abbreviations and initials but not a sentence’s full stop', () => {
    expect(tokenize('U.S. envoy J. Olsen left.').map((t) => t.text)).toEqual(['U.S.', 'envoy', 'J.', 'Olsen', 'left']);
  });

  it('gives offsets into the text it was given, shifted by `from`', () => {
    const text = '---\nx\n---\nAna spoke.';
    const from = text.indexOf('Ana');
    for (const t of tokenize(text, from)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks capitalized words and gives a lower-case form for look-ups', () => {
    const [first, second] = tokenize('Harbor master');
    expect(first).toMatchObject({ capitalized: true, lower: 'harbor' });
    expect(second).toMatchObject({ capitalized: false, lower: 'master' });
  });
});

describe('session 10: a firm’s "Ltd." or "Inc." at the end of a sentence', () => {
  it('ends the sentence after "Ltd." when a capitalized word follows, but not after "Co." in "Co. Kerry"', () => {
    expect(sentencesOf('The farm is owned by Prairie Meridian Ltd. Prairie Meridian said it had no plans to sell.')).toEqual(['The farm is owned by Prairie Meridian Ltd.', 'Prairie Meridian said it had no plans to sell.']);
    expect(sentencesOf('The ferry left from Fenit in Co. Kerry on Sunday.')).toHaveLength(1);
  });
});
