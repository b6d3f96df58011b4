/**
 * `npm run permalinks -- --frozen` on the project's own content/: every statement the site publishes now
 * is recorded in the committed content/permalinks.lock.json, and every recorded id still resolves. It checks
 * content/ only, not the end-to-end fixture site, whose extra article's ids are new by design.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('the committed permalink lockfile', () => {
  it('records every statement id of content/ and every recorded id still resolves (permalinks --frozen)', () => {
    const run = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'src/permalinks/cli.ts'), '--frozen'], { cwd: root, encoding: 'utf8' });
    console.log(run.stdout.trim().split('\n').at(-1));
    expect(run.status, `${run.stdout}\n${run.stderr}\nIf quotes were added: npm run permalinks -- --update, and commit content/permalinks.lock.json. If a published quote changed: declare it in content/permalinks.yaml.`).toBe(0);
  });
});
