/**
 * What an actor's page (`/people/<id>/`, `/organizations/<id>/`) and the actor indexes show, built in one
 * pass over every article: roles with dates, every statement grouped by article and then by topic, the
 * actor's positions over time (a changed stance marked as a change, by stanceHistories()), and how often
 * each article mentions them.
 *
 * Roles come from the registry; an actor the registry does not know shows the role each copy gives it,
 * with the article that gives it. Anonymous groups have no pages (see actorHref()).
 */
import type { Analysis, Entity, Mention, Statement } from '../schema/analysis.ts';
import type { Organization, Person } from '../schema/registry.ts';
import { stanceHistories, type StanceRow } from './stanceHistory.ts';

export type ActorType = 'person' | 'organization';

/** An article as the actor pages need it. */
export interface ActorSource {
  id: string;
  analysis: Analysis;
}

/** The registry, as id → entry. */
export interface ActorRegistry {
  people: ReadonlyMap<string, Person>;
  organizations: ReadonlyMap<string, Organization>;
  /** Topic id → name. */
  topics: ReadonlyMap<string, string>;
}

/** A role, from the registry (with dates when known) or as a copy gives it. */
export interface ActorRole {
  title: string;
  /** Registry id of the organization the role belongs to, when known. */
  organization: string | null;
  /** First and last day (YYYY-MM-DD); null when not known or, for `end`, while the role is held. */
  start: string | null;
  end: string | null;
  /** registry: an editor recorded it; copy: an article gives it (the actor is not in the registry, or the registry lists no roles). */
  from: 'registry' | 'copy';
  /** For roles from the copy: the articles that give it. */
  articles: Array<{ id: string; title: string }>;
}

/** A statement with the links a reader follows from an actor page. */
export interface ActorStatement {
  statement: Statement;
  /** The quote's own page. */
  quoteHref: string;
  /** Its anchor in the article. */
  anchorHref: string;
}

/** The statements of one article on one topic (topicId null: statements tied to no topic). */
export interface ActorTopicGroup {
  topicId: string | null;
  topicName: string;
  statements: ActorStatement[];
}

/** What the actor said in one article. */
export interface ActorArticleGroup {
  articleId: string;
  articleTitle: string;
  /** Publication day, or null. */
  published: string | null;
  /** The role the article gives the actor at the time (the analysis entity's role), or null. */
  roleThen: string | null;
  /** Distinct statements in this article. */
  count: number;
  /** One group per topic in the order the topics first come up; a statement on two topics stands in both. */
  topics: ActorTopicGroup[];
}

/** How often one article mentions the actor. */
export interface ActorMentions {
  articleId: string;
  articleTitle: string;
  published: string | null;
  count: number;
  /** Count per form of reference ("name", "surname", "pronoun"…), in descending order. */
  forms: Array<{ form: Mention['form']; count: number }>;
}

/** The actor's positions on one topic. */
export interface ActorStances {
  topicId: string;
  topicName: string;
  row: StanceRow;
}

/** A person who holds (or held) a role in an organization, for the organization's page. */
export interface ActorMember {
  id: string;
  name: string;
  title: string;
  start: string | null;
  end: string | null;
}

/** Everything one actor's page shows. */
export interface ActorPage {
  id: string;
  type: ActorType;
  name: string;
  description: string | null;
  registered: boolean;
  aliases: string[];
  /** For organizations in the registry: what kind of body it is. */
  kind: Organization['kind'] | null;
  /** For organizations: the parent organization's id and name. */
  parent: { id: string; name: string } | null;
  roles: ActorRole[];
  /** Newest article first. */
  statements: ActorArticleGroup[];
  statementCount: number;
  /** One per topic, by topic name. */
  stances: ActorStances[];
  /** Changes of stance across all topics. */
  changeCount: number;
  /** Newest article first. */
  mentions: ActorMentions[];
  mentionCount: number;
  /** Articles that mention the actor or quote them. */
  articleCount: number;
  /** For organizations: registry people with a role in it. */
  members: ActorMember[];
}

