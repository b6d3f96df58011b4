import type { Element, ElementContent, Root, RootContent } from 'hast';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { articleMarkdown } from './articleMarkdown.ts';
import rehypeAnnotate, { type Annotation, type AnnotationSet } from './rehypeAnnotate.ts';
import rehypeRawAsText from './rehypeRawAsText.ts';
import { copySanitizeSchema } from './sanitizeSchema.ts';

/** Runs the pipeline up to a hast tree: what rehype-stringify would print. */
async function annotate(markdown: string, set: AnnotationSet | null): Promise<{ tree: Root; file: VFile }> {
  const file = new VFile({ value: markdown });
  if (set) file.data.annotations = set;
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawAsText)
    .use(rehypeAnnotate)
    .use(rehypeSanitize, copySanitizeSchema);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { tree, file };
}

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

function elements(node: Root | Element, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type === 'element') {
      out.push(child);
      elements(child, out);
    }
  }
  return out;
}

/** Text of the pieces of one annotation, in document order. */
function piecesText(tree: Root, key: string): string {
  return elements(tree)
    .filter((e) => e.properties.dataAnn === key)
    .map(textOf)
    .join('');
}

/** The text a reader sees in a Markdown document: its leaves, without the syntax. */
function markdownText(markdown: string): string {
  const leaves: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (typeof node.value === 'string' && node.type !== 'html') leaves.push(node.value);
    if (node.type === 'html') leaves.push(node.value ?? '');
    for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
  };
  walk(fromMarkdown(markdown) as never);
  return leaves.join('');
}

const span = (start: number, end: number, key: string, extra: Partial<Annotation> = {}): Annotation => ({
  start,
  end,
  tagName: 'span',
  properties: { dataAnn: key },
  ...extra,
});

describe('rehypeAnnotate: public API', () => {
  test('is a unified plugin whose transformer leaves a tree without annotations untouched', async () => {
    expect(typeof rehypeAnnotate).toBe('function');
    const markdown = 'One *two* three.';
    const plain = await annotate(markdown, null);
    const empty = await annotate(markdown, { offset: 0, annotations: [] });
    expect(empty.tree).toEqual(plain.tree);
  });

  test('reports on file.data how many pieces each annotation took', async () => {
    const { file } = await annotate('Alpha beta gamma.', { offset: 0, annotations: [span(0, 5, 'a'), span(6, 10, 'b')] });
    expect(file.data.annotated?.map((r) => r.pieces)).toEqual([1, 1]);
  });
});

