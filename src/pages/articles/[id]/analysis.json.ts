/**
 * `/articles/<id>/analysis.json`: the article's whole analysis, exactly what the CLI prints with `--json`
 * (schema: schema/analysis.schema.json, versioned by `schemaVersion`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../content/site.ts';
import type { Analysis } from '../../../schema/analysis.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.map((article) => ({ params: { id: article.id }, props: { analysis: article.data.analysis } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ analysis: Analysis }> = ({ props }) =>
  new Response(`${JSON.stringify(props.analysis, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
