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
import { AnalysisSchema } from './schema/analysis.ts';
import { OrganizationSchema, PersonSchema, TopicSchema } from './schema/registry.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';

const articles = defineCollection({
  loader: articlesLoader({ contentDir }),
  schema: z.object({
    /** Everything analyze() found, as the CLI's JSON export. */
    analysis: AnalysisSchema,
    /** The whole file as read. */
    source: z.string(),
    /** The frontmatter's description, if any. */
    description: z.string().nullable(),
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
