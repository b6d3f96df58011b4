import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/extraction/analyze.ts';
import type { Analysis, Span } from '../../../src/schema/analysis.ts';
import type { Registry } from '../../../src/schema/registry.ts';
import { article, organization, person, run, statement, topic } from './helpers.ts';

const registry: Registry = {
  people: { 'marta-lind': person('Marta Lind', { aliases: ['Lind'], gender: 'female' }) },
  organizations: { harbor: organization('Harbor Authority', { aliases: ['the authority'], kind: 'agency' }) },
  topics: { tolls: topic('Bridge tolls', ['toll']) },
};

/** A copy that exercises every kind of span: markup, curly and straight marks, a split quote, a quote across
 * paragraphs, pronouns, groups, dates, an editorial note, and characters outside the BMP. */
const rich = article(
  [
    '# Harbor *news*',
    '',
    'Marta Lind, the **treasurer**, said on Monday that the new toll was [too high](https://example.org/toll).',
    '',
    '“We will,” she said, “but not yet.” Two officials said the vote would come "next week" 🚢.',
    '',
    '> “The first part ends here.',
    '>',
    '> “And the second part closes here,” said Karl Olsen.',
    '',
    'According to a person familiar with the talks, the Harbor Authority called the toll “a fair price”.',
  ].join('\n'),
  'editorial:\n  notes:\n    - anchor: { quote: "a fair price" }\n      text: The authority sets the toll.\n',
);

/** Every span the analysis gives, with a label saying where it came from. */
function spansOf(a: Analysis): [string, Span][] {
  const spans: [string, Span][] = [];
  for (const s of a.statements) {
    spans.push([`statement ${s.id}`, s], [`sentence of ${s.id}`, s.sentence]);
    if (s.cueSpan) spans.push([`cue of ${s.id}`, s.cueSpan]);
    if (s.speakerSpan) spans.push([`speaker of ${s.id}`, s.speakerSpan]);
  }
  for (const m of a.mentions) spans.push([`mention of ${m.entity}`, m]);
  for (const e of a.events) spans.push([`event ${e.id}`, e], [`sentence of ${e.id}`, e.sentence]);
  for (const n of a.notes) spans.push([`note ${n.id}`, n.anchor]);
  return spans;
}

