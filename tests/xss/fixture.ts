/**
 * Writes a content folder whose copies and registry carry every payload of payloads.ts: in the body
 * (as a paragraph of its own, inside an attributed quote, in a list item and a heading) and in the
 * frontmatter (title, description, source name and address, an editor's note), plus the descriptions
 * and role titles of the registry. All of it is valid input: the build must accept it and render it
 * harmless, not refuse it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Payload } from './payloads.ts';

/** JSON strings are valid YAML double-quoted scalars: every payload survives the frontmatter as written. */
const yamlString = (text: string) => JSON.stringify(text);

/** Payloads per article: enough articles to exercise every page type, few enough to build quickly. */
const GROUP = 6;

/** The articles written, with the payloads each carries. */
export interface XssFixture {
  articles: Array<{ id: string; payloads: Payload[] }>;
}

export function writeXssFixture(contentDir: string, payloads: readonly Payload[]): XssFixture {
  for (const dir of ['articles', 'people', 'organizations', 'topics']) mkdirSync(join(contentDir, dir), { recursive: true });
  const all = payloads.map((p) => p.text).join(' ');
  writeFileSync(
    join(contentDir, 'people/ines-okafor.yaml'),
    `name: Ines Okafor\naliases: [Okafor]\ngender: female\ndescription: ${yamlString(`Union leader. ${all}`)}\nroles:\n  - title: ${yamlString(`General Secretary ${payloads[0]?.text ?? ''}`)}\n    organization: valmora-dockworkers-union\n    start: 2019-03-01\n`,
  );
  writeFileSync(
    join(contentDir, 'people/tomas-brandt.yaml'),
    `name: Tomas Brandt\naliases: [Brandt]\ngender: male\ndescription: ${yamlString(all)}\n`,
  );
  writeFileSync(
    join(contentDir, 'organizations/valmora-dockworkers-union.yaml'),
    `name: Valmora Dockworkers Union\naliases: [the union]\nkind: other\ndescription: ${yamlString(all)}\n`,
  );
  writeFileSync(join(contentDir, 'topics/port-labour-dispute.yaml'), `name: Port labour dispute\nkeywords: [strike, pay, port]\ndescription: ${yamlString(all)}\n`);

  const fixture: XssFixture = { articles: [] };
  for (let start = 0, round = 1; start < payloads.length; start += GROUP, round++) {
    const group = payloads.slice(start, start + GROUP);
    const joined = group.map((p) => p.text).join(' ');
    const id = `harbour-talks-round-${round}`;
    const anchor = `Dock workers in Valmora met the port owners for round ${round} of talks`;
    const frontmatter = [
      '---',
      `title: ${yamlString(`Harbour talks, round ${round}: ${joined}`)}`,
      `published: 2024-06-${String(10 + round).padStart(2, '0')}`,
      `description: ${yamlString(`Round ${round}. ${joined}`)}`,
      'source:',
      `  name: ${yamlString(`The Valmora Ledger ${joined}`)}`,
      `  url: ${yamlString(`https://example.org/round-${round}?q="><script>__xss(0)</script>&r='><img src=x onerror=__xss(0)>`)}`,
      'editorial:',
      '  notes:',
      '    - anchor:',
      `        quote: ${yamlString(anchor)}`,
      '      kind: context',
      `      text: ${yamlString(`Context for round ${round}. ${joined}`)}`,
      '---',
    ];
    const body = [`${anchor} on Thursday.`, ''];
    for (const p of group) {
      body.push(p.text, '');
      body.push(`"We found ${p.text} in the minutes," said Ines Okafor on Friday.`, '');
      body.push(`- The log listed ${p.text} twice.`, '');
      body.push(`## Finding ${p.n}: ${p.text}`, '');
      body.push(`Tomas Brandt said the port would answer ${p.text} next week.`, '');
    }
    writeFileSync(join(contentDir, 'articles', `${id}.md`), `${frontmatter.join('\n')}\n${body.join('\n')}`);
    fixture.articles.push({ id, payloads: group });
  }
  return fixture;
}
