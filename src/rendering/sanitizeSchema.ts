/**
 * What may reach the page from a rendered copy: the elements Markdown produces, plus the ones the
 * annotation plugin adds (span, mark, button). Written out in full rather than extending GitHub's default,
 * so that a dependency update cannot widen it.
 */
import type { Schema } from 'hast-util-sanitize';

const blocks = ['p', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'section', 'div', 'dl', 'dt', 'dd'];
const inline = ['a', 'b', 'br', 'code', 'del', 'em', 'i', 'input', 'ins', 'kbd', 'q', 's', 'samp', 'strong', 'sub', 'sup', 'var', 'span', 'mark', 'button', 'time'];

export const copySanitizeSchema: Schema = {
  tagNames: [...blocks, ...inline],
  attributes: {
    '*': ['className', 'id', 'title', 'lang', 'dir', 'ariaLabel', 'ariaHidden', 'ariaDescribedBy', 'data*'],
    a: ['href'],
    // The annotation buttons open their card declaratively, which is what makes them work without JavaScript.
    button: ['type', 'popoverTarget', 'popoverTargetAction'],
    ol: ['start'],
    td: ['align'],
    th: ['align'],
    time: ['dateTime'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  // Relative links (actor pages) are always allowed; absolute ones only with these protocols, so no `javascript:`.
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'] },
  // Removed with their content; everything else that is not allowed is unwrapped, keeping its text.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object'],
  // Ids come from the annotations (statement permalinks), which must stay exactly as published.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};
