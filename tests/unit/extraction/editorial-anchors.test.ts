import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/extraction/analyze.ts';
import { findAnchor } from '../../../src/extraction/editorial/findAnchor.ts';
import { LineIndex } from '../../../src/extraction/text/lineIndex.ts';
import type { Registry } from '../../../src/schema/registry.ts';
import { article, ofKind, person, run, statement, topic } from './helpers.ts';

const registry: Registry = {
  people: {
    'marta-lind': person('Marta Lind', { gender: 'female' }),
    'tomas-berg': person('Tomas Berg', { gender: 'male' }),
  },
  organizations: {},
  topics: { tolls: topic('Bridge tolls', ['toll', 'tolls']) },
};

/** analyze() with an `editorial:` block (YAML lines indented under it). */
const edited = (body: string, editorial: string) => run(body, registry, `editorial:\n${editorial}`);

const twoTolls = 'Tomas Berg said the new toll would start in May. Marta Lind said the new toll was too high.';

describe('findAnchor', () => {
  const source = article('The toll rose. The toll fell.');
  const bodyStart = source.indexOf('The toll rose');
  const lines = new LineIndex(source);

  it('returns the offsets of a passage that occurs once', () => {
    const match = findAnchor(source, bodyStart, { quote: 'toll fell' }, lines);
    expect(match.ok && source.slice(match.start, match.end)).toBe('toll fell');
  });

  it('uses a prefix to pick one of two places, and returns only the quote’s offsets', () => {
    const match = findAnchor(source, bodyStart, { quote: 'toll', prefix: 'rose. The ' }, lines);
    expect(match).toEqual({ ok: true, start: source.indexOf('toll fell'), end: source.indexOf('toll fell') + 4 });
  });

  it('uses a suffix to pick one of two places', () => {
    const match = findAnchor(source, bodyStart, { quote: 'The toll', suffix: ' rose' }, lines);
    expect(match).toEqual({ ok: true, start: bodyStart, end: bodyStart + 'The toll'.length });
  });

  it('does not match inside the frontmatter', () => {
    const match = findAnchor(source, bodyStart, { quote: 'Test copy' }, lines);
    expect(match).toMatchObject({ ok: false, ruleId: 'anchor-no-match' });
  });

  it('fails anchor-ambiguous with the line:column of every candidate', () => {
    const match = findAnchor(source, bodyStart, { quote: 'The toll' }, lines);
    expect(match).toMatchObject({ ok: false, ruleId: 'anchor-ambiguous' });
    expect(!match.ok && match.message).toContain('matches 2 places (at 5:1, 5:16)');
  });

  it('fails anchor-no-match and offers passages that differ only in quote marks or spacing', () => {
    const withApostrophe = article('We’re  ready to vote.');
    const match = findAnchor(withApostrophe, withApostrophe.indexOf('We’re'), { quote: "We're ready" }, new LineIndex(withApostrophe));
    expect(match).toMatchObject({ ok: false, ruleId: 'anchor-no-match' });
    expect(!match.ok && match.message).toContain('Similar passages: 5:1 "We’re  ready"');
  });
});

