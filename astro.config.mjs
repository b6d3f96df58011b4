// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { articleMarkdown } from './src/rendering/articleMarkdown.ts';
import { quotePagesIntegration } from './src/lib/quotePagesIntegration.ts';
import { shellTokens } from './src/lib/quotePageShell.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://news-analysis.example',
  trailingSlash: 'always',
  // Tests build into their own folders so they never race a build of the real site.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    // remark-parse → remark-rehype → raw HTML as text → annotations → rehype-sanitize; no SmartyPants:
    // the copy is sacred. See src/rendering/articleMarkdown.ts.
    processor: articleMarkdown,
    // Copies are prose; highlighting would add inline styles and nothing of value.
    syntaxHighlight: false,
  },
  build: {
    // A CSP without 'unsafe-inline' is planned: keep styles in files too.
    inlineStylesheets: 'never',
  },
  // Quote pages are written after the build from one shell page (src/lib/quotePagesIntegration.ts), which
  // lists them in sitemaps of their own: it comes after the sitemap, and the shell stays out of it.
  integrations: [sitemap({ filter: (page) => !page.includes(shellTokens.id) }), quotePagesIntegration()],
  vite: { plugins: [tailwindcss()] },
});
