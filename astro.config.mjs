// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://news-analysis.example',
  trailingSlash: 'always',
  markdown: {
    // The copy is sacred: no SmartyPants rewriting of quotes and dashes.
    processor: unified({ smartypants: false, gfm: true }),
  },
  integrations: [sitemap()],
  vite: { plugins: [tailwindcss()] },
});
