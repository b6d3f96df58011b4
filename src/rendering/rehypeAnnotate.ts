/**
 * rehype plugin: wraps passages of the copy in elements, by their offsets in the source file.
 *
 * The copy is sacred, so the plugin never adds, removes or changes a character of text: it only splits
 * text nodes at annotation boundaries and puts elements around the pieces. Annotations may nest and
 * overlap; overlapping ones are split into properly nested pieces (the first piece carries the id).
 * A passage that crosses an inline element (`*emphasis*`, a link) is wrapped around the element when it
 * covers all of it, and inside it, piece by piece, when it covers only part of it.
 *
 * Offsets come from the hast text nodes' positions (remark keeps them). Where a text node's value differs
 * from its source (a backslash escape, a character reference, trimmed line-end spaces) the characters are
 * aligned to the source one by one.
 */
import type { Element, ElementContent, Properties, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';

/** One passage to wrap. */
export interface Annotation {
  /** Offset of the passage's first UTF-16 code unit in the source file. */
  start: number;
  /** Offset just past the passage. */
  end: number;
  /** The passage as the source has it; when given, an annotation whose offsets do not land on it is refused. */
  text?: string;
  /** Element to wrap each piece in (`span`, `mark`, `a`…). An `a` inside or around another link becomes a `span`. */
  tagName: string;
  /** Properties of every piece. */
  properties?: Properties;
  /** Id of the first piece only, so that the anchor is unique. */
  id?: string;
  /** Nodes put right after the last piece (a button, a note call). */
  after?: ElementContent[];
  /** Among annotations of the same passage, the lower rank wraps the higher. Defaults to 0. */
  rank?: number;
}

/** Annotations and where the processed document stands in the source file. */
export interface AnnotationSet {
  /** Offset in the source file of the processed document's first character (the Markdown body's start). */
  offset: number;
  /** The passages to wrap. */
  annotations: Annotation[];
}

/** Options of rehypeAnnotate. */
export interface Options {
  /** Annotations to wrap; when absent, `file.data.annotations` is used. */
  set?: AnnotationSet | null | undefined;
}

/** What the plugin did with each annotation, in the order given. */
export interface AnnotationResult {
  /** The annotation as given. */
  annotation: Annotation;
  /** How many elements it was wrapped in (0 when refused or when no text fell in it). */
  pieces: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Annotations for rehypeAnnotate, in offsets of the source file. */
    annotations: AnnotationSet;
    /** Written by rehypeAnnotate: how each annotation was wrapped. */
    annotated: AnnotationResult[];
  }
}

const emptyOptions: Options = {};

/** Elements that may sit inside a paragraph; only these are ever wrapped. */
const phrasing = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'input', 'ins',
  'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

/** A mark on a piece of text: an element the copy already has, or an annotation to add. */
type Mark = { kind: 'element'; element: Element } | { kind: 'annotation'; index: number };

/** A leaf of a run of phrasing content: a piece of text, or an element without positioned text. */
interface Segment {
  node: ElementContent;
  /** Source offset of the first character (text only). */
  first: number | null;
  /** Source offset of the last character (text only). */
  last: number | null;
  /** Existing phrasing elements around it, outermost first. */
  ancestors: Element[];
  /** Marks outermost first, computed once annotations are known. */
  stack: Mark[];
}

/** Wraps annotation passages of the copy in elements. */
export default function rehypeAnnotate(options?: Options | null) {
  const settings = options ?? emptyOptions;
  return function transformer(tree: Root, file: VFile): undefined {
    const set = settings.set ?? file.data.annotations;
    if (!set || set.annotations.length === 0) return;
    const source = String(file.value);
    const results: AnnotationResult[] = set.annotations.map((annotation) => ({ annotation, pieces: 0 }));
    file.data.annotated = results;
    const usable = checkAnnotations(set, source, file);
    if (usable.length === 0) return;
    const context: Context = {
      source,
      offset: set.offset,
      annotations: set.annotations,
      order: sortOuterFirst(set.annotations, usable),
      boundaries: [...new Set(usable.flatMap((i) => [set.annotations[i]!.start, set.annotations[i]!.end]))].sort((a, b) => a - b),
      pieces: new Map(),
    };
    transformChildren(tree, context);
    finishPieces(tree, context, results);
  };
}

interface Context {
  source: string;
  offset: number;
  annotations: Annotation[];
  /** Usable annotation indexes, outermost first. */
  order: number[];
  /** Every start and end, sorted. */
  boundaries: number[];
  /** The wrapper elements made for each annotation index, in the order made. */
  pieces: Map<Element, number>;
}

