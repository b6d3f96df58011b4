/**
 * Building blocks for the regular expressions compiled from the word lists. Word edges are letters and digits
 * only (not `\b`), so Markdown emphasis such as `_Friday_` or `**Friday**` still reads as the word.
 */

/** No letter or digit just before. */
export const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
/** No letter or digit just after. */
export const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A non-capturing-friendly alternation of words and phrases, longest first so "this past" wins over "this";
 * spaces in phrases match any run of whitespace (a line break inside a phrase included).
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ +/g, '\\s+'))
    .join('|');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** How far back, per word, the scan looks for the start of a match. */
const MAX_REACH = 48;

/** Letters, digits and apostrophes; ASCII is tested by code, the rest by a Unicode class. */
export function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39;
  return code === 0x2019 || LETTER_OR_DIGIT.test(text[index] ?? '');
}

/** Trigger hits in the text last scanned, per trigger: recognizers that share a trigger scan the text once. */
let hitsText: string | null = null;
const hitsByTrigger = new Map<RegExp, number[]>();

/** Offsets of the matches of `trigger` (a global regex) in `text`, in order. */
export function triggerHits(text: string, trigger: RegExp): readonly number[] {
  if (text !== hitsText) {
    hitsByTrigger.clear();
    hitsText = text;
  }
  let hits = hitsByTrigger.get(trigger);
  if (hits === undefined) {
    hits = [];
    trigger.lastIndex = 0;
    for (let t = trigger.exec(text); t !== null; t = trigger.exec(text)) {
      if (t[0].length === 0) trigger.lastIndex++;
      hits.push(t.index);
    }
    hitsByTrigger.set(trigger, hits);
  }
  return hits;
}

/**
 * Runs `pattern` (a sticky regex) only at the word starts within `wordsBack` words before each hit of the
 * cheap `trigger` (a global regex for a word every match must contain: a month name, "ago", "week"). Big
 * case-insensitive alternations are slow to try at every position of an article; trying them near a trigger
 * keeps the scan linear and fast. Matches that end before the trigger are left for their own trigger.
 */
export function scanNearTriggers(
  text: string,
  trigger: RegExp,
  pattern: RegExp,
  wordsBack: number,
  onMatch: (match: RegExpExecArray) => void,
): void {
  let resumeAt = 0;
  const starts: number[] = [];
  for (const at of triggerHits(text, trigger)) {
    if (at < resumeAt) continue;
    // Word starts from the trigger's own word back to `wordsBack` words before it, not before `resumeAt`, and
    // never further than a few dozen characters a word: a megabyte-long "word" must not be walked per trigger.
    starts.length = 0;
    const floor = Math.max(resumeAt, at - MAX_REACH * (wordsBack + 1));
    const ownFloor = Math.max(resumeAt, at - MAX_REACH);
    let i = at;
    while (i > ownFloor && isWordChar(text, i - 1)) i--;
    if (i === ownFloor && ownFloor > resumeAt && isWordChar(text, i - 1)) continue;
    starts.push(i);
    while (starts.length <= wordsBack && i > floor) {
      let j = i - 1;
      while (j >= floor && !isWordChar(text, j)) j--;
      if (j < floor) break;
      while (j > floor && isWordChar(text, j - 1)) j--;
      if (j === floor && floor > resumeAt) break;
      i = j;
      starts.push(i);
    }
    for (let k = starts.length - 1; k >= 0; k--) {
      pattern.lastIndex = starts[k] as number;
      const m = pattern.exec(text);
      if (m !== null && m.index + m[0].length > at) {
        onMatch(m);
        resumeAt = m.index + m[0].length;
        break;
      }
    }
  }
}
