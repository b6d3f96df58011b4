import { describe, expect, it } from 'vitest';
import { stanceOf, topicsOf } from '../../../src/extraction/positions/derivePositions.ts';
import type { Registry } from '../../../src/schema/registry.ts';
import { PUBLISHED, person, run, statement, topic } from './helpers.ts';

const registry: Registry = {
  people: { 'marta-lind': person('Marta Lind', { gender: 'female' }) },
  organizations: {},
  topics: {
    tolls: topic('Bridge tolls', ['toll', 'tolls']),
    ferry: topic('Ferry service', ['ferry']),
  },
};

/** The stance of Marta Lind's position on tolls after one sentence of reported speech. */
const stance = (clause: string) => run(`Marta Lind said ${clause}.`, registry).positions.find((p) => p.id === 'marta-lind--tolls')?.stance;

describe('stanceOf: cues, negation and hedges', () => {
  it('reads a supporting cue as supports', () => {
    expect(stanceOf('We support the new toll')).toBe('supports');
  });

  it('reads an opposing cue as opposes', () => {
    expect(stanceOf('We reject the new toll')).toBe('opposes');
  });

  it('flips a supporting cue after a negation: "does not support" is opposes', () => {
    expect(stanceOf('We do not support the new toll')).toBe('opposes');
  });

  it('flips after a contracted negation: "don’t oppose" is supports', () => {
    expect(stanceOf('We don’t oppose the new toll')).toBe('supports');
  });

  it('flips after "never" a word or two before the cue: "would never back" is opposes', () => {
    expect(stanceOf('She would never back the new toll')).toBe('opposes');
  });

  it('reads "holding off" as undecided', () => {
    expect(stanceOf('The council is holding off on the new toll')).toBe('undecided');
  });

  it('reads "wait and see" as undecided', () => {
    expect(stanceOf('We will wait and see about the toll')).toBe('undecided');
  });

  it('lets a hedge win a tie: "back … only if" is conditional', () => {
    expect(stanceOf('We would back the toll only if the ferry stays free')).toBe('conditional');
  });

  it('lets "unless" make a rejection conditional', () => {
    expect(stanceOf('We reject the toll unless it is halved')).toBe('conditional');
  });

  it('takes the most frequent cue when several appear', () => {
    expect(stanceOf('We support it, we back it, but we reject one part')).toBe('supports');
  });

  it('reads text with no cue as neutral', () => {
    expect(stanceOf('The toll starts in May')).toBe('neutral');
  });
});

describe('topicsOf', () => {
  it('ties a passage to every topic whose keyword it contains, as whole words', () => {
    expect(topicsOf('The toll pays for the ferry.', registry)).toEqual(['tolls', 'ferry']);
    expect(topicsOf('The tollbooth was empty.', registry)).toEqual([]);
  });
});

describe('derived positions through analyze()', () => {
  it('derives a position per speaker and topic, with id <holder>--<topic>, the statement as evidence and the publication date', () => {
    const a = run('Marta Lind said she supports the new toll.', registry);
    const s = statement(a, 'she supports the new toll');
    expect(s.topics).toEqual(['tolls']);
    expect(a.positions).toEqual([
      {
        id: 'marta-lind--tolls',
        holder: 'marta-lind',
        topic: 'tolls',
        stance: 'supports',
        summary: 'Marta Lind supports bridge tolls (1 statement).',
        date: PUBLISHED,
        evidence: [s.id],
        origin: 'derived',
      },
    ]);
  });

  it('derives opposes from a negated support cue ("does not support")', () => {
    expect(stance('she does not support the new toll')).toBe('opposes');
  });

  it('derives undecided from a hedge ("holding off")', () => {
    expect(stance('the council was holding off on the new toll')).toBe('undecided');
  });

  it('derives conditional from "only if"', () => {
    expect(stance('she would back the new toll only if the ferry stayed free')).toBe('conditional');
  });

  it('derives supports from a negated opposing cue ("not a mistake")', () => {
    expect(stance('the toll was not a mistake')).toBe('supports');
  });

  it('derives neutral, with a "speaks about" summary, when no stance cue is present', () => {
    const a = run('Marta Lind said the toll would start in May.', registry);
    expect(a.positions[0]).toMatchObject({ stance: 'neutral', summary: 'Marta Lind speaks about bridge tolls (1 statement).' });
  });

  it('derives no position from a statement that touches no registry topic', () => {
    expect(run('Marta Lind said she supports the new library.', registry).positions).toEqual([]);
  });

  it('derives no position from a statement without a speaker', () => {
    expect(run('“We support the toll and always have,” a sign in the window read.', registry).positions).toEqual([]);
  });

  it('takes the most frequent non-neutral stance over several statements and lists them all as evidence', () => {
    const a = run(
      'Marta Lind said she supports the new toll. She said the toll would start in May. Later she said she backs the toll fully. She said she rejects one toll rule.',
      registry,
    );
    const position = a.positions.find((p) => p.id === 'marta-lind--tolls');
    expect(position?.stance).toBe('supports');
    expect(position?.evidence).toHaveLength(4);
    expect(position?.summary).toMatch(/\(4 statements\)/);
  });

  it('reads a short quote’s stance, and its topic, from the sentence around it', () => {
    const a = run('Marta Lind backed the new toll, calling it “long overdue”.', registry);
    const s = statement(a, 'long overdue');
    expect(s.kind).toBe('partial');
    expect(stanceOf(s.text)).toBe('neutral');
    expect(a.positions).toEqual([expect.objectContaining({ id: 'marta-lind--tolls', stance: 'supports', evidence: [s.id] })]);
  });
});
