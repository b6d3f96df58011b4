import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { analysisOf, entity, statementAt } from '../../tests/unit/outputs/fixtures.ts';
import { escapeAttribute, escapeText, quotePageParts, type QuotePageItem } from './quotePage.ts';
import { compileShell } from './quotePagesIntegration.ts';
import { shellParts, shellTokens } from './quotePageShell.ts';

/** The text content of a parsed tree. */
function toString(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  return ((node.children ?? []) as Array<typeof node>).map(toString).join('');
}

const hostile = `<script>alert(1)</script> "quoted" & 'single' <img src=x onerror=alert(2)>`;
const source = `Nora Quill said “the ferry will run on **Sunday**” at the pier. She left before noon.`;
const start = source.indexOf('the ferry');
const end = source.indexOf('”');

function item(overrides: { speakerName?: string; title?: string; occasion?: string | null } = {}): QuotePageItem {
  const speaker = { ...entity('nora-quill', overrides.speakerName ?? 'Nora Quill', 'person', 'Ferry Captain'), affiliation: 'harbour-board' };
  const sentenceEnd = source.indexOf('pier.') + 'pier.'.length;
  const sentence = { start: 0, end: sentenceEnd, text: source.slice(0, sentenceEnd) };
  const statement = { ...statementAt(source, 'pier--the-ferry-will-run', start, end, 'nora-quill'), sentence, occasion: overrides.occasion ?? null };
  const analysis = analysisOf('pier', '2025-03-02', { title: overrides.title ?? 'Ferries return', entities: [speaker], statements: [statement] });
  return { statement, speaker, article: { id: 'pier', data: { analysis, source } } };
}
const context = { site: 'https://example.test', orgName: (id: string | null) => (id === 'harbour-board' ? 'Harbour Board' : id) };

describe('quotePageParts()', () => {
  it('titles, describes and previews the page with the speaker and the words as a reader sees them', () => {
    const parts = quotePageParts(item(), context);
    expect(parts.id).toBe('pier--the-ferry-will-run');
    expect(parts.title).toBe('Nora Quill: the ferry will run on Sunday');
    expect(parts.ogTitle).toBe('Nora Quill: “the ferry will run on Sunday”');
    expect(parts.description).toBe('Quote by Nora Quill, Ferry Captain, 2 Mar 2025: the ferry will run on Sunday');
    expect(JSON.parse(parts.jsonLd)).toMatchObject({ '@type': 'Quotation', url: 'https://example.test/quotes/pier--the-ferry-will-run/' });
  });

  it('shows the quote in its sentence, links back to its anchor, and gives the permalink and a share link', () => {
    const tree = fromHtml(quotePageParts(item(), context).main, { fragment: true });
    const text = toString(tree);
    expect(text).toContain('Nora Quill said “the ferry will run on Sunday” at the pier.');
    expect(text).toContain('She left before noon.');
    expect(text).toContain('Ferry Captain, Harbour Board');
    const html = quotePageParts(item(), context).main;
    expect(html).toContain('<mark class="st st-direct">the ferry will run on Sunday</mark>');
    expect(html).toContain('href="/articles/pier/#pier--the-ferry-will-run"');
    expect(html).toContain('href="/quotes/pier--the-ferry-will-run/"');
    expect(html).toMatch(/class="share-link[^"]*">https:\/\/example\.test\/articles\/pier\/#pier--the-ferry-will-run:~:text=/);
  });

  it('escapes every string from the copy, the analysis and the registry: markup in them stays text', () => {
    const parts = quotePageParts(item({ speakerName: hostile, title: hostile, occasion: hostile }), context);
    const tree = fromHtml(parts.main, { fragment: true });
    const tags: string[] = [];
    const walk = (node: { type: string; tagName?: string; children?: unknown[] }) => {
      if (node.type === 'element') tags.push(node.tagName as string);
      for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
    };
    walk(tree as never);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('img');
    expect(toString(tree)).toContain(hostile);
    expect(parts.jsonLd).not.toMatch(/<\/script/i);
  });
});

describe('escapeText() and escapeAttribute()', () => {
  it('escape text as Astro escapes expressions, and attribute values so that nothing can close the quote', () => {
    expect(escapeText(`<b> & "x" 'y'`)).toBe('&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;');
    expect(escapeAttribute(`a" onclick="x & y`)).toBe('a&quot; onclick=&quot;x &amp; y');
  });
});

describe('compileShell()', () => {
  const shell =
    `<!DOCTYPE html><html lang="${shellTokens.lang}"><head><title>${shellTokens.title} · Site</title>` +
    `<meta name="description" content="${shellTokens.description}"><link rel="canonical" href="https://example.test/quotes/${shellTokens.id}/">` +
    `<meta property="og:title" content="${shellTokens.ogTitle}"><script type="application/ld+json">${shellTokens.jsonLd}</script></head>` +
    `<body><main>${shellTokens.main}</main></body></html>`;

  it('fills every placeholder: text escaped as text, attribute values as attributes, JSON-LD and main as they are', () => {
    const page = compileShell(shell).fill({ id: 'a--b', lang: 'en', title: `A & <B>`, description: `say "hi" & go`, ogTitle: `O'Neil: “x”`, jsonLd: '{"a":1}', main: '<p>Hi</p>' });
    expect(page).toBe(
      `<!DOCTYPE html><html lang="en"><head><title>A &amp; &lt;B&gt; · Site</title>` +
        `<meta name="description" content="say &quot;hi&quot; &amp; go"><link rel="canonical" href="https://example.test/quotes/a--b/">` +
        `<meta property="og:title" content="O'Neil: “x”"><script type="application/ld+json">{"a":1}</script></head>` +
        `<body><main><p>Hi</p></main></body></html>`,
    );
  });

  it('gives back the shell itself when filled with the placeholders', () => {
    expect(compileShell(shell).fill(shellParts)).toBe(shell);
  });

  it('refuses a shell with no place for the page id or its main content', () => {
    expect(() => compileShell(shell.replace(shellTokens.main, ''))).toThrow(/main/);
  });
});
