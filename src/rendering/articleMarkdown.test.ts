import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { gfmCouldApply } from '../lib/plainText.ts';
import { articleMarkdown, createArticleProcessor } from './articleMarkdown.ts';

/** The HTML one processor makes of `markdown`. */
async function html(gfm: boolean, markdown: string): Promise<string> {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: {} } } });
  return String(await createArticleProcessor({ gfm }).process(file));
}

async function rendered(markdown: string): Promise<string> {
  const renderer = await articleMarkdown.createRenderer({} as Parameters<typeof articleMarkdown.createRenderer>[0]);
  return (await renderer.render(markdown, { frontmatter: {} })).code;
}

/** Pieces of invented copy: every CommonMark construct a copy may hold, and none of the characters GFM starts at. */
const pieces = [
  'The minister said',
  ' "we will not back down,"',
  ' **bold words**',
  ' *emphasis*',
  ' _under_score_',
  ' [a link](/somewhere "a title")',
  ' <mailto:desk>',
  ' <ftp:/x>',
  ' `code span`',
  ' &amp; &copy; &#8212; &#x2014;',
  ' \\*escaped\\*',
  ' <b>raw html</b>',
  ' <!-- a comment -->',
  '  \n',
  '\\\n',
  '\n',
  '\n\n',
  '\n\n# A heading\n\n',
  '\n\nSub heading\n---\n\n',
  '\n\n> A quoted line\n> and its rest\n\n',
  '\n\n- one\n- two\n\n',
  '\n\n1. first\n2. second\n\n',
  '\n\n    indented code\n\n',
  '\n\n```\nfenced\n```\n\n',
  '\n\n***\n\n',
  '\n\n[ref]: /target\n\n',
  ' [ref] and [x][ref]',
  ' ![an image](/i.png)',
  ' e.g. 3.5 per cent, [sic] and (brackets)',
  ' “curly” ‘quotes’ — dashes…',
  ' x',
  '\t',
];

describe('the article pipeline without remark-gfm', () => {
  test('renders a copy in which no GFM construct can start exactly as the pipeline with GFM does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 25 }), async (parts) => {
        const markdown = parts.join('');
        fc.pre(!gfmCouldApply(markdown));
        expect(await html(false, markdown)).toBe(await html(true, markdown));
      }),
      { numRuns: 300 },
    );
  });

  test('is not used for a copy that holds GFM syntax: tables, strikethrough and autolink literals still render', async () => {
    const copy = 'See www.example.com and ~~gone~~.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    expect(gfmCouldApply(copy)).toBe(true);
    const out = await rendered(copy);
    expect(out).toContain('<a href="http://www.example.com">www.example.com</a>');
    expect(out).toContain('<del>gone</del>');
    expect(out).toContain('<table>');
  });
});

describe('heading ids', () => {
  test('a copy with headings gets the ids and the list of headings that Astro gives Markdown headings', async () => {
    const renderer = await articleMarkdown.createRenderer({} as Parameters<typeof articleMarkdown.createRenderer>[0]);
    const { code, metadata } = await renderer.render('# Talks resume\n\nThe envoy arrived.\n\n## Talks resume\n\n### What *comes* next\n', { frontmatter: {} });
    expect(code).toContain('<h1 id="talks-resume">Talks resume</h1>');
    expect(code).toContain('<h2 id="talks-resume-1">Talks resume</h2>');
    expect(code).toContain('<h3 id="what-comes-next">What <em>comes</em> next</h3>');
    expect(metadata.headings).toEqual([
      { depth: 1, slug: 'talks-resume', text: 'Talks resume' },
      { depth: 2, slug: 'talks-resume-1', text: 'Talks resume' },
      { depth: 3, slug: 'what-comes-next', text: 'What comes next' },
    ]);
  });

  test('a copy without headings lists none and gains no ids', async () => {
    const renderer = await articleMarkdown.createRenderer({} as Parameters<typeof articleMarkdown.createRenderer>[0]);
    const { code, metadata } = await renderer.render('The envoy arrived.\n\n> A quoted line\n', { frontmatter: {} });
    expect(code).not.toContain(' id=');
    expect(metadata.headings).toEqual([]);
  });
});
