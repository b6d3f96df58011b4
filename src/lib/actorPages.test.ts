import { describe, expect, it } from 'vitest';
import type { Mention, Statement } from '../schema/analysis.ts';
import type { Organization, Person } from '../schema/registry.ts';
import { analysisOf, entity, position, statementAt } from '../../tests/unit/outputs/fixtures.ts';
import { actorPages, type ActorRegistry } from './actorPages.ts';

const text = 'Ann Lee said “tolls must fall” and “ferries must run.” She added that the pier would reopen.';
const quote = (id: string, start: number, end: number, speaker: string | null, topics: string[], kind: Statement['kind'] = 'direct'): Statement => ({
  ...statementAt(text, id, start, end, speaker, kind),
  topics,
});
const mention = (entityId: string, form: Mention['form'], start = 0): Mention => ({ start, end: start + 3, text: text.slice(start, start + 3), entity: entityId, form });

const march = analysisOf('march', '2025-03-01', {
  title: 'Tolls row',
  entities: [entity('ann-lee', 'Ann Lee', 'person', 'Harbour Commissioner'), entity('port', 'Port of Valdren', 'organization'), entity('dock-union', 'Dock Union', 'organization')],
  statements: [
    quote('march--ann-lee-tolls', 13, 30, 'ann-lee', ['tolls']),
    quote('march--ann-lee-ferries', 35, 54, 'ann-lee', ['ferries', 'tolls']),
    quote('march--ann-lee-pier', 64, 93, 'ann-lee', [], 'indirect'),
    quote('march--dock-union-x', 13, 30, 'dock-union', ['tolls']),
  ],
  mentions: [mention('ann-lee', 'name'), mention('ann-lee', 'pronoun', 56), mention('port', 'name')],
  positions: [position('ann-lee', 'tolls', 'opposes', '2025-03-01', ['march--ann-lee-tolls'])],
});
const june = analysisOf('june', '2025-06-01', {
  title: 'Tolls vote',
  entities: [{ ...entity('ann-lee', 'Ann Lee', 'person', 'Mayor of Valdren') }, { ...entity('dock-union', 'Dock Union', 'organization', 'union of the city docks'), registered: false }],
  statements: [quote('june--ann-lee-tolls', 13, 30, 'ann-lee', ['tolls'])],
  mentions: [mention('ann-lee', 'surname'), mention('ann-lee', 'surname', 10), mention('dock-union', 'name')],
  positions: [position('ann-lee', 'tolls', 'supports', '2025-06-01', ['june--ann-lee-tolls'])],
});
const articles = [
  { id: 'march', analysis: march },
  { id: 'june', analysis: june },
];

const people = new Map<string, Person>([
  [
    'ann-lee',
    {
      name: 'Ann Lee',
      aliases: ['Lee'],
      gender: 'female',
      roles: [
        { title: 'Harbour Commissioner', organization: 'port', start: '2019-02-01', end: '2025-04-30' },
        { title: 'Mayor of Valdren', start: '2025-05-01' },
      ],
    },
  ],
  ['bo-ek', { name: 'Bo Ek', aliases: [], gender: 'unknown', roles: [] }],
]);
const organizations = new Map<string, Organization>([
  ['port', { name: 'Port of Valdren', aliases: [], kind: 'agency', parent: 'city' }],
  ['city', { name: 'City of Valdren', aliases: [], kind: 'government' }],
]);
const registry: ActorRegistry = { people, organizations, topics: new Map([['tolls', 'Harbour tolls']]) };

const person = (id: string) => actorPages('person', articles, registry).find((p) => p.id === id)!;
const organization = (id: string) => actorPages('organization', articles, registry).find((p) => p.id === id)!;

describe('actorPages', () => {
  it('lists every registry actor and every actor the analyses found, of the one type asked for, by name', () => {
    expect(actorPages('person', articles, registry).map((p) => p.id)).toEqual(['ann-lee', 'bo-ek']);
    expect(actorPages('organization', articles, registry).map((p) => p.id)).toEqual(['city', 'dock-union', 'port']);
  });

  it('gives a registered person the registry’s roles with their dates', () => {
    expect(person('ann-lee').roles.map((r) => [r.title, r.organization, r.start, r.end, r.from])).toEqual([
      ['Harbour Commissioner', 'port', '2019-02-01', '2025-04-30', 'registry'],
      ['Mayor of Valdren', null, '2025-05-01', null, 'registry'],
    ]);
  });

  it('gives an actor the registry does not know the role each copy gives it, with the articles that give it', () => {
    expect(organization('dock-union').registered).toBe(false);
    expect(organization('dock-union').roles).toEqual([{ title: 'union of the city docks', organization: null, start: null, end: null, from: 'copy', articles: [{ id: 'june', title: 'Tolls vote' }] }]);
  });

  it('groups every statement across articles by article (newest first) and then by topic, a statement on two topics in both', () => {
    const ann = person('ann-lee');
    expect(ann.statementCount).toBe(4);
    expect(ann.statements.map((g) => [g.articleId, g.count, g.roleThen])).toEqual([
      ['june', 1, 'Mayor of Valdren'],
      ['march', 3, 'Harbour Commissioner'],
    ]);
    const march = ann.statements[1]!;
    expect(march.topics.map((t) => [t.topicId, t.topicName, t.statements.map((s) => s.statement.id)])).toEqual([
      ['tolls', 'Harbour tolls', ['march--ann-lee-tolls', 'march--ann-lee-ferries']],
      ['ferries', 'ferries', ['march--ann-lee-ferries']],
      [null, 'Not tied to a topic', ['march--ann-lee-pier']],
    ]);
  });

  it('links each statement to its quote page and its anchor in the article', () => {
    const [item] = person('ann-lee').statements[0]!.topics[0]!.statements;
    expect(item).toMatchObject({ quoteHref: '/quotes/june--ann-lee-tolls/', anchorHref: '/articles/june/#june--ann-lee-tolls' });
  });

  it('shows positions over time per topic, a changed stance as a change', () => {
    const ann = person('ann-lee');
    expect(ann.stances.map((s) => s.topicName)).toEqual(['Harbour tolls']);
    const { row } = ann.stances[0]!;
    expect(row.entries.map((e) => [e.articleId, e.position.stance, e.changedFrom])).toEqual([
      ['march', 'opposes', null],
      ['june', 'supports', 'opposes'],
    ]);
    expect(ann.changeCount).toBe(1);
  });

  it('counts mentions per article and by form of reference', () => {
    const ann = person('ann-lee');
    expect(ann.mentionCount).toBe(4);
    expect(ann.mentions.map((m) => [m.articleId, m.count, m.forms])).toEqual([
      ['june', 2, [{ form: 'surname', count: 2 }]],
      ['march', 2, [{ form: 'name', count: 1 }, { form: 'pronoun', count: 1 }]],
    ]);
    expect(ann.articleCount).toBe(2);
  });

  it('gives an organization its kind, its parent and the registry people who hold roles in it', () => {
    const port = organization('port');
    expect(port.kind).toBe('agency');
    expect(port.parent).toEqual({ id: 'city', name: 'City of Valdren' });
    expect(port.members).toEqual([{ id: 'ann-lee', name: 'Ann Lee', title: 'Harbour Commissioner', start: '2019-02-01', end: '2025-04-30' }]);
  });

  it('keeps a registry actor that no article names, with nothing counted', () => {
    expect(person('bo-ek')).toMatchObject({ statementCount: 0, mentionCount: 0, articleCount: 0, statements: [], mentions: [], stances: [] });
  });
});
