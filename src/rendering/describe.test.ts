import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION, type Analysis } from '../schema/analysis.ts';
import { annotationsFromAnalysis } from './annotationsFromAnalysis.ts';
import { absoluteUrl, inQuotes, indexAnalysis, oneLine, statementAccessibleName, truncate } from './describe.ts';
import { eventDateInWords, isoWeek, machineDate, timelineSortKey } from './describeDate.ts';
import { quoteContext } from './quoteContext.ts';
import { fragmentWithText, textDirective } from './textFragment.ts';

describe('dates in words', () => {
  test('precision is spelled out: year, week, day, month, and days in a range', () => {
    expect(eventDateInWords({ date: { start: '2022-01-01', end: '2022-12-31', precision: 'year' }, qualifier: 'on' })).toBe('2022');
    expect(eventDateInWords({ date: { start: '2025-04-28', end: '2025-05-04', precision: 'week' }, qualifier: 'on' })).toBe('week of 28 Apr 2025');
    expect(eventDateInWords({ date: { start: '2025-04-25', end: '2025-04-25', precision: 'day' }, qualifier: 'on' })).toBe('25 Apr 2025');
    expect(eventDateInWords({ date: { start: '2025-03-01', end: '2025-03-31', precision: 'month' }, qualifier: 'on' })).toBe('March 2025');
    expect(eventDateInWords({ date: { start: '2025-03-03', end: '2025-03-05', precision: 'day' }, qualifier: 'on' })).toBe('3–5 Mar 2025');
  });

  test('qualifiers are words: unknown dates say recently or expected, upcoming ones say expected', () => {
    expect(eventDateInWords({ date: { start: null, end: null, precision: 'unknown' }, qualifier: 'before' })).toBe('recently, date unknown');
    expect(eventDateInWords({ date: { start: null, end: null, precision: 'unknown' }, qualifier: 'after' })).toBe('expected, date unknown');
    expect(eventDateInWords({ date: { start: '2025-04-28', end: '2025-05-04', precision: 'week' }, qualifier: 'upcoming' })).toBe('expected week of 28 Apr 2025');
    expect(eventDateInWords({ date: { start: '2025-04-25', end: '2025-04-25', precision: 'day' }, qualifier: 'about' })).toBe('about 25 Apr 2025');
  });

  test('datetime values are valid HTML dates: a day, an ISO week for a Monday week, a month, a year, none when unknown', () => {
    expect(machineDate({ start: '2025-04-25', end: '2025-04-25', precision: 'day' })).toBe('2025-04-25');
    expect(machineDate({ start: '2025-04-28', end: '2025-05-04', precision: 'week' })).toBe('2025-W18');
    expect(machineDate({ start: '2025-04-29', end: '2025-05-05', precision: 'week' })).toBe('2025-04-29');
    expect(machineDate({ start: '2025-03-01', end: '2025-03-31', precision: 'month' })).toBe('2025-03');
    expect(machineDate({ start: '2022-01-01', end: '2022-12-31', precision: 'year' })).toBe('2022');
    expect(machineDate({ start: null, end: null, precision: 'unknown' })).toBeNull();
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
  });

  test('on a timeline, an unknown past date sorts just before publication and an unknown future one just after', () => {
    const before = timelineSortKey({ date: { start: null, end: null, precision: 'unknown' }, qualifier: 'before' }, '2025-04-27');
    const after = timelineSortKey({ date: { start: null, end: null, precision: 'unknown' }, qualifier: 'after' }, '2025-04-27');
    const day = timelineSortKey({ date: { start: '2025-04-27', end: '2025-04-27', precision: 'day' }, qualifier: 'on' }, '2025-04-27');
    const earlier = timelineSortKey({ date: { start: '2025-04-20', end: '2025-04-20', precision: 'day' }, qualifier: 'on' }, '2025-04-27');
    expect([after, day, before, earlier].sort()).toEqual([earlier, before, day, after]);
  });
});

describe('text fragments', () => {
  test('a short passage is matched whole; a long one by its first and last words; syntax characters are encoded', () => {
    expect(textDirective('“we are close, but not there”')).toBe('text=%E2%80%9Cwe%20are%20close%2C%20but%20not%20there%E2%80%9D');
    expect(textDirective('one two three four five six seven eight nine ten')).toBe('text=one%20two%20three%20four,seven%20eight%20nine%20ten');
    expect(textDirective('a well-known fact')).toBe('text=a%20well%2Dknown%20fact');
  });

  test('the fragment keeps the anchor first, so browsers without text fragments land on the id', () => {
    expect(fragmentWithText('art--x-y', 'yes')).toBe('#art--x-y:~:text=yes');
  });
});

