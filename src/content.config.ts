/**
 * Collections. `articles` is analysed and rendered by our loader; `people`, `organizations` and `topics`
 * are the registry's YAML files, read by the same reader analyze() is given. CONTENT_DIR points the whole site at another content folder
 * (the end-to-end tests build from a fixtures folder).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articlesLoader } from './content/articlesLoader.ts';
import { registryLoader } from './content/registryLoader.ts';
import { retiredQuotesLoader } from './content/retiredQuotesLoader.ts';
import { OrganizationSchema, PersonSchema, TopicSchema } from './schema/registry.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';

const articles = defineCollection({
  loader: articlesLoader({ contentDir }),
  // The analysis and the annotated copy live in files beside the store (src/content/articleFiles.ts, which
  // says why); pages read them through src/content/site.ts, typed by AnalysisSchema.
  schema: z.object({
    /** The article's files in the cache folder. */
    files: z.object({
      /** JSON: the analysis (checked against AnalysisSchema when written), the copy and its description. */
      data: z.string(),
      /** The annotated copy's HTML. */
      html: z.string(),
    }),
    /** The statement ids the article publishes. */
    statementIds: z.array(z.string()),
  }),
});

const registryCollection = (kind: 'people' | 'organizations' | 'topics') => ({ loader: registryLoader(kind, { contentDir }) });

const people = defineCollection({ ...registryCollection('people'), schema: PersonSchema });
const organizations = defineCollection({ ...registryCollection('organizations'), schema: OrganizationSchema });
const topics = defineCollection({ ...registryCollection('topics'), schema: TopicSchema });

/** Published quote links whose quote was edited (redirect) or removed (tombstone): content/permalinks.yaml. One entry, `retired`. */
const permalinks = defineCollection({
  loader: retiredQuotesLoader({ contentDir }),
  schema: z.object({
    quotes: z.array(
      z.object({
        /** The old statement id, whose URL must keep answering. */
        id: z.string(),
        /** redirect: the quote was edited; tombstone: the quote was removed. */
        kind: z.enum(['redirect', 'tombstone']),
        /** For redirects: the current statement id the link now goes to. */
        target: z.string().optional(),
        /** For tombstones: why the quote was removed. */
        reason: z.string().optional(),
        /** The article the id was published in, when the lockfile records it. */
        article: z.string().optional(),
      }),
    ),
  }),
});

export const collections = { articles, people, organizations, topics, permalinks };
