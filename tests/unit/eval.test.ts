import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis, Entity, Event, Statement } from '../../src/schema/analysis.ts';
import { FixtureError, listFixtures, loadFixture, locateGold, type Gold } from '../../scripts/eval/fixtures.ts';
import { addCounts, emptyCounts, f1, matchSpans, overlapRatio, personMatches, scoreArticle, speakerMatches, summarize } from '../../scripts/eval/score.ts';

const corpusDir = join(import.meta.dirname, '../fixtures/corpus');

const article = [
  '---',
  'title: A tiny story',
  'published: 2025-03-12',
  '---',
  '“We will vote on Thursday,” Mayor Ada Quist said. Critics called the plan a so-called “land grab” and said it was “reckless.” The council met on Tuesday, according to a person familiar with the talks.',
  '',
].join('\n');

const expected = {
  quotes: [
    { text: 'We will vote on Thursday', kind: 'direct', speaker: 'Ada Quist' },
    { text: 'reckless.', kind: 'partial', speaker: 'Critics' },
  ],
  indirect: [{ text: 'The council met on Tuesday', speaker: 'a person familiar with the talks' }],
  people: ['Ada Quist'],
  times: [
    { text: 'Thursday', start: '2025-03-13', end: '2025-03-13', precision: 'day' },
    { text: 'Tuesday', start: '2025-03-11', end: '2025-03-11', precision: 'day' },
  ],
  notStatements: ['land grab'],
};

const gold: Gold = locateGold('tiny', article, expected, 'tiny.expected.json').gold;

const ada: Entity = { id: 'ada-quist', name: 'Ada Quist', type: 'person', aliases: ['Quist'], registered: false, role: 'mayor', affiliation: null, description: null };
const critics: Entity = { id: 'critics', name: 'critics', type: 'group', aliases: [], registered: false, role: null, affiliation: null, description: 'Critics' };
const source: Entity = { id: 'person-familiar', name: 'person familiar with the talks', type: 'group', aliases: [], registered: false, role: null, affiliation: null, description: 'a person familiar with the talks' };
const council: Entity = { id: 'council', name: 'City Council', type: 'organization', aliases: ['the council'], registered: false, role: null, affiliation: null, description: null };

/** Offsets of the `n`-th occurrence of `text` in the tiny article. */
function at(text: string, n = 1): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i < n; i++) start = article.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" is not in the test article`);
  return { start, end: start + text.length, text };
}

function statement(text: string, kind: Statement['kind'], speaker: string | null): Statement {
  const span = at(text);
  return { ...span, id: `tiny--${span.start}`, kind, speaker, cue: null, cueSpan: null, speakerSpan: null, sentence: span, occasion: null, topics: [], origin: 'extracted' };
}

function event(text: string, start: string | null, end: string | null, precision: Event['date']['precision']): Event {
  const span = at(text);
  return { ...span, id: `tiny--t${span.start}`, date: { start, end, precision }, qualifier: 'on', tense: 'past', sentence: span, participants: [], correction: null };
}

function analysis(parts: Partial<Pick<Analysis, 'entities' | 'statements' | 'events'>>): Analysis {
  return {
    schemaVersion: '1.0.0',
    article: { id: 'tiny', title: 'A tiny story', published: '2025-03-12', publishedDate: '2025-03-12', publishedInferred: false, source: { name: 'unknown', url: null }, retrieved: null, language: 'en', bodyStart: gold.bodyStart },
    entities: parts.entities ?? [],
    mentions: [],
    statements: parts.statements ?? [],
    events: parts.events ?? [],
    positions: [],
    notes: [],
    diagnostics: [],
  };
}

const perfect = analysis({
  entities: [ada, critics, source],
  statements: [
    statement('We will vote on Thursday', 'direct', 'ada-quist'),
    statement('reckless.', 'partial', 'critics'),
    statement('The council met on Tuesday', 'indirect', 'person-familiar'),
  ],
  events: [event('Thursday', '2025-03-13', '2025-03-13', 'day'), event('Tuesday', '2025-03-11', '2025-03-11', 'day')],
});

describe('overlapRatio', () => {
  it('is 1 for identical spans and 0 for disjoint ones', () => {
    expect(overlapRatio({ start: 10, end: 20 }, { start: 10, end: 20 })).toBe(1);
    expect(overlapRatio({ start: 10, end: 20 }, { start: 20, end: 30 })).toBe(0);
  });

  it('divides the shared characters by the longer span', () => {
    expect(overlapRatio({ start: 0, end: 10 }, { start: 0, end: 20 })).toBe(0.5);
    expect(overlapRatio({ start: 0, end: 10 }, { start: 4, end: 14 })).toBe(0.6);
  });
});

