import { SCHEMA_VERSION, type Analysis, type Entity, type Event, type Mention, type Note, type Position, type Span, type Statement } from '../schema/analysis.ts';
import type { Registry } from '../schema/registry.ts';
import type { FrontmatterResult } from './frontmatter.ts';
import { Diagnostics } from './diagnostics.ts';
import { parseFrontmatter, offsetOfPath } from './frontmatter.ts';
import { LineIndex } from './text/lineIndex.ts';
import { maskMarkdown } from './text/maskMarkdown.ts';
import { splitSentences } from './text/sentences.ts';
import { tokenize } from './text/tokenize.ts';
import { slugify, IdAllocator } from './text/slug.ts';
import { lowerBound } from './text/lowerBound.ts';
import { blankFrom, fewerPiecesThan } from './text/words.ts';
import { findQuotes } from './quotes/findQuotes.ts';
import { findEntities, type EntityIndex } from './entities/findEntities.ts';
import { attributeStatements, type StatementDraft } from './statements/attribute.ts';
import { findTimeExpressions } from './time/findTimeExpressions.ts';
import { derivePositions, topicsOf } from './positions/derivePositions.ts';
import { findAnchor } from './editorial/findAnchor.ts';

/** Options for analyze(). */
export interface AnalyzeOptions {
  /** Id of the article (the file name without extension); prefixes statement ids. Defaults to "article". */
  id?: string;
}

/**
 * Reads one article copy (Markdown with YAML frontmatter) against the registry and returns its entities,
 * statements, events, positions and notes. Pure: no I/O, no Astro. Never throws; problems are diagnostics.
 */
export function analyze(markdown: string, registry: Registry, options: AnalyzeOptions = {}): Analysis {
  const id = options.id ?? 'article';
  const lines = new LineIndex(markdown);
  const diagnostics = new Diagnostics(lines);
  let frontmatter: FrontmatterResult;
  try {
    frontmatter = parseFrontmatter(markdown, diagnostics);
  } catch (error) {
    diagnostics.fail(0, 'internal-error', `the frontmatter could not be read (${(error as Error).message}); please report this with the file`);
    frontmatter = { data: null, split: { yaml: null, yamlStart: 0, bodyStart: 0 }, document: null };
  }
  const data = frontmatter.data;
  const published = data?.published ?? null;
  const publishedDate = published ? published.slice(0, 10) : null;
  const bodyStart = frontmatter.split.bodyStart;
  const base: Analysis = {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id,
      title: data?.title ?? null,
      published,
      publishedDate,
      publishedInferred: data?.publishedInferred ?? false,
      source: { name: data?.source?.name ?? 'unknown', url: (data?.source && 'url' in data.source ? data.source.url : undefined) ?? data?.url ?? null },
      retrieved: data?.retrieved ?? null,
      language: data?.language ?? 'en',
      bodyStart,
    },
    entities: [],
    mentions: [],
    statements: [],
    events: [],
    positions: [],
    notes: [],
    diagnostics: [],
  };
  if (blankFrom(markdown, bodyStart)) {
    diagnostics.warn(bodyStart, 'body-empty', 'the article has no body text: paste the copy below the frontmatter');
  }
  try {
    extract(markdown, registry, id, publishedDate, frontmatter, diagnostics, lines, base);
  } catch (error) {
    // A bug in a rule must not take the build down silently or loudly: it is reported with the place it hit.
    diagnostics.fail(bodyStart, 'internal-error', `analysis failed on this article (${(error as Error).message}). The copy is kept as it is; please report this with the file.`);
  }
  base.diagnostics = diagnostics.sorted();
  return base;
}

/**
 * slugify(text, n) of a long statement, without slugifying all of it: a prefix that already yields n + 1 words
 * has the same first n words as the whole text.
 */
function leadingSlug(text: string, words: number): string {
  for (let length = 160; length < text.length; length *= 4) {
    const slug = slugify(text.slice(0, length), words + 1);
    if (slug.split('-').length > words) return slug.split('-').slice(0, words).join('-');
  }
  return slugify(text, words);
}

