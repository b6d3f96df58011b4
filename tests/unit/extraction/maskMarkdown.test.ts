import { describe, expect, it } from 'vitest';
import { maskMarkdown } from '../../../src/extraction/text/maskMarkdown.ts';
import { engineBug, ofKind, run, statement } from './helpers.ts';

/** The prose of `source` with markup hidden, checked to keep every offset in place. */
function prose(source: string, bodyStart = 0) {
  const result = maskMarkdown(source, bodyStart);
  expect(result.text).toHaveLength(source.length);
  return result;
}

describe('maskMarkdown', () => {
  it('keeps the prose the same length as the source, line breaks in place', () => {
    const source = 'First line of a *story*.\nSecond line with a [link](https://example.org).\n\nNext paragraph.';
    const { text } = prose(source);
    expect([...text].map((c, i) => (c === '\n') === (source[i] === '\n'))).not.toContain(false);
  });

  it('blanks the frontmatter before bodyStart', () => {
    const source = '---\ntitle: Fish\n---\nThe harbor opened.';
    const bodyStart = source.indexOf('The');
    const { text, blocks } = prose(source, bodyStart);
    expect(text.slice(0, bodyStart).trim()).toBe('');
    expect(text.slice(bodyStart)).toBe('The harbor opened.');
    expect(blocks).toEqual([{ start: bodyStart, end: source.length, kind: 'paragraph' }]);
  });

  it('hides emphasis markers but keeps the emphasized words at their offsets', () => {
    const source = 'The *new* ferry and the __old__ one.';
    const { text } = prose(source);
    expect(text).toBe('The  new  ferry and the   old   one.');
  });

  it('keeps link text and hides the brackets and the destination', () => {
    const source = 'Read [the council minutes](https://example.org/m "Minutes") today.';
    const { text } = prose(source);
    const at = source.indexOf('the council minutes');
    expect(text.slice(at, at + 'the council minutes'.length)).toBe('the council minutes');
    expect(text).not.toContain('example.org');
    expect(text).not.toContain('[');
    expect(text).not.toContain('](');
  });

  it('hides image alt text, inline code, HTML tags and HTML comments', () => {
    const source = 'A ![a harbor photo](pic.jpg) and `said “x”` and <em>tagged</em> <!-- note --> text.';
    const { text } = prose(source);
    expect(text).not.toContain('harbor photo');
    expect(text).not.toContain('said');
    expect(text).not.toContain('<');
    expect(text).not.toContain('note');
    expect(text).toContain('tagged');
  });

  it('hides fenced code blocks entirely and does not make them a block', () => {
    const source = '```\nShe said: “not prose”\n```\nAfter the fence.';
    const { text, blocks } = prose(source);
    expect(text.trim()).toBe('After the fence.');
    expect(blocks).toHaveLength(1);
    expect(source.slice(blocks[0]?.start, blocks[0]?.end)).toBe('After the fence.');
  });

  it('marks ATX and setext headings as heading blocks, without their markers', () => {
    const source = '# Harbor news #\n\nTitle line\n==========\n\nBody text.';
    const { text, blocks } = prose(source);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph']);
    expect(text).not.toContain('#');
    expect(text).not.toContain('=');
  });

  it('makes each list item a block of its own and hides the list markers', () => {
    const source = '- first item\n- second item\n1. third item';
    const { text, blocks } = prose(source);
    expect(blocks.map((b) => text.slice(b.start, b.end).trim())).toEqual(['first item', 'second item', 'third item']);
    expect(text).not.toMatch(/^-/m);
  });

  it('hides block-quote markers and joins the quoted lines into one block', () => {
    const source = '> quoted line one\n> quoted line two';
    const { text, blocks } = prose(source);
    expect(blocks).toHaveLength(1);
    expect(text).toBe('  quoted line one\n  quoted line two');
  });

  it('separates paragraphs at blank lines', () => {
    const source = 'One paragraph.\n\nAnother one.';
    expect(prose(source).blocks.map((b) => source.slice(b.start, b.end))).toEqual(['One paragraph.', 'Another one.']);
  });

  it('keeps underscores inside words (snake_case) and an escaped asterisk as text', () => {
    const { text } = prose('The file snake_case_name costs 5 \\* 3.');
    expect(text).toContain('snake_case_name');
    expect(text).toContain('5  * 3');
  });

  it('through analyze(): a quote inside a code block is not a statement', () => {
    const a = run('```\nAna Ruiz said: “This is code.”\n```\n\nAna Ruiz said: “This is prose.”');
    expect(a.statements.map((s) => s.text)).toEqual(['This is prose.']);
  });

  it('through analyze(): a quote with emphasis inside keeps its markup in the span text', () => {
    const a = run('Ana Ruiz said: “The plan is *not* dead.”');
    expect(statement(a, 'The plan is *not* dead.').kind).toBe('direct');
  });

  it('through analyze(): a speaker named in link text is still found', () => {
    const a = run('[Ana Ruiz](https://example.org/ruiz) said: “The piers need work.”');
    const [s] = ofKind(a, 'direct');
    expect(s?.speaker).toBe('ana-ruiz');
  });

  // ENGINE BUG. Input: '> “The first part ends here.\n>\n> “And the second part closes here,” said Karl Olsen.'
  // Expected: two blocks (a line holding only ">" is a blank line inside a block quote), so the quote runs across
  // paragraphs and is one statement by Karl Olsen. Got: one block; the second opening mark closes the first quote
  // with a quote-unpaired warning, and the first half is credited to the previous paragraph's speaker.
  engineBug('a block-quote line holding only ">" does not separate paragraphs', () => {
    const source = '> “The first part ends here.\n>\n> “And the second part closes here,” said Karl Olsen.';
    expect(prose(source).blocks).toHaveLength(2);
  });
});