/** Indexes of the annotations whose offsets are sound; the others are reported on the file. */
function checkAnnotations(set: AnnotationSet, source: string, file: VFile): number[] {
  const usable: number[] = [];
  set.annotations.forEach((a, index) => {
    const start = a.start - set.offset;
    const end = a.end - set.offset;
    let problem: string | null = null;
    if (!(Number.isInteger(a.start) && Number.isInteger(a.end)) || a.end <= a.start) problem = `annotation ${a.id ?? index} has an empty or reversed range (${a.start}–${a.end})`;
    else if (start < 0 || end > source.length) problem = `annotation ${a.id ?? index} (${a.start}–${a.end}) falls outside the Markdown body`;
    else if (a.text !== undefined && source.slice(start, end) !== a.text) {
      problem = `annotation ${a.id ?? index} does not land on its text: expected ${JSON.stringify(a.text)}, found ${JSON.stringify(source.slice(start, end))}`;
    }
    if (problem) {
      const message = file.message(problem, { ruleId: 'annotation-offsets', source: 'rehype-annotate' });
      message.expected = a.text === undefined ? [] : [a.text];
    } else usable.push(index);
  });
  return usable;
}

/** Outer first: earlier start, then longer, then lower rank, then given order. */
function sortOuterFirst(annotations: Annotation[], indexes: number[]): number[] {
  return [...indexes].sort((x, y) => {
    const a = annotations[x]!;
    const b = annotations[y]!;
    return a.start - b.start || b.end - a.end || (a.rank ?? 0) - (b.rank ?? 0) || x - y;
  });
}

/** Text, or an element that may sit inside a paragraph. (Not a type guard: an Element may be either.) */
function isPhrasing(node: RootContent): boolean {
  return node.type === 'text' || (node.type === 'element' && phrasing.has(node.tagName));
}

/** Walks block structure; each run of phrasing children is annotated as one flow. */
function transformChildren(parent: Root | Element, context: Context): void {
  const out: RootContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.length) out.push(...annotateRun(run, context));
    run = [];
  };
  for (const child of parent.children as RootContent[]) {
    if (isPhrasing(child)) run.push(child as ElementContent);
    else {
      flush();
      if (child.type === 'element') transformChildren(child, context);
      out.push(child);
    }
  }
  flush();
  parent.children = out as typeof parent.children;
}

/** Annotates one run of phrasing content and returns its new nodes. */
function annotateRun(run: ElementContent[], context: Context): ElementContent[] {
  const segments: Segment[] = [];
  for (const node of run) flatten(node, [], segments, context);
  const positioned = segments.filter((s) => s.first !== null);
  if (positioned.length === 0) return run;
  // Only the annotations that reach into the run can cover a piece of it: the others are not tried piece by piece.
  let low = Infinity;
  let high = -Infinity;
  for (const s of positioned) {
    low = Math.min(low, s.first!);
    high = Math.max(high, s.first!);
  }
  const candidates = context.order.filter((index) => context.annotations[index]!.start <= high && context.annotations[index]!.end > low);
  if (candidates.length === 0) return run;
  // Offsets of the first and last character under each existing element, to tell "fully covered".
  const extent = new Map<Element, { first: number; last: number }>();
  for (const s of positioned) {
    const last = s.last!;
    for (const el of s.ancestors) {
      const e = extent.get(el);
      if (!e) extent.set(el, { first: s.first!, last });
      else e.last = Math.max(e.last, last);
    }
  }
  let touched = false;
  segments.forEach((segment, i) => {
    const covering = coveringAnnotations(segments, i, candidates, context);
    if (covering.length) touched = true;
    segment.stack = stackFor(segment, covering, extent, context);
  });
  if (!touched) return run;
  // A run of nothing but white space between blocks is left alone: a wrapper there would mark nothing.
  if (positioned.every((s) => (s.node as Text).value.trim() === '')) return run;
  return build(segments, 0, false, context);
}

