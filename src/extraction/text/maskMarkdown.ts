/**
 * Turns Markdown into "prose": a string of the same length in which markup (frontmatter, code, HTML tags, link
 * destinations, emphasis markers, heading and list markers) is replaced by spaces and line breaks are kept.
 * Extraction runs on the prose, so every offset it finds is an offset into the original file and
 * `source.slice(start, end)` is exactly the passage found. A hand-written scanner, not a Markdown parser: it only
 * needs to hide markup, and it must be fast (analysis is budgeted below the cost of parsing the Markdown).
 */

/** A block of prose: a paragraph, heading, list item or block quote line group. */
export interface Block {
  start: number;
  end: number;
  /** Heading blocks are not prose sentences, but they are still read for names. */
  kind: 'paragraph' | 'heading';
}

export interface Prose {
  text: string;
  blocks: Block[];
}

// The prose is built in a buffer of UTF-16 code units: one allocation, not one string per character.
const blank = (chars: Uint16Array, from: number, to: number): void => {
  for (let i = from; i < to; i++) if (chars[i] !== 10 && chars[i] !== 13) chars[i] = 32;
};
const utf16 = new TextDecoder('utf-16le');

const FENCE = /^( {0,3})(`{3,}|~{3,})/;
const HEADING = /^( {0,3})(#{1,6})(?=\s|$)/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const THEMATIC = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST = /^( {0,3})([-*+]|\d{1,9}[.)])(?=\s)/;
const QUOTE_MARKER = /^( {0,3}>\s?)+/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Copies pasted as plain text put one paragraph on each line with no blank line between them. Markdown would join
 * them into one paragraph; for analysis each line is a paragraph, so a quote that runs on "across paragraphs" is read
 * the way the printed copy meant it.
 */
function plainTextParagraphs(source: string, bodyStart: number): boolean {
  // trimEnd() drops exactly what /\s+$/ would, without trying the pattern at every space of the body.
  const body = source.slice(bodyStart).trimEnd();
  if (/\n[ \t]*\r?\n/.test(body)) return false;
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const long = lines.filter((l) => l.length >= 80 && !/^\s*([-*+]|\d+[.)]|#|>)/.test(l)).length;
  return long / lines.length >= 0.5;
}

export function maskMarkdown(source: string, bodyStart: number): Prose {
  const linePerParagraph = plainTextParagraphs(source, bodyStart);
  const chars = new Uint16Array(source.length);
  for (let i = 0; i < source.length; i++) chars[i] = source.charCodeAt(i);
  blank(chars, 0, bodyStart);
  const blocks: Block[] = [];
  let block: Block | null = null;
  let fence: string | null = null;
  let inHtmlComment = false;
  const closeBlock = () => {
    if (block) blocks.push(block);
    block = null;
  };
  let lineStart = bodyStart;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const next = lineEnd + 1;
    if (fence !== null) {
      blank(chars, lineStart, lineEnd);
      if (line.trimStart().startsWith(fence)) fence = null;
      lineStart = next;
      continue;
    }
    if (inHtmlComment) {
      const close = line.indexOf('-->');
      blank(chars, lineStart, close === -1 ? lineEnd : lineStart + close + 3);
      if (close !== -1) inHtmlComment = false;
      if (close === -1 || line.slice(close + 3).trim() === '') {
        lineStart = next;
        continue;
      }
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      closeBlock();
      fence = (fenceMatch[2] ?? '```').slice(0, 3);
      blank(chars, lineStart, lineEnd);
      lineStart = next;
      continue;
    }
    if (line.trim() === '') {
      closeBlock();
      lineStart = next;
      continue;
    }
    if (THEMATIC.test(line) || DEFINITION.test(line) || TABLE_RULE.test(line) || (block && SETEXT.test(line))) {
      blank(chars, lineStart, lineEnd);
      if (SETEXT.test(line) && block) (block as Block).kind = 'heading';
      closeBlock();
      lineStart = next;
      continue;
    }
    let contentStart = lineStart;
    const quoteMarker = QUOTE_MARKER.exec(line);
    if (quoteMarker) {
      blank(chars, lineStart, lineStart + quoteMarker[0].length);
      contentStart += quoteMarker[0].length;
    }
    const rest = source.slice(contentStart, lineEnd);
    if (quoteMarker && rest.trim() === '') {
      // A ">" line with nothing else is a paragraph break inside a block quote.
      closeBlock();
      lineStart = next;
      continue;
    }
    const heading = HEADING.exec(rest);
    const list = LIST.exec(rest);
    if (heading) {
      closeBlock();
      blank(chars, contentStart, contentStart + heading[0].length);
      // Closing hashes of an ATX heading are markup too.
      const closing = /\s#+\s*$/.exec(rest);
      if (closing) blank(chars, contentStart + closing.index, lineEnd);
      blocks.push({ start: contentStart, end: lineEnd, kind: 'heading' });
      maskInline(source, chars, contentStart, lineEnd);
      lineStart = next;
      continue;
    }
    if (list) {
      closeBlock();
      blank(chars, contentStart, contentStart + list[0].length);
    }
    if (rest.trimStart().startsWith('<!--')) {
      const open = source.indexOf('<!--', contentStart);
      const close = source.indexOf('-->', open + 4);
      if (close === -1 || close > lineEnd) {
        blank(chars, open, lineEnd);
        inHtmlComment = true;
        lineStart = next;
        continue;
      }
    }
    if (linePerParagraph) closeBlock();
    if (!block) block = { start: contentStart, end: lineEnd, kind: 'paragraph' };
    else block.end = lineEnd;
    maskInline(source, chars, contentStart, lineEnd);
    lineStart = next;
  }
  closeBlock();
  return { text: utf16.decode(chars), blocks };
}

