import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const corpus = process.env.BENCH_CORPUS_DIR;
if (!corpus) throw new Error('BENCH_CORPUS_DIR is not set: point it at a folder made by bench/generateCorpus.ts');

/** Every Markdown file of the corpus, as is: the bare baseline has no schema beyond Astro's own. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${corpus}/articles` }),
});

export const collections = { articles };
