/**
 * The sentences around a statement, for its own page: the sentence before, the statement's sentence
 * split around the statement, and the sentence after, all within the statement's paragraph.
 */
import type { Span } from '../schema/analysis.ts';

export interface QuoteContext {
  /** The sentence before, or "" at the start of the paragraph. */
  before: string;
  /** The statement's sentence, up to the statement. */
  lead: string;
  /** The statement itself. */
  passage: string;
  /** The rest of its sentence. */
  tail: string;
  /** The sentence after, or "" at the end of the paragraph. */
  after: string;
}

/** Start and end of the paragraph (text between blank lines) around an offset, not before `bodyStart`. */
function paragraphAround(source: string, bodyStart: number, from: number, to: number): [number, number] {
  const blank = /\n[ \t]*\n/g;
  let start = bodyStart;
  let end = source.length;
  for (const match of source.matchAll(blank)) {
    const index = match.index ?? 0;
    if (index + match[0].length <= from && index + match[0].length > start) start = index + match[0].length;
    if (index >= to) {
      end = index;
      break;
    }
  }
  return [Math.max(start, bodyStart), end];
}

/** One segmenter per language: making one costs more than segmenting a paragraph, and a site asks for thousands. */
const segmenters = new Map<string, Intl.Segmenter>();

/** The sentences of a text, with their offsets, by the platform's sentence segmenter. */
function sentences(text: string, language: string): Array<{ start: number; end: number }> {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return Array.from(segmenter.segment(text), (s) => ({ start: s.index, end: s.index + s.segment.length }));
}

export function quoteContext(source: string, bodyStart: number, statement: Span, sentence: Span, language = 'en'): QuoteContext {
  const [pStart, pEnd] = paragraphAround(source, bodyStart, sentence.start, sentence.end);
  const paragraph = source.slice(pStart, pEnd);
  const parts = sentences(paragraph, language);
  const sStart = sentence.start - pStart;
  const sEnd = sentence.end - pStart;
  const previous = parts.filter((p) => p.end <= sStart).at(-1);
  const next = parts.find((p) => p.start >= sEnd);
  const sentenceStart = Math.min(sentence.start, statement.start);
  const sentenceEnd = Math.max(sentence.end, statement.end);
  return {
    before: previous ? paragraph.slice(previous.start, Math.min(previous.end, sStart)).trim() : '',
    lead: source.slice(sentenceStart, statement.start).trimStart(),
    passage: source.slice(statement.start, statement.end),
    tail: source.slice(statement.end, sentenceEnd).trimEnd(),
    after: next ? paragraph.slice(next.start, next.end).trim() : '',
  };
}
