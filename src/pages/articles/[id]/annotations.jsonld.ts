/**
 * `/articles/<id>/annotations.jsonld`: every statement and editor's note of the article as W3C Web
 * Annotations (see src/lib/webAnnotation.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type ArticleEntry } from '../../../content/site.ts';
import { buildAnnotationCollection } from '../../../lib/webAnnotation.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleEntry }> = ({ props, site }) => {
  const { analysis, source } = props.article.data;
  const collection = buildAnnotationCollection(analysis, source, { site: site ?? 'http://localhost/' });
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, {
    // The media type the Web Annotation protocol names for this profile.
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