describe('matchSpans', () => {
  it('pairs each span at most once, best overlap first', () => {
    const goldSpans = [{ start: 0, end: 10 }, { start: 10, end: 20 }];
    const predicted = [{ start: 0, end: 20 }, { start: 10, end: 20 }];
    expect(matchSpans(goldSpans, predicted, 0.5)).toEqual([[0, 0], [1, 1]]);
  });

  it('leaves out pairs below the threshold', () => {
    expect(matchSpans([{ start: 0, end: 10 }], [{ start: 6, end: 16 }], 0.5)).toEqual([]);
  });
});

describe('scoreArticle', () => {
  it('scores a perfect analysis 1 on every measure', () => {
    const { counts, problems } = scoreArticle(gold, perfect);
    const summary = summarize(counts, 1);
    expect(problems).toEqual([]);
    expect(summary.quotes.f1).toBe(1);
    expect(summary.quotesExact.f1).toBe(1);
    expect(summary.kindAccuracy).toBe(1);
    expect(summary.speakerAccuracy).toBe(1);
    expect(summary.indirect.recall).toBe(1);
    expect(summary.people.f1).toBe(1);
    expect(summary.times.foundRate).toBe(1);
    expect(summary.times.exactRate).toBe(1);
    expect(summary.notStatements.reported).toBe(0);
    expect(Object.values(summary.targetsMet).every(Boolean)).toBe(true);
  });

  it('counts a span shifted by a few characters at 50% overlap but not as exact', () => {
    const shifted = analysis({ ...perfect, statements: [statement('We will vote on Thursday,” Mayor', 'direct', 'ada-quist'), statement('reckless.', 'partial', 'critics')] });
    const { counts, problems } = scoreArticle(gold, shifted);
    expect(counts.quotesMatched).toBe(2);
    expect(counts.quotesExact).toBe(1);
    expect(problems.some((p) => p.startsWith('quote span differs'))).toBe(true);
  });

  it('does not match a predicted quote that covers less than half of the longer span', () => {
    const tooShort = analysis({ ...perfect, statements: [statement('Thursday', 'direct', 'ada-quist')] });
    const { counts } = scoreArticle(gold, tooShort);
    expect(counts.quotesMatched).toBe(0);
    expect(counts.quotesPredicted).toBe(1);
  });

  it('lowers speaker accuracy, not quote F1, when the speaker is wrong', () => {
    const wrong = analysis({ ...perfect, statements: [statement('We will vote on Thursday', 'direct', 'critics'), statement('reckless.', 'partial', 'critics')] });
    const summary = summarize(scoreArticle(gold, wrong).counts, 1);
    expect(summary.quotes.f1).toBe(1);
    expect(summary.speakerAccuracy).toBe(0.5);
  });

  it('counts a wrong kind against kind accuracy only', () => {
    const wrongKind = analysis({ ...perfect, statements: [statement('We will vote on Thursday', 'partial', 'ada-quist'), statement('reckless.', 'partial', 'critics')] });
    const summary = summarize(scoreArticle(gold, wrongKind).counts, 1);
    expect(summary.kindAccuracy).toBe(0.5);
    expect(summary.quotes.f1).toBe(1);
  });

  it('does not count indirect speech found with the wrong speaker as recalled', () => {
    const wrong = analysis({ ...perfect, statements: [statement('The council met on Tuesday', 'indirect', 'ada-quist')] });
    const summary = summarize(scoreArticle(gold, wrong).counts, 1);
    expect(summary.indirect.recall).toBe(0);
    expect(summary.indirect.recallAnySpeaker).toBe(1);
  });

  it('counts a quote predicted as indirect neither as a quote nor as recalled indirect speech', () => {
    const asIndirect = analysis({ ...perfect, statements: [statement('We will vote on Thursday', 'indirect', 'ada-quist')] });
    const { counts } = scoreArticle(gold, asIndirect);
    expect(counts.quotesPredicted).toBe(0);
    expect(counts.indirectFound).toBe(0);
  });

  it('reports a scare quote or title returned as a statement', () => {
    const scare = analysis({ ...perfect, statements: [...perfect.statements, statement('land grab', 'partial', 'critics')] });
    const { counts, problems } = scoreArticle(gold, scare);
    expect(counts.notStatementsReported).toBe(1);
    expect(counts.quotesPredicted).toBe(3);
    expect(problems).toContain('not a statement, but reported as partial: «land grab»');
  });

  it('finds a time touched by an event but counts it exact only with the same range and precision', () => {
    const wrongWeek = analysis({ ...perfect, events: [event('on Thursday', '2025-03-06', '2025-03-06', 'day'), event('Tuesday', '2025-03-10', '2025-03-16', 'week')] });
    const { counts } = scoreArticle(gold, wrongWeek);
    expect(counts.timesFound).toBe(2);
    expect(counts.timesExact).toBe(0);
  });

  it('counts events that touch no gold time as spurious', () => {
    const extra = analysis({ ...perfect, events: [...perfect.events, event('council', null, null, 'unknown')] });
    expect(scoreArticle(gold, extra).counts.timesSpurious).toBe(1);
  });

  it('lowers person precision for a person entity that is not in the gold list', () => {
    const extra = analysis({ ...perfect, entities: [ada, { ...ada, id: 'quist-hall', name: 'Quist Hall', aliases: [] }] });
    const summary = summarize(scoreArticle(gold, extra).counts, 1);
    expect(summary.people.recall).toBe(1);
    expect(summary.people.precision).toBe(0.5);
  });

  it('scores an empty analysis 0 without failing', () => {
    const summary = summarize(scoreArticle(gold, analysis({})).counts, 1);
    expect(summary.quotes.f1).toBe(0);
    expect(summary.quotes.precision).toBeNull();
    expect(summary.indirect.recall).toBe(0);
    expect(summary.times.foundRate).toBe(0);
  });
});

