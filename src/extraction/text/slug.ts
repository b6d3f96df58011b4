/** A readable URL slug: lower case ASCII letters, digits and hyphens ("Zoë O’Neil" → "zoe-oneil"). */
const cache = new Map<string, string>();

export function slugify(text: string, maxWords = 12): string {
  const key = `${maxWords}\u0000${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const slug = text
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
