import { describe, expect, it } from 'vitest';
import { buildGlobalTimeline, sentenceAround, type TimelineRow } from '../../../src/lib/timeline.ts';
import { analysisOf, entity, event } from './fixtures.ts';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });
const unknown = { start: null, end: null, precision: 'unknown' as const };

const early = analysisOf('early', '2025-04-27', {
  entities: [entity('ann-lee', 'Ann Lee'), entity('port', 'Port of Valdren', 'organization')],
  events: [
    event('early--sunday', day('2025-04-27'), 'on', ['ann-lee', 'not-an-entity'], 10),
    event('early--in-2022', { start: '2022-01-01', end: '2022-12-31', precision: 'year' }, 'on', [], 20),
    event('early--coming-week', { start: '2025-04-28', end: '2025-05-04', precision: 'week' }, 'upcoming', ['port'], 30),
    event('early--recently', unknown, 'before', [], 40),
  ],
});
const late = analysisOf('late', '2025-05-16', {
  events: [event('late--thursday', day('2025-05-15'), 'on', [], 5), event('late--april-27', day('2025-04-27'), 'on', [], 9), event('late--soon', unknown, 'after', [], 12)],
});

const label = (row: TimelineRow) => (row.kind === 'event' ? row.item.event.id : `published:${row.item.articleId}`);

describe('buildGlobalTimeline', () => {
  it('merges both articles’ events into one list in date order, publications among them', () => {
    const { dated } = buildGlobalTimeline([
      { id: 'late', analysis: late },
      { id: 'early', analysis: early },
    ]);
    expect(dated.map(label)).toEqual([
      'early--in-2022',
      // The same day reported by two articles: the earlier report first, then the publication of that day.
      'early--sunday',
      'late--april-27',
      'published:early',
      'early--coming-week',
      'late--thursday',
      'published:late',
    ]);
  });

  it('gives the same order whatever order the articles come in', () => {
    const a = buildGlobalTimeline([
      { id: 'early', analysis: early },
      { id: 'late', analysis: late },
    ]);
    const b = buildGlobalTimeline([
      { id: 'late', analysis: late },
      { id: 'early', analysis: early },
    ]);
    expect(b.dated.map(label)).toEqual(a.dated.map(label));
    expect(b.undated.map((i) => i.event.id)).toEqual(a.undated.map((i) => i.event.id));
  });

  it('puts events with no date last, in the order they were reported, with the qualifier in words', () => {
    const { undated } = buildGlobalTimeline([
      { id: 'late', analysis: late },
      { id: 'early', analysis: early },
    ]);
    expect(undated.map((i) => [i.event.id, i.when, i.datetime])).toEqual([
      ['early--recently', 'recently, date unknown', null],
      ['late--soon', 'expected, date unknown', null],
    ]);
  });

  it('states precision and qualifier in words and gives a machine date for <time datetime>', () => {
    const { dated } = buildGlobalTimeline([{ id: 'early', analysis: early }]);
    const byId = new Map(dated.flatMap((r) => (r.kind === 'event' ? [[r.item.event.id, r.item] as const] : [])));
    expect(byId.get('early--in-2022')).toMatchObject({ when: '2022', datetime: '2022' });
    expect(byId.get('early--sunday')).toMatchObject({ when: '27 Apr 2025', datetime: '2025-04-27' });
    expect(byId.get('early--coming-week')).toMatchObject({ when: 'expected week of 28 Apr 2025', datetime: '2025-W18' });
  });

  it('keeps when it happened apart from when it was reported, and links back to the sentence and participants', () => {
    const { dated } = buildGlobalTimeline([{ id: 'early', analysis: early }]);
    const year = dated.find((r) => r.kind === 'event' && r.item.event.id === 'early--in-2022');
    expect(year?.kind === 'event' && year.item).toMatchObject({ when: '2022', reported: '2025-04-27', articleTitle: 'Title of early', href: '/articles/early/#early--in-2022' });
    const sunday = dated.find((r) => r.kind === 'event' && r.item.event.id === 'early--sunday');
    // Participant ids the article does not hold as entities are left out rather than shown as raw ids.
    expect(sunday?.kind === 'event' && sunday.item.participants.map((e) => e.name)).toEqual(['Ann Lee']);
  });

  it('returns empty lists for no articles', () => {
    expect(buildGlobalTimeline([])).toEqual({ dated: [], undated: [] });
  });
});

describe('sentenceAround', () => {
  it('splits the sentence around the time expression so that the parts join back to the sentence', () => {
    const sentence = { start: 100, end: 131, text: 'The pier closed in 2021, it said' };
    sentence.end = sentence.start + sentence.text.length;
    const parts = sentenceAround({ start: 119, end: 123, sentence });
    expect(parts).toEqual({ before: 'The pier closed in ', expression: '2021', after: ', it said' });
    expect(parts.before + parts.expression + parts.after).toBe(sentence.text);
  });

  it('keeps the whole sentence when the expression lies outside it', () => {
    const sentence = { start: 10, end: 14, text: 'Then' };
    expect(sentenceAround({ start: 0, end: 4, sentence })).toEqual({ before: 'Then', expression: '', after: '' });
  });
});
