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