/** Splits text at annotation boundaries and lists the leaves in document order. */
function flatten(node: ElementContent, ancestors: Element[], out: Segment[], context: Context): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const { value } = node;
    if (start !== undefined && end !== undefined && end - start === value.length && value.length > 0 && context.source.startsWith(value, start)) {
      // The source spells the text as it is (most text does): its characters sit at consecutive offsets, and
      // it is cut exactly where a boundary falls inside it, found without an offset per character.
      const base = context.offset + start;
      const { boundaries } = context;
      let from = 0;
      for (let b = firstAbove(boundaries, base); b < boundaries.length && boundaries[b]! < base + value.length; b++) {
        const to = boundaries[b]! - base;
        out.push({ node: { type: 'text', value: value.slice(from, to) }, first: base + from, last: base + to - 1, ancestors, stack: [] });
        from = to;
      }
      out.push({ node: { type: 'text', value: value.slice(from) }, first: base + from, last: base + value.length - 1, ancestors, stack: [] });
      return;
    }
    const offsets = textOffsets(node, context);
    if (!offsets) {
      out.push({ node, first: null, last: null, ancestors, stack: [] });
      return;
    }
    for (const [from, to] of splitPoints(offsets, context.boundaries)) {
      const piece: Text = { type: 'text', value: node.value.slice(from, to) };
      out.push({ node: piece, first: offsets[from]!, last: offsets[to - 1]!, ancestors, stack: [] });
    }
    return;
  }
  if (node.type === 'element' && phrasing.has(node.tagName) && hasPositionedText(node)) {
    for (const child of node.children) flatten(child, [...ancestors, node], out, context);
    return;
  }
  if (node.type === 'element' && !phrasing.has(node.tagName)) transformChildren(node, context);
  out.push({ node, first: null, last: null, ancestors, stack: [] });
}

function hasPositionedText(node: Element): boolean {
  return node.children.some((c) => (c.type === 'text' && c.position?.start.offset !== undefined) || (c.type === 'element' && phrasing.has(c.tagName) && hasPositionedText(c)));
}

/**
 * Source offset (in the whole file) of each character of a text node, or null when the node has no position.
 * Characters the source spells differently (escapes, character references) are aligned greedily.
 */
function textOffsets(node: Text, context: Context): number[] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || node.value.length === 0) return null;
  const slice = context.source.slice(start, end);
  const base = context.offset + start;
  if (slice === node.value) return range(base, node.value.length);
  const offsets: number[] = [];
  let cursor = 0;
  for (let i = 0; i < node.value.length; i++) {
    const char = node.value[i]!;
    if (slice[cursor] === char) {
      offsets.push(base + cursor);
      cursor++;
      continue;
    }
    // A character reference or escape that stands for this character.
    const reference = /^(?:&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|\\.)/.exec(slice.slice(cursor));
    if (reference && !(reference[0].startsWith('\\') && reference[0][1] !== char)) {
      offsets.push(base + cursor);
      cursor += reference[0].length;
      continue;
    }
    const found = slice.indexOf(char, cursor);
    if (found === -1) {
      // Nothing in the source spells this character: give it the offset of where we stand.
      offsets.push(base + Math.min(cursor, Math.max(slice.length - 1, 0)));
      continue;
    }
    offsets.push(base + found);
    cursor = found + 1;
  }
  return offsets;
}

function range(from: number, length: number): number[] {
  const out = new Array<number>(length);
  for (let i = 0; i < length; i++) out[i] = from + i;
  return out;
}

/** [from, to) index ranges of a text node, cut wherever an annotation starts or ends between two characters. */
function splitPoints(offsets: number[], boundaries: number[]): Array<[number, number]> {
  const cuts: number[] = [0];
  for (let k = 1; k < offsets.length; k++) {
    const previous = offsets[k - 1]!;
    const current = offsets[k]!;
    if (current > previous && hasBoundaryIn(boundaries, previous, current)) cuts.push(k);
  }
  cuts.push(offsets.length);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i++) ranges.push([cuts[i]!, cuts[i + 1]!]);
  return ranges;
}

/** Whether some boundary b satisfies low < b <= high. */
function hasBoundaryIn(boundaries: number[], low: number, high: number): boolean {
  const lo = firstAbove(boundaries, low);
  return lo < boundaries.length && boundaries[lo]! <= high;
}