describe('quote context', () => {
  test('gives the sentence before, the statement inside its sentence, and the sentence after', () => {
    const source = '---\nt: 1\n---\nThe mayor arrived late. She said “the budget is final” to reporters. Nobody asked more.\n\nNext paragraph.';
    const sentenceText = 'She said “the budget is final” to reporters.';
    const s = source.indexOf(sentenceText);
    const q = source.indexOf('“the');
    const context = quoteContext(source, 13, { start: q, end: source.indexOf('” to') + 1, text: '' }, { start: s, end: s + sentenceText.length, text: sentenceText });
    expect(context).toEqual({ before: 'The mayor arrived late.', lead: 'She said ', passage: '“the budget is final”', tail: ' to reporters.', after: 'Nobody asked more.' });
  });

  test('statements of one article share its paragraphs, and another article with the same offsets gets its own sentences', () => {
    const span = (source: string, text: string) => ({ start: source.indexOf(text), end: source.indexOf(text) + text.length, text });
    const first = 'A ferry ran late. Ada said “no more delays” on Monday. The port shut.\n\nLater, Ben said “fix it” twice. Nothing moved.';
    const second = 'A lorry ran late. Cal said “few more delays” by Monday.\nThe road shut.\n\nLater, Dee said “mend it” twice. Nothing moved.';
    const inFirst = quoteContext(first, 0, span(first, '“no more delays”'), span(first, 'Ada said “no more delays” on Monday.'));
    const laterInFirst = quoteContext(first, 0, span(first, '“fix it”'), span(first, 'Later, Ben said “fix it” twice.'));
    const inSecond = quoteContext(second, 0, span(second, '“few more delays”'), span(second, 'Cal said “few more delays” by Monday.'));
    const againInFirst = quoteContext(first, 0, span(first, '“no more delays”'), span(first, 'Ada said “no more delays” on Monday.'));
    expect(inFirst).toEqual({ before: 'A ferry ran late.', lead: 'Ada said ', passage: '“no more delays”', tail: ' on Monday.', after: 'The port shut.' });
    expect(laterInFirst).toEqual({ before: '', lead: 'Later, Ben said ', passage: '“fix it”', tail: ' twice.', after: 'Nothing moved.' });
    expect(inSecond).toEqual({ before: 'A lorry ran late.', lead: 'Cal said ', passage: '“few more delays”', tail: ' by Monday.', after: 'The road shut.' });
    expect(againInFirst).toEqual(inFirst);
  });
});

const analysis: Analysis = {
  schemaVersion: SCHEMA_VERSION,
  article: { id: 'a', title: 'T', published: '2025-01-10', publishedDate: '2025-01-10', publishedInferred: false, source: { name: 'x', url: null }, retrieved: null, language: 'en', bodyStart: 0 },
  entities: [
    { id: 'ada-park', name: 'Ada Park', type: 'person', aliases: [], registered: true, role: 'Harbour Master', affiliation: 'port-authority', description: null },
    { id: 'dock-workers', name: 'dock workers', type: 'group', aliases: [], registered: false, role: null, affiliation: null, description: 'workers at the docks' },
  ],
  mentions: [
    { start: 0, end: 8, text: 'Ada Park', entity: 'ada-park', form: 'name' },
    { start: 30, end: 33, text: 'She', entity: 'ada-park', form: 'pronoun' },
  ],
  statements: [
    { id: 'a--ada-park-open', start: 14, end: 22, text: '“open”.', kind: 'direct', speaker: 'ada-park', cue: 'said', cueSpan: null, speakerSpan: null, sentence: { start: 0, end: 22, text: '' }, occasion: null, topics: [], origin: 'extracted' },
    { id: 'a--dock-workers-x', start: 40, end: 50, text: 'x', kind: 'indirect', speaker: 'dock-workers', cue: 'said', cueSpan: null, speakerSpan: null, sentence: { start: 30, end: 50, text: '' }, occasion: null, topics: [], origin: 'extracted' },
    { id: 'a--ada-park-inner', start: 44, end: 50, text: 'y', kind: 'partial', speaker: 'ada-park', cue: null, cueSpan: null, speakerSpan: null, sentence: { start: 30, end: 50, text: '' }, occasion: null, topics: [], origin: 'extracted' },
  ],
  events: [],
  positions: [],
  notes: [],
  diagnostics: [],
};

