// @ts-check
// The baseline the full site is compared with: the same Astro, the same Markdown files, no analysis, no styling.
// BENCH_CORPUS_DIR points at the generated corpus; BENCH_OUT_DIR and BENCH_CACHE_DIR keep every run's output and
// content-layer cache out of the project tree.
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env.BENCH_OUT_DIR ? { outDir: process.env.BENCH_OUT_DIR } : {}),
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
});
