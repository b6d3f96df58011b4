/**
 * How statements, speakers and notes are named on the page: one place, so the article page, the quote
 * pages, the print notes and the screen-reader names all say the same thing.
 */
import type { Analysis, Entity, Note, Statement } from '../schema/analysis.ts';

type Kind = Statement['kind'];

/** Words for each kind of statement. */
export const kindWords: Record<Kind, { label: string; short: string; description: string }> = {
  direct: { label: 'Quote', short: 'quote', description: 'direct quote' },
  partial: { label: 'Partial quote', short: 'partial', description: 'partial quote within reported speech' },
  indirect: { label: 'Reported speech', short: 'reported', description: 'indirect speech (paraphrase)' },
};

/** Kinds of source, for the sourcing ledger. */
export type SourceType = 'named' | 'institutional' | 'anonymous' | 'unattributed';

export const sourceTypeWords: Record<SourceType, string> = {
  named: 'Named people',
  institutional: 'Institutions',
  anonymous: 'Anonymous sources',
  unattributed: 'Speaker not found',
};

/** Page of an actor, or null for an anonymous group (it has no page). */
export function actorHref(entity: Pick<Entity, 'id' | 'type'>): string | null {
  if (entity.type === 'person') return `/people/${entity.id}/`;
  if (entity.type === 'organization') return `/organizations/${entity.id}/`;
  return null;
}

export function sourceType(speaker: Entity | null): SourceType {
  if (!speaker) return 'unattributed';
  if (speaker.type === 'person') return 'named';
  if (speaker.type === 'organization') return 'institutional';
  return 'anonymous';
}

/** Id of the card (popover) that tells about an annotation. */
export function cardId(id: string): string {
  return `card-${id}`;
}

/** Permalink of a statement's own page. */
export function quoteHref(statementId: string): string {
  return `/quotes/${statementId}/`;
}

export function articleHref(articleId: string): string {
  return `/articles/${articleId}/`;
}

/** The last site asked for (its address) and its address up to the path (`https://host`), or null when it cannot be joined as text. */
let lastSite: string | undefined;
let lastPrefix: string | null = null;

function prefixOf(site: URL | string): string | null {
  const key = typeof site === 'string' ? site : site.href;
  if (key === lastSite) return lastPrefix;
  let root: string | null;
  try {
    root = new URL('/', site).href;
  } catch {
    root = null;
  }
  lastSite = key;
  // Only an address that ends in the slash the path starts with can be joined as text.
  lastPrefix = root?.endsWith('/') ? root.slice(0, -1) : null;
  return lastPrefix;
}

/** Characters the URL parser leaves as they are in a path and a fragment (`%` is looked at on its own). */
const kept = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/#") kept[c.charCodeAt(0)] = 1;
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * Whether the URL parser would take `path` as it stands: from the root (not `//host`), only kept characters,
 * `%` only before two hex digits, and no `.`, `..` (or `%2e`) segment for it to resolve.
 */
function plainPath(path: string): boolean {
  if (path.charCodeAt(0) !== 47 || path.charCodeAt(1) === 47) return false;
  for (let i = 1; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 37) {
      const d = path.charCodeAt(i + 2);
      if (!isHex(path.charCodeAt(i + 1)) || !isHex(d) || (path.charCodeAt(i + 1) === 50 && (d === 69 || d === 101))) return false;
    } else if (c >= 128 || kept[c] !== 1) return false;
    else if (c === 46) {
      const before = path.charCodeAt(i - 1);
      if (before === 47 || before === 35) return false;
    }
  }
  return true;
}

/**
 * `new URL(path, site).href`, for the tens of thousands of absolute links a build writes (permalinks, JSON-LD
 * ids, exports): parsing each took about a second of a 1,000-article build. A path from the site's root that
 * the parser would keep as it is (plainPath()) is joined to the site's address as text; anything else goes
 * through the parser.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (site !== undefined && plainPath(path)) {
    const prefix = prefixOf(site);
    if (prefix !== null) return prefix + path;
  }
  return new URL(path, site).href;
}

/** Short name for a label beside the copy: a person's surname, otherwise the name. */
export function shortName(entity: Entity): string {
  if (entity.type === 'person') return entity.name.split(/\s+/).at(-1) ?? entity.name;
  return entity.name.length > 24 ? `${entity.name.slice(0, 23)}…` : entity.name;
}

/** "Ana Ruiz, Mayor of Harbor City" / "U.S. officials (anonymous)" / "speaker unknown". */
export function speakerWithRole(speaker: Entity | null): string {
  if (!speaker) return 'speaker unknown';
  if (speaker.type === 'group') return `${speaker.name} (anonymous)`;
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

/** What a screen reader hears for a statement's button: "Quote by Ana Ruiz, Mayor of Harbor City". */
export function statementAccessibleName(statement: Pick<Statement, 'kind'>, speaker: Entity | null): string {
  const { label } = kindWords[statement.kind];
  return speaker ? `${label} by ${speakerWithRole(speaker)}` : `${label}, speaker unknown`;
}

/** Quick lookups over one analysis. */
export interface AnalysisIndex {
  entity(id: string | null): Entity | null;
  speaker(statement: Statement): Entity | null;
  /** 1-based number of a statement's note call, in the order the calls stand in the copy. */
  statementNumber: Map<string, number>;
  /** Statements in note-call order. */
  statementsInOrder: Statement[];
  /** 1-based number of an editor's note, in the order of their anchors. */
  noteNumber: Map<string, number>;
  notesInOrder: Note[];
}

export function indexAnalysis(analysis: Analysis): AnalysisIndex {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const entity = (id: string | null) => (id === null ? null : (entities.get(id) ?? null));
  // A statement's call stands after its last word; of two ending together, the inner one's call comes first.
  const statementsInOrder = [...analysis.statements].sort((a, b) => a.end - b.end || b.start - a.start);
  const notesInOrder = [...analysis.notes].sort((a, b) => a.anchor.end - b.anchor.end || b.anchor.start - a.anchor.start);
  return {
    entity,
    speaker: (statement) => entity(statement.speaker),
    statementNumber: new Map(statementsInOrder.map((s, i) => [s.id, i + 1])),
    statementsInOrder,
    noteNumber: new Map(notesInOrder.map((n, i) => [n.id, i + 1])),
    notesInOrder,
  };
}

/** White space that oneLine() would change: any but a plain space, two spaces in a row, a space at either end. */
const collapsible = /[^\S ]| {2}|^ | $/;

/** Collapses the white space of a passage for a title or a preview. */
export function oneLine(text: string): string {
  // Most passages are on one line already: they are given back as they are, without a copy (tens of thousands
  // of calls per build, several per statement).
  if (!collapsible.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A passage set in double quotation marks, the way a reader expects a quote to be shown: quotation marks already
 * around the whole of it are not doubled, and double marks inside become single ones ("would “doom” us" →
 * “would ‘doom’ us”), so a passage that ends in a quote of its own does not end in ”” .
 */
export function inQuotes(text: string): string {
  const bare = text.replace(/^[“"]([^“”"]*)[”"]$/, '$1');
  const nested = bare.replace(/“/g, '‘').replace(/”/g, '’').replace(/"([^"]*)"/g, '‘$1’');
  return `“${nested}”`;
}

/** A passage cut to about `max` characters at a word boundary. */
export function truncate(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
