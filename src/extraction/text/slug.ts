/** A readable URL slug: lower case ASCII letters, digits and hyphens ("Zoë O’Neil" → "zoe-oneil"). */
const cache = new Map<string, string>();

// Plain ASCII: NFKD and the accent strip change nothing.
const ASCII = /^[\x00-\x7f]*$/;

export function slugify(text: string, maxWords = 12): string {
  const key = `${maxWords}\u0000${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // Most names and statements are plain ASCII: one pass that stops after `maxWords` words. It gives the same
  // words as the general path below, at a third of its cost.
  const slug =
    Number.isInteger(maxWords) && maxWords >= 0 && ASCII.test(text)
      ? asciiSlug(text, maxWords)
      : text
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[’'`]/g, '')
          .replace(/&/g, ' and ')
          .replace(/[^a-z0-9]+/g, ' ')
          .trim()
          .split(' ')
          .filter(Boolean)
          .slice(0, maxWords)
          .join('-');
  if (cache.size > 50_000) cache.clear();
  cache.set(key, slug);
  return slug;
}

/**
 * The general path for ASCII text, by character: letters are lower-cased, apostrophes and backticks dropped
 * (they join "O'Neil"), "&" is the word "and", anything else separates words.
 */
function asciiSlug(text: string, maxWords: number): string {
  let slug = '';
  let words = 0;
  let word = '';
  const flush = (): boolean => {
    if (word !== '') {
      slug = words === 0 ? word : `${slug}-${word}`;
      words++;
      word = '';
    }
    return words >= maxWords;
  };
  if (maxWords === 0) return '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) word += text[i];
    else if (code >= 65 && code <= 90) word += String.fromCharCode(code + 32);
    else if (code === 39 /* ' */ || code === 96 /* ` */) continue;
    else if (code === 38 /* & */) {
      if (flush()) return slug;
      word = 'and';
      if (flush()) return slug;
    } else if (flush()) return slug;
  }
  flush();
  return slug;
}

/** Makes ids unique by appending -2, -3… in order of first use, so the same input always yields the same ids. */
export class IdAllocator {
  readonly #used = new Set<string>();
  /** Next suffix to try per base, so a thousand equal bases cost a thousand steps, not half a million. */
  readonly #next = new Map<string, number>();

  allocate(base: string): string {
    const safe = base || 'item';
    let id = safe;
    let n = this.#next.get(safe) ?? 2;
    if (this.#used.has(id)) {
      do id = `${safe}-${n++}`;
      while (this.#used.has(id));
    }
    this.#next.set(safe, n);
    this.#used.add(id);
    return id;
  }
}
