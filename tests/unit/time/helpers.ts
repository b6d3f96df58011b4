import { expect } from 'vitest';
import { findTimeExpressions, type TimeExpression } from '../../../src/extraction/time/findTimeExpressions.ts';

/** Sentence spans for invented test copy: a split after . ! ? before a capital or an opening quote. */
export function sentencesOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?][”"]?\s+(?=[A-Z“"])/g)) {
    spans.push({ start, end: m.index + m[0].trimEnd().length });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Every time expression in an invented text, resolved against `published`. */
export function find(text: string, published: string | null): TimeExpression[] {
  return findTimeExpressions(text, sentencesOf(text), published);
}

/** The one expression whose text is `phrase`; fails the test when there is none or more than one. */
export function one(text: string, published: string | null, phrase: string): TimeExpression {
  const found = find(text, published).filter((e) => e.text === phrase);
  expect(found.map((e) => e.text), `expressions in: ${text}`).toEqual([phrase]);
  return found[0] as TimeExpression;
}

/** An expression's range and precision, for comparing with a literal. */
export function dates(e: TimeExpression): [string | null, string | null, string] {
  return [e.date.start, e.date.end, e.date.precision];
}
