import { fromMarkdown } from 'mdast-util-from-markdown';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/**
 * The text of a Markdown body as a reader sees it: the values of its text leaves (inline code and raw
 * HTML included, shown as written), joined; soft line breaks are kept as the new lines they are.
 */
export function markdownBodyText(body: string): string {
  const leaves: string[] = [];
  const walk = (node: MdNode, inBlock: boolean) => {
    if (typeof node.value === 'string') leaves.push(node.value);
    for (const child of node.children ?? []) walk(child, inBlock);
    if (['paragraph', 'heading', 'listItem', 'blockquote', 'tableCell'].includes(node.type)) leaves.push(' ');
  };
  walk(fromMarkdown(body) as MdNode, false);
  return leaves.join('');
}
