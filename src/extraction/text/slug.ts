/** A readable URL slug: lower case ASCII letters, digits and hyphens ("Zoë O’Neil" → "zoe-oneil"). */
export function slugify(text: string, maxWords = 12): string {
  return text
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

/** Makes ids unique by appending -2, -3… in order of first use, so the same input always yields the same ids. */
export class IdAllocator {
  readonly #used = new Set<string>();

  allocate(base: string): string {
    const safe = base || 'item';
    let id = safe;
    for (let n = 2; this.#used.has(id); n++) id = `${safe}-${n}`;
    this.#used.add(id);
    return id;
  }
}