describe('editorial anchors through analyze()', () => {
  it('fails fatally with anchor-no-match at the anchor’s line and column in the frontmatter', () => {
    const a = edited(twoTolls, '  notes:\n    - anchor: { quote: "old toll" }\n      text: Check this.\n');
    expect(a.diagnostics).toEqual([expect.objectContaining({ ruleId: 'anchor-no-match', fatal: true, line: 6, column: 15 })]);
    expect(a.notes).toEqual([]);
  });

  it('fails fatally with anchor-ambiguous listing both candidates', () => {
    const a = edited(twoTolls, '  notes:\n    - anchor: { quote: "new toll" }\n      text: Check this.\n');
    expect(a.diagnostics).toEqual([expect.objectContaining({ ruleId: 'anchor-ambiguous', fatal: true, line: 6, column: 15 })]);
    expect(a.diagnostics[0]?.message).toContain('(at 9:21, 9:70)');
    expect(a.diagnostics[0]?.message).toMatch(/prefix|suffix/);
  });

  it('attaches a note to the one passage its prefix picks out, with offsets into the whole file', () => {
    const source = article(twoTolls, 'editorial:\n  notes:\n    - anchor: { quote: "new toll", prefix: "Marta Lind said the " }\n      kind: correction\n      text: The toll was later halved.\n');
    const a = analyze(source, registry);
    expect(a.diagnostics).toEqual([]);
    expect(a.notes).toEqual([{ id: 'article--note-1', kind: 'correction', text: 'The toll was later halved.', anchor: expect.objectContaining({ text: 'new toll' }) }]);
    expect(a.notes[0]?.anchor.start).toBe(source.lastIndexOf('new toll'));
  });

  it('defaults a note’s kind to context', () => {
    const a = edited(twoTolls, '  notes:\n    - anchor: { quote: "too high" }\n      text: By 2 euros.\n');
    expect(a.notes[0]?.kind).toBe('context');
  });
});

describe('editorial corrections of statements', () => {
  it('corrects a statement’s speaker, marking it as the editor’s', () => {
    const a = edited('“The piers need work,” Karl Olsen said.', '  speakers:\n    - anchor: { quote: "The piers need work" }\n      speaker: marta-lind\n');
    expect(statement(a, 'The piers need work')).toMatchObject({ speaker: 'marta-lind', origin: 'editor' });
    expect(a.entities.find((e) => e.id === 'marta-lind')).toMatchObject({ registered: true });
  });

  it('refuses a speaker correction to an id missing from the registry (unknown-speaker)', () => {
    const a = edited('“The piers need work,” Karl Olsen said.', '  speakers:\n    - anchor: { quote: "The piers need work" }\n      speaker: nobody-known\n');
    expect(a.diagnostics).toEqual([expect.objectContaining({ ruleId: 'unknown-speaker', fatal: true })]);
    expect(statement(a, 'The piers need work').speaker).toBe('karl-olsen');
  });

  it('refuses a speaker correction anchored where no statement stands (anchor-no-statement)', () => {
    const a = edited('The pier closed. “The piers need work,” Karl Olsen said.', '  speakers:\n    - anchor: { quote: "The pier closed." }\n      speaker: marta-lind\n');
    expect(a.diagnostics.map((d) => [d.ruleId, d.fatal])).toEqual([['anchor-no-statement', true]]);
  });

  it('adds a statement the rules missed, with the editor’s speaker, kind and cue', () => {
    const a = edited('The pier closed. Tolls fund the piers.', '  add:\n    - anchor: { quote: "Tolls fund the piers." }\n      speaker: marta-lind\n      kind: direct\n      cue: wrote\n');
    expect(statement(a, 'Tolls fund the piers.')).toMatchObject({ kind: 'direct', speaker: 'marta-lind', cue: 'wrote', origin: 'editor', sentence: expect.objectContaining({ text: 'Tolls fund the piers.' }) });
  });

  it('suppresses a statement the rules found wrongly', () => {
    const body = 'Tomas Berg said the toll would rise. Marta Lind said the ferry was late.';
    expect(ofKind(run(body, registry), 'indirect')).toHaveLength(2);
    const a = edited(body, '  suppress:\n    - anchor: { quote: "the toll would rise" }\n      reason: A rumour, not a statement.\n');
    expect(a.statements.map((s) => s.text)).toEqual(['the ferry was late']);
    expect(a.diagnostics).toEqual([]);
  });

  it('warns suppress-nothing when no statement stands at the anchor', () => {
    const a = edited('The pier closed on Monday.', '  suppress:\n    - anchor: { quote: "The pier closed" }\n      reason: Not speech.\n');
    expect(a.diagnostics).toEqual([expect.objectContaining({ ruleId: 'suppress-nothing', fatal: false })]);
  });
});

