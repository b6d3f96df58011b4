import { describe, expect, it } from 'vitest';
import { changeInWords, stanceHistories } from '../../../src/lib/stanceHistory.ts';
import { listTopics, topicPages } from '../../../src/lib/topics.ts';
import { analysisOf, entity, position, statementAt } from './fixtures.ts';

const text = 'Ann Lee said “tolls must fall.”';
const march = analysisOf('march', '2025-03-01', {
  entities: [entity('ann-lee', 'Ann Lee'), entity('bo-ek', 'Bo Ek')],
  statements: [{ ...statementAt(text, 'march--ann-lee-tolls', 14, 29, 'ann-lee'), topics: ['tolls'] }],
  positions: [position('ann-lee', 'tolls', 'opposes', '2025-03-01', ['march--ann-lee-tolls']), position('bo-ek', 'tolls', 'supports', null)],
});
const may = analysisOf('may', '2025-05-01', {
  entities: [entity('ann-lee', 'Ann Lee', 'person', 'Mayor'), entity('bo-ek', 'Bo Ek')],
  positions: [position('ann-lee', 'tolls', 'supports', '2025-05-01'), position('bo-ek', 'tolls', 'supports', '2025-05-01'), position('ann-lee', 'ferries', 'neutral', '2025-05-01')],
});
const june = analysisOf('june', '2025-06-01', {
  entities: [entity('ann-lee', 'Ann Lee')],
  positions: [position('ann-lee', 'tolls', 'opposes', '2025-06-01')],
});
const sources = [
  { id: 'june', analysis: june },
  { id: 'may', analysis: may },
  { id: 'march', analysis: march },
];

describe('stanceHistories', () => {
  it('orders each actor’s positions by date and marks a changed stance as a change, however the articles are ordered', () => {
    const rows = stanceHistories(sources).get('tolls')!;
    const ann = rows.find((r) => r.holder === 'ann-lee')!;
    expect(ann.entries.map((e) => [e.articleId, e.position.stance, e.changedFrom])).toEqual([
      ['march', 'opposes', null],
      ['may', 'supports', 'opposes'],
      ['june', 'opposes', 'supports'],
    ]);
    expect(ann.changes.map((c) => changeInWords(c.from, c.to))).toEqual(['opposes → supports', 'supports → opposes']);
    expect(ann.current).toBe('opposes');
  });

  it('reports no change for a stance held again, and dates an undated position by its article', () => {
    const bo = stanceHistories(sources).get('tolls')!.find((r) => r.holder === 'bo-ek')!;
    expect(bo.entries.map((e) => [e.date, e.changedFrom])).toEqual([
      ['2025-03-01', null],
      ['2025-05-01', null],
    ]);
    expect(bo.changes).toEqual([]);
  });

  it('links each piece of evidence to its quote page and to its anchor in the article', () => {
    const ann = stanceHistories(sources).get('tolls')!.find((r) => r.holder === 'ann-lee')!;
    expect(ann.entries[0]!.evidence).toEqual([
      { id: 'march--ann-lee-tolls', statement: expect.objectContaining({ text: 'tolls must fall' }), quoteHref: '/quotes/march--ann-lee-tolls/', anchorHref: '/articles/march/#march--ann-lee-tolls' },
    ]);
  });

  it('names the actor as the latest article does and keeps topics apart', () => {
    const histories = stanceHistories(sources);
    expect(histories.get('tolls')!.find((r) => r.holder === 'ann-lee')!.entity?.role).toBeNull(); // june's entity, which has no role
    expect(histories.get('ferries')!.map((r) => r.holder)).toEqual(['ann-lee']);
  });
});

describe('topicPages and listTopics', () => {
  it('lists registry topics, keeps topic ids that only analyses use, and counts actors, statements and changes', () => {
    const registry = [
      { id: 'tolls', name: 'Harbour tolls', description: 'What ships pay.' },
      { id: 'bridges', name: 'Bridges', description: null },
    ];
    const pages = topicPages(sources, registry);
    expect(pages.map((p) => [p.id, p.registered])).toEqual([
      ['bridges', true],
      ['ferries', false],
      ['tolls', true],
    ]);
    expect(listTopics(sources, registry).find((t) => t.id === 'tolls')).toEqual({ id: 'tolls', name: 'Harbour tolls', description: 'What ships pay.', actors: 2, statements: 1, changes: 2 });
  });
});
