/**
 * schema.org JSON-LD for the article page and the quote pages: a NewsArticle that mentions the people
 * (each wrapped in a Role with its dates, the schema.org pattern for qualifying a property) and the
 * organizations, and has as parts one Quotation per statement, each with its creator and the article it
 * is based on.
 * @see https://schema.org/NewsArticle
 * @see https://schema.org/Role
 * @see https://schema.org/Quotation
 */
import type { Analysis, Entity, Statement } from '../schema/analysis.ts';
import type { Role } from '../schema/registry.ts';
import { absoluteUrl, actorHref, articleHref, kindWords, quoteHref } from '../rendering/describe.ts';
import { plainText } from './plainText.ts';

export const schemaOrgContext = 'https://schema.org';

/** A JSON-LD node: plain data. */
export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLdNode | JsonLdValue[];

/** A registry person as the builder needs it: the id and the dated roles. */
export interface RegistryPerson {
  id: string;
  data: { roles: Role[] };
}

export interface JsonLdOptions {
  /** The site's origin, for absolute URLs. */
  site: URL | string;
  /** Registry people, for the dates of the roles the article's people held. */
  people?: readonly RegistryPerson[];
}

/**
 * Serializes JSON-LD for a `<script type="application/ld+json">`: `<` becomes `\u003c` so that no string in
 * the data can close the element ("</script>") or open a comment; `>`, `&` and the JavaScript line
 * separators are escaped too, which JSON parsers read back unchanged.
 */
export function serializeJsonLd(data: JsonLdNode): string {
  // One pass for the five characters (no escape holds any of them).
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => jsonLdEscapes[c] as string);
}

const jsonLdEscapes: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** The role a person held on a day: the one whose title the analysis gave, else the one whose dates hold the day. */
export function roleAt(roles: readonly Role[], day: string | null, title: string | null): Role | null {
  const holds = (r: Role) => day === null || ((!r.start || r.start <= day) && (!r.end || day <= r.end));
  return roles.find((r) => r.title === title && holds(r)) ?? roles.find((r) => r.title === title) ?? roles.find(holds) ?? null;
}

function articleUrl(analysis: Analysis, site: URL | string): string {
  return absoluteUrl(articleHref(analysis.article.id), site);
}

function articleNodeId(analysis: Analysis, site: URL | string): string {
  return `${articleUrl(analysis, site)}#article`;
}

/** The node id of an actor: its page, or a fragment of the article for an anonymous group. */
function actorNodeId(entity: Entity, analysis: Analysis, site: URL | string): string {
  const href = actorHref(entity);
  return href ? `${absoluteUrl(href, site)}#${entity.type}` : `${articleUrl(analysis, site)}#${entity.id}`;
}

/** A Person or Organization node; an anonymous group is an Organization described as anonymous. */
function actorNode(entity: Entity, analysis: Analysis, site: URL | string): JsonLdNode {
  const href = actorHref(entity);
  const node: JsonLdNode = {
    '@type': entity.type === 'person' ? 'Person' : 'Organization',
    '@id': actorNodeId(entity, analysis, site),
    name: entity.name,
  };
  if (href) node['url'] = absoluteUrl(href, site);
  if (entity.type === 'person' && entity.role) node['jobTitle'] = entity.role;
  if (entity.type === 'group') node['description'] = `Anonymous source${entity.description ? `: ${entity.description}` : ''}`;
  else if (entity.description) node['description'] = entity.description;
  return node;
}

/** A person mentioned in their role at publication: `Role { roleName, startDate, mentions: Person }`. */
function mentionNode(entity: Entity, analysis: Analysis, site: URL | string, people: ReadonlyMap<string, RegistryPerson>): JsonLdNode {
  const person = actorNode(entity, analysis, site);
  if (entity.type !== 'person' || !entity.role) return person;
  const registered = people.get(entity.id);
  const role = registered ? roleAt(registered.data.roles, analysis.article.publishedDate, entity.role) : null;
  const node: JsonLdNode = { '@type': 'Role', roleName: entity.role };
  if (role?.start) node['startDate'] = role.start;
  if (role?.end) node['endDate'] = role.end;
  node['mentions'] = person;
  return node;
}

