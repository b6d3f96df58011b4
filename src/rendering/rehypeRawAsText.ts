/**
 * rehype plugin: shows raw HTML of the copy as the text it is, never as markup.
 *
 * A copy is what an outlet printed; HTML inside it is not ours to run. Turning `raw` nodes into text keeps
 * every character of the copy on the page (invariant 1) and leaves nothing for a script to hide in
 * (invariant 5). Each occurrence is reported, so an editor sees it at its line and column.
 */
import type { Root, Text } from 'hast';
import type { Node, Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A raw HTML node, as remark-rehype leaves it with `allowDangerousHtml`. */
interface Raw extends Node {
  type: 'raw';
  value: string;
  position?: Position | undefined;
}

function isRaw(node: Node): node is Raw {
  return node.type === 'raw';
}

/** Options of rehypeRawAsText (none yet). */
export type Options = Record<string, never>;

/** Replaces raw HTML nodes by text nodes with the same value and position. */
export default function rehypeRawAsText(_options?: Options | null) {
  return function transformer(tree: Root, file: VFile): undefined {
    visit(tree as Node, isRaw, (node: Raw, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value };
      if (node.position) text.position = node.position;
      ((parent as unknown as { children: Array<Raw | Text> }).children).splice(index, 1, text);
      file.message('raw HTML in the copy is shown as text, not interpreted: write Markdown instead if it was meant as formatting', {
        place: node.position,
        ruleId: 'raw-html-as-text',
        source: 'rehype-raw-as-text',
      });
    });
  };
}
