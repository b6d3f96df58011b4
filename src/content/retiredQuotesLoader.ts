/**
 * Content-layer loader for the quote links that no longer have a quote: every redirect and tombstone
 * declared in `<content>/permalinks.yaml`, as retiredPermalinks() resolves them (a chain of redirects
 * followed to its end). The quote pages generate a page for each, so an old link never 404s.
 *
 * The collection holds one entry, `retired`, with the whole list: a collection with no entries makes
 * Astro warn on every build that it "does not exist or is empty", and most sites retire no link.
 *
 * Whether the declarations are complete and sound is checked by the articles loader, which knows the
 * statements about to be published (see src/permalinks/sitePermalinks.ts); this loader only lists them.
 */
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { retiredPermalinks } from '../permalinks/checkPermalinks.ts';
import { DECLARATIONS_FILE, LOCK_FILE, readPermalinkFiles } from '../permalinks/permalinkFiles.ts';

export function retiredQuotesLoader(options: { contentDir: string }): Loader {
  return {
    name: 'retired-quotes-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentDir = resolve(root, options.contentDir);
      await syncRetired(context, contentDir);
      const { watcher } = context;
      if (!watcher) return;
      const files = [join(contentDir, DECLARATIONS_FILE), join(contentDir, LOCK_FILE)];
      watcher.add(files);
      const onChange = (path: string) => {
        if (!files.some((file) => relative(file, path) === '')) return;
        syncRetired(context, contentDir).catch((error: Error) => context.logger.error(error.message));
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

/** The id of the collection's one entry. */
export const retiredEntryId = 'retired';

async function syncRetired(context: LoaderContext, contentDir: string): Promise<void> {
  // Problems in the files are reported, placed, by the articles loader; an unreadable file lists nothing here.
  const files = readPermalinkFiles(contentDir);
  const data = await context.parseData({ id: retiredEntryId, data: { quotes: retiredPermalinks(files.declarations, files.lock) } });
  const digest = context.generateDigest(data);
  if (context.store.get(retiredEntryId)?.digest === digest) return;
  context.store.set({ id: retiredEntryId, data, digest });
}
