/**
 * Positions across articles: for each topic, each actor's stances in date order, with a change of stance
 * marked as a change ("opposes → supports"). Built in one pass over all positions, so topic pages cost
 * what the positions cost, not articles times topics.
 */
import type { Analysis, Entity, Position, Statement } from '../schema/analysis.ts';
import { articleHref, quoteHref } from '../rendering/describe.ts';

export type Stance = Position['stance'];

/** An article as the stance history needs it. */
export interface StanceSource {
  id: string;
  analysis: Analysis;
}

/** A statement that is evidence for a position, with both of its links. */
export interface Evidence {
  id: string;
  /** The statement, or null when the position names a statement its article does not hold. */
  statement: Statement | null;
  /** Its own page. */
  quoteHref: string;
  /** Its anchor in the article. */
  anchorHref: string;
}

/** One position, placed in time. */
export interface StanceEntry {
  position: Position;
  articleId: string;
  articleTitle: string;
  /** When the stance was taken: the position's date, else the article's publication day, else null. */
  date: string | null;
  evidence: Evidence[];
  /** The stance before this one, when it differs: this entry is a change. Null for the first entry and for a stance held again. */
  changedFrom: Stance | null;
}

/** An actor's stances on one topic, earliest first. */
export interface StanceRow {
  holder: string;
  /** The actor as the latest article names it (null when no article holds it as an entity). */
  entity: Entity | null;
  entries: StanceEntry[];
  /** The changes only ("opposes → supports"), in order. */
  changes: Array<{ from: Stance; to: Stance; entry: StanceEntry }>;
  /** The stance of the latest entry. */
  current: Stance;
}

/** Words for each stance, lower case, as they read in a sentence. */
export const stanceWords: Record<Stance, string> = {
  supports: 'supports',
  opposes: 'opposes',
  conditional: 'conditional',
  undecided: 'undecided',
  neutral: 'neutral',
};

/** "opposes → supports". */
export function changeInWords(from: Stance, to: Stance): string {
  return `${stanceWords[from]} → ${stanceWords[to]}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Marks each entry whose stance differs from the one before it. Entries must be in date order. */
export function markChanges(entries: StanceEntry[]): StanceRow['changes'] {
  const changes: StanceRow['changes'] = [];
  let previous: Stance | null = null;
  for (const entry of entries) {
    const stance = entry.position.stance;
    entry.changedFrom = previous !== null && previous !== stance ? previous : null;
    if (entry.changedFrom !== null) changes.push({ from: entry.changedFrom, to: stance, entry });
    previous = stance;
  }
  return changes;
}

/**
 * Stance histories for every topic: topic id → one row per actor, actors sorted by name. Entries sort by
 * date (undated ones last), then by publication day and article id, so that the order is stable.
 */
export function stanceHistories(articles: readonly StanceSource[]): Map<string, StanceRow[]> {
  type Pending = { entry: StanceEntry; key: string };
  const byTopic = new Map<string, Map<string, { entity: Entity | null; entityDate: string; pending: Pending[] }>>();
  for (const { id, analysis } of articles) {
    const entities = new Map(analysis.entities.map((e) => [e.id, e]));
    const statements = new Map(analysis.statements.map((s) => [s.id, s]));
    const published = analysis.article.publishedDate;
    for (const position of analysis.positions) {
      const date = position.date ?? published;
      const entry: StanceEntry = {
        position,
        articleId: id,
        articleTitle: analysis.article.title ?? id,
        date,
        evidence: position.evidence.map((sid) => ({
          id: sid,
          statement: statements.get(sid) ?? null,
          quoteHref: quoteHref(sid),
          anchorHref: `${articleHref(id)}#${sid}`,
        })),
        changedFrom: null,
      };
      let holders = byTopic.get(position.topic);
      if (!holders) byTopic.set(position.topic, (holders = new Map()));
      let row = holders.get(position.holder);
      if (!row) holders.set(position.holder, (row = { entity: null, entityDate: '', pending: [] }));
      const entity = entities.get(position.holder) ?? null;
      // The latest article's name and role for the actor: what a reader knows them as now.
      if (entity && (row.entity === null || (published ?? '') >= row.entityDate)) {
        row.entity = entity;
        row.entityDate = published ?? '';
      }
      row.pending.push({ entry, key: [date ?? '9999-12-31', published ?? '9999-12-31', id].join('\u0000') });
    }
  }
  const result = new Map<string, StanceRow[]>();
  for (const [topic, holders] of byTopic) {
    const rows: StanceRow[] = [];
    for (const [holder, { entity, pending }] of holders) {
      pending.sort((a, b) => compare(a.key, b.key));
      const entries = pending.map((p) => p.entry);
      const changes = markChanges(entries);
      rows.push({ holder, entity, entries, changes, current: entries.at(-1)!.position.stance });
    }
    rows.sort((a, b) => (a.entity?.name ?? a.holder).localeCompare(b.entity?.name ?? b.holder) || compare(a.holder, b.holder));
    result.set(topic, rows);
  }
  return result;
}

/** A statement on a topic, with its article and speaker. */
export interface TopicStatement {
  articleId: string;
  articleTitle: string;
  statement: Statement;
  speaker: Entity | null;
}

/** Statements on each topic, from one pass over all statements: topic id → statements in article order, then reading order. */
export function statementsByTopic(articles: readonly StanceSource[]): Map<string, TopicStatement[]> {
  const result = new Map<string, TopicStatement[]>();
  for (const { id, analysis } of articles) {
    const entities = new Map(analysis.entities.map((e) => [e.id, e]));
    for (const statement of analysis.statements) {
      for (const topic of statement.topics) {
        let list = result.get(topic);
        if (!list) result.set(topic, (list = []));
        list.push({ articleId: id, articleTitle: analysis.article.title ?? id, statement, speaker: statement.speaker ? (entities.get(statement.speaker) ?? null) : null });
      }
    }
  }
  return result;
}
