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

const SINGLE_INITIAL = /^\p{Lu}\.$/u;
const LETTER = /\p{L}/u;

/** Splits prose into words, keeping offsets. Trailing dots stay only on abbreviations and initials. */
/** A lower-case Arabic article hyphenated to a capitalized name ("al-Ruwaili", "el-Sayed", "ash-Shami"). */
const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|ud|ul|bin|bint|abu)-\p{Lu}/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
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