describe('names and numbers of statements', () => {
  test('the button is named for a screen reader as kind, speaker and role', () => {
    const [direct, indirect] = analysis.statements;
    const index = indexAnalysis(analysis);
    expect(statementAccessibleName(direct!, index.speaker(direct!))).toBe('Quote by Ada Park, Harbour Master');
    expect(statementAccessibleName(indirect!, index.speaker(indirect!))).toBe('Reported speech by dock workers (anonymous)');
    expect(statementAccessibleName({ kind: 'partial' }, null)).toBe('Partial quote, speaker unknown');
  });

  test('note calls are numbered in reading order, an inner statement before the outer one ending with it', () => {
    const { statementNumber } = indexAnalysis(analysis);
    expect([...statementNumber.entries()]).toEqual([
      ['a--ada-park-open', 1],
      ['a--ada-park-inner', 2],
      ['a--dock-workers-x', 3],
    ]);
  });

  test('annotations: statements carry their id and button, named mentions link, pronouns stay plain', () => {
    const { annotations, offset } = annotationsFromAnalysis(analysis);
    expect(offset).toBe(0);
    const statement = annotations.find((a) => a.id === 'a--ada-park-open')!;
    expect(statement.after?.[0]).toMatchObject({ tagName: 'button', properties: { popoverTarget: 'card-a--ada-park-open', ariaLabel: 'Quote by Ada Park, Harbour Master' } });
    const mentions = annotations.filter((a) => (a.properties?.className as string[]).includes('mention'));
    expect(mentions.map((m) => m.tagName)).toEqual(['a', 'span']);
    expect(mentions[0]!.properties?.href).toBe('/people/ada-park/');
  });

  test('truncation cuts at a word and marks the cut', () => {
    expect(truncate('one two three four five', 12)).toBe('one two…');
    expect(truncate('short', 12)).toBe('short');
  });
});

describe('absolute links', () => {
  const sites = ['https://news-analysis.example', 'https://news-analysis.example/', new URL('https://a.example/base/'), 'http://u:p@H.example:80/x?y#z', 'https://a.example:8443'];
  const same = (path: string, site: URL | string) => {
    let expected: string | null = null;
    try {
      expected = new URL(path, site).href;
    } catch {
      // A path the parser refuses (`//` names no host) is refused the same way.
    }
    if (expected === null) expect(() => absoluteUrl(path, site)).toThrow();
    else expect(absoluteUrl(path, site)).toBe(expected);
  };

  test('reads as the URL parser reads: dot segments, escapes, other hosts, spaces and non-ASCII included', () => {
    const paths = ['/quotes/a--b-c/', '/articles/x/#st-1:~:text=a%20b,-c', '/q/%zz', '/q/%2e%2E/', '/./x', '/a/../b', '/a/.', '//elsewhere/x', '/a b', '/ü', '/a?b', '/#x#y', '/', '/x\\y', "/it's(ok)*+;=:@!$&"];
    for (const site of sites) for (const path of paths) same(path, site);
  });

  test('any path over a tricky alphabet gives what the URL parser gives', () => {
    const alphabet = fc.constantFrom(...'/.%2eE#?:@ aZ9-_~\\ü'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), fc.constantFrom(...sites), (chars, site) => {
        same(`/${chars.join('')}`, site);
      }),
      { numRuns: 2000 },
    );
  });

  test('a site whose address changes between calls is read again', () => {
    const site = new URL('https://one.example/');
    expect(absoluteUrl('/x/', site)).toBe('https://one.example/x/');
    site.host = 'two.example';
    expect(absoluteUrl('/x/', site)).toBe('https://two.example/x/');
  });
});

describe('oneLine', () => {
  test('collapses every run of white space to one space and trims, whatever the white space (its short cut changes nothing)', () => {
    const whiteSpace = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff');
    const text = fc.array(fc.oneof(whiteSpace, fc.constantFrom('a', 'word', '“quoted”', '—')), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(oneLine(t)).toBe(t.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
    expect(oneLine('one line already')).toBe('one line already');
    expect(oneLine(' two\n lines ')).toBe('two lines');
  });
});

describe('quotes shown in quotation marks', () => {
  test('a passage that ends in a quote of its own gets single inner marks, not a doubled closing mark', () => {
    expect(inQuotes('sanctions now would “doom us to another two years of war,”')).toBe('“sanctions now would ‘doom us to another two years of war,’”');
    expect(inQuotes('he called it "a trap"')).toBe('“he called it ‘a trap’”');
  });

  test('marks already around the whole passage are not doubled', () => {
    expect(inQuotes('“We will not pay.”')).toBe('“We will not pay.”');
    expect(inQuotes('prices will rise')).toBe('“prices will rise”');
  });
});