describe('speakerMatches', () => {
  const goldSpeaker = (speaker: string, speakerAlso: string[] = []) => ({ speaker, speakerAlso });

  it('accepts the entity name, an alias or a group description, ignoring case and a leading article', () => {
    expect(speakerMatches(goldSpeaker('Ada Quist'), ada)).toBe(true);
    expect(speakerMatches(goldSpeaker('Quist'), ada)).toBe(true);
    expect(speakerMatches(goldSpeaker('A person familiar with the talks'), source)).toBe(true);
    expect(speakerMatches(goldSpeaker('City Council'), council)).toBe(true);
  });

  it('accepts a name listed in speakerAlso', () => {
    expect(speakerMatches(goldSpeaker('a council spokesperson', ['City Council']), council)).toBe(true);
    expect(speakerMatches(goldSpeaker('a council spokesperson'), council)).toBe(false);
  });

  it('accepts the same surname for persons only', () => {
    expect(speakerMatches(goldSpeaker('Ada Quist'), { ...ada, name: 'Hilde Quist', aliases: [] })).toBe(true);
    expect(speakerMatches(goldSpeaker('European Council'), council)).toBe(false);
  });

  it('rejects a missing speaker', () => {
    expect(speakerMatches(goldSpeaker('Ada Quist'), undefined)).toBe(false);
  });
});

describe('personMatches', () => {
  it('pairs a full name with a surname-only entity and with a particle surname', () => {
    expect(personMatches('Ada Quist', { ...ada, name: 'Quist', aliases: [] })).toBe(true);
    expect(personMatches('Pieter van Dijk', { ...ada, name: 'Van Dijk', aliases: [] })).toBe(true);
  });

  it('does not pair two different first names with the same surname', () => {
    expect(personMatches('Ada Quist', { ...ada, name: 'Hilde Quist', aliases: [] })).toBe(false);
  });
});

describe('summarize and counts', () => {
  it('micro-averages by adding counts, with F1 = 2·matched / (gold + predicted)', () => {
    const a = { ...emptyCounts(), quotesGold: 4, quotesPredicted: 2, quotesMatched: 2 };
    const b = { ...emptyCounts(), quotesGold: 0, quotesPredicted: 2, quotesMatched: 0 };
    const total = addCounts(a, b);
    expect(total.quotesGold).toBe(4);
    expect(summarize(total, 2).quotes.f1).toBe(f1(2, 4, 4));
    expect(f1(2, 4, 4)).toBe(0.5);
    expect(f1(0, 0, 0)).toBeNull();
  });
});

