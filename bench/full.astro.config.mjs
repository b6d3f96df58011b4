// @ts-check
// The project's own Astro config, with the build output and the content-layer cache moved out of the project tree,
// so a benchmark run neither overwrites dist/ nor the cache other builds in this checkout rely on.
import config from '../astro.config.mjs';

export default {
  ...config,
  ...(process.env.BENCH_OUT_DIR ? { outDir: process.env.BENCH_OUT_DIR } : {}),
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
};