interface Accumulator {
  page: ActorPage;
  /** Copy roles by title. */
  copyRoles: Map<string, ActorRole>;
  articles: Set<string>;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first, undated last, then by id: the order of the home page. */
function newestFirst(a: { published: string | null; articleId: string }, b: { published: string | null; articleId: string }): number {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  return pa < pb ? 1 : pa > pb ? -1 : compare(a.articleId, b.articleId);
}

function emptyPage(id: string, type: ActorType, name: string): ActorPage {
  return {
    id,
    type,
    name,
    description: null,
    registered: false,
    aliases: [],
    kind: null,
    parent: null,
    roles: [],
    statements: [],
    statementCount: 0,
    stances: [],
    changeCount: 0,
    mentions: [],
    mentionCount: 0,
    articleCount: 0,
    members: [],
  };
}

/**
 * Every person's or organization's page: the registry's actors, and every actor of that type that an
 * analysis found, sorted by name. One pass over the articles; stance histories are computed once.
 */
export function actorPages(type: ActorType, articles: readonly ActorSource[], registry: ActorRegistry): ActorPage[] {
  const actors = new Map<string, Accumulator>();
  const add = (id: string, name: string): Accumulator => {
    let acc = actors.get(id);
    if (!acc) actors.set(id, (acc = { page: emptyPage(id, type, name), copyRoles: new Map(), articles: new Set() }));
    return acc;
  };

  if (type === 'person') {
    for (const [id, person] of registry.people) {
      const { page } = add(id, person.name);
      page.registered = true;
      page.description = person.description ?? null;
      page.aliases = [...person.aliases];
      page.roles = person.roles.map((r) => ({ title: r.title, organization: r.organization ?? null, start: r.start ?? null, end: r.end ?? null, from: 'registry', articles: [] }));
    }
  } else {
    for (const [id, organization] of registry.organizations) {
      const { page } = add(id, organization.name);
      page.registered = true;
      page.description = organization.description ?? null;
      page.aliases = [...organization.aliases];
      page.kind = organization.kind;
      const parent = organization.parent ? registry.organizations.get(organization.parent) : undefined;
      if (organization.parent) page.parent = { id: organization.parent, name: parent?.name ?? organization.parent };
    }
    for (const [personId, person] of registry.people) {
      for (const role of person.roles) {
        const org = role.organization ? actors.get(role.organization) : undefined;
        org?.page.members.push({ id: personId, name: person.name, title: role.title, start: role.start ?? null, end: role.end ?? null });
      }
    }
  }

  for (const { id: articleId, analysis } of articles) {
    const title = analysis.article.title ?? articleId;
    const published = analysis.article.publishedDate;
    const mine = new Map<string, Entity>();
    for (const entity of analysis.entities) {
      if (entity.type !== type) continue;
      mine.set(entity.id, entity);
      const acc = add(entity.id, entity.name);
      if (!acc.page.registered && entity.description && !acc.page.description) acc.page.description = entity.description;
      if (entity.role) {
        const role = acc.copyRoles.get(entity.role) ?? { title: entity.role, organization: entity.affiliation, start: null, end: null, from: 'copy' as const, articles: [] };
        role.articles.push({ id: articleId, title });
        acc.copyRoles.set(entity.role, role);
      }
    }
    if (mine.size === 0) continue;

    // Statements, by speaker, then by topic in the order topics first come up in the article.
    const groups = new Map<string, { group: ActorArticleGroup; byTopic: Map<string | null, ActorTopicGroup> }>();
    for (const statement of analysis.statements) {
      const speaker = statement.speaker ? mine.get(statement.speaker) : undefined;
      if (!speaker) continue;
      let entry = groups.get(speaker.id);
      if (!entry) {
        entry = { group: { articleId, articleTitle: title, published, roleThen: speaker.role, count: 0, topics: [] }, byTopic: new Map() };
        groups.set(speaker.id, entry);
      }
      entry.group.count++;
      const item: ActorStatement = { statement, quoteHref: `/quotes/${statement.id}/`, anchorHref: `/articles/${articleId}/#${statement.id}` };
      for (const topicId of statement.topics.length ? statement.topics : [null]) {
        let topic = entry.byTopic.get(topicId);
        if (!topic) {
          topic = { topicId, topicName: topicId === null ? 'Not tied to a topic' : (registry.topics.get(topicId) ?? topicId), statements: [] };
          entry.byTopic.set(topicId, topic);
        }
        topic.statements.push(item);
      }
    }
    for (const [actorId, { group, byTopic }] of groups) {
      // Statements tied to no topic come last.
      group.topics = [...byTopic.values()].sort((a, b) => Number(a.topicId === null) - Number(b.topicId === null));
      const acc = actors.get(actorId) as Accumulator;
      acc.page.statements.push(group);
      acc.page.statementCount += group.count;
      acc.articles.add(articleId);
    }

    const mentions = new Map<string, Map<Mention['form'], number>>();
    for (const mention of analysis.mentions) {
      if (!mine.has(mention.entity)) continue;
      let forms = mentions.get(mention.entity);
      if (!forms) mentions.set(mention.entity, (forms = new Map()));
      forms.set(mention.form, (forms.get(mention.form) ?? 0) + 1);
    }
    for (const [actorId, forms] of mentions) {
      const count = [...forms.values()].reduce((n, c) => n + c, 0);
      const acc = actors.get(actorId) as Accumulator;
      acc.page.mentions.push({
        articleId,
        articleTitle: title,
        published,
        count,
        forms: [...forms].map(([form, n]) => ({ form, count: n })).sort((a, b) => b.count - a.count || compare(a.form, b.form)),
      });
      acc.page.mentionCount += count;
      acc.articles.add(articleId);
    }
  }

  const histories = stanceHistories(articles);
  for (const [topicId, rows] of histories) {
    for (const row of rows) {
      const acc = actors.get(row.holder);
      if (!acc) continue;
      acc.page.stances.push({ topicId, topicName: registry.topics.get(topicId) ?? topicId, row });
      acc.page.changeCount += row.changes.length;
    }
  }

  const pages: ActorPage[] = [];
  for (const { page, copyRoles, articles: seen } of actors.values()) {
    // The copy's roles stand in when the registry has none to give.
    if (page.roles.length === 0) page.roles = [...copyRoles.values()];
    page.statements.sort(newestFirst);
    page.mentions.sort(newestFirst);
    page.stances.sort((a, b) => a.topicName.localeCompare(b.topicName) || compare(a.topicId, b.topicId));
    page.members.sort((a, b) => compare(b.start ?? '', a.start ?? '') || a.name.localeCompare(b.name));
    page.articleCount = seen.size;
    pages.push(page);
  }
  return pages.sort((a, b) => a.name.localeCompare(b.name) || compare(a.id, b.id));
}

/** "3 statements", "1 mention". */
export function countInWords(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Words for each form of reference, for the mentions list. */
export const mentionFormWords: Record<Mention['form'], string> = {
  name: 'by name',
  surname: 'by surname',
  title: 'by title',
  alias: 'by another name',
  pronoun: 'by pronoun',
  description: 'by description',
};