function extract(
  source: string,
  registry: Registry,
  articleId: string,
  publishedDate: string | null,
  frontmatter: FrontmatterResult,
  diagnostics: Diagnostics,
  lines: LineIndex,
  out: Analysis,
): void {
  const { bodyStart } = frontmatter.split;
  const prose = maskMarkdown(source, bodyStart);
  const sentences = splitSentences(prose.text, prose.blocks);
  const tokens = tokenize(prose.text, bodyStart);
  const quotes = findQuotes(prose.text, prose.blocks, diagnostics);
  const quoteSpans = quotes.map((q) => ({ start: q.open, end: (q.close ?? q.contentEnd) + 1 }));
  // Names inside quoted titles and nicknames ("Les Heures Bleues", the “Harbour Hurricane”) are not actors.
  const titleQuotes = quotes.filter((q) => {
    const content = prose.text.slice(q.contentStart, q.contentEnd);
    // Most quotes are sentences: more than eight words rules them out before any splitting.
    if (!fewerPiecesThan(content, 9)) return false;
    const words = content.split(/\s+/);
    return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|a|an|and|in|on|at|to|for|de|la|le|les|des|du|di|da|del|van|von|y|el)$/.test(w)) && !/[.!?]$/.test(content);
  });
  const index = findEntities(prose.text, tokens, sentences, registry, quoteSpans, titleQuotes.map((q) => ({ start: q.contentStart, end: q.contentEnd })));
  const drafts = attributeStatements({ source, prose: prose.text, tokens, sentences, quotes, index });
  const span = (start: number, end: number): Span => ({ start, end, text: source.slice(start, end) });
  const sentenceAt = (offset: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid] as { start: number }).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    return s && s.start <= offset && offset < s.end ? s : undefined;
  };

  // Editorial layer: corrections and additions to statements, declared positions, notes.
  const editorial = frontmatter.data?.editorial;
  const knownActor = (id: string) => id in registry.people || id in registry.organizations || index.entities.has(id);
  const anchorAt = (path: (string | number)[], anchor: Parameters<typeof findAnchor>[2]) => {
    const match = findAnchor(source, bodyStart, anchor, lines);
    if (!match.ok) diagnostics.fail(offsetOfPath(frontmatter, path), match.ruleId, match.message);
    return match.ok ? match : null;
  };
  const overlapping = (start: number, end: number) =>
    drafts
      .filter((d) => d.start < end && start < d.end)
      .sort((a, b) => Math.abs(a.start - start) + Math.abs(a.end - end) - (Math.abs(b.start - start) + Math.abs(b.end - end)));
  const ensureRegistered = (entityId: string) => {
    if (index.entities.has(entityId)) return;
    const person = registry.people[entityId];
    const org = registry.organizations[entityId];
    const entry = person ?? org;
    if (!entry) return;
    index.entities.set(entityId, { id: entityId, name: entry.name, type: person ? 'person' : 'organization', aliases: new Set(entry.aliases), registered: true, gender: 'unknown', roles: [], roleWords: new Set(), description: entry.description ?? null });
  };
  const editorIds = new Set<StatementDraft>();
  if (editorial) {
    editorial.speakers.forEach((fix, i) => {
      const match = anchorAt(['editorial', 'speakers', i, 'anchor'], fix.anchor);
      if (!knownActor(fix.speaker)) {
        diagnostics.fail(offsetOfPath(frontmatter, ['editorial', 'speakers', i, 'speaker']), 'unknown-speaker', `"${fix.speaker}" is not in the registry: add content/people/${fix.speaker}.yaml (or content/organizations/), or use the id of an existing entry`);
        return;
      }
      if (!match) return;
      const target = overlapping(match.start, match.end)[0];
      if (!target) {
        diagnostics.fail(offsetOfPath(frontmatter, ['editorial', 'speakers', i, 'anchor']), 'anchor-no-statement', 'the anchor matches the text but no statement was found there: use `editorial.add` to add it as a statement instead');
        return;
      }
      ensureRegistered(fix.speaker);
      target.speaker = fix.speaker;
      editorIds.add(target);
    });
    editorial.suppress.forEach((s, i) => {
      const match = anchorAt(['editorial', 'suppress', i, 'anchor'], s.anchor);
      if (!match) return;
      const hits = overlapping(match.start, match.end).filter((d) => d.start >= match.start - 1 && d.end <= match.end + 1);
      if (!hits.length) {
        diagnostics.warn(offsetOfPath(frontmatter, ['editorial', 'suppress', i, 'anchor']), 'suppress-nothing', 'no statement stands at this anchor, so nothing was suppressed: remove this entry or correct the anchor');
      }
      for (const h of hits) drafts.splice(drafts.indexOf(h), 1);
    });
    editorial.add.forEach((a, i) => {
      const match = anchorAt(['editorial', 'add', i, 'anchor'], a.anchor);
      if (!knownActor(a.speaker)) {
        diagnostics.fail(offsetOfPath(frontmatter, ['editorial', 'add', i, 'speaker']), 'unknown-speaker', `"${a.speaker}" is not in the registry: add content/people/${a.speaker}.yaml (or content/organizations/), or use the id of an existing entry`);
        return;
      }
      if (!match) return;
      ensureRegistered(a.speaker);
      const sentence = sentenceAt(match.start) ?? { start: match.start, end: match.end };
      const draft: StatementDraft = { kind: a.kind, start: match.start, end: match.end, speaker: a.speaker, speakerSpan: null, cue: a.cue ?? null, cueSpan: null, sentenceStart: sentence.start, sentenceEnd: Math.max(sentence.end, match.end) };
      drafts.push(draft);
      editorIds.add(draft);
    });
  }
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);

  // Entities, with the role each held on the publication date.
  const entities: Entity[] = [];
  const names = new Map<string, string>();
  const spoke = new Set(drafts.map((d) => d.speaker).filter(Boolean));
  for (const e of index.entities.values()) {
    if (e.type === 'group' && !spoke.has(e.id)) continue;
    const roleNow = currentRole(registry, e.id, publishedDate);
    entities.push({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [...e.aliases].filter((a) => a !== e.name),
      registered: e.registered,
      role: roleNow?.title ?? e.roles[0] ?? null,
      affiliation: roleNow?.organization ?? null,
      description: e.type === 'group' ? e.description : e.description,
    });
    names.set(e.id, e.name);
  }
  const keptEntities = new Set(entities.map((e) => e.id));
  const mentions: Mention[] = index.mentions
    .filter((m) => keptEntities.has(m.entity))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m, i, all) => i === 0 || m.start !== all[i - 1]?.start || m.end !== all[i - 1]?.end)
    .map((m) => ({ ...span(m.start, m.end), entity: m.entity, form: m.form }));

  const occasions = findOccasions(prose.text, bodyStart);
  // Statements with stable, readable ids: <article>--<first words of the statement>. The speaker is left out on
  // purpose: a corrected attribution must not move a published link.
  const ids = new IdAllocator();
  const statements: Statement[] = drafts.map((d) => {
    const text = source.slice(d.start, d.end);
    const words = leadingSlug(text, 8) || d.kind;
    return {
      ...span(d.start, d.end),
      id: ids.allocate(`${articleId}--${words}`),
      kind: d.kind,
      speaker: d.speaker,
      cue: d.cue,
      cueSpan: d.cueSpan ? span(d.cueSpan.start, d.cueSpan.end) : null,
      speakerSpan: d.speakerSpan ? span(d.speakerSpan.start, d.speakerSpan.end) : null,
      sentence: span(d.sentenceStart, d.sentenceEnd),
      occasion: occasionBefore(occasions, d.sentenceStart - 400, d.sentenceEnd),
      topics: topicsOf(`${text} ${d.kind === 'partial' ? source.slice(d.sentenceStart, d.sentenceEnd) : ''}`, registry),
      origin: editorIds.has(d) ? 'editor' : 'extracted',
    };
  });

  // Events from time expressions, with the actors named in their sentence.
  const events: Event[] = [];
  const eventIds = new IdAllocator();
  let times: ReturnType<typeof findTimeExpressions> = [];
  try {
    times = findTimeExpressions(prose.text, sentences, publishedDate);
  } catch (error) {
    diagnostics.fail(bodyStart, 'internal-error', `dates could not be read in this article (${(error as Error).message}); the statements are kept. Please report this with the file.`);
  }
  // Mentions are sorted by start: the actors of a sentence are found by binary search, not by a scan.
  const mentionStarts = mentions.map((m) => m.start);
  const participantsOf = (sentence: { start: number; end: number }): string[] => {
    const participants: string[] = [];
    for (let k = lowerBound(mentionStarts, sentence.start); k < mentions.length && (mentions[k] as Mention).start < sentence.end; k++) {
      const m = mentions[k] as Mention;
      if (m.end <= sentence.end && !participants.includes(m.entity)) participants.push(m.entity);
    }
    return participants;
  };
  for (const t of times) {
    const sentence = sentenceAt(t.start) ?? { start: t.start, end: t.end };
    const participants = participantsOf(sentence);
    events.push({
      ...span(t.start, t.end),
      id: eventIds.allocate(`${articleId}--${slugify(t.text, 6) || 'time'}`),
      date: t.date,
      qualifier: t.qualifier,
      tense: t.tense,
      sentence: span(sentence.start, sentence.end),
      participants,
      correction: null,
    });
  }
  editorial?.dates.forEach((fix, i) => {
    const match = anchorAt(['editorial', 'dates', i, 'anchor'], fix.anchor);
    if (!match) return;
    let event = events.find((e) => e.start < match.end && match.start < e.end);
    if (!event) {
      // The rules found no date here ("Trump’s recent threat"): the editor's date adds the event.
      const sentence = sentenceAt(match.start) ?? { start: match.start, end: match.end };
      const participants = participantsOf(sentence);
      event = {
        ...span(match.start, match.end),
        id: eventIds.allocate(`${articleId}--${slugify(source.slice(match.start, match.end), 6) || 'time'}`),
        date: { start: fix.start, end: fix.end ?? fix.start, precision: fix.precision },
        qualifier: 'on',
        tense: 'past',
        sentence: span(sentence.start, sentence.end),
        participants,
        correction: fix.reason,
      };
      events.push(event);
      events.sort((a, b) => a.start - b.start);
      return;
    }
    event.date = { start: fix.start, end: fix.end ?? fix.start, precision: fix.precision };
    event.qualifier = 'on';
    event.correction = fix.reason;
  });

  // Positions: derived, then the editors' declarations, which take precedence for the same actor and topic.
  let positions: Position[] = derivePositions(statements, source, registry, names, publishedDate);
  editorial?.positions.forEach((p, i) => {
    const path = ['editorial', 'positions', i];
    if (!knownActor(p.holder)) {
      diagnostics.fail(offsetOfPath(frontmatter, [...path, 'holder']), 'unknown-reference', `holder "${p.holder}" is not in the registry: add content/people/${p.holder}.yaml or content/organizations/${p.holder}.yaml, or correct the id`);
      return;
    }
    if (!(p.topic in registry.topics)) {
      diagnostics.fail(offsetOfPath(frontmatter, [...path, 'topic']), 'unknown-reference', `topic "${p.topic}" is not in the registry: add content/topics/${p.topic}.yaml, or correct the id`);
      return;
    }
    const evidence: string[] = [];
    p.evidence.forEach((anchor, j) => {
      const match = anchorAt([...path, 'evidence', j], anchor);
      if (!match) return;
      const s = statements.filter((st) => st.start < match.end && match.start < st.end)[0];
      if (s) evidence.push(s.id);
      else diagnostics.fail(offsetOfPath(frontmatter, [...path, 'evidence', j]), 'anchor-no-statement', 'this evidence passage is not a statement: anchor it on a quote or paraphrase, or add that statement with `editorial.add`');
    });
    ensureRegistered(p.holder);
    if (!keptEntities.has(p.holder)) {
      const e = index.entities.get(p.holder);
      if (e) {
        entities.push({ id: e.id, name: e.name, type: e.type, aliases: [...e.aliases], registered: e.registered, role: currentRole(registry, e.id, publishedDate)?.title ?? null, affiliation: null, description: e.description });
        keptEntities.add(e.id);
      }
    }
    const id = `${p.holder}--${p.topic}`;
    positions = positions.filter((x) => x.id !== id);
    positions.push({ id, holder: p.holder, topic: p.topic, stance: p.stance, summary: p.summary, date: publishedDate, evidence, origin: 'editor' });
  });

  const notes: Note[] = [];
  editorial?.notes.forEach((n, i) => {
    const match = anchorAt(['editorial', 'notes', i, 'anchor'], n.anchor);
    if (!match) return;
    notes.push({ id: `${articleId}--note-${i + 1}`, kind: n.kind, text: n.text, anchor: span(match.start, match.end) });
  });

  out.entities = entities;
  out.mentions = mentions;
  out.statements = statements;
  out.events = events;
  out.positions = positions.sort((a, b) => a.id.localeCompare(b.id));
  out.notes = notes;
}

