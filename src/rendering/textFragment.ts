/**
 * Text fragments (`#id:~:text=start,end`): a shared link that still lands on the quote in a browser
 * that scrolls to text even if the anchor were ever lost.
 * @see https://wicg.github.io/scroll-to-text-fragment/
 */

/** Percent-encodes a text directive term; `-`, `,` and `&` are syntax in a directive, so they are encoded too. */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** Words of at most this many are matched whole; longer passages by their first and last words. */
const wholeUpTo = 8;
const edgeWords = 4;

/** The `text=` directive for a passage: the whole of a short one, the first and last words of a long one. */
export function textDirective(passage: string): string {
  const words = passage.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length <= wholeUpTo) return `text=${encodeTextTerm(words.join(' '))}`;
  return `text=${encodeTextTerm(words.slice(0, edgeWords).join(' '))},${encodeTextTerm(words.slice(-edgeWords).join(' '))}`;
}

/** `#<id>:~:text=…`: the anchor first, so browsers without text fragments still land on the quote. */
export function fragmentWithText(id: string, passage: string): string {
  return `#${id}:~:${textDirective(passage)}`;
}