describe('offsets', () => {
  it('every span of a rich copy slices exactly its text from the whole file, frontmatter included', () => {
    const a = analyze(rich, registry);
    const spans = spansOf(a);
    expect(spans.length).toBeGreaterThan(20);
    for (const [label, span] of spans) expect({ label, text: rich.slice(span.start, span.end) }).toEqual({ label, text: span.text });
  });

  it('every span lies in the body, after the frontmatter', () => {
    const a = analyze(rich, registry);
    for (const [, span] of spansOf(a)) expect(span.start).toBeGreaterThanOrEqual(a.article.bodyStart);
  });

  it('counts offsets in UTF-16 code units, so characters outside the BMP before a quote do not shift it', () => {
    const source = article('🚢🌊 Ana Ruiz said: “The pier 🌊 is open.”');
    const s = statement(analyze(source, registry), 'The pier 🌊 is open.');
    expect(s.start).toBe(source.indexOf('The pier'));
    expect(source.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps exact offsets with Windows line endings (CRLF)', () => {
    const source = '---\r\ntitle: T\r\npublished: 2025-03-12\r\n---\r\nAna Ruiz said: “The pier is open.”\r\n\r\nShe said on Monday that the ferry would run.\r\n';
    const a = analyze(source, registry);
    expect(a.diagnostics).toEqual([]);
    expect(a.statements.map((s) => [s.text, s.speaker])).toEqual([
      ['The pier is open.', 'ana-ruiz'],
      ['the ferry would run', 'ana-ruiz'],
    ]);
    for (const [label, span] of spansOf(a)) expect({ label, text: source.slice(span.start, span.end) }).toEqual({ label, text: span.text });
  });

  it('gives a statement’s sentence, cue and speaker spans in the same sentence as the statement', () => {
    const s = statement(run('The pier closed. “We will reopen,” Ana Ruiz said. The ferry ran.'), 'We will reopen');
    expect(s.sentence.text).toBe('“We will reopen,” Ana Ruiz said.');
    expect(s.cueSpan?.text).toBe('said');
    expect(s.speakerSpan?.text).toBe('Ana Ruiz');
    for (const span of [s, s.cueSpan, s.speakerSpan]) {
      expect(span?.start).toBeGreaterThanOrEqual(s.sentence.start);
      expect(span?.end).toBeLessThanOrEqual(s.sentence.end);
    }
  });
});

describe('statement ids', () => {
  it('are readable: <article>--<first eight words of the statement>', () => {
    const a = run('Ana Ruiz said: “The budget is balanced and will stay balanced all year.”');
    expect(a.statements[0]?.id).toBe('article--the-budget-is-balanced-and-will-stay-balanced');
  });

  it('use the article id given to analyze()', () => {
    const a = analyze(article('Ana Ruiz said: “The budget is balanced.”'), registry, { id: '2025-03-harbor-budget' });
    expect(a.statements[0]?.id).toBe('2025-03-harbor-budget--the-budget-is-balanced');
  });

  it('fold accents and apostrophes', () => {
    const a = run('Zoë O’Neil said: “We’re ready, Zoë.” Lind said the toll was fair.', registry);
    expect(a.statements.map((s) => s.id)).toEqual(['article--were-ready-zoe', 'article--the-toll-was-fair']);
  });

  it('do not change when the speaker is corrected, so published links keep working', () => {
    const before = run('“Nobody told us anything about the closure,” a sign read.');
    const after = run('“Nobody told us anything about the closure,” Ana Ruiz said.');
    expect(before.statements[0]?.id).toBe('article--nobody-told-us-anything-about-the-closure');
    expect(after.statements[0]?.id).toBe(before.statements[0]?.id);
    expect(after.statements[0]?.speaker).not.toBe(before.statements[0]?.speaker);
  });

  it('are unique: a repeated statement gets -2', () => {
    const a = run('“We are ready,” Ana Ruiz said. Later she repeated it. “We are ready,” Ana Ruiz said.');
    expect(a.statements.map((s) => s.id)).toEqual(['article--we-are-ready', 'article--we-are-ready-2']);
  });

  it('are stable: the same copy gives the same ids, and the same analysis, on every run', () => {
    const first = analyze(rich, registry);
    const second = analyze(rich, registry);
    expect(second.statements.map((s) => s.id)).toEqual(first.statements.map((s) => s.id));
    expect(second).toEqual(first);
  });

  it('do not change when an unrelated paragraph is added before the statement', () => {
    const before = run('Ana Ruiz said: “The budget is balanced.”');
    const after = run('The council met on a rainy evening.\n\nAna Ruiz said: “The budget is balanced.”');
    expect(after.statements.map((s) => s.id)).toEqual(before.statements.map((s) => s.id));
  });

  it('event ids are readable slugs of the time expression', () => {
    const a = run('Ana Ruiz said on Monday that the toll would rise next week.');
    expect(a.events.map((e) => e.id)).toEqual(['article--monday', 'article--next-week']);
  });

  // ENGINE BUG. Input: 'Marta Lind said that the new toll was [too high](https://example.org/toll).'
  // Expected: the indirect span takes the link whole or not at all. Got: "the new toll was [too high" — it
  // starts outside the link and ends inside it, because only the masked destination is trimmed off the end.
  it('takes link markup whole when a reported clause ends in link text ("…was [too high](…)")', () => {
    const [s] = run('Marta Lind said that the new toll was [too high](https://example.org/toll).').statements;
    expect(s?.text).toBe('the new toll was [too high](https://example.org/toll)');
  });
});

describe('session 11: ids of names with letters that carry no accent to strip', () => {
  it('spells "Đỗ Thu Hà", "Łucja Król" and "Søren Dahl" with their base letters in ids, not without them', () => {
    const a = run('Đỗ Thu Hà said the film was finished. Łucja Król said the tour would start in May. Søren Dahl said he was proud.');
    expect(a.entities.map((e) => e.id).sort()).toEqual(['do-thu-ha', 'lucja-krol', 'soren-dahl']);
  });
});
