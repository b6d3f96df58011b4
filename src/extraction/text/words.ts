/** Cheap answers about a stretch of text that would otherwise be split or trimmed as a whole. */

const WHITESPACE_RUN = /\s+/g;
const NOT_WHITESPACE = /\S/g;

/** Whether `text.split(/\s+/)` gives fewer than `n` pieces, found without splitting a long text. */
export function fewerPiecesThan(text: string, n: number): boolean {
  WHITESPACE_RUN.lastIndex = 0;
  let pieces = 1;
  while (pieces < n && WHITESPACE_RUN.exec(text) !== null) pieces++;
  return pieces < n;
}

/** Whether `text.slice(from).trim() === ''`, without copying the rest of the text: \s and trim() remove the same characters. */
export function blankFrom(text: string, from: number): boolean {
  NOT_WHITESPACE.lastIndex = Math.max(0, from);
  return !NOT_WHITESPACE.test(text);
}
