/**
 * Article ids: what they are, and when two files collide.
 *
 * An article's id is its file name without the extension, folded to a URL slug: lower case, every run
 * of characters other than `a-z`, `0-9`, `_` and `-` becomes one hyphen, hyphens trimmed at both ends.
 * The id prefixes the article's URL and every statement id in it, so two files whose names fold to the
 * same id (`Ceasefire-Talks.md` and `ceasefire-talks.md`, `Ceasefire Talks.md` and `ceasefire-talks.md`,
 * `talks.md` and `talks.markdown`) would publish two pages at one address: that is a collision, and fatal.
 * The site's content loader and the CLI both take ids from here, so they agree on every statement id.
 */

/** The extensions a copy may have; the id is the name without it. */
const articleExtension = /\.(md|markdown|mdx)$/i;

/** The id of the article stored in `fileName` (a base name or a path). Empty when nothing usable is left. */
export function articleIdFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base
    .replace(articleExtension, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A problem with the ids of a set of article files. */
export interface ArticleIdProblem {
  /** The file the problem is reported on. */
  file: string;
  /** article-id-duplicate (two files, one id) or article-id-invalid (no usable id). */
  ruleId: 'article-id-duplicate' | 'article-id-invalid';
  /** What is wrong and what to do. */
  message: string;
  /** The other files that fold to the same id. */
  others: string[];
  /** The id in question. */
  id: string;
}

/**
 * Checks the ids of every article file in one collection (give every file of `content/articles/`).
 * Each file of a colliding group gets its own problem naming the others, so whichever file an editor
 * opens, the message says what to rename.
 */
export function findArticleIdProblems(files: readonly string[]): ArticleIdProblem[] {
  const byId = new Map<string, string[]>();
  const problems: ArticleIdProblem[] = [];
  for (const file of [...files].sort()) {
    const id = articleIdFromFileName(file);
    if (!id) {
      problems.push({
        file,
        id,
        ruleId: 'article-id-invalid',
        others: [],
        message: `the file name "${file.split(/[\\/]/).pop()}" gives no usable article id: rename it with letters or digits, e.g. "ceasefire-talks-2025-04.md"`,
      });
      continue;
    }
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file);
      problems.push({
        file,
        id,
        ruleId: 'article-id-duplicate',
        others,
        message: `article id "${id}" is also the id of ${others.map((o) => `"${o}"`).join(', ')} (ids ignore case, spaces, punctuation and the extension), so both would publish at the same address and their statement ids would clash: rename one of the files`,
      });
    }
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
