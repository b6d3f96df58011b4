import type { Block } from '../text/maskMarkdown.ts';
import type { Diagnostics } from '../diagnostics.ts';

/** A quoted passage as printed: where its marks stand and what lies between them. */
export interface RawQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ended first. */
  close: number | null;
  /** The quoted words: after the opening mark, before the closing one, trimmed. */
  contentStart: number;
  contentEnd: number;
  /** Index of the block the quote starts in, and of the block it ends in. */
  firstBlock: number;
  lastBlock: number;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);
const LETTER = /[\p{L}\p{N}]/u;
const QUOTE_MARK = /[“”„«»‘’‹›"']/g;
const SPACE_OR_OPEN = /[\s([{\u2014\u2013\-/:;,]/;

interface Open {
  kind: 'double' | 'single';
  at: number;
}

const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * Pairs quotation marks paragraph by paragraph: curly and straight double marks, single marks nested inside
 * them (told apart from apostrophes such as "We’re"), single marks as the outer style when a copy uses no double
 * marks, and quotes that run across paragraphs by the printers' convention (no closing mark at the end of the
 * paragraph, an opening mark at the start of the next). Problems become diagnostics; nothing is dropped.
 */
export function findQuotes(prose: string, blocks: readonly Block[], diagnostics: Diagnostics): RawQuote[] {
  const quotes: RawQuote[] = [];
  // Single marks are the outer style when they open quotes more often than double marks do (British copy nests
  // “double” inside ‘single’).
  const count = (pattern: RegExp) => (prose.match(pattern) ?? []).length;
  const doubleOpeners = count(/(?:^|[\s(—–])[“"„«][\p{L}\p{N}]/gmu);
  const singleOpeners = count(/(?:^|[\s(—–])[‘'][\p{L}\p{N}][^‘’'\n]{2,}?[\p{L}\p{N}.,!?][’'](?![\p{L}])/gmu);
  const singleStyle = singleOpeners > doubleOpeners;
  const outer: 'double' | 'single' = singleStyle ? 'single' : 'double';
  let carried: { open: number; firstBlock: number } | null = null;

  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading' && !carried) {
      // Headlines use quotes for titles and snippets; they are read for names, not statements.
      return;
    }
    const stack: Open[] = [];
    let start = block.start;
    let outerStart: { open: number; firstBlock: number } | null = null;
    const emit = (closeAt: number | null, endBlock: number, endOffset: number) => {
      const begin = outerStart as { open: number; firstBlock: number };
      let contentStart = begin.open + 1;
      let contentEnd = closeAt ?? endOffset;
      while (contentStart < contentEnd && isSpace(prose[contentStart])) contentStart++;
      while (contentEnd > contentStart && isSpace(prose[contentEnd - 1])) contentEnd--;
      // A comma before the closing mark belongs to the attribution ("We’re close," he said).
      if (closeAt !== null && prose[contentEnd - 1] === ',') contentEnd--;
      if (contentEnd > contentStart) {
        quotes.push({ open: begin.open, close: closeAt, contentStart, contentEnd, firstBlock: begin.firstBlock, lastBlock: endBlock });
      }
      outerStart = null;
    };

    const unclosed = (begin: { open: number; firstBlock: number }, endBlockRef: Block, endBlock: number) => {
      diagnostics.warn(
        begin.open,
        'quote-unpaired',
        'this quotation mark opens a quote that is not closed before its paragraph ends, and the next paragraph does not continue it. The quote is taken to run to the end of the paragraph. Add the closing mark where the quote ends, or start the next paragraph with an opening mark if the quote continues there.',
      );
      outerStart = begin;
      emit(null, endBlock, endBlockRef.end);
    };

    if (carried) {
      // The previous paragraph's quote goes on if this one opens with a quotation mark.
      let i = block.start;
      while (i < block.end && isSpace(prose[i])) i++;
      const c = prose[i] ?? '';
      const reopens = outer === 'double' ? DOUBLE_OPEN.has(c) || c === '"' : SINGLE_OPEN.has(c) || c === "'";
      if (reopens) {
        stack.push({ kind: outer, at: carried.open });
        outerStart = carried;
        start = i + 1;
      } else {
        const prev = blocks[blockIndex - 1] as Block;
        unclosed(carried, prev, blockIndex - 1);
      }
      carried = null;
    }

    QUOTE_MARK.lastIndex = start;
    for (let found = QUOTE_MARK.exec(prose); found && found.index < block.end; found = QUOTE_MARK.exec(prose)) {
      // Jump from quotation mark to quotation mark; everything between is words.
      const i = found.index;
      const c = found[0];
      const prev = prose[i - 1];
      const next = prose[i + 1];
      const top = stack.at(-1);
      const isDouble = DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c) || c === '"';
      const isSingle = SINGLE_OPEN.has(c) || SINGLE_CLOSE.has(c) || c === "'";
      if (!isDouble && !isSingle) continue;
      const kind = isDouble ? 'double' : 'single';
      // Straight marks and ’ are read by their neighbours: an opener follows a space and precedes a word.
      const opensHere = DOUBLE_OPEN.has(c) || SINGLE_OPEN.has(c) || ((c === '"' || c === "'") && (prev === undefined || i === block.start || SPACE_OR_OPEN.test(prev) || DOUBLE_OPEN.has(prev) || SINGLE_OPEN.has(prev)) && !isSpace(next));
      const closesHere = DOUBLE_CLOSE.has(c) || SINGLE_CLOSE.has(c) || ((c === '"' || c === "'") && !isSpace(prev) && !opensHere);
      if (kind === 'single') {
        // Apostrophes: a mark between letters (We’re, O’Brien), or after a letter with no single quote open.
        if (isLetter(prev) && isLetter(next)) continue;
        const singleOpen = stack.some((o) => o.kind === 'single');
        if (closesHere && !singleOpen) continue;
        if (closesHere && singleOpen && prev !== undefined && /s/i.test(prev) && stack.at(-1)?.kind === 'single') {
          // "the workers’ union": a plural possessive, when another closing mark follows in this paragraph.
          const rest = prose.slice(i + 1, block.end);
          if (/[\p{L}.,!?]['’](?![\p{L}])/u.test(rest) && !/^[\s]*[,.;:!?]/u.test(rest)) continue;
        }
      }
      if (kind === outer && stack.length === 0) {
        if (opensHere) {
          stack.push({ kind, at: i });
          outerStart = { open: i, firstBlock: blockIndex };
        } else if (kind === 'double') {
          diagnostics.warn(i, 'quote-unpaired', 'this closing quotation mark has no opening mark before it in its paragraph. Add the opening mark where the quote starts, or remove this one if it is a typo.');
        }
        continue;
      }
      if (stack.length === 0) continue; // a single mark outside any double quote: an apostrophe or a scare mark
      if (closesHere && top && top.kind === kind) {
        const opener = prose[top.at] ?? '';
        if ((opener === '"' || opener === "'") !== (c === '"' || c === "'")) {
          diagnostics.warn(
            i,
            'quote-mismatched',
            `this quote opens with ${opener} and closes with ${c}; it is read as one quote. Use matching marks (“…” or "…") so the copy reads consistently.`,
          );
        }
        stack.pop();
        if (stack.length === 0) emit(i, blockIndex, i);
        continue;
      }
      if (closesHere && kind === outer) {
        // The outer quote closes while an inner single is still open: the inner "quote" was an apostrophe.
        stack.length = 0;
        emit(i, blockIndex, i);
        continue;
      }
      if (opensHere) {
        if (stack.length >= 2) {
          diagnostics.warn(i, 'quote-nesting', 'quotes are nested three deep here; the innermost is kept as part of the outer quote. Check the marks: a quote inside a quote inside a quote is rare in print and often a typo.');
        } else if (kind === outer) {
          diagnostics.warn(
            (top as Open).at,
            'quote-unpaired',
            'this quote is not closed before another quotation mark of the same kind opens. The first quote is taken to end where the second begins. Add the missing closing mark.',
          );
          stack.length = 0;
          emit(i, blockIndex, i);
          stack.push({ kind, at: i });
          outerStart = { open: i, firstBlock: blockIndex };
          continue;
        }
        stack.push({ kind, at: i });
      }
    }
    if (outerStart) {
      const last = blocks.length - 1 === blockIndex;
      if (last) unclosed(outerStart, block, blockIndex);
      else carried = outerStart;
    }
  });
  return quotes;
}
