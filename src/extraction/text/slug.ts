/** A readable URL slug: lower case ASCII letters, digits and hyphens ("Zoë O’Neil" → "zoe-oneil"). */
// Per word limit, then per text: a key built as "limit + text" would be a new string to flatten and hash on every
// call, while the same text object (a name looked up again and again) keeps its hash.
const cache = new Map<number, Map<string, string>>();
let cached = 0;

// Plain ASCII: NFKD and the accent strip change nothing.
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Texts longer than this (statements, not names) are not cached: they seldom recur, and a key sliced from a copy
 * would keep the whole copy in memory.
 */
const CACHED_LENGTH = 64;

export function slugify(text: string, maxWords = 12): string {
  if (text.length > CACHED_LENGTH) return computeSlug(text, maxWords);
  let byText = cache.get(maxWords);
  if (byText === undefined) {
    byText = new Map();
    cache.set(maxWords, byText);
  }
  const hit = byText.get(text);
  if (hit !== undefined) return hit;
  const slug = computeSlug(text, maxWords);
  if (cached >= 50_000) {
    for (const map of cache.values()) map.clear();
    cached = 0;
  }
  byText.set(text, slug);
  cached++;
  return slug;
}

const UNDECOMPOSABLE: Record<string, string> = { đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', þ: 'th', Þ: 'TH', ð: 'd', Ð: 'D', ı: 'i', ħ: 'h', Ħ: 'H' };

function computeSlug(text: string, maxWords: number): string {
  // Most names and statements are plain ASCII: one pass that stops after `maxWords` words. It gives the same
  // words as the general path below, at a third of its cost.
  return Number.isInteger(maxWords) && maxWords >= 0 && ASCII.test(text)
    ? asciiSlug(text, maxWords)
    : text
        // Letters that carry no combining accent to strip: "Đỗ Thu Hà" is "do-thu-ha", "Łódź" "lodz", "Søren" "soren".
        .replace(/[đĐłŁøØæÆœŒßþÞðÐıħĦ]/g, (c) => UNDECOMPOSABLE[c] ?? c)
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
    // Most bases are new: one look-up and one insertion. (A base that was never taken has no suffix counter
    // yet, so leaving the counter unset here reads the same as setting it to 2.)
    if (!this.#used.has(safe)) {
      this.#used.add(safe);
      return safe;
    }
    let id: string;
    let n = this.#next.get(safe) ?? 2;
    do id = `${safe}-${n++}`;
    while (this.#used.has(id));
    this.#next.set(safe, n);
    this.#used.add(id);
    return id;
  }
}
