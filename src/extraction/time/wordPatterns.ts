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