/** The registry role an actor held on a date (the latest one that had started and not ended). */
export function currentRole(registry: Registry, id: string, date: string | null): { title: string; organization: string | null } | null {
  const roles = registry.people[id]?.roles ?? [];
  const held = roles.filter((r) => !date || ((!r.start || r.start <= date) && (!r.end || r.end >= date)));
  const role = held.at(-1);
  return role ? { title: role.title, organization: role.organization ?? null } : null;
}

const OCCASION = /\b(?:[Ii]n|[Dd]uring|[Aa]t|[Oo]n)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:(?:televised|television|TV|radio|phone|telephone|exclusive|joint|weekly|daily|recent)\s+)?(?:interview|press conference|news conference|briefing|statement|speech|address|hearing|podcast|post|op-ed|letter|summit|rally|town hall|session|debate|appearance)\b(?:\s+(?:with|on|to|at|before)\s+(?:the\s+)?[\p{Lu}][\p{L}’'.&-]*(?:\s+(?:the\s+)?[\p{Lu}][\p{L}’'.&-]*){0,4})?/u;

/** Occasions the copy names ("in an interview with the BBC’s Sunday programme"), in order. */
function findOccasions(prose: string, from: number): { start: number; end: number; text: string }[] {
  // A cheap scan for the nouns first; the full pattern runs only in a short window around each one.
  const found: { start: number; end: number; text: string }[] = [];
  OCCASION_NOUN.lastIndex = from;
  let covered = from;
  for (let n = OCCASION_NOUN.exec(prose); n; n = OCCASION_NOUN.exec(prose)) {
    const windowStart = Math.max(covered, n.index - 60);
    OCCASION_AT.lastIndex = windowStart;
    const window = prose.slice(0, n.index + n[0].length + 120);
    for (let m = OCCASION_AT.exec(window); m; m = OCCASION_AT.exec(window)) {
      if (m.index > n.index) break;
      if (m.index + m[0].length >= n.index) {
        // "in a television interview on April 3": the date is not part of the occasion.
        const text = m[0].replace(/\s+(?:on|at|in|with|before|to)\s+(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$/, '');
        found.push({ start: m.index, end: m.index + text.length, text });
        covered = m.index + m[0].length;
        break;
      }
    }
  }
  return found;
}
const OCCASION_NOUN = /\b(?:interview|press conference|news conference|briefing|statement|speech|address|hearing|podcast|post|op-ed|letter|summit|rally|town hall|session|debate|appearance)\b/g;
const OCCASION_AT = new RegExp(OCCASION.source, 'gu');

/** The last occasion named in a window before a statement's sentence ends. */
function occasionBefore(occasions: readonly { start: number; end: number; text: string }[], from: number, to: number): string | null {
  let best: string | null = null;
  for (const o of occasions) {
    if (o.start >= to) break;
    if (o.start >= from && o.end <= to) best = o.text;
  }
  return best;
}

export type { EntityIndex };
