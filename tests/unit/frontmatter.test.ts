import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extraction/analyze.ts';
import { emptyRegistry } from '../../src/schema/registry.ts';

describe('frontmatter', () => {
  it('accepts a copy with only title and published', () => {
    const result = analyze('---\ntitle: A story\npublished: 2024-03-05\n---\nBody text.\n', emptyRegistry);
    expect(result.diagnostics).toEqual([]);
    expect(result.article.publishedDate).toBe('2024-03-05');
    expect(result.article.bodyStart).toBe('---\ntitle: A story\npublished: 2024-03-05\n---\n'.length);
  });

  it('reports a missing published date at the frontmatter with a hint', () => {
    const result = analyze('---\ntitle: A story\n---\nBody.\n', emptyRegistry);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ line: 2, column: 1, fatal: true, ruleId: 'frontmatter-invalid' });
    expect(result.diagnostics[0]?.message).toMatch(/published.*required/);
  });

  it('points an impossible date at its line and column', () => {
    const result = analyze('---\ntitle: A story\npublished: 2023-02-30\n---\nBody.\n', emptyRegistry);
    expect(result.diagnostics[0]).toMatchObject({ line: 3, column: 12, fatal: true });
    expect(result.diagnostics[0]?.message).toMatch(/does not exist/);
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const bomb = ['---', 'title: x', 'published: 2024-01-01', 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    bomb.push('---', 'Body.');
    const result = analyze(bomb.join('\n'), emptyRegistry);
    expect(result.diagnostics.some((d) => d.fatal && d.ruleId === 'yaml-aliases')).toBe(true);
  });
});
