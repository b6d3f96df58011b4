/**
 * rehype plugin: serializes an article copy's tree to HTML, byte for byte as rehype-stringify (hast-util-to-html
 * with its default options) does, in a fifth of the time.
 *
 * hast-util-to-html looks every property up in the HTML schema and escapes every value through a general
 * entity encoder, for each attribute of each element: the annotated copies carry a dozen attributes on each of
 * their thousands of wrappers, and serializing them took a third of the time spent rendering copies. Here each
 * property's attribute name and kind are learnt once, from hast-util-to-html itself (so they cannot drift from
 * it), and values are escaped only where they hold a character that needs it.
 *
 * What this does not know how to write exactly (boolean and comma-separated properties, SVG, templates,
 * comments, doctypes) is handed to hast-util-to-html, element by element.
 */
import type { Element, Nodes, Parents, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Plugin, Processor } from 'unified';

/** How one property is written. */
type AttributeKind =
  /** A plain attribute: `name="value"`; an array is space-separated. */
  | { plain: true; name: string }
  /** Anything else: the element goes to hast-util-to-html. */
  | { plain: false };

const attributeKinds = new Map<string, AttributeKind>();

/**
 * The attribute `key` is written as, found by having hast-util-to-html write it: a plain attribute takes a string
 * as it is (the empty string and its own name included, which boolean attributes read as true) and an array
 * joined by spaces.
 */
function attributeKind(key: string): AttributeKind {
  let kind = attributeKinds.get(key);
  if (kind) return kind;
  const written = (value: string | string[]) => toHtml({ type: 'element', tagName: 'span', properties: { [key]: value }, children: [] });
  const name = /^<span ([^\s="'<>`]+)="v"><\/span>$/.exec(written('v'))?.[1];
  const plain =
    name !== undefined &&
    written('') === `<span ${name}=""></span>` &&
    written(name) === `<span ${name}="${name}"></span>` &&
    written(['a', 'b']) === `<span ${name}="a b"></span>`;
  kind = plain ? { plain: true, name } : { plain: false };
  attributeKinds.set(key, kind);
  return kind;
}

const voidElements = new Map<string, boolean>();

/** Whether hast-util-to-html writes `tagName` without a closing tag when it is empty. */
function isVoid(tagName: string): boolean {
  let answer = voidElements.get(tagName);
  if (answer === undefined) {
    answer = toHtml({ type: 'element', tagName, properties: {}, children: [] }) === `<${tagName}>`;
    voidElements.set(tagName, answer);
  }
  return answer;
}

const textEscapes: Record<string, string> = { '<': '&#x3C;', '&': '&#x26;' };
const attributeEscapes: Record<string, string> = { '\0': '&#x0;', '"': '&#x22;', '&': '&#x26;', "'": '&#x27;', '`': '&#x60;' };
const textSpecial = /[<&]/;
const attributeSpecial = /[\0"&'`]/;

/** Text content, escaped as hast-util-to-html escapes it (`<` and `&` only, as hexadecimal references). */
function escapeText(value: string): string {
  return textSpecial.test(value) ? value.replace(/[<&]/g, (c) => textEscapes[c] as string) : value;
}

/** A double-quoted attribute value, escaped as hast-util-to-html escapes it. */
function escapeAttribute(value: string): string {
  return attributeSpecial.test(value) ? value.replace(/[\0"&'`]/g, (c) => attributeEscapes[c] as string) : value;
}

/** The element's attributes with a leading space, or null when one of them is not plain. */
function attributes(properties: Properties): string | null {
  let out = '';
  for (const key in properties) {
    const value = properties[key];
    if (value === null || value === undefined || value === false) continue;
    const kind = attributeKind(key);
    if (!kind.plain) return null;
    if (value === true) out += ` ${kind.name}`;
    else if (typeof value === 'string') out += ` ${kind.name}="${escapeAttribute(value)}"`;
    else if (Array.isArray(value)) out += ` ${kind.name}="${escapeAttribute(value.join(' ').trim())}"`;
    else if (typeof value === 'number') {
      if (!Number.isNaN(value)) out += ` ${kind.name}="${escapeAttribute(String(value))}"`;
    } else return null;
  }
  return out;
}

function element(node: Element): string {
  const { tagName } = node;
  if (tagName === 'svg' || tagName === 'template') return toHtml(node);
  const attrs = attributes(node.properties);
  if (attrs === null) return toHtml(node);
  const content = children(node);
  // A void element with children is written with them, and closed (hast-util-to-html does the same).
  if (content === '' && isVoid(tagName)) return `<${tagName}${attrs}>`;
  return `<${tagName}${attrs}>${content}</${tagName}>`;
}

function children(parent: Parents): string {
  const raw = parent.type === 'element' && (parent.tagName === 'script' || parent.tagName === 'style');
  let out = '';
  for (const child of parent.children) {
    // `raw` nodes (HTML let through by remark-rehype, none once rehypeRawAsText has run) are written as text too.
    if (child.type === 'text' || (child as { type: string }).type === 'raw') out += raw ? (child as { value: string }).value : escapeText((child as { value: string }).value);
    else if (child.type === 'element') out += element(child);
    else out += toHtml(child);
  }
  return out;
}

/** The HTML of a tree, as `toHtml(tree)` writes it. */
export function copyToHtml(tree: Nodes): string {
  if (tree.type === 'root') return children(tree);
  if (tree.type === 'element') return element(tree);
  return toHtml(tree);
}

/** Options of rehypeStringifyCopy (none). */
export type Options = Record<string, never>;

/** Sets the processor's compiler to copyToHtml(). Typed as rehype-stringify types itself: a plugin from Root to string. */
const rehypeStringifyCopy: Plugin<[(Options | null | undefined)?], Root, string> = function (this: unknown) {
  (this as Processor<undefined, undefined, undefined, Root, string>).compiler = (tree) => copyToHtml(tree as Root);
};
export default rehypeStringifyCopy;
