/**
 * Permanent quote links. Every statement id the site has published is recorded in a committed lockfile
 * (content/permalinks.lock.json). A recorded id must keep resolving: either the statement still exists,
 * or the editors declared in content/permalinks.yaml where its link now goes (a redirect, when the quote
 * was edited and got a new id) or why it is gone (a tombstone, when the quote was removed).
 * Everything here is pure: the CLI and the site read the files and pass the data in.
 */

/** What the lockfile records about one published statement id. */
export interface LockEntry {
  /** Id of the article the statement was published in. */
  article: string;
  /** The day (YYYY-MM-DD) the id was first recorded. */
  firstSeen: string;
}

/** content/permalinks.lock.json: every statement id ever published, never shrinking. */
export interface PermalinkLock {
  statements: Record<string, LockEntry>;
}

/** content/permalinks.yaml: what editors declare for ids that no longer exist. */
export interface PermalinkDeclarations {
  /** Old id → the id it now redirects to (the edited quote). */
  redirects: Record<string, string>;
  /** Old id → why the quote was removed, as readers will read it. */
  tombstones: Record<string, string>;
}

/** A statement as it exists in the current build. */
export interface CurrentStatement {
  id: string;
  article: string;
}

/** Where a problem belongs, so a caller can point at the line of the file to change. */
export type PermalinkProblemPlace =
  | { file: 'lock'; id: string }
  | { file: 'declarations'; section: 'redirects' | 'tombstones'; id: string }
  | { file: 'article'; article: string; id: string };

/** A problem with the published links. */
export interface PermalinkProblem {
  ruleId:
    | 'permalink-missing'
    | 'permalink-redirect-target'
    | 'permalink-redirect-cycle'
    | 'permalink-declared-twice'
    | 'permalink-still-present'
    | 'permalink-duplicate'
    | 'permalink-unrecorded'
    | 'permalink-undeclared-reason'
    | 'permalink-not-published';
  /** True when the site must not be built until it is fixed. */
  fatal: boolean;
  /** What is wrong and exactly what to do. */
  message: string;
  place: PermalinkProblemPlace;
}

/** Options of checkPermalinks(). */
export interface CheckPermalinksOptions {
  /** The day recorded as `firstSeen` for ids new to the lock (YYYY-MM-DD). */
  today: string;
}

/** What checkPermalinks() finds. */
export interface PermalinkCheck {
  problems: PermalinkProblem[];
  /** The lock with every current id recorded (old entries are never removed). */
  lock: PermalinkLock;
  /** Ids that are in the build but not yet in the lock, sorted. */
  added: string[];
}

export const emptyLock: PermalinkLock = { statements: {} };
export const emptyDeclarations: PermalinkDeclarations = { redirects: {}, tombstones: {} };

const quoteYaml = (text: string) => JSON.stringify(text);

/**
 * Checks that every recorded id still resolves, and returns the lock with the current ids added.
 * Fatal problems: a recorded id that is neither present nor declared; a redirect that leads nowhere or
 * in a circle; an id declared both ways, or declared while it still exists (the declaration would hide
 * the live quote); two current statements with one id.
 */
