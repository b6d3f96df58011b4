/**
 * The text a reader sees for a passage of Markdown. Statements, note anchors and sentences are spans of
 * the Markdown source (`**bold**`, `[link](url)`, `\*`, `&amp;` included); wherever they are shown as
 * text (quote pages, cards, notes and sources, timelines, actor and topic pages) they must read as the
 * article page shows them, not as the syntax that produced it.
 *
 * Two ways in:
 * - `plainText(span)`: a span on its own, inline syntax only (emphasis, links, code, escapes, character
 *   references). A span cut from the middle of a line cannot hold block syntax, and a leading "1. " or
 *   "# " in an editor's note is read as the words it is.
 * - `visibleText(source, bodyStart)`: a whole article body parsed once, as the article page parses it
 *   (block syntax included: list markers, `>` of block quotes), then any span of it by its source
 *   offsets. Markup that straddles a span's edge (a bold run that starts before a quote) is still
 *   taken away, which slicing a span and parsing it alone cannot do.
 *
 * Raw HTML stays as written: the article page shows it as text (see src/rendering/rehypeRawAsText.ts).
 * GFM-only syntax (strikethrough, tables, footnotes) is not recognised here.
 */
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';

/** A micromark syntax extension, as fromMarkdown() takes it. */
type Extension = NonNullable<Options['extensions']>[number];

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Block constructs switched off for a lone span: only inline syntax is read. */
const inlineOnly: Extension = {
  disable: { null: ['blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'htmlFlow', 'list', 'setextUnderline', 'thematicBreak'] },
} as unknown as Extension;

/** Nodes after which a reader sees a line break. */
const blocks = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'code', 'thematicBreak', 'tableCell', 'tableRow']);

/** Containers of flow content: raw HTML directly inside them is a block of its own (elsewhere it is inline). */
const flowContainers = new Set(['root', 'blockquote', 'listItem']);

/** Text leaves: their value is what the page shows. */
const leaves = new Set(['text', 'inlineCode', 'html', 'code']);

/** The visible characters of a parsed region and, for each, its offset in the region's source. */
interface Mapped {
  text: string;
  offsets: Int32Array;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * Places each character of a leaf's value in its raw source: equal characters match; a backslash escape
 * and a character reference stand for what they decode to; line prefixes and code-span backticks are
 * skipped. Linear in the leaf's length.
 */
function align(raw: string, value: string, base: number, out: number[]): void {
  let i = 0;
  for (let j = 0; j < value.length; j++) {
    const want = value[j] as string;
    for (;;) {
      if (i >= raw.length) {
        out.push(base + Math.max(raw.length - 1, 0));
        break;
      }
      const have = raw[i] as string;
      if (have === want) {
        out.push(base + i);
        i++;
        break;
      }
      if (have === '\\' && raw[i + 1] === want) {
        out.push(base + i + 1);
        i += 2;
        break;
      }
      if (have === '&') {
        const semi = raw.indexOf(';', i);
        if (semi > i && semi - i <= 40) {
          // One reference may decode to two UTF-16 units (an astral character): both stand at the '&'.
          out.push(base + i);
          const next = raw[semi + 1];
          while (j + 1 < value.length && value[j + 1] !== next && /[\uDC00-\uDFFF\u0300-\u036F]/.test(value[j + 1] as string)) {
            j++;
            out.push(base + i);
          }
          i = semi + 1;
          break;
        }
      }
      if (isSpace(want) && isSpace(have)) {
        out.push(base + i);
        i++;
        break;
      }
      i++;
    }
  }
}

function mapRegion(markdown: string, extensions: Extension[]): Mapped {
  return mapTree(fromMarkdown(markdown, { extensions }) as MdNode, markdown);
}

/** The visible characters of `markdown`, given its syntax tree. */
function mapTree(tree: MdNode, markdown: string): Mapped {
  // The text in pieces (a leaf's whole value, a line break), one offset per character.
  const pieces: string[] = [];
  const offsets: number[] = [];
  let last = '';
  const walk = (node: MdNode, parent: string) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (leaves.has(node.type) && typeof node.value === 'string') {
      const raw = markdown.slice(start, end);
      // A leaf written as it reads (most text) sits at consecutive offsets; align() places one offset per character of the value.
      if (raw === node.value) for (let i = 0; i < raw.length; i++) offsets.push(start + i);
      else align(raw, node.value, start, offsets);
      if (node.value) {
        pieces.push(node.value);
        last = node.value[node.value.length - 1] as string;
      }
    } else if (node.type === 'break') {
      pieces.push('\n');
      last = '\n';
      offsets.push(start);
    }
    for (const child of node.children ?? []) walk(child, node.type);
    const block = blocks.has(node.type) || (node.type === 'html' && flowContainers.has(parent));
    if (block && last !== '' && last !== '\n') {
      // At the block's end offset: a span that stops with the block does not take the break.
      pieces.push('\n');
      last = '\n';
      offsets.push(end);
    }
  };
  walk(tree, '');
  // Leaves are visited in document order, but a line prefix can place a block's break after the next leaf's start.
  for (let k = 1; k < offsets.length; k++) if ((offsets[k] as number) < (offsets[k - 1] as number)) offsets[k] = offsets[k - 1] as number;
  return { text: pieces.join(''), offsets: Int32Array.from(offsets) };
}

