import type { Anchor } from '../../schema/article.ts';
import type { LineIndex } from '../text/lineIndex.ts';

/** Where an anchor matched, or why it did not. */
export type AnchorMatch =
  | { ok: true; start: number; end: number }
  | { ok: false; ruleId: 'anchor-no-match' | 'anchor-ambiguous'; message: string };

const describe = (anchor: Anchor) =>
  `"${anchor.prefix ? `${anchor.prefix}[` : ''}${anchor.quote}${anchor.suffix ? `]${anchor.suffix}` : ''}"`;

/**
 * Finds the one place in the body where `prefix + quote + suffix` stands. Zero or several places are errors
 * that list what was found, so the editor can add a prefix or suffix, or correct the quote.
 */
export function findAnchor(source: string, bodyStart: number, anchor: Anchor, lines: LineIndex): AnchorMatch {
  const needle = `${anchor.prefix ?? ''}${anchor.quote}${anchor.suffix ?? ''}`;
  const hits: number[] = [];
  for (let at = source.indexOf(needle, bodyStart); at !== -1 && hits.length < 20; at = source.indexOf(needle, at + 1)) hits.push(at);
  const where = (offset: number) => {
    const p = lines.position(offset);
    return `${p.line}:${p.column}`;
  };
  if (hits.length === 1) {
    const start = (hits[0] as number) + (anchor.prefix ?? '').length;
    return { ok: true, start, end: start + anchor.quote.length };
  }
  if (hits.length === 0) {
    // Help the editor: the same words with different spacing, quote marks or case.
    const loose = new RegExp(
      anchor.quote
        .trim()
        .split(/\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’‘]/g, "['’‘]").replace(/["“”]/g, '["“”]'))
        .join('\\s+'),
      'gi',
    );
    const near: string[] = [];
    const body = source.slice(bodyStart);
    for (let m = loose.exec(body); m && near.length < 5; m = loose.exec(body)) near.push(`${where(bodyStart + m.index)} "${m[0]}"`);
    return {
      ok: false,
      ruleId: 'anchor-no-match',
      message: `the anchor ${describe(anchor)} matches no place in the article. ${near.length ? `Similar passages: ${near.join('; ')}. Copy the passage exactly as printed (quote marks, apostrophes and spaces included).` : 'Copy the passage exactly as it stands in the article body (quote marks, apostrophes and spaces included).'}`,
    };
  }
  return {
    ok: false,
    ruleId: 'anchor-ambiguous',
    message: `the anchor ${describe(anchor)} matches ${hits.length} places (at ${hits.map(where).join(', ')}). Add a \`prefix:\` or \`suffix:\` with the words right before or after the one you mean, so that it matches exactly once.`,
  };
}
