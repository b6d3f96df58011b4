import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { gfmCouldApply, plainText, rememberVisibleText, storedVisibleText, visibleText, visibleTextOf } from './plainText.ts';

describe('plainText (a span on its own)', () => {
  it('leaves text without Markdown syntax exactly as it is', () => {
    expect(plainText('“We are close,” the mayor said. It was 5 p.m.')).toBe('“We are close,” the mayor said. It was 5 p.m.');
  });

  it('takes away emphasis, strong and code marks, keeping their words', () => {
    expect(plainText('the **harbour** will *reopen* on `Monday`')).toBe('the harbour will reopen on Monday');
    expect(plainText('__all__ of _it_')).toBe('all of it');
  });

  it('shows a link or an image reference as its words, without the URL', () => {
    expect(plainText('the [port authority](https://example.org/port "Port") said')).toBe('the port authority said');
    expect(plainText('see <https://example.org/a>')).toBe('see https://example.org/a');
  });

  it('reads backslash escapes and character references as the characters they stand for', () => {
    expect(plainText('5 \\* 3 \\[not a link\\] AT&amp;T &copy; &#x1F600;')).toBe('5 * 3 [not a link] AT&T © 😀');
  });

  it('keeps raw HTML as written, because the article page shows it as text', () => {
    expect(plainText('a <b>bold</b> claim')).toBe('a <b>bold</b> claim');
  });

  it('keeps unpaired marks and block-looking starts as the words they are', () => {
    expect(plainText('**only an opening')).toBe('**only an opening');
    expect(plainText('1. Not a list')).toBe('1. Not a list');
    expect(plainText('# not a heading')).toBe('# not a heading');
    expect(plainText('> not a quote')).toBe('> not a quote');
  });
});

describe('visibleText (an article body parsed once, sliced by source offsets)', () => {
  const front = '---\ntitle: T\n---\n';
  const body = 'The **mayor** said the [harbour](https://example.org) would reopen.\n\n> “It is *done*,” she said.\n\n- first item\n- second item\n';
  const source = front + body;
  const view = visibleText(source, front.length);
  const span = (text: string) => {
    const start = source.indexOf(text);
    return view.slice(start, start + text.length);
  };

  it('gives a span the text the page shows, syntax inside it taken away', () => {
    expect(span('The **mayor** said the [harbour](https://example.org) would reopen.')).toBe('The mayor said the harbour would reopen.');
  });

  it('takes away markup that straddles the span edge, which parsing the span alone cannot', () => {
    // The span starts inside the strong run: its closing ** must not show.
    expect(span('mayor** said')).toBe('mayor said');
    expect(span('harbour](https://example.org) would')).toBe('harbour would');
  });

  it('drops block syntax (block-quote markers, list markers) as the page does', () => {
    expect(span('“It is *done*,” she said.')).toBe('“It is done,” she said.');
    expect(span('first item\n- second item')).toBe('first item\nsecond item');
  });

  it('puts a line break between blocks, but not at the end of a span that ends with its block', () => {
    expect(span('reopen.\n\n> “It')).toBe('reopen.\n“It');
    expect(span('would reopen.')).toBe('would reopen.');
  });

  it('is cached per source, so that quote pages of one article parse it once', () => {
    expect(visibleTextOf(source, front.length)).toBe(visibleTextOf(source, front.length));
  });
});

describe('machine outputs give quotes as read', () => {
  it('the schema.org Quotation carries the words without the copy’s Markdown syntax', async () => {
    const { quotationJsonLd } = await import('./jsonLd.ts');
    const { analysisOf, entity, statementAt } = await import('../../tests/unit/outputs/fixtures.ts');
    const source = 'Ann Lee said “tolls must **fall** before [May](https://example.org)”.';
    const statement = statementAt(source, 'a--tolls-must-fall', 13, source.length - 1, 'ann-lee');
    const analysis = analysisOf('a', '2025-03-01', { entities: [entity('ann-lee', 'Ann Lee')], statements: [statement] });
    const json = quotationJsonLd(statement, analysis, { site: new URL('https://example.org/') }) as { text: string };
    expect(json.text).toBe('“tolls must fall before May”');
  });
});

describe('visible text kept from the article pipeline', () => {
  const parseLikeThePage = (body: string) => {
    const processor = unified().use(remarkParse).use(remarkGfm);
    return processor.runSync(processor.parse(body));
  };

  it('reads every span as a fresh parse does, from the tree the page was parsed into', () => {
    const source = '---\ntitle: T\n---\nThe *mayor* said “we will **not** move” &amp; left.\n\n> A quoted [line](/x) with `code`\n> and more.\n\n1. First item\n2. Second\\* item\n';
    const bodyStart = source.indexOf('The');
    const body = source.slice(bodyStart);
    expect(gfmCouldApply(body)).toBe(false);
    const fresh = visibleText(source, bodyStart);
    rememberVisibleText(source, bodyStart, storedVisibleText(parseLikeThePage(body), body));
    const kept = visibleTextOf(source, bodyStart);
    for (let start = bodyStart; start <= source.length; start++) {
      for (const end of [start, start + 1, start + 9, source.length]) expect(kept.slice(start, end)).toBe(fresh.slice(start, end));
    }
  });

  it('says GFM could apply wherever a table, strikethrough, footnote, task item or autolink literal could start', () => {
    for (const body of ['a | b', 'a ~b~', 'see[^1]', '- [ ] todo', '- [x] done', 'www.example.org', 'at https://x.org', 'HTTP://X.ORG', 'mail me@example.org']) {
      expect(gfmCouldApply(body), body).toBe(true);
    }
    expect(gfmCouldApply('Plain prose with a [link](/x), *emphasis* and “quotes”.')).toBe(false);
  });
});
