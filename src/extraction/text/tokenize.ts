/** A word of the prose with its offsets. */
export interface Token {
  start: number;
  end: number;
  /** The word as printed, without a possessive ending. */
  text: string;
  /** Lower-case form for look-ups. */
  lower: string;
  /** True when the word is followed by a possessive ending ('s or ’s, or a bare ’ after s). */
  possessive: boolean;
  /** True when the first letter is upper case. */
  capitalized: boolean;
}

// Words: letters and digits with inner apostrophes, hyphens and dots (U.S., O’Brien, Jean-Luc, 3.5).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;
const ABBREVIATION_DOT = /^(?:\p{L}\.){2,}$|^(?:mr|mrs|ms|dr|st|jr|sr|gen|sen|rep|gov|lt|col|sgt|capt|adm|maj|prof|rev|inc|corp|ltd|co|no|vs|etc|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ft|cmdr|mx)\.$/iu;

/** Splits prose into words, keeping offsets. Trailing dots stay only on abbreviations and initials. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    const start = from + m.index;
    if (word.endsWith('.') && !ABBREVIATION_DOT.test(word) && !/^\p{Lu}\.$/u.test(word)) word = word.slice(0, -1);
    let possessive = false;
    const poss = /[’']s$/i.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else {
      const nextChar = text[start + word.length];
      if ((nextChar === '’' || nextChar === "'") && /s$/i.test(word) && !/\p{L}/u.test(text[start + word.length + 1] ?? '')) possessive = true;
    }
    if (!word) continue;
    const first = word[0] ?? '';
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      possessive,
      capitalized: first !== first.toLowerCase(),
    });
  }
  return tokens;
}