export function checkPermalinks(
  lock: PermalinkLock,
  current: readonly CurrentStatement[],
  declarations: PermalinkDeclarations,
  options: CheckPermalinksOptions,
): PermalinkCheck {
  const problems: PermalinkProblem[] = [];
  const present = new Map<string, string>();
  for (const statement of current) {
    const other = present.get(statement.id);
    if (other !== undefined) {
      problems.push({
        ruleId: 'permalink-duplicate',
        fatal: true,
        place: { file: 'article', article: statement.article, id: statement.id },
        message: `statement id "${statement.id}" is given to two statements (in "${other}" and "${statement.article}"): one permalink cannot land on two quotes. Ids are made from the article id, the speaker and the first words; rename one of the articles or report this to the maintainers.`,
      });
      continue;
    }
    present.set(statement.id, statement.article);
  }

  const { redirects, tombstones } = declarations;
  for (const id of Object.keys(redirects).sort()) {
    if (Object.hasOwn(tombstones, id)) {
      problems.push({
        ruleId: 'permalink-declared-twice',
        fatal: true,
        place: { file: 'declarations', section: 'tombstones', id },
        message: `"${id}" is declared both as a redirect and as a tombstone in content/permalinks.yaml: keep the redirect if the quote was edited, the tombstone if it was removed, and delete the other.`,
      });
    }
  }
  for (const [section, entries] of [
    ['redirects', redirects],
    ['tombstones', tombstones],
  ] as const) {
    for (const id of Object.keys(entries).sort()) {
      if (present.has(id)) {
        problems.push({
          ruleId: 'permalink-still-present',
          fatal: true,
          place: { file: 'declarations', section, id },
          message: `"${id}" is declared under ${section} in content/permalinks.yaml, but the statement still exists in article "${present.get(id)}": delete the declaration, or the live quote would be hidden behind it.`,
        });
      } else if (!Object.hasOwn(lock.statements, id)) {
        problems.push({
          ruleId: 'permalink-not-published',
          fatal: false,
          place: { file: 'declarations', section, id },
          message: `"${id}" is declared under ${section} in content/permalinks.yaml but was never recorded in content/permalinks.lock.json: check the id for typos (its page is generated anyway).`,
        });
      }
    }
  }
  for (const id of Object.keys(tombstones).sort()) {
    if (!(tombstones[id] ?? '').trim()) {
      problems.push({
        ruleId: 'permalink-undeclared-reason',
        fatal: true,
        place: { file: 'declarations', section: 'tombstones', id },
        message: `the tombstone for "${id}" gives no reason: write why the quote was removed, e.g. ${id}: ${quoteYaml('The quote was attributed to the wrong person and has been removed.')}`,
      });
    }
  }

  for (const id of Object.keys(redirects).sort()) {
    const end = followRedirects(id, redirects);
    if (end.cycle) {
      problems.push({
        ruleId: 'permalink-redirect-cycle',
        fatal: true,
        place: { file: 'declarations', section: 'redirects', id },
        message: `the redirect from "${id}" runs in a circle (${end.path.join(' → ')}): point the last of them at a statement that exists, or turn it into a tombstone.`,
      });
    } else if (!present.has(end.id) && !Object.hasOwn(tombstones, end.id)) {
      problems.push({
        ruleId: 'permalink-redirect-target',
        fatal: true,
        place: { file: 'declarations', section: 'redirects', id },
        message: `the redirect ${end.path.join(' → ')} ends at "${end.id}", which is not a statement in any article: point it at a current statement id (\`npm run analyze -- <article> \` lists them), or declare a tombstone instead.`,
      });
    }
  }

  const unrecordedByArticle = new Map<string, string[]>();
  for (const [id, article] of present) {
    if (!Object.hasOwn(lock.statements, id)) unrecordedByArticle.set(article, [...(unrecordedByArticle.get(article) ?? []), id]);
  }

  for (const id of Object.keys(lock.statements).sort()) {
    if (present.has(id) || Object.hasOwn(redirects, id) || Object.hasOwn(tombstones, id)) continue;
    const entry = lock.statements[id] as LockEntry;
    const candidates = (unrecordedByArticle.get(entry.article) ?? []).sort();
    const hint = candidates.length
      ? `\n  (new ids in "${entry.article}" that may be its edited form: ${candidates.slice(0, 5).join(', ')}${candidates.length > 5 ? ', …' : ''})`
      : '';
    problems.push({
      ruleId: 'permalink-missing',
      fatal: true,
      place: { file: 'lock', id },
      message:
        `statement "${id}" (published in article "${entry.article}" since ${entry.firstSeen}) no longer exists, and its link must keep working. ` +
        `Add to content/permalinks.yaml either, if the quote was edited,\n  redirects:\n    ${id}: <the id of the edited quote>${hint}\n` +
        `or, if the quote was removed,\n  tombstones:\n    ${id}: ${quoteYaml('<why the quote was removed>')}`,
    });
  }

  const added = [...present.keys()].filter((id) => !Object.hasOwn(lock.statements, id)).sort();
  const statements: Record<string, LockEntry> = { ...lock.statements };
  for (const id of added) statements[id] = { article: present.get(id) as string, firstSeen: options.today };
  return { problems, lock: { statements: sortKeys(statements) }, added };
}

function followRedirects(start: string, redirects: Record<string, string>): { id: string; path: string[]; cycle: boolean } {
  const path = [start];
  const seen = new Set(path);
  let id = start;
  while (Object.hasOwn(redirects, id)) {
    id = redirects[id] as string;
    path.push(id);
    if (seen.has(id)) return { id, path, cycle: true };
    seen.add(id);
  }
  return { id, path, cycle: false };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k] as T]));
}

/** A page the site generates for a published id that no longer exists. */
export interface RetiredPermalink {
  /** The old statement id, whose URL must keep answering. */
  id: string;
  /** redirect: the quote was edited; tombstone: the quote was removed. */
  kind: 'redirect' | 'tombstone';
  /** For redirects: the current statement id the chain of redirects ends at. */
  target?: string;
  /** For tombstones: why the quote was removed. */
  reason?: string;
  /** The article the id was published in, when the lock knows it. */
  article?: string;
}

/**
 * The redirect and tombstone pages to generate, sorted by id. Chains of redirects are followed to their
 * end, so a link that was edited twice lands on the current quote in one hop; a redirect whose chain ends
 * at a tombstone becomes that tombstone. Entries whose chain goes nowhere are left out (checkPermalinks
 * reports them as fatal, so a build never gets here with one).
 */
export function retiredPermalinks(declarations: PermalinkDeclarations, lock: PermalinkLock = emptyLock): RetiredPermalink[] {
  const out: RetiredPermalink[] = [];
  const article = (id: string) => (Object.hasOwn(lock.statements, id) ? { article: (lock.statements[id] as LockEntry).article } : {});
  for (const id of Object.keys(declarations.tombstones)) {
    out.push({ id, kind: 'tombstone', reason: declarations.tombstones[id] as string, ...article(id) });
  }
  for (const id of Object.keys(declarations.redirects)) {
    if (Object.hasOwn(declarations.tombstones, id)) continue;
    const end = followRedirects(id, declarations.redirects);
    if (end.cycle) continue;
    if (Object.hasOwn(declarations.tombstones, end.id)) {
      out.push({ id, kind: 'tombstone', reason: declarations.tombstones[end.id] as string, ...article(id) });
    } else {
      out.push({ id, kind: 'redirect', target: end.id, ...article(id) });
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
