import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, quotationJsonLd, roleAt, serializeJsonLd, type JsonLdNode } from '../../../src/lib/jsonLd.ts';
import { analysisOf, entity, inventedAnalysis, registry } from './fixtures.ts';

const site = 'https://site.example/';
const people = Object.entries(registry.people).map(([id, data]) => ({ id, data }));

const nodes = (value: unknown): JsonLdNode[] => (Array.isArray(value) ? (value as JsonLdNode[]) : []);

describe('newsArticleJsonLd', () => {
  const analysis = inventedAnalysis();
  const ld = newsArticleJsonLd(analysis, { site, people });

  it('is a schema.org NewsArticle with headline, publication date, language and the outlet as publisher', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://site.example/articles/valdren-tolls/#article',
      url: 'https://site.example/articles/valdren-tolls/',
      headline: 'Valdren weighs higher harbour tolls 🚢',
      datePublished: '2025-03-12',
      inLanguage: 'en',
      publisher: { '@type': 'Organization', name: 'Valdren Courier', url: 'https://courier.example' },
      isBasedOn: 'https://courier.example/tolls',
    });
  });

  it('mentions a person through a Role with the role they held at publication and its start date, and organizations directly', () => {
    const mentions = nodes(ld['mentions']);
    expect(mentions).toContainEqual({
      '@type': 'Role',
      roleName: 'Mayor of Valdren',
      startDate: '2024-07-01',
      mentions: expect.objectContaining({ '@type': 'Person', '@id': 'https://site.example/people/ilse-marrow/#person', name: 'Ilse Marrow', url: 'https://site.example/people/ilse-marrow/' }),
    });
    expect(mentions).toContainEqual(expect.objectContaining({ '@type': 'Organization', name: 'Port of Valdren' }));
  });

  it('has one Quotation per statement, each with its text, its quote page, a creator that is a mentioned actor, and the article as isBasedOn', () => {
    const quotations = nodes(ld['hasPart']);
    expect(quotations).toHaveLength(analysis.statements.length);
    const mentionedIds = new Set(nodes(ld['mentions']).map((m) => ((m['mentions'] as JsonLdNode | undefined) ?? m)['@id']));
    for (const [i, q] of quotations.entries()) {
      const statement = analysis.statements[i]!;
      expect(q).toMatchObject({ '@type': 'Quotation', text: statement.text, url: `https://site.example/quotes/${statement.id}/`, isBasedOn: { '@id': ld['@id'] } });
      expect(mentionedIds.has((q['creator'] as JsonLdNode)['@id'] as string)).toBe(true);
    }
  });

  it('leaves out the publisher when the outlet is unknown', () => {
    expect(newsArticleJsonLd(analysisOf('x', '2025-01-01'), { site })).not.toHaveProperty('publisher');
  });
});

describe('quotationJsonLd', () => {
  it('is a Quotation in the schema.org context with its creator described and based on the NewsArticle', () => {
    const analysis = analysisOf('a', '2025-01-01', { entities: [entity('group-officials', 'Officials', 'group')] });
    const statement = { start: 0, end: 3, text: 'yes', id: 'a--yes', kind: 'direct' as const, speaker: 'group-officials', cue: 'said', cueSpan: null, speakerSpan: null, sentence: { start: 0, end: 3, text: 'yes' }, occasion: null, topics: [], origin: 'extracted' as const };
    expect(quotationJsonLd(statement, analysis, { site })).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      text: 'yes',
      creator: { '@type': 'Organization', name: 'Officials', description: 'Anonymous source' },
      isBasedOn: { '@type': 'NewsArticle', url: 'https://site.example/articles/a/', headline: 'Title of a' },
    });
  });
});

describe('serializeJsonLd', () => {
  it('escapes < so that no text can close the script element, and parses back to the same data', () => {
    const data = { '@context': 'https://schema.org', '@type': 'Quotation', text: '</script><script>alert(1)</script> & <!-- \u2028' };
    const out = serializeJsonLd(data);
    expect(out).not.toMatch(/</);
    expect(out).toContain('\\u003c/script');
    expect(JSON.parse(out)).toEqual(data);
  });
});

describe('roleAt', () => {
  const roles = registry.people['ilse-marrow']!.roles;
  it('picks the role held on the day, preferring the title the analysis gave', () => {
    expect(roleAt(roles, '2020-05-05', null)?.title).toBe('Harbour Commissioner');
    expect(roleAt(roles, '2025-03-12', null)?.title).toBe('Mayor of Valdren');
    expect(roleAt(roles, '2025-03-12', 'Harbour Commissioner')?.title).toBe('Harbour Commissioner');
    expect(roleAt([], '2025-03-12', null)).toBeNull();
  });
});
