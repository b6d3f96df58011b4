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

/** The blank lines of a source (offset and length of each), the paragraph breaks paragraphAround() looks at. */
function blankLines(source: string): Array<[number, number]> {
  return Array.from(source.matchAll(/\n[ \t]*\n/g), (match): [number, number] => [match.index, match[0].length]);
}

/** Start and end of the paragraph (text between blank lines) around an offset, not before `bodyStart`. */
function paragraphAround(blanks: ReadonlyArray<[number, number]>, sourceLength: number, bodyStart: number, from: number, to: number): [number, number] {
  let start = bodyStart;
  let end = sourceLength;
  for (const [index, length] of blanks) {
    if (index + length <= from && index + length > start) start = index + length;
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

/**
 * What quoteContext() works out once per article rather than once per statement: an article's forty-odd
 * statements share a dozen paragraphs, and segmenting them again for every statement took about a second of
 * a 1,000-article build. Keyed by the source (the same string for every statement of an article, so its hash
 * is computed once); the oldest go first beyond `rememberedSources`, so that `astro dev` keeps no stale copies.
 */
interface SourceCache {
  blanks: Array<[number, number]>;
  /** Sentences by paragraph (`start:end:language`). */
  sentences: Map<string, Array<{ start: number; end: number }>>;
}
const bySource = new Map<string, SourceCache>();
const rememberedSources = 64;

function cacheFor(source: string): SourceCache {
  let cache = bySource.get(source);
  if (!cache) {
    cache = { blanks: blankLines(source), sentences: new Map() };
    bySource.set(source, cache);
    if (bySource.size > rememberedSources) bySource.delete(bySource.keys().next().value as string);
  }
  return cache;
}

export function quoteContext(source: string, bodyStart: number, statement: Span, sentence: Span, language = 'en'): QuoteContext {
  const cache = cacheFor(source);
  const [pStart, pEnd] = paragraphAround(cache.blanks, source.length, bodyStart, sentence.start, sentence.end);
  const paragraph = source.slice(pStart, pEnd);
  const key = `${pStart}:${pEnd}:${language}`;
  let parts = cache.sentences.get(key);
  if (!parts) {
    parts = sentences(paragraph, language);
    cache.sentences.set(key, parts);
  }
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