describe('locateGold (fixture validation)', () => {
  const fails = (changed: Record<string, unknown>, pattern: RegExp) => {
    let error: unknown;
    try {
      locateGold('tiny', article, { ...expected, ...changed }, 'tiny.expected.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FixtureError);
    expect((error as FixtureError).file).toBe('tiny.expected.json');
    expect((error as FixtureError).message).toMatch(pattern);
  };

  it('locates each annotation at its offsets in the whole file', () => {
    expect(article.slice(gold.quotes[0]?.start, gold.quotes[0]?.end)).toBe('We will vote on Thursday');
    expect(gold.times.map((t) => article.slice(t.start, t.end))).toEqual(['Thursday', 'Tuesday']);
    expect(gold.bodyStart).toBe(article.indexOf('“We will'));
  });

  it('names the file and the entry when a text is not in the article', () => {
    fails({ indirect: [{ text: 'The council met on Monday', speaker: 'Ada Quist' }] }, /indirect\[0\]\.text "The council met on Monday" does not occur verbatim/);
  });

  it('rejects a quote text that is not the whole content of its quotation marks', () => {
    fails({ quotes: [{ text: 'will vote on Thursday', kind: 'direct', speaker: 'Ada Quist' }] }, /never as the whole content of a pair of quotation marks/);
    fails({ quotes: [{ text: 'We will vote', kind: 'direct', speaker: 'Ada Quist' }] }, /never as the whole content of a pair of quotation marks/);
  });

  it('rejects a quote text ending with the attribution comma', () => {
    const withComma = '---\ntitle: t\npublished: 2025-03-12\n---\n“Yes,” she said.\n';
    expect(() => locateGold('c', withComma, { quotes: [{ text: 'Yes,', kind: 'direct', speaker: 'x' }], indirect: [], people: [], times: [], notStatements: [] }, 'c.json')).toThrow(/ends with a comma/);
  });

  it('rejects an unknown kind, a misspelt field, an impossible date and a missing list', () => {
    fails({ quotes: [{ text: 'reckless.', kind: 'paraphrase', speaker: 'Critics' }] }, /kind must be "direct" or "partial"/);
    fails({ quotes: [{ text: 'reckless.', kind: 'partial', speakr: 'Critics' }] }, /unknown field "speakr"/);
    fails({ times: [{ text: 'Tuesday', start: '2025-02-30', end: '2025-02-30', precision: 'day' }] }, /start must be a calendar date/);
    fails({ notStatements: undefined }, /"notStatements" must be a list/);
  });

  it('rejects a speaker that is neither a listed person nor printed in the article', () => {
    fails({ quotes: [{ text: 'reckless.', kind: 'partial', speaker: 'Ada Qist' }] }, /speaker "Ada Qist" is neither in "people" nor printed/);
  });

  it('uses "occurrence" to pick a later occurrence of a repeated text', () => {
    const twice = '---\ntitle: t\npublished: 2025-03-12\n---\nAs soon as possible, she said, we will act soon.\n';
    const { gold: located, warnings } = locateGold('t', twice, { quotes: [], indirect: [], people: [], times: [{ text: 'soon', start: null, end: null, precision: 'unknown', occurrence: 2 }], notStatements: [] }, 't.json');
    expect(twice.slice(located.times[0]?.start)).toBe('soon.\n');
    expect(warnings).toEqual([]);
  });

  it('warns when a text occurs more often than it is annotated', () => {
    const twice = '---\ntitle: t\npublished: 2025-03-12\n---\nAs soon as possible, she said, we will act soon.\n';
    const { warnings } = locateGold('t', twice, { quotes: [], indirect: [], people: [], times: [{ text: 'soon', start: null, end: null, precision: 'unknown' }], notStatements: [] }, 't.json');
    expect(warnings[0]).toMatch(/"soon" occurs 2 times/);
  });
});

describe('the corpus', () => {
  const paths = listFixtures(corpusDir);

  it('has at least 14 articles', () => {
    expect(paths.length).toBeGreaterThanOrEqual(14);
  });

  it.each(paths.map((p) => [p.split('/').at(-1) as string, p]))('%s: every expected text occurs verbatim in the article, unambiguously', (_name, path) => {
    const { gold: located, warnings } = loadFixture(path);
    expect(warnings).toEqual([]);
    for (const entry of [...located.quotes, ...located.indirect, ...located.times, ...located.notStatements]) {
      expect(located.source.slice(entry.start, entry.end)).toBe(entry.text);
    }
  });

  it.each(paths.map((p) => [p.split('/').at(-1) as string, p]))('%s: the body is 250 to 600 words', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const body = text.slice(text.indexOf('\n---\n', 4) + 5);
    const words = body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(250);
    expect(words).toBeLessThanOrEqual(600);
  });
});