describe('rehypeAnnotate: wrapping', () => {
  test('a span wraps exactly the text between its offsets', async () => {
    const markdown = 'The minister said the plan was “not ready yet” on Tuesday.';
    const start = markdown.indexOf('“');
    const end = markdown.indexOf('”') + 1;
    const { tree } = await annotate(markdown, { offset: 0, annotations: [span(start, end, 'q', { id: 'q1' })] });
    expect(piecesText(tree, 'q')).toBe('“not ready yet”');
    expect(elements(tree).find((e) => e.properties.id === 'q1')).toBeDefined();
  });

  test('offsets count from the start of the whole file: the set offset is where the body begins', async () => {
    const frontmatter = '---\ntitle: x\n---\n';
    const body = 'A clerk said the doors open at nine.';
    const start = frontmatter.length + body.indexOf('the doors');
    const end = start + 'the doors open at nine'.length;
    const { tree } = await annotate(body, { offset: frontmatter.length, annotations: [span(start, end, 'p')] });
    expect(piecesText(tree, 'p')).toBe('the doors open at nine');
  });

  test('nested spans become nested elements, the outer one around the inner one', async () => {
    const markdown = 'She argued that the vote would “settle nothing at all” in the end.';
    const outer = span(markdown.indexOf('the vote'), markdown.indexOf(' in the end'), 'outer');
    const inner = span(markdown.indexOf('settle'), markdown.indexOf('” in'), 'inner');
    const { tree } = await annotate(markdown, { offset: 0, annotations: [inner, outer] });
    const outerElements = elements(tree).filter((e) => e.properties.dataAnn === 'outer');
    expect(outerElements).toHaveLength(1);
    expect(elements(outerElements[0]!).filter((e) => e.properties.dataAnn === 'inner')).toHaveLength(1);
    expect(piecesText(tree, 'inner')).toBe('settle nothing at all');
  });

  test('overlapping spans are split into properly nested pieces, the id on the first piece only', async () => {
    const markdown = 'one two three four five';
    const a = span(0, 13, 'a', { id: 'first-a' }); // "one two three"
    const b = span(8, 23, 'b', { id: 'first-b' }); // "three four five"
    const { tree, file } = await annotate(markdown, { offset: 0, annotations: [a, b] });
    expect(piecesText(tree, 'a')).toBe('one two three');
    expect(piecesText(tree, 'b')).toBe('three four five');
    const bPieces = elements(tree).filter((e) => e.properties.dataAnn === 'b');
    expect(bPieces).toHaveLength(2);
    expect(bPieces[0]!.properties.id).toBe('first-b');
    expect(bPieces[1]!.properties.id).toBeUndefined();
    expect(file.data.annotated?.map((r) => r.pieces)).toEqual([1, 2]);
  });

  test('a span over part of an emphasis is wrapped piece by piece across the element boundary', async () => {
    const markdown = 'Plain words *stressed words* after.';
    const start = markdown.indexOf('words *') ;
    const end = markdown.indexOf('stressed') + 'stressed'.length;
    const { tree } = await annotate(markdown, { offset: 0, annotations: [span(start, end, 'x', { id: 'x1' })] });
    const pieces = elements(tree).filter((e) => e.properties.dataAnn === 'x');
    expect(pieces).toHaveLength(2);
    expect(pieces.map(textOf)).toEqual(['words ', 'stressed']);
    expect(pieces.filter((p) => p.properties.id === 'x1')).toHaveLength(1);
    expect(pieces[0]!.properties.id).toBe('x1');
  });

  test('a span that covers a whole emphasis wraps around it in one piece', async () => {
    const markdown = 'He called it *very* serious, twice.';
    const start = markdown.indexOf('it');
    const end = markdown.indexOf(', twice');
    const { tree } = await annotate(markdown, { offset: 0, annotations: [span(start, end, 'w')] });
    const pieces = elements(tree).filter((e) => e.properties.dataAnn === 'w');
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.children.some((c) => c.type === 'element' && c.tagName === 'em')).toBe(true);
    expect(textOf(pieces[0]!)).toBe('it very serious');
  });

  test('a span across two paragraphs is wrapped inside each paragraph, never around them', async () => {
    const markdown = 'First paragraph ends here.\n\nSecond one starts here.';
    const start = markdown.indexOf('ends');
    const end = markdown.indexOf(' starts');
    const { tree } = await annotate(markdown, { offset: 0, annotations: [span(start, end, 's')] });
    const paragraphs = elements(tree).filter((e) => e.tagName === 'p');
    expect(paragraphs).toHaveLength(2);
    for (const p of paragraphs) expect(elements(p).filter((e) => e.properties.dataAnn === 's')).toHaveLength(1);
    expect(tree.children.every((c) => c.type !== 'element' || c.tagName === 'p')).toBe(true);
  });

  test('nodes given as `after` are put right after the last piece', async () => {
    const markdown = 'A said “yes” and left.';
    const start = markdown.indexOf('“');
    const end = markdown.indexOf('”') + 1;
    const button: Element = { type: 'element', tagName: 'button', properties: { type: 'button', className: ['call'] }, children: [] };
    const { tree } = await annotate(markdown, { offset: 0, annotations: [span(start, end, 'q', { after: [button] })] });
    const paragraph = tree.children.find((c): c is Element => c.type === 'element')!;
    const index = paragraph.children.findIndex((c) => c.type === 'element' && c.properties.dataAnn === 'q');
    const next = paragraph.children[index + 1] as ElementContent;
    expect(next.type === 'element' && next.tagName).toBe('button');
  });

  test('text spelled differently in the source (escapes, character references) is still mapped to its offsets', async () => {
    const markdown = 'Costs \\*rose\\* by 5 &amp; then fell.';
    const start = markdown.indexOf('\\*rose');
    const end = markdown.indexOf(' then');
    const { tree } = await annotate(markdown, { offset: 0, annotations: [span(start, end, 'e')] });
    expect(piecesText(tree, 'e')).toBe('*rose* by 5 &');
  });

  test('a link annotation inside an existing link becomes a span, so links never nest', async () => {
    const markdown = 'See [the full report by the agency](https://example.org/report) today.';
    const start = markdown.indexOf('the agency');
    const end = start + 'the agency'.length;
    const mention: Annotation = { start, end, tagName: 'a', properties: { href: '/organizations/agency/', dataAnn: 'm' } };
    const { tree } = await annotate(markdown, { offset: 0, annotations: [mention] });
    const links = elements(tree).filter((e) => e.tagName === 'a');
    expect(links).toHaveLength(1);
    for (const link of links) expect(elements(link).some((e) => e.tagName === 'a')).toBe(false);
    expect(piecesText(tree, 'm')).toBe('the agency');
  });

  test('an annotation whose offsets do not land on its text is refused and reported, not guessed', async () => {
    const markdown = 'Alpha beta gamma.';
    const { tree, file } = await annotate(markdown, { offset: 0, annotations: [span(0, 5, 'bad', { text: 'Beta!' })] });
    expect(piecesText(tree, 'bad')).toBe('');
    expect(file.messages.map((m) => m.ruleId)).toContain('annotation-offsets');
  });
});

