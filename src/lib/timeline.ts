/**
 * The site's timeline: every article's events in one list, sorted once (n log n over all events, never
 * article against article). Each item keeps apart when something happened (its resolved date range) and
 * when it was reported (the article's publication date), and points back to its sentence.
 */
import type { Analysis, Entity, Event } from '../schema/analysis.ts';
import { articleHref } from '../rendering/describe.ts';
import { eventDateInWords, machineDate } from '../rendering/describeDate.ts';
import { plainText, plainTextParts } from './plainText.ts';

/** An article as the timeline needs it: its id (the page's) and its analysis. */
export interface TimelineSource {
  id: string;
  analysis: Analysis;
}

/** One event of the global timeline. */
export interface TimelineItem {
  event: Event;
  articleId: string;
  /** Title of the article that reported it (the id when the copy has no title). */
  articleTitle: string;
  /** Publication day of that article (YYYY-MM-DD), or null. */
  reported: string | null;
  /** True when the publication day was inferred, not given. */
  reportedInferred: boolean;
  /** The date in words, precision and qualifier included ("week of 28 Apr 2025", "recently, date unknown"). */
  when: string;
  /** A `<time datetime>` value for the event's date, or null when the date is unknown. */
  datetime: string | null;
  /** Link to the event's sentence on its article page (the event's anchor id). */
  href: string;
  /** The actors mentioned in the event's sentence, as that article names them. */
  participants: Entity[];
}

/** An article's publication, standing in the timeline among the events it reports. */
export interface PublicationItem {
  articleId: string;
  articleTitle: string;
  /** Publication day (YYYY-MM-DD). */
  date: string;
  inferred: boolean;
  href: string;
}

export type TimelineRow = { kind: 'event'; item: TimelineItem } | { kind: 'published'; item: PublicationItem };

export interface GlobalTimeline {
  /** Events with a resolved date and the articles' publications, earliest first. */
  dated: TimelineRow[];
  /** Events whose date is unknown ("recently", "soon"), in the order they were reported. */
  undated: TimelineItem[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The event's sentence in three parts around its time expression, or the whole sentence as `before` when
 * the expression lies outside it; as readers see it (Markdown syntax taken away).
 */
export function sentenceAround(event: Pick<Event, 'start' | 'end' | 'sentence'>): { before: string; expression: string; after: string } {
  const { sentence } = event;
  if (event.start < sentence.start || event.end > sentence.end) return { before: plainText(sentence.text), expression: '', after: '' };
  const [before = '', expression = '', after = ''] = plainTextParts(sentence.text, [event.start - sentence.start, event.end - sentence.start]);
  return { before, expression, after };
}

/** Whether the event has a date a reader can place. */
export function isDated(event: Pick<Event, 'date'>): boolean {
  return event.date.start !== null && event.date.precision !== 'unknown';
}

/**
 * Sort key of a dated event: its first day, then its last (a day before the week that starts on it),
 * then when it was reported, then the article and the place in the copy, so the order is total and stable.
 */
function datedKey(item: TimelineItem): string {
  const { start, end } = item.event.date;
  return [start ?? '', end ?? start ?? '', item.reported ?? '9999-12-31', item.articleId, String(item.event.start).padStart(10, '0')].join('\u0000');
}

/** Sort key of an undated event: when it was reported, the article, the place in the copy. */
function undatedKey(item: TimelineItem): string {
  return [item.reported ?? '9999-12-31', item.articleId, String(item.event.start).padStart(10, '0')].join('\u0000');
}

/** Every article's events merged into one ordered timeline. */
export function buildGlobalTimeline(articles: readonly TimelineSource[]): GlobalTimeline {
  const dated: Array<{ key: string; row: TimelineRow }> = [];
  const undated: Array<{ key: string; item: TimelineItem }> = [];
  for (const { id, analysis } of articles) {
    const published = analysis.article.publishedDate;
    if (published) {
      const item: PublicationItem = { articleId: id, articleTitle: analysis.article.title ?? id, date: published, inferred: analysis.article.publishedInferred, href: articleHref(id) };
      // After the events of its own day ('~' sorts after any date), before events that run on past it.
      dated.push({ key: [published, published, '~', id].join('\u0000'), row: { kind: 'published', item } });
    }
    const entities = new Map(analysis.entities.map((e) => [e.id, e]));
    for (const event of analysis.events) {
      const item: TimelineItem = {
        event,
        articleId: id,
        articleTitle: analysis.article.title ?? id,
        reported: analysis.article.publishedDate,
        reportedInferred: analysis.article.publishedInferred,
        when: eventDateInWords(event),
        datetime: machineDate(event.date),
        href: `${articleHref(id)}#${event.id}`,
        participants: event.participants.map((p) => entities.get(p)).filter((e): e is Entity => e !== undefined),
      };
      if (isDated(event)) dated.push({ key: datedKey(item), row: { kind: 'event', item } });
      else undated.push({ key: undatedKey(item), item });
    }
  }
  // Keys are computed once per event; the sorts compare strings only.
  dated.sort((a, b) => compare(a.key, b.key));
  undated.sort((a, b) => compare(a.key, b.key));
  return { dated: dated.map((d) => d.row), undated: undated.map((d) => d.item) };
}