/** First index whose offset is at least `target`. */
function lowerBound(offsets: Int32Array, target: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((offsets[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A span of Markdown as a reader sees it: inline syntax taken away, white space kept. */
export function plainText(markdown: string): string {
  if (!/[\\*_`[\]<>&!]/.test(markdown)) return markdown;
  return mapRegion(markdown, [inlineOnly]).text.replace(/\n$/, '');
}

/**
 * A span on its own (inline syntax only) cut at offsets into it, each part as a reader sees it:
 * `plainTextParts('the **big** day', [4, 11])` is `['the ', 'big', ' day']`. Markup that opens in one
 * part and closes in the next is taken away from both.
 */
export function plainTextParts(markdown: string, cuts: readonly number[]): string[] {
  const edges = [0, ...cuts, markdown.length];
  if (!/[\\*_`[\]<>&!]/.test(markdown)) return edges.slice(1).map((end, i) => markdown.slice(edges[i], end));
  const { text, offsets } = mapRegion(markdown, [inlineOnly]);
  const at = edges.map((edge) => lowerBound(offsets, edge));
  return at.slice(1).map((end, i) => text.slice(at[i], end));
}

/** The visible text of one article, sliced by source offsets. */
export interface VisibleText {
  /** What a reader sees of `source.slice(start, end)`. */
  slice(start: number, end: number): string;
}

/**
 * Parses the body of `source` (from `bodyStart`) once; `slice(start, end)` then gives the visible text
 * of any span of it, by the same offsets the analysis uses.
 */
export function visibleText(source: string, bodyStart = 0): VisibleText {
  return viewOf(mapRegion(source.slice(bodyStart), []), bodyStart);
}

function viewOf({ text, offsets }: Mapped, bodyStart: number): VisibleText {
  return {
    slice(start, end) {
      const from = lowerBound(offsets, start - bodyStart);
      const to = lowerBound(offsets, end - bodyStart);
      return text.slice(from, to);
    },
  };
}

/**
 * visibleText() of every article a build has asked for, by source. The article page (its notes and sources)
 * and, once the build is done, the article's quote pages ask for the same article: parsing it once instead of
 * twice saved about a second of a 1,000-article build. The mappings take about 20 KB an article; the oldest
 * go first beyond `remembered`, so that `astro dev` does not keep every saved version.
 */
const views = new Map<string, { bodyStart: number; view: VisibleText }>();
const remembered = 20_000;

/** visibleText(), parsed once per article source (the same string, so its hash is computed once too). */
export function visibleTextOf(source: string, bodyStart = 0): VisibleText {
  const hit = views.get(source);
  if (hit && hit.bodyStart === bodyStart) return hit.view;
  const view = visibleText(source, bodyStart);
  views.set(source, { bodyStart, view });
  if (views.size > remembered) views.delete(views.keys().next().value as string);
  return view;
}

/**
 * An article's visible text as its data file keeps it (src/content/articleFiles.ts): the characters, and their
 * source offsets as runs (`[first, count, first, count, …]`, each run counting up by one), which takes a tenth
 * of the room of one number per character.
 */
export interface StoredVisibleText {
  text: string;
  runs: number[];
}

/**
 * Whether GFM syntax could be read in `markdown`: a table (`|`), strikethrough (`~`), a footnote (`[^`), a task
 * list item (`[ ]`, `[x]`) or an autolink literal (`www.`, `http:`, `https:`, an e-mail address). Without any of
 * them, the article pipeline's parser (CommonMark and GFM) builds the very tree visibleText() builds
 * (CommonMark alone): every GFM construct starts at one of these.
 */
export function gfmCouldApply(markdown: string): boolean {
  return /[|~@]|\[\^|\[[ xX]\]|www\.|https?:/i.test(markdown);
}

/**
 * visibleText()'s mapping of an article body from the tree the article pipeline parsed for its page, so that
 * the pages need not parse the body again (about a second of a 1,000-article build). Only for a body in which
 * GFM could apply nothing (gfmCouldApply()); `tree` is the mdast of exactly `body`.
 */
export function storedVisibleText(tree: unknown, body: string): StoredVisibleText {
  const { text, offsets } = mapTree(tree as MdNode, body);
  const runs: number[] = [];
  for (let k = 0; k < offsets.length; k++) {
    const offset = offsets[k] as number;
    if (runs.length && (runs[runs.length - 2] as number) + (runs[runs.length - 1] as number) === offset) runs[runs.length - 1] = (runs[runs.length - 1] as number) + 1;
    else runs.push(offset, 1);
  }
  return { text, runs };
}

/** Makes visibleTextOf(source, bodyStart) answer from a stored mapping (storedVisibleText() of the body). */
export function rememberVisibleText(source: string, bodyStart: number, stored: StoredVisibleText): void {
  const hit = views.get(source);
  if (hit && hit.bodyStart === bodyStart) return;
  let length = 0;
  for (let r = 1; r < stored.runs.length; r += 2) length += stored.runs[r] as number;
  const offsets = new Int32Array(length);
  let k = 0;
  for (let r = 0; r + 1 < stored.runs.length; r += 2) {
    const first = stored.runs[r] as number;
    const count = stored.runs[r + 1] as number;
    for (let i = 0; i < count; i++) offsets[k++] = first + i;
  }
  views.set(source, { bodyStart, view: viewOf({ text: stored.text, offsets }, bodyStart) });
  if (views.size > remembered) views.delete(views.keys().next().value as string);
}