const MARKUP_CHAR = /[*~|_\\]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Each pattern with a character every match of it starts with: most lines hold none, and a search for one
// character is far cheaper than trying the pattern along the line.
const INLINE_PATTERNS: [RegExp, string][] = [
  [/<!--[\s\S]*?-->/g, '<'], // HTML comments
  [/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '<'], // HTML tags
  [/<(?:https?|mailto):[^\s<>]*>/g, '<'], // autolinks
  [/!\[[^\]\n]*\]\([^)\n]*\)/g, '!'], // images (alt text is not prose)
  [/`[^`\n]+`/g, '`'], // inline code
];
const LINK = /\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])/g;

/** Masks inline markup on one line: tags, images, code, link syntax, emphasis markers, escapes. */
function maskInline(source: string, chars: Uint16Array, from: number, to: number): void {
  const line = source.slice(from, to);
  for (const [pattern, first] of INLINE_PATTERNS) {
    if (!line.includes(first)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) blank(chars, from + m.index, from + m.index + m[0].length);
  }
  // Links keep their text and lose the brackets and destination: [text](url "title") or [text][ref].
  if (line.includes('[')) {
    LINK.lastIndex = 0;
    for (let m = LINK.exec(line); m; m = LINK.exec(line)) {
      const at = from + m.index;
      chars[at] = 32;
      blank(chars, at + 1 + (m[1] ?? '').length, at + m[0].length);
    }
  }
  MARKUP_CHAR.lastIndex = 0;
  for (let m = MARKUP_CHAR.exec(line); m; m = MARKUP_CHAR.exec(line)) {
    // Scan the line only: a search over the rest of the file from every line would be quadratic.
    const i = from + m.index;
    const c = m[0];
    if (c === '*' || c === '~' || c === '|') chars[i] = 32;
    else if (c === '_') {
      // Underscores mark emphasis only at word edges; inside a word (snake_case) they are text.
      const before = source[i - 1] ?? ' ';
      const after = source[i + 1] ?? ' ';
      if (!WORD_CHAR.test(before) || !WORD_CHAR.test(after)) chars[i] = 32;
    } else if (c === '\\' && i + 1 < to && /[!-/:-@[-`{-~]/.test(source[i + 1] ?? '')) {
      chars[i] = 32;
      MARKUP_CHAR.lastIndex = m.index + 2;
    }
  }
}
