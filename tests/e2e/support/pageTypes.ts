/** One page of each HTML type of the fixture site, named, for the tests that visit every page type. */
import { inject } from 'vitest';
import { actorHref } from '../../../src/rendering/describe.ts';
import { seedId, type BuiltArticle } from './site.ts';

export function htmlPageTypes(articles: readonly BuiltArticle[]): Array<[string, string]> {
  const seed = articles.find((a) => a.id === seedId) ?? articles[0]!;
  const all = articles.flatMap((a) => a.analysis.entities);
  const person = all.find((e) => e.type === 'person' && articles.every((a) => a.analysis.statements.some((s) => s.speaker === e.id))) ?? all.find((e) => e.type === 'person');
  const organization = all.find((e) => e.type === 'organization');
  const topic = articles.flatMap((a) => a.analysis.positions).map((p) => p.topic)[0];
  const pages: Array<[string, string]> = [
    ['home', '/'],
    ['article', `/articles/${seed.id}/`],
    ['quote', `/quotes/${seed.analysis.statements[0]!.id}/`],
    ['people index', '/people/'],
    ['organizations index', '/organizations/'],
    ['topics index', '/topics/'],
    ['timeline', '/timeline/'],
    ['search', '/search/'],
    ['quote tombstone', `/quotes/${inject('retiredTombstone').id}/`],
    ['quote redirect', `/quotes/${inject('retiredRedirect').id}/`],
  ];
  if (person) pages.push(['person', actorHref(person)!]);
  if (organization) pages.push(['organization', actorHref(organization)!]);
  if (topic) pages.push(['topic', `/topics/${topic}/`]);
  return pages;
}
