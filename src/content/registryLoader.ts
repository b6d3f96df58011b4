/**
 * Content-layer loader for the registry (`people`, `organizations`, `topics`): reads the YAML through
 * loadRegistry(), the same reader analyze() is given, so the pages and the analysis agree on every value
 * (a generic YAML loader would, for one, turn unquoted dates into Date objects).
 */
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatDiagnostic } from '../extraction/diagnostics.ts';
import { loadRegistry } from '../registry/loadRegistry.ts';
import type { Registry } from '../schema/registry.ts';

export function registryLoader(kind: keyof Registry, options: { contentDir: string }): Loader {
  return {
    name: `registry-${kind}-loader`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentDir = resolve(root, options.contentDir);
      await syncRegistry(context, kind, root, contentDir, true);
      const { watcher } = context;
      if (!watcher) return;
      const dir = join(contentDir, kind);
      watcher.add(dir);
      const onChange = (path: string) => {
        if (relative(dir, path).startsWith('..') || !/\.ya?ml$/i.test(path)) return;
        syncRegistry(context, kind, root, contentDir, false).catch((error: Error) => context.logger.error(error.message));
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

async function syncRegistry(context: LoaderContext, kind: keyof Registry, root: string, contentDir: string, failOnError: boolean): Promise<void> {
  const { registry, diagnostics } = loadRegistry(contentDir);
  // Problems are reported once, by the people collection, not three times.
  const mine = diagnostics.filter((d) => !relative(join(contentDir, kind), d.file).startsWith('..'));
  const errors = mine.filter((d) => d.fatal).map((d) => formatDiagnostic(relative(root, d.file), d));
  for (const d of mine.filter((d) => !d.fatal)) context.logger.warn(formatDiagnostic(relative(root, d.file), d));
  if (errors.length) {
    const message = `the registry has problems that stop the build:\n${errors.join('\n')}`;
    if (failOnError) throw new Error(message);
    context.logger.error(message);
    return;
  }
  const entries = registry[kind] as Record<string, Record<string, unknown>>;
  const seen = new Set<string>();
  for (const [id, value] of Object.entries(entries)) {
    seen.add(id);
    const digest = context.generateDigest(value);
    if (context.store.get(id)?.digest === digest) continue;
    const data = await context.parseData({ id, data: value, filePath: join(contentDir, kind, `${id}.yaml`) });
    context.store.set({ id, data, digest, filePath: relative(root, join(contentDir, kind, `${id}.yaml`)) });
  }
  for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
}