/** Index of the first boundary greater than `offset` (the length when there is none). */
function firstAbove(boundaries: number[], offset: number): number {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Annotations (indexes, outermost first) that cover a segment, among the run's candidates. A leaf without
 * positioned text (a line break, an image) belongs to an annotation when the text on both sides of it does.
 */
function coveringAnnotations(segments: Segment[], i: number, candidates: number[], context: Context): number[] {
  const covers = (s: Segment | undefined, a: Annotation) => s !== undefined && s.first !== null && a.start <= s.first && s.first < a.end;
  const segment = segments[i]!;
  if (segment.first !== null) return candidates.filter((index) => covers(segment, context.annotations[index]!));
  let before: Segment | undefined;
  for (let j = i - 1; j >= 0 && !before; j--) if (segments[j]!.first !== null) before = segments[j];
  let after: Segment | undefined;
  for (let j = i + 1; j < segments.length && !after; j++) if (segments[j]!.first !== null) after = segments[j];
  return candidates.filter((index) => {
    const a = context.annotations[index]!;
    return covers(before, a) && covers(after, a);
  });
}

/**
 * The marks of a segment, outermost first. Existing elements keep their order; each annotation goes just
 * above the outermost existing element it covers entirely, or innermost when it covers none.
 */
function stackFor(segment: Segment, covering: number[], extent: Map<Element, { first: number; last: number }>, context: Context): Mark[] {
  const levels = segment.ancestors.length;
  // Text outside any existing element (most of a copy): the annotations, outermost first, are the whole stack.
  if (levels === 0) return covering.map((index): Mark => ({ kind: 'annotation', index }));
  const byLevel: number[][] = Array.from({ length: levels + 1 }, () => []);
  for (const index of covering) {
    const a = context.annotations[index]!;
    let level = levels;
    for (let j = 0; j < levels; j++) {
      const e = extent.get(segment.ancestors[j]!);
      if (e && a.start <= e.first && e.last < a.end) {
        level = j;
        break;
      }
    }
    byLevel[level]!.push(index);
  }
  const stack: Mark[] = [];
  for (let j = 0; j <= levels; j++) {
    for (const index of byLevel[j]!) stack.push({ kind: 'annotation', index });
    if (j < levels) stack.push({ kind: 'element', element: segment.ancestors[j]! });
  }
  return stack;
}

function sameMark(a: Mark | undefined, b: Mark | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind === 'element' ? a.element === (b as typeof a).element : a.index === (b as typeof a).index;
}

/** Rebuilds nested elements from segments: consecutive segments with the same mark at a depth share a wrapper. */
function build(segments: Segment[], depth: number, insideLink: boolean, context: Context): ElementContent[] {
  const out: ElementContent[] = [];
  let i = 0;
  while (i < segments.length) {
    const segment = segments[i]!;
    const mark = segment.stack[depth];
    if (!mark) {
      out.push(segment.node);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < segments.length && sameMark(segments[j]!.stack[depth], mark)) j++;
    const group = segments.slice(i, j);
    const wrapper = makeWrapper(mark, insideLink || containsLink(group, depth + 1, context), context);
    wrapper.children = build(group, depth + 1, insideLink || wrapper.tagName === 'a', context);
    out.push(wrapper);
    i = j;
  }
  return out;
}

/** Whether a link would end up inside the wrapper: links may not nest, so the outer one becomes a span. */
function containsLink(segments: Segment[], depth: number, context: Context): boolean {
  return segments.some(
    (s) =>
      s.stack.slice(depth).some((m) => (m.kind === 'element' ? m.element.tagName === 'a' : context.annotations[m.index]!.tagName === 'a')) ||
      (s.node.type === 'element' && s.node.tagName === 'a'),
  );
}

/**
 * A deep copy of plain data (objects, arrays, primitives), which is all hast properties and nodes hold. Each
 * piece of an annotation gets its own copy, as structuredClone() gave it, at about a quarter of the cost: the copies
 * took 0.7 s of a 1,000-article build through structuredClone()'s serializer, 0.15 s this way (CPU profile).
 */
function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = clonePlain((value as Record<string, unknown>)[key]);
  return out as T;
}

const usedElements = new WeakSet<Element>();

function makeWrapper(mark: Mark, nearLink: boolean, context: Context): Element {
  if (mark.kind === 'element') {
    // An existing element is never split (annotations that cover it only in part go inside it), but be safe.
    const element: Element = { ...mark.element, properties: { ...mark.element.properties }, children: [] };
    if (usedElements.has(mark.element)) delete element.properties.id;
    usedElements.add(mark.element);
    return element;
  }
  const a = context.annotations[mark.index]!;
  const tagName = a.tagName === 'a' && nearLink ? 'span' : a.tagName;
  const element: Element = { type: 'element', tagName, properties: clonePlain(a.properties ?? {}), children: [] };
  context.pieces.set(element, mark.index);
  return element;
}

/** Gives each annotation's first piece its id and puts its `after` nodes after its last piece. */
function finishPieces(tree: Root, context: Context, results: AnnotationResult[]): void {
  const first = new Map<number, Element>();
  const last = new Map<number, { element: Element; parent: Root | Element }>();
  const walk = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const index = context.pieces.get(child);
      if (index !== undefined) {
        if (!first.has(index)) first.set(index, child);
        last.set(index, { element: child, parent });
        results[index]!.pieces++;
      }
      walk(child);
    }
  };
  walk(tree);
  for (const [index, element] of first) {
    const id = context.annotations[index]!.id;
    if (id) element.properties.id = id;
  }
  for (const [index, { element, parent }] of last) {
    const after = context.annotations[index]!.after;
    if (!after?.length) continue;
    const children = parent.children as ElementContent[];
    children.splice(children.indexOf(element) + 1, 0, ...clonePlain(after));
  }
}
