import { z } from 'astro/zod';

/** Bumped whenever the JSON export changes shape. */
export const SCHEMA_VERSION = '1.0.0';

const offset = z.number().int().nonnegative();

/** A passage of the source file: `source.slice(start, end) === text`. */
export const SpanSchema = z.object({
  /** Offset of the first UTF-16 code unit, counted from the start of the file. */
  start: offset,
  /** Offset just past the last code unit. */
  end: offset,
  /** The passage exactly as it stands in the file. */
  text: z.string(),
});

/** Someone who speaks or is spoken of. */
export const EntitySchema = z.object({
  /** Stable, readable id: the registry id, or a slug of the name for unregistered actors. */
  id: z.string(),
  /** Display name. */
  name: z.string(),
  /** person, organization, or an anonymous group ("U.S. officials"). */
  type: z.enum(['person', 'organization', 'group']),
  /** Every other form the copy or the registry uses for this actor. */
  aliases: z.array(z.string()),
  /** False when the actor was found in the copy but is not in the registry. */
  registered: z.boolean(),
  /** Role held at the time of publication, as a reader would say it. */
  role: z.string().nullable(),
  /** Registry id or name of the organization the role belongs to. */
  affiliation: z.string().nullable(),
  /** For anonymous groups: how the copy describes them. */
  description: z.string().nullable(),
});

/** A span that refers to an actor. */
export const MentionSchema = SpanSchema.extend({
  /** Id of the actor referred to. */
  entity: z.string(),
  /** How the actor is named here. */
  form: z.enum(['name', 'surname', 'title', 'alias', 'pronoun', 'description']),
});

/** Reported speech. */
export const StatementSchema = SpanSchema.extend({
  /** Stable, readable id, unique across the site: `<article>--<first words>` (no speaker, so corrections keep links). */
  id: z.string(),
  /** direct quote, partial quote inside reported speech, or indirect speech (paraphrase). */
  kind: z.enum(['direct', 'partial', 'indirect']),
  /** Entity id of the speaker, or null when no speaker could be found. */
  speaker: z.string().nullable(),
  /** The reporting verb as printed ("said", "warned"), or null. */
  cue: z.string().nullable(),
  /** Where the cue stands. */
  cueSpan: SpanSchema.nullable(),
  /** The words that name the speaker in this sentence or nearby. */
  speakerSpan: SpanSchema.nullable(),
  /** The sentence (or sentences) the statement sits in. */
  sentence: SpanSchema,
  /** Where it was said, when the copy says ("an interview with NBC"). */
  occasion: z.string().nullable(),
  /** Topic ids the statement touches. */
  topics: z.array(z.string()),
  /** extracted by rules, or added/corrected by an editor. */
  origin: z.enum(['extracted', 'editor']),
});

/** A resolved date range. */
export const DateRangeSchema = z.object({
  /** First day (YYYY-MM-DD), or null when unknown. */
  start: z.string().nullable(),
  /** Last day (YYYY-MM-DD), inclusive, or null when unknown. */
  end: z.string().nullable(),
  /** How precise the range is. */
  precision: z.enum(['day', 'week', 'month', 'year', 'unknown']),
});

/** Something that happened or is expected, found from a time expression. */
export const EventSchema = SpanSchema.extend({
  /** Stable, readable id. */
  id: z.string(),
  /** The resolved date range. */
  date: DateRangeSchema,
  /** on (the range itself), about, before or after publication, or upcoming. */
  qualifier: z.enum(['on', 'about', 'before', 'after', 'upcoming']),
  /** Tense of the clause the expression stands in. */
  tense: z.enum(['past', 'present', 'future']),
  /** The sentence that tells what happened. */
  sentence: SpanSchema,
  /** Entity ids of the actors mentioned in that sentence. */
  participants: z.array(z.string()),
  /** When an editor corrected the resolved date: why. Null for dates resolved by the rules. */
  correction: z.string().nullable(),
});

/** An actor's stance on a topic. */
export const PositionSchema = z.object({
  /** Stable id: `<holder>--<topic>`. */
  id: z.string(),
  /** Entity id of the actor. */
  holder: z.string(),
  /** Topic id. */
  topic: z.string(),
  /** The stance taken. */
  stance: z.enum(['supports', 'opposes', 'conditional', 'undecided', 'neutral']),
  /** One line in words. */
  summary: z.string(),
  /** Date the position was stated (YYYY-MM-DD): the statement's event date or the publication date. */
  date: z.string().nullable(),
  /** Ids of the statements that are its evidence. */
  evidence: z.array(z.string()),
  /** derived from statements, or declared by an editor. */
  origin: z.enum(['derived', 'editor']),
});

/** An editor's note at a passage. */
export const NoteSchema = z.object({
  /** Stable id. */
  id: z.string(),
  /** correction, context or flag. */
  kind: z.enum(['correction', 'context', 'flag']),
  /** What the note says. */
  text: z.string(),
  /** The passage it is anchored to. */
  anchor: SpanSchema,
});

/** A problem found while reading the copy. */
export const DiagnosticSchema = z.object({
  /** What is wrong and what to do. */
  message: z.string(),
  /** 1-based line in the file. */
  line: z.number().int().positive(),
  /** 1-based column in the file. */
  column: z.number().int().positive(),
  /** Machine name of the rule that fired. */
  ruleId: z.string(),
  /** True when the article cannot be published as it is. */
  fatal: z.boolean(),
});

/** The article as the analysis sees it. */
export const ArticleMetaSchema = z.object({
  /** Id of the article: the file's name without extension. */
  id: z.string(),
  title: z.string().nullable(),
  /** Publication date-time or date as given. */
  published: z.string().nullable(),
  /** YYYY-MM-DD of the publication date: the reference for relative dates. */
  publishedDate: z.string().nullable(),
  publishedInferred: z.boolean(),
  source: z.object({ name: z.string(), url: z.string().nullable() }),
  retrieved: z.string().nullable(),
  language: z.string(),
  /** Offset where the body starts (just after the frontmatter). */
  bodyStart: offset,
});

/** Everything analyze() returns: the JSON export. */
export const AnalysisSchema = z.object({
  /** Version of this shape. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: ArticleMetaSchema,
  entities: z.array(EntitySchema),
  mentions: z.array(MentionSchema),
  statements: z.array(StatementSchema),
  events: z.array(EventSchema),
  positions: z.array(PositionSchema),
  notes: z.array(NoteSchema),
  /** Warnings and errors, in the order they occur in the file. */
  diagnostics: z.array(DiagnosticSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type DateRange = z.infer<typeof DateRangeSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;
