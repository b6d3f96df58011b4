/**
 * `/articles/<id>/annotations.jsonld`: every statement and editor's note of the article as W3C Web
 * Annotations (see src/lib/webAnnotation.ts). In `astro build` the quote pages integration writes these
 * files (src/lib/articleExports.ts says why); `astro dev` serves them from here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type ArticleEntry } from '../../../content/site.ts';
import { annotationsJsonLd, offerExports } from '../../../lib/articleExports.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const written = offerExports('annotations.jsonld', function* (site) {
    for (const article of articles) yield { path: `articles/${article.id}/annotations.jsonld`, body: annotationsJsonLd(article.data.analysis, article.data.source, site) };
  });
  if (written) return [];
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleEntry }> = ({ props, site }) =>
  new Response(annotationsJsonLd(props.article.data.analysis, props.article.data.source, site), {
    // The media type the Web Annotation protocol names for this profile.
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