function quotationNode(statement: Statement, analysis: Analysis, site: URL | string, isBasedOn: JsonLdNode, entities: ReadonlyMap<string, Entity>): JsonLdNode {
  const url = absoluteUrl(quoteHref(statement.id), site);
  const speaker = statement.speaker ? entities.get(statement.speaker) : undefined;
  const node: JsonLdNode = {
    '@type': 'Quotation',
    '@id': url,
    url,
    // What readers read: the copy's Markdown syntax (emphasis, link targets) is not part of the quotation.
    text: plainText(statement.text),
    description: kindWords[statement.kind].description,
  };
  // People and organizations are described among the article's mentions; an anonymous group only here.
  if (speaker) node['creator'] = speaker.type === 'group' ? actorNode(speaker, analysis, site) : { '@type': speaker.type === 'person' ? 'Person' : 'Organization', '@id': actorNodeId(speaker, analysis, site), name: speaker.name };
  node['isBasedOn'] = isBasedOn;
  if (analysis.article.published) node['datePublished'] = analysis.article.published;
  return node;
}

/** The article page's JSON-LD: one NewsArticle with its mentions and quotations. */
export function newsArticleJsonLd(analysis: Analysis, options: JsonLdOptions): JsonLdNode {
  const { site } = options;
  const { article } = analysis;
  const url = articleUrl(analysis, site);
  const node: JsonLdNode = {
    '@context': schemaOrgContext,
    '@type': 'NewsArticle',
    '@id': articleNodeId(analysis, site),
    url,
    mainEntityOfPage: url,
    headline: article.title ?? article.id,
    inLanguage: article.language,
  };
  if (article.published) node['datePublished'] = article.published;
  if (article.source.name && article.source.name !== 'unknown') {
    const publisher: JsonLdNode = { '@type': 'Organization', name: article.source.name };
    if (article.source.url && URL.canParse(article.source.url)) publisher['url'] = new URL(article.source.url).origin;
    node['publisher'] = publisher;
  }
  // This page is a copy: the original, where known, is what it is based on.
  if (article.source.url) node['isBasedOn'] = article.source.url;
  const mentioned = new Set(analysis.mentions.map((m) => m.entity));
  for (const s of analysis.statements) if (s.speaker) mentioned.add(s.speaker);
  const people = new Map((options.people ?? []).map((p) => [p.id, p]));
  node['mentions'] = analysis.entities.filter((e) => mentioned.has(e.id) && e.type !== 'group').map((e) => mentionNode(e, analysis, site, people));
  const ref: JsonLdNode = { '@id': articleNodeId(analysis, site) };
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  node['hasPart'] = analysis.statements.map((s) => quotationNode(s, analysis, site, ref, entities));
  return node;
}

/** A quote page's JSON-LD: the Quotation, based on the NewsArticle it comes from. */
export function quotationJsonLd(statement: Statement, analysis: Analysis, options: JsonLdOptions): JsonLdNode {
  const { site } = options;
  const basedOn: JsonLdNode = {
    '@type': 'NewsArticle',
    '@id': articleNodeId(analysis, site),
    url: articleUrl(analysis, site),
    headline: analysis.article.title ?? analysis.article.id,
  };
  if (analysis.article.published) basedOn['datePublished'] = analysis.article.published;
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const node = quotationNode(statement, analysis, site, basedOn, entities);
  const speaker = statement.speaker ? entities.get(statement.speaker) : undefined;
  // On its own page the creator is described in full, not only referenced.
  if (speaker) node['creator'] = actorNode(speaker, analysis, site);
  return { '@context': schemaOrgContext, ...node };
}