describe('rehypeAnnotate: the copy is never changed (invariant 1)', () => {
  const copy = [
    'The council said on Monday that “the bridge will reopen in *spring*, not before,” according to a **written** statement.',
    '',
    'A spokeswoman, who asked not to be named, added that [the works](https://example.org) had cost “more than planned.”',
    '',
    '> Residents called it “a long wait”.',
  ].join('\n');

  test('the annotated text equals the unannotated text and the Markdown text, for a realistic set', async () => {
    const find = (s: string) => [copy.indexOf(s), copy.indexOf(s) + s.length] as const;
    const annotations = [
      span(...find('“the bridge will reopen in *spring*, not before,”'), 'q1', { id: 'q1' }),
      span(...find('the bridge will reopen'), 'q2'),
      span(...find('The council'), 'm1', { tagName: 'a', properties: { href: '/organizations/council/', dataAnn: 'm1' } }),
      span(...find('on Monday'), 'e1'),
      span(...find('[the works](https://example.org) had cost “more'), 'o1'),
      span(...find('“a long wait”'), 'q3'),
    ];
    const plain = await annotate(copy, null);
    const annotated = await annotate(copy, { offset: 0, annotations });
    expect(textOf(annotated.tree)).toBe(textOf(plain.tree));
    expect(textOf(annotated.tree).replace(/\n/g, '')).toBe(markdownText(copy).replace(/\n/g, ''));
  });

  test('for any set of nested and overlapping spans: text unchanged, each span wraps exactly its text, ids unique', async () => {
    const markdown = 'Alpha beta *gamma delta* epsilon **zeta eta** theta iota kappa.';
    const visible = (from: number, to: number) => markdown.slice(from, to).replace(/\*/g, '');
    const plain = textOf((await annotate(markdown, null)).tree);
    const rangeArb = fc
      .tuple(fc.integer({ min: 0, max: markdown.length - 1 }), fc.integer({ min: 1, max: 30 }))
      .map(([start, length]) => [start, Math.min(markdown.length, start + length)] as const)
      .filter(([start, end]) => visible(start, end).length > 0);
    await fc.assert(
      fc.asyncProperty(fc.array(rangeArb, { minLength: 1, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), async (ranges, asLink) => {
        const annotations = ranges.map(([start, end], i) =>
          span(start, end, `k${i}`, { id: `id-${i}`, ...(asLink[i] ? { tagName: 'a', properties: { href: `/x/${i}/`, dataAnn: `k${i}` } } : {}), rank: i % 3 }),
        );
        const { tree } = await annotate(markdown, { offset: 0, annotations });
        expect(textOf(tree)).toBe(plain);
        annotations.forEach((a, i) => expect(piecesText(tree, `k${i}`)).toBe(visible(a.start, a.end)));
        const ids = elements(tree).map((e) => e.properties.id).filter((id) => id !== undefined);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(annotations.length);
        for (const link of elements(tree).filter((e) => e.tagName === 'a')) expect(elements(link).some((e) => e.tagName === 'a')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the article pipeline (articleMarkdown) is safe and faithful', () => {
  async function render(markdown: string, set?: AnnotationSet) {
    const renderer = await articleMarkdown.createRenderer({ syntaxHighlight: false });
    return renderer.render(markdown, { frontmatter: set ? { annotations: set } : {} });
  }

  test('raw HTML in a copy is shown as text and cannot run script', async () => {
    const { code, metadata } = await render('Before <script>alert(1)</script> <img src=x onerror="alert(2)"> after.');
    // No element was made: the tags are characters on the page.
    expect(code).not.toMatch(/<script|<img/i);
    expect(code).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(code).toContain('&#x3C;img src=x onerror="alert(2)">');
    expect((metadata.frontmatter.messages as Array<{ ruleId: string }>).map((m) => m.ruleId)).toContain('raw-html-as-text');
  });

  test('a javascript: link keeps its text but loses its address', async () => {
    const { code } = await render('Click [here](javascript:alert(1)) now.');
    expect(code).not.toContain('javascript:');
    expect(code).toContain('here');
  });

  test('quotes and dashes are printed as typed (no SmartyPants)', async () => {
    const { code } = await render('He said "no" -- twice... \'really\'.');
    expect(code).toContain('He said "no" -- twice... \'really\'.');
  });

  test('annotations reach the plugin through the frontmatter and keep their ids unprefixed', async () => {
    const markdown = 'They said “we will see”.';
    const start = markdown.indexOf('“');
    const { code } = await render(markdown, {
      offset: 0,
      annotations: [{ start, end: markdown.indexOf('”') + 1, tagName: 'span', id: 'article--they-we-will-see', properties: { className: ['st'] } }],
    });
    expect(code).toContain('<span class="st" id="article--they-we-will-see">“we will see”</span>');
  });
});
