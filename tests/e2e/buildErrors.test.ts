import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectDir, scratchProject, type ScratchBuild } from './support/scratchBuild.ts';

let project: ScratchBuild;

beforeAll(() => {
  project = scratchProject();
  cpSync(join(projectDir, 'content'), project.contentDir, { recursive: true });
});
afterAll(() => project?.remove());

describe('the build and bad content', () => {
  test('an article with a fatal problem stops the build with file:line:column and what is wrong', () => {
    const file = join(project.contentDir, 'articles', 'broken-dates.md');
    writeFileSync(file, '---\ntitle: A broken copy\npublished: 2025-02-30\n---\nThe harbour reopened, officials said.\n');
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/articles\/broken-dates\.md:3:\d+: error: .*2025-02-30/);
  });

  test('raw HTML in a copy is built as visible text, never as an element', () => {
    const file = join(project.contentDir, 'articles', 'broken-dates.md');
    writeFileSync(file, '---\ntitle: A copy with HTML\npublished: 2025-02-20\n---\nThe mayor said <script>alert(1)</script> nothing <b onclick="x()">else</b>.\n');
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    const html = readFileSync(join(project.distDir, 'articles', 'broken-dates', 'index.html'), 'utf8');
    const start = html.indexOf('data-copy-of=');
    const copy = html.slice(start, html.indexOf('</div>', start));
    expect(copy).not.toMatch(/<script|<b[ >]/);
    // With the markup taken away, the reader sees every character of the copy, tags included.
    const visible = copy.replace(/<[^>]+>/g, '').replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&');
    expect(visible).toContain('The mayor said <script>alert(1)</script> nothing <b onclick="x()">else</b>.');
    expect(output).toMatch(/broken-dates\.md:5:\d+: warning: raw HTML in the copy is shown as text/);
  });
});
