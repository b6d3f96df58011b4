import { describe, expect, it } from 'vitest';
import { annotationContext, buildAnnotationCollection, codePointOffsets } from '../../../src/lib/webAnnotation.ts';
import { analysisOf, entity, inventedAnalysis, inventedSource, noteAt, statementAt } from './fixtures.ts';

const site = 'https://site.example/';

/** Slices a text by code points, as a Web Annotation consumer reads a TextPositionSelector. */
const byCodePoints = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('buildAnnotationCollection', () => {
  it('is an AnnotationCollection in the W3C context whose one page holds an Annotation per statement and per note', () => {
    const analysis = inventedAnalysis();
    const collection = buildAnnotationCollection(analysis, inventedSource, { site });
    expect(collection['@context']).toBe(annotationContext);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toBe('https://site.example/articles/valdren-tolls/annotations.jsonld');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.partOf).toBe(collection.id);
    expect(collection.total).toBe(analysis.statements.length + analysis.notes.length);
    expect(collection.first.items).toHaveLength(collection.total);
    const ids = collection.first.items.map((a) => a.id.split('#')[1]);
    expect(new Set(ids)).toEqual(new Set([...analysis.statements.map((s) => s.id), ...analysis.notes.map((n) => n.id)]));
    for (const annotation of collection.first.items) {
      expect(annotation.type).toBe('Annotation');
      expect(annotation.target.source).toBe('https://site.example/articles/valdren-tolls/');
      expect(annotation.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    }
  });

  it('gives selectors that slice the body exactly, counting code points, on an engine-analysed copy with emoji', () => {
    const analysis = inventedAnalysis();
    const body = inventedSource.slice(analysis.article.bodyStart);
    const collection = buildAnnotationCollection(analysis, inventedSource, { site });
    expect(collection.first.items.length).toBeGreaterThan(3);
    for (const { target } of collection.first.items) {
      const [quote, position] = target.selector;
      expect(byCodePoints(body, position.start, position.end)).toBe(quote.exact);
      const codePoints = Array.from(body);
      expect(codePoints.slice(Math.max(0, position.start - Array.from(quote.prefix).length), position.start).join('')).toBe(quote.prefix);
      expect(codePoints.slice(position.end, position.end + Array.from(quote.suffix).length).join('')).toBe(quote.suffix);
    }
  });

  it('counts an emoji before a span as one character, not two UTF-16 units', () => {
    const source = '---\ntitle: x\n---\n🚢🚢 “Hold the line,” she said.';
    const bodyStart = source.indexOf('🚢');
    const start = source.indexOf('Hold');
    const end = start + 'Hold the line,'.length;
    const analysis = { ...analysisOf('ships', '2025-01-01', { entities: [entity('she', 'Someone')] }) };
    analysis.article.bodyStart = bodyStart;
    analysis.statements = [statementAt(source, 'ships--q', start, end, 'she')];
    const [quote, position] = buildAnnotationCollection(analysis, source, { site }).first.items[0]!.target.selector;
    expect(position.start).toBe(4); // 🚢 🚢 space “ : four code points, six UTF-16 units
    expect(quote).toMatchObject({ exact: 'Hold the line,', prefix: '🚢🚢 “', suffix: '” she said.' });
  });

  it('names a registered speaker by their page and an anonymous group in words, with kind, cue and the quote page as bodies', () => {
    const source = 'Ann Lee said “yes.” Officials said “no.”';
    const analysis = analysisOf('a', '2025-01-01', {
      entities: [entity('ann-lee', 'Ann Lee', 'person', 'Minister'), entity('group-officials', 'Officials', 'group')],
      statements: [statementAt(source, 'a--yes', 14, 18, 'ann-lee'), statementAt(source, 'a--no', 36, 39, 'group-officials', 'partial')],
    });
    const [yes, no] = buildAnnotationCollection(analysis, source, { site }).first.items;
    expect(yes!.motivation).toBe('describing');
    expect(yes!.body).toContainEqual({ type: 'SpecificResource', source: 'https://site.example/people/ann-lee/', purpose: 'identifying' });
    expect(yes!.body).toContainEqual(expect.objectContaining({ type: 'TextualBody', value: 'direct', purpose: 'classifying' }));
    expect(yes!.body).toContainEqual(expect.objectContaining({ type: 'TextualBody', value: 'said', purpose: 'tagging' }));
    expect(yes!.body).toContainEqual({ type: 'SpecificResource', source: 'https://site.example/quotes/a--yes/', purpose: 'linking' });
    expect(no!.body[0]).toMatchObject({ type: 'TextualBody', value: 'Officials (anonymous)', purpose: 'identifying' });
  });

  it('gives notes a motivation by kind (correction → editing, context → commenting, flag → assessing) and orders items as they stand in the copy', () => {
    const source = 'One two three four five six.';
    const analysis = analysisOf('n', '2025-01-01', {
      notes: [noteAt(source, 'n--flag', 20, 24, 'flag'), noteAt(source, 'n--fix', 0, 3, 'correction'), noteAt(source, 'n--ctx', 8, 13, 'context')],
    });
    const items = buildAnnotationCollection(analysis, source, { site }).first.items;
    expect(items.map((a) => [a.id.split('#')[1], a.motivation])).toEqual([
      ['n--fix', 'editing'],
      ['n--ctx', 'commenting'],
      ['n--flag', 'assessing'],
    ]);
    expect(items[0]!.body[0]).toMatchObject({ type: 'TextualBody', value: 'A note on n--fix.' });
  });
});

describe('codePointOffsets', () => {
  it('maps UTF-16 offsets to code points across surrogate pairs', () => {
    const toCodePoint = codePointOffsets('a😀b😀');
    expect([0, 1, 3, 4, 6].map(toCodePoint)).toEqual([0, 1, 2, 3, 4]);
  });
});