describe('editorial positions', () => {
  const body = 'Marta Lind said she supports the new toll.';

  it('replaces the derived position of the same holder and topic, with anchored evidence', () => {
    expect(run(body, registry).positions[0]).toMatchObject({ id: 'marta-lind--tolls', stance: 'supports', origin: 'derived' });
    const a = edited(
      body,
      '  positions:\n    - holder: marta-lind\n      topic: tolls\n      stance: conditional\n      summary: Marta Lind backs the toll only for trucks.\n      evidence:\n        - quote: "she supports the new toll"\n',
    );
    expect(a.positions).toEqual([
      {
        id: 'marta-lind--tolls',
        holder: 'marta-lind',
        topic: 'tolls',
        stance: 'conditional',
        summary: 'Marta Lind backs the toll only for trucks.',
        date: '2025-03-12',
        evidence: [statement(a, 'she supports the new toll').id],
        origin: 'editor',
      },
    ]);
  });

  it('declares a position for a registry actor who is not in the copy, adding them to the entities', () => {
    const a = edited(body, '  positions:\n    - holder: tomas-berg\n      topic: tolls\n      stance: opposes\n      summary: Tomas Berg opposes the toll.\n');
    expect(a.positions.map((p) => [p.id, p.origin])).toEqual([
      ['marta-lind--tolls', 'derived'],
      ['tomas-berg--tolls', 'editor'],
    ]);
    expect(a.entities.map((e) => e.id)).toContain('tomas-berg');
  });

  it('refuses an unknown holder or topic (unknown-reference)', () => {
    const a = edited(body, '  positions:\n    - holder: nobody-known\n      topic: tolls\n      stance: opposes\n      summary: x\n    - holder: marta-lind\n      topic: no-such-topic\n      stance: opposes\n      summary: x\n');
    expect(a.diagnostics.map((d) => [d.ruleId, d.fatal])).toEqual([
      ['unknown-reference', true],
      ['unknown-reference', true],
    ]);
  });

  it('refuses evidence anchored on a passage that is not a statement (anchor-no-statement)', () => {
    const a = edited('The toll rose. Marta Lind said she supports the new toll.', '  positions:\n    - holder: marta-lind\n      topic: tolls\n      stance: supports\n      summary: x\n      evidence:\n        - quote: "The toll rose."\n');
    expect(a.diagnostics.map((d) => d.ruleId)).toEqual(['anchor-no-statement']);
  });
});

describe('editorial date corrections', () => {
  it('replaces the resolved date of the time expression at the anchor and says why', () => {
    const body = 'Marta Lind said on Tuesday that the new toll was too high.';
    expect(run(body, registry).events[0]?.date).toEqual({ start: '2025-03-11', end: '2025-03-11', precision: 'day' });
    const a = edited(body, '  dates:\n    - anchor: { quote: "Tuesday" }\n      start: 2025-03-04\n      reason: The vote was a week earlier.\n');
    expect(a.events).toEqual([
      expect.objectContaining({ text: 'Tuesday', date: { start: '2025-03-04', end: '2025-03-04', precision: 'day' }, qualifier: 'on', correction: 'The vote was a week earlier.' }),
    ]);
  });

  it('takes an end and a precision for a corrected range', () => {
    const a = edited('The toll rose last week.', '  dates:\n    - anchor: { quote: "last week" }\n      start: 2025-02-24\n      end: 2025-03-02\n      precision: week\n      reason: The copy was filed a week late.\n');
    expect(a.events[0]?.date).toEqual({ start: '2025-02-24', end: '2025-03-02', precision: 'week' });
  });

  it('adds an event with the editor’s date where the rules found no time expression', () => {
    const a = edited('The toll rose on Tuesday.', '  dates:\n    - anchor: { quote: "toll rose" }\n      start: 2025-03-04\n      reason: the rise was announced that day\n');
    expect(a.diagnostics).toEqual([]);
    const added = a.events.find((e) => e.text === 'toll rose');
    expect(added).toMatchObject({ date: { start: '2025-03-04', end: '2025-03-04', precision: 'day' }, correction: 'the rise was announced that day' });
    expect(a.events.map((e) => e.start)).toEqual([...a.events.map((e) => e.start)].sort((x, y) => x - y));
  });
});
