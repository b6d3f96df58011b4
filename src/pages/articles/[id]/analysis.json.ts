/**
 * `/articles/<id>/analysis.json`: the article's whole analysis, exactly what the CLI prints with `--json`
 * (schema: schema/analysis.schema.json, versioned by `schemaVersion`). In `astro build` the quote pages
 * integration writes these files (src/lib/articleExports.ts says why); `astro dev` serves them from here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../content/site.ts';
import { analysisJson, offerExports } from '../../../lib/articleExports.ts';
import type { Analysis } from '../../../schema/analysis.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const written = offerExports('analysis.json', function* () {
    for (const article of articles) yield { path: `articles/${article.id}/analysis.json`, body: analysisJson(article.data.analysis) };
  });
  if (written) return [];
  return articles.map((article) => ({ params: { id: article.id }, props: { analysis: article.data.analysis } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ analysis: Analysis }> = ({ props }) => new Response(analysisJson(props.analysis), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
