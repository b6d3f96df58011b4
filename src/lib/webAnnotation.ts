/**
 * W3C Web Annotation JSON-LD for one article: an AnnotationCollection whose first (and only) page holds
 * one Annotation per statement and one per editor's note.
 *
 * Each target is the article page with two selectors: a TextQuoteSelector (exact text with a prefix and a
 * suffix) and a TextPositionSelector. Positions count Unicode code points, as the model requires, into the
 * copy's body: the Markdown after the frontmatter, which is the text the site renders word for word.
 * @see https://www.w3.org/TR/annotation-model/
 * @see https://www.w3.org/TR/annotation-vocab/
 */
import type { Analysis, Entity, Note, Span, Statement } from '../schema/analysis.ts';
import { absoluteUrl, actorHref, articleHref, kindWords, quoteHref, speakerWithRole } from '../rendering/describe.ts';
import { plainText } from './plainText.ts';

export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

/** How many code points of context the quote selector carries on each side. */
export const contextLength = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code points before the passage, counted from the start of the body. */
  start: number;
  /** Code points up to the end of the passage. */
  end: number;
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  language: string;
  purpose: Motivation;
}

export interface SpecificResourceBody {
  type: 'SpecificResource';
  source: string;
  purpose: Motivation;
}

export type Motivation = 'assessing' | 'classifying' | 'commenting' | 'describing' | 'editing' | 'identifying' | 'linking' | 'questioning' | 'tagging';

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  body: Array<TextualBody | SpecificResourceBody>;
  target: { type: 'SpecificResource'; source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  generator?: { id: string; type: 'Software'; name: string };
}

export interface AnnotationCollection {
  '@context': typeof annotationContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: WebAnnotation[] };
}

/** URL of an article's annotation collection, relative to the site. */
export function annotationsHref(articleId: string): string {
  return `${articleHref(articleId)}annotations.jsonld`;
}

/**
 * A map from UTF-16 offsets to code-point offsets in a text, built once (linear) so that every span of an
 * article converts in constant time.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const table = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it at the high half only.
    const lowFollows = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (lowFollows) {
      table[i + 1] = points + 1;
      i++;
    }
    points++;
  }
  table[text.length] = points;
  return (offset) => table[offset] ?? points;
}

/** The last `n` code points of a text. */
function lastCodePoints(text: string, n: number): string {
  return Array.from(text).slice(-n).join('');
}

/** The first `n` code points of a text. */
function firstCodePoints(text: string, n: number): string {
  return Array.from(text).slice(0, n).join('');
}

export interface AnnotationOptions {
  /** The site's origin, for absolute ids. */
  site: URL | string;
}

/** The quote and position selectors for a span of the source file, relative to the body. */
export function selectorsFor(span: Span, body: string, bodyStart: number, toCodePoint: (offset: number) => number): [TextQuoteSelector, TextPositionSelector] {
  const start = span.start - bodyStart;
  const end = span.end - bodyStart;
  // Context windows are cut wide in code units first so that a surrogate pair is never split.
  const prefix = lastCodePoints(body.slice(Math.max(0, start - contextLength * 2), start), contextLength);
  const suffix = firstCodePoints(body.slice(end, end + contextLength * 2), contextLength);
  return [
    { type: 'TextQuoteSelector', exact: body.slice(start, end), prefix, suffix },
    { type: 'TextPositionSelector', start: toCodePoint(start), end: toCodePoint(end) },
  ];
}

const noteMotivation: Record<Note['kind'], Motivation> = {
  correction: 'editing',
  context: 'commenting',
  flag: 'assessing',
};

function textBody(value: string, language: string, purpose: Motivation): TextualBody {
  return { type: 'TextualBody', value, format: 'text/plain', language, purpose };
}

function speakerBody(speaker: Entity | null, site: URL | string, language: string): TextualBody | SpecificResourceBody {
  const href = speaker ? actorHref(speaker) : null;
  if (speaker && href) return { type: 'SpecificResource', source: absoluteUrl(href, site), purpose: 'identifying' };
  return textBody(speakerWithRole(speaker), language, 'identifying');
}

/** The whole collection for an article. `source` is the file as read; spans are offsets into it. */
export function buildAnnotationCollection(analysis: Analysis, source: string, options: AnnotationOptions): AnnotationCollection {
  const { site } = options;
  const { id: articleId, bodyStart, language } = analysis.article;
  const articleUrl = absoluteUrl(articleHref(articleId), site);
  const collectionId = absoluteUrl(annotationsHref(articleId), site);
  const body = source.slice(bodyStart);
  const toCodePoint = codePointOffsets(body);
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const generator = { id: new URL('/', site).href, type: 'Software' as const, name: 'News analysis' };
  const target = (span: Span): WebAnnotation['target'] => ({ type: 'SpecificResource', source: articleUrl, selector: selectorsFor(span, body, bodyStart, toCodePoint) });

  const statementAnnotation = (statement: Statement): WebAnnotation => {
    const speaker = statement.speaker ? (entities.get(statement.speaker) ?? null) : null;
    const bodies: WebAnnotation['body'] = [
      speakerBody(speaker, site, language),
      textBody(`${kindWords[statement.kind].description} by ${speakerWithRole(speaker)}`, language, 'describing'),
      textBody(statement.kind, language, 'classifying'),
    ];
    if (statement.cue) bodies.push(textBody(statement.cue, language, 'tagging'));
    bodies.push({ type: 'SpecificResource', source: absoluteUrl(quoteHref(statement.id), site), purpose: 'linking' });
    return { id: `${collectionId}#${statement.id}`, type: 'Annotation', motivation: 'describing', body: bodies, target: target(statement), generator };
  };

  const noteAnnotation = (note: Note): WebAnnotation => ({
    id: `${collectionId}#${note.id}`,
    type: 'Annotation',
    motivation: noteMotivation[note.kind],
    body: [textBody(plainText(note.text), language, noteMotivation[note.kind]), textBody(note.kind, language, 'classifying')],
    target: target(note.anchor),
  });

  // In reading order, statements and notes together.
  const spans: Array<{ start: number; end: number; make: () => WebAnnotation }> = [
    ...analysis.statements.map((s) => ({ start: s.start, end: s.end, make: () => statementAnnotation(s) })),
    ...analysis.notes.map((n) => ({ start: n.anchor.start, end: n.anchor.end, make: () => noteAnnotation(n) })),
  ];
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const items = spans.map((s) => s.make());

  return {
    '@context': annotationContext,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Statements and editors' notes in “${analysis.article.title ?? articleId}”`,
    total: items.length,
    first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items },
  };
}
