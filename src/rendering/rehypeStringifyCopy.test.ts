import fc from 'fast-check';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { createArticleProcessor } from './articleMarkdown.ts';
import rehypeStringifyCopy, { copyToHtml } from './rehypeStringifyCopy.ts';

/** Characters that need escaping somewhere, and some that do not. */
const text = fc.stringMatching(/^[a-z "'&<>`=\0\n\t/“”é😀-]{0,12}$/);

/** Properties as annotations, the sanitizer and Markdown leave them, and some they never do. */
const propertyValue = fc.oneof(
  text,
  fc.array(text, { maxLength: 3 }),
  fc.constantFrom(true, false, null, undefined, 0, 3, Number.NaN, ''),
);
const propertyKey = fc.constantFrom(
  'className', 'id', 'href', 'title', 'type', 'ariaLabel', 'ariaHidden', 'ariaDescribedBy', 'dataLabel', 'dataN', 'dataKind',
  'popoverTarget', 'popoverTargetAction', 'dateTime', 'start', 'align', 'checked', 'disabled', 'hidden', 'download', 'accept', 'lang',
  'style', 'unknownThing', 'data-raw',
);
const properties: fc.Arbitrary<Properties> = fc.dictionary(propertyKey, propertyValue, { maxKeys: 5 }) as fc.Arbitrary<Properties>;
const tagName = fc.constantFrom('p', 'span', 'mark', 'a', 'button', 'em', 'strong', 'br', 'hr', 'input', 'img', 'code', 'pre', 'h2', 'li', 'ul', 'table', 'td', 'script', 'style', 'svg', 'template', 'time');

const { node } = fc.letrec<{ node: ElementContent }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('text' as const), value: text }),
    fc.record({ type: fc.constant('comment' as const), value: text }),
    fc.record({ type: fc.constant('element' as const), tagName, properties, children: fc.array(tie('node'), { maxLength: 4 }) }) as fc.Arbitrary<Element>,
  ),
}));

describe('copyToHtml', () => {
  test('writes any tree exactly as hast-util-to-html does with its default options', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), (children) => {
        const tree: Root = { type: 'root', children };
        expect(copyToHtml(tree)).toBe(toHtml(tree));
      }),
      { numRuns: 2000 },
    );
  });

  test('writes an annotated copy, tables and raw HTML included, exactly as hast-util-to-html does', async () => {
    const copy = 'The minister said "we will *not* back down" & left.\n\n- a [link](/x "t")\n- <b>raw</b> `x < y`\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    const button: Element = { type: 'element', tagName: 'button', properties: { type: 'button', popoverTarget: 'card-1', className: ['st-call'], dataTip: "Quote: the minister's" }, children: [] };
    const annotations = { offset: 0, annotations: [{ start: 18, end: 43, tagName: 'mark', id: 'st-1', properties: { className: ['st', 'st-direct'], dataN: '1', ariaLabel: 'Quote "1" & more' }, after: [button] }] };
    const processor = createArticleProcessor({ gfm: true });
    const file = new VFile({ value: copy, data: { astro: { frontmatter: { annotations } } } });
    const tree = await processor.run(processor.parse(file), file);
    expect(copyToHtml(tree)).toBe(toHtml(tree));
    expect(copyToHtml(tree)).toContain('<mark class="st st-direct" data-n="1" aria-label="Quote &#x22;1&#x22; &#x26; more" id="st-1">');
  });

  test('is installed as the compiler of a processor', () => {
    const processor = unified().use(rehypeStringifyCopy);
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: { className: ['a', 'b'] }, children: [{ type: 'text', value: '1 < 2 & 3' }] }] };
    expect(processor.stringify(tree)).toBe('<p class="a b">1 &#x3C; 2 &#x26; 3</p>');
  });
});
