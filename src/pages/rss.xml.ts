/** `/rss.xml`: the annotated articles, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../content/site.ts';
import { feedItems } from '../lib/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticles();
  return rss({
    title: 'News analysis',
    description: 'Annotated copies of news articles: who is quoted, what they said, the positions they take and a timeline of events.',
    site: site ?? 'http://localhost/',
    items: feedItems(articles.map((a) => ({ id: a.id, analysis: a.data.analysis, description: a.data.description }))),
    trailingSlash: true,
  });
};
