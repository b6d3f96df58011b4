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

// Words: letters and digits with inner apostrophes, hyphens and dots (U.S., O’Brien, Jean-Luc, 3.5), that is
// WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu, scanned by hand in tokenize().
const ABBREVIATION_DOT = /^(?:\p{L}\.){2,}$|^(?:mr|mrs|ms|dr|st|jr|sr|gen|sen|rep|gov|lt|col|sgt|capt|adm|maj|prof|rev|inc|corp|ltd|co|no|vs|etc|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ft|cmdr|mx|hon|rt|cllr|ald|supt|det|insp|atty|engr|adv|amb|brig|cdr|fr|smt|shri|tmt|kum)\.$/iu;

const SINGLE_INITIAL = /^\p{Lu}\.$/u;
const LETTER = /\p{L}/u;

/** Splits prose into words, keeping offsets. Trailing dots stay only on abbreviations and initials. */
/** A lower-case Arabic article hyphenated to a capitalized name ("al-Ruwaili", "el-Sayed", "ash-Shami"). */
const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|ud|ul|bin|bint|abu)-\p{Lu}/u;

// Character classes of WORD, per UTF-16 code unit, filled on first sight: bit 1 = may start a word
// ([\p{L}\p{N}]), bit 2 = may continue one ([\p{L}\p{M}\p{N}]), bit 4 = looked up.
const STARTS = 1;
const CONTINUES = 2;
const KNOWN = 4;
const WORD_START = /^[\p{L}\p{N}]$/u;
const WORD_PART = /^[\p{L}\p{M}\p{N}]$/u;
const classes = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) {
  const letterOrDigit = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  classes[code] = KNOWN | (letterOrDigit ? STARTS | CONTINUES : 0);
}
const classOf = (char: string): number => (WORD_START.test(char) ? STARTS : 0) | (WORD_PART.test(char) ? CONTINUES : 0);

const isLeadSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isTrailSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Width in code units (1, or 2 for a surrogate pair) of the code point classAt last read. */
let width = 1;
/** The class bits of the code point at `i`, read no further than `to`; sets `width`. */
function classAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  width = 1;
  // A surrogate pair is one code point, as the u flag reads it; rare enough to test each time.
  if (isLeadSurrogate(code) && i + 1 < to && isTrailSurrogate(text.charCodeAt(i + 1))) {
    width = 2;
    return classOf(text.slice(i, i + 2));
  }
  let bits = classes[code] as number;
  if (bits === 0) {
    bits = KNOWN | classOf(String.fromCharCode(code));
    classes[code] = bits;
  }
  return bits;
}

/**
 * Width in code units of the letter or digit ([\p{L}\p{N}], as the u flag reads it) at `i`, or 0 when the code
 * point there is something else; a surrogate pair is read as one code point only when it ends before `to`.
 */
export function letterOrDigitWidth(text: string, i: number, to: number): number {
  return classAt(text, i, to) & STARTS ? width : 0;
}

/** `’ ' - .` inside a word (O’Brien, Jean-Luc, U.S., 3.5). */
const isInnerMark = (code: number): boolean => code === 0x2019 || code === 39 || code === 45 || code === 46;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // A hand-written scan for WORD: the regex, run with exec, cost most of the time in match objects. The scan is
  // deterministic where WORD is greedy and nothing after its loops can fail, so both find the same words.
  let i = from;
  // As the u flag does, a start inside a surrogate pair is moved back to the pair's start.
  if (from > 0 && from < to && isTrailSurrogate(text.charCodeAt(from)) && isLeadSurrogate(text.charCodeAt(from - 1))) i = from - 1;
  while (i < to) {
    if (!(classAt(text, i, to) & STARTS)) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < to) {
      if (classAt(text, i, to) & CONTINUES) i += width;
      else if (isInnerMark(text.charCodeAt(i)) && i + 1 < to && classAt(text, i + 1, to) & STARTS) i += 1 + width;
      else break;
    }
    if (i < to && text.charCodeAt(i) === 46 /* . */) i++;
    let word = text.slice(start, i);
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
