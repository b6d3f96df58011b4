import { describe, expect, it } from 'vitest';
import { analysisInWords, feedItems } from '../../../src/lib/feed.ts';
import { analysisOf, entity, statementAt } from './fixtures.ts';

describe('feedItems', () => {
  const text = 'Ann Lee said “yes.” Officials said “no.”';
  const withStatements = analysisOf('b-later', '2025-05-01', {
    entities: [entity('ann-lee', 'Ann Lee'), entity('group-officials', 'Officials', 'group')],
    statements: [statementAt(text, 's1', 14, 18, 'ann-lee'), statementAt(text, 's2', 36, 39, 'group-officials')],
  });
  const items = feedItems([
    { id: 'a-undated', analysis: analysisOf('a-undated', null), description: null },
    { id: 'c-earlier', analysis: analysisOf('c-earlier', '2025-01-01'), description: 'A short summary.' },
    { id: 'b-later', analysis: withStatements, description: null },
  ]);

  it('lists articles newest first, undated last, each linking to its page', () => {
    expect(items.map((i) => i.link)).toEqual(['/articles/b-later/', '/articles/c-earlier/', '/articles/a-undated/']);
    expect(items[0]!.pubDate?.toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(items[2]!.pubDate).toBeUndefined();
  });

  it('describes each article by its statement count, after its summary when it has one, and lists named speakers as categories', () => {
    expect(items[0]!.description).toBe('2 statements from 2 sources, 0 dated events.');
    expect(items[1]!.description).toBe('A short summary. 0 statements from 0 sources, 0 dated events.');
    expect(items[0]!.categories).toEqual(['Ann Lee']);
    expect(analysisInWords(analysisOf('x', null))).toBe('0 statements from 0 sources, 0 dated events.');
  });
});
