import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under a folder, in a stable order (the checkers' input). */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}
