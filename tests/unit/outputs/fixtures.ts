/**
 * Invented analyses for the output builders: built by hand where a test needs exact dates, stances or
 * characters, and by analyze() on an invented copy where it needs the engine's real offsets.
 */
import { analyze } from '../../../src/extraction/analyze.ts';
import { SCHEMA_VERSION, type Analysis, type Entity, type Event, type Note, type Position, type Statement } from '../../../src/schema/analysis.ts';
import type { Registry } from '../../../src/schema/registry.ts';

/** An analysis with the given article metadata and lists; everything else empty. */
export function analysisOf(id: string, published: string | null, parts: Partial<Omit<Analysis, 'article' | 'schemaVersion'>> & { title?: string; source?: string } = {}): Analysis {
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id,
      title: parts.title ?? `Title of ${id}`,
      published,
      publishedDate: published,
      publishedInferred: false,
      source: { name: parts.source ?? 'unknown', url: null },
      retrieved: null,
      language: 'en',
      bodyStart: 0,
    },
    entities: parts.entities ?? [],
    mentions: parts.mentions ?? [],
    statements: parts.statements ?? [],
    events: parts.events ?? [],
    positions: parts.positions ?? [],
    notes: parts.notes ?? [],
    diagnostics: [],
  };
}

export function entity(id: string, name: string, type: Entity['type'] = 'person', role: string | null = null): Entity {
  return { id, name, type, aliases: [], registered: true, role, affiliation: null, description: null };
}

const span = (start: number, text: string) => ({ start, end: start + text.length, text });

/** An event at `start` in the copy with the given date; sentence and text are placeholders. */
export function event(id: string, date: Event['date'], qualifier: Event['qualifier'] = 'on', participants: string[] = [], start = 0): Event {
  return { ...span(start, 'then'), id, date, qualifier, tense: 'past', sentence: span(start, `Something happened then (${id}).`), participants, correction: null };
}

export function position(holder: string, topic: string, stance: Position['stance'], date: string | null, evidence: string[] = []): Position {
  return { id: `${holder}--${topic}`, holder, topic, stance, summary: `${holder} ${stance} ${topic}.`, date, evidence, origin: 'derived' };
}

/** A statement over `source.slice(start, end)`, its sentence the same span. */
export function statementAt(source: string, id: string, start: number, end: number, speaker: string | null, kind: Statement['kind'] = 'direct'): Statement {
  const s = { start, end, text: source.slice(start, end) };
  return { ...s, id, kind, speaker, cue: 'said', cueSpan: null, speakerSpan: null, sentence: s, occasion: null, topics: [], origin: 'extracted' };
}

export function noteAt(source: string, id: string, start: number, end: number, kind: Note['kind'] = 'context'): Note {
  return { id, kind, text: `A note on ${id}.`, anchor: { start, end, text: source.slice(start, end) } };
}

/** A registry of invented actors and topics. */
export const registry: Registry = {
  people: {
    'ilse-marrow': {
      name: 'Ilse Marrow',
      aliases: ['Marrow'],
      gender: 'female',
      roles: [
        { title: 'Harbour Commissioner', organization: 'valdren-port', start: '2019-02-01', end: '2024-06-30' },
        { title: 'Mayor of Valdren', start: '2024-07-01' },
      ],
    },
  },
  organizations: {
    'valdren-port': { name: 'Port of Valdren', aliases: ['the port authority'], kind: 'agency' },
  },
  topics: {
    'harbour-tolls': { name: 'Harbour tolls', keywords: ['toll', 'tolls'] },
  },
};

/** An invented copy run through the engine, with characters outside the BMP before and inside its quotes. */
export const inventedSource = `---
title: "Valdren weighs higher harbour tolls 🚢"
published: 2025-03-12
source:
  name: Valdren Courier
  url: https://courier.example/tolls
editorial:
  notes:
    - anchor:
        quote: the old ferry pier
      kind: context
      text: The pier closed in 2021.
---
Mayor Ilse Marrow said on Monday that the tolls would rise “only when the 🚢 traffic recovers,” speaking near the old ferry pier.

“We will not squeeze the fishing fleet,” Marrow said. She added that the port authority would publish its figures next week.

The Port of Valdren said in a statement that it expected a decision soon.
`;

export function inventedAnalysis(): Analysis {
  return analyze(inventedSource, registry, { id: 'valdren-tolls' });
}
