/**
 * Bad inputs too big to commit: built at test time, written to a temporary folder, and put through the
 * CLI like the committed cases. Each must be accepted or warned about, never hang or crash.
 */
import type { Expectation } from './expectation.ts';

/** A case made at test time. */
export interface GeneratedCase {
  name: string;
  text: string;
  expect: Expectation;
}

const frontmatter = '---\ntitle: Harbour workers end strike\npublished: 2024-06-14\n---\n';
const MB = 1024 * 1024;

/** Repeats `unit` until the text reaches `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

export const generatedCases: GeneratedCase[] = [
  {
    name: 'huge-paragraph-1mb',
    text: `${frontmatter}${fill('"We will not go back to work until the offer improves," said Ines Okafor, and the port authority said the talks would continue. ', MB)}\n`,
    expect: { about: 'a single 1 MB paragraph of quoted speech', fatal: false, allowWarnings: true, minStatements: 1 },
  },
  {
    name: 'huge-word-1mb',
    text: `${frontmatter}${fill('harbour', MB)}\n`,
    expect: { about: 'one 1 MB word with no space or punctuation', fatal: false, allowWarnings: true },
  },
  {
    name: 'quote-mark-flood',
    text: `${frontmatter}${fill('"“‘ ’”" ', 200_000)}\n`,
    expect: { about: '200,000 quote marks of every kind in one paragraph', fatal: false, allowWarnings: true },
  },
  {
    name: 'bracket-flood',
    text: `${frontmatter}${'['.repeat(50_000)}union${']('.repeat(20_000)}\n`,
    expect: { about: '50,000 nested brackets (a pathological Markdown link)', fatal: false, allowWarnings: true },
  },
  {
    name: 'many-short-lines',
    text: `${frontmatter}${fill('Okafor said "no".\n', MB)}`,
    expect: { about: '1 MB of one-line paragraphs (about 55,000 lines)', fatal: false, allowWarnings: true, minStatements: 1 },
  },
];
