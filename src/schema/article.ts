import { z } from 'astro/zod';
import { isoDate } from './registry.ts';

/** A date (YYYY-MM-DD) or an ISO 8601 date-time with an offset. */
export const dateOrDateTime = z
  .string({ error: (issue) => (issue.input === undefined ? 'required but missing' : 'expected a date such as 2025-04-27 or a date-time such as 2025-04-27T09:30:00Z') })
  // "April 27, 2025" or "27 April 2025" as printed by outlets: read into YYYY-MM-DD.
  .transform((value) => {
    if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
    const written = /^(?:[A-Z][a-z]+,?\s+)?(?:(\d{1,2})\s+([A-Z][a-z]+)\.?|([A-Z][a-z]+)\.?\s+(\d{1,2}),?)\s+(\d{4})$/.exec(value.trim());
    if (!written) return value;
    const monthName = (written[2] ?? written[3] ?? '').slice(0, 3).toLowerCase();
    const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(monthName) + 1;
    const day = Number(written[1] ?? written[4]);
    if (!month) return value;
    return `${written[5]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  })
  .superRefine((value, ctx) => {
    const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a date: write YYYY-MM-DD (2025-04-27) or an ISO date-time (2025-04-27T09:30:00Z)` });
      return;
    }
    const day = match[1] as string;
    const parsed = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
      ctx.addIssue({ code: 'custom', message: `${day} does not exist in the calendar: check the month and day` });
      return;
    }
    const [hours, minutes, seconds] = [match[2], match[3], match[4]].map((n) => Number(n ?? 0));
    if ((hours ?? 0) > 23 || (minutes ?? 0) > 59 || (seconds ?? 0) > 59) {
      ctx.addIssue({ code: 'custom', message: `"${value}" has an impossible time of day` });
    }
  });

/** An exact passage of the copy that an editorial entry attaches to. */
export const AnchorSchema = z
  .object({
    /** The passage, copied exactly as printed. Required. */
    quote: z.string().min(1),
    /** Text right before the passage, when the passage alone occurs more than once. */
    prefix: z.string().optional(),
    /** Text right after the passage, when the passage alone occurs more than once. */
    suffix: z.string().optional(),
  })
  .strict();

/** An editor's annotation shown at its anchor. */
export const NoteInputSchema = z
  .object({
    /** Where the note attaches. Required. */
    anchor: AnchorSchema,
    /** What kind of note: a correction of the copy, added context, or a flag. */
    kind: z.enum(['correction', 'context', 'flag']).default('context'),
    /** The note as readers see it. Required. */
    text: z.string().min(1),
  })
  .strict();

/** Changes an editor makes to the extracted statements and positions. */
export const EditorialSchema = z
  .object({
    /** Give the statement at the anchor a different speaker (a registry id). */
    speakers: z.array(z.object({ anchor: AnchorSchema, speaker: z.string().min(1) }).strict()).default([]),
    /** Add a statement the extraction missed. */
    add: z
      .array(
        z
          .object({
            /** The statement's content, exactly as printed. */
            anchor: AnchorSchema,
            /** Registry id of the speaker. */
            speaker: z.string().min(1),
            /** direct, partial or indirect. */
            kind: z.enum(['direct', 'partial', 'indirect']),
            /** The reporting verb, if any. */
            cue: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    /** Remove a statement the extraction found wrongly (a scare quote, say), with the reason. */
    suppress: z.array(z.object({ anchor: AnchorSchema, reason: z.string().min(1) }).strict()).default([]),
    /** Positions the editors declare, which take precedence over derived ones. */
    positions: z
      .array(
        z
          .object({
            /** Registry id of the actor holding the position. */
            holder: z.string().min(1),
            /** Registry id of the topic. */
            topic: z.string().min(1),
            /** The stance taken. */
            stance: z.enum(['supports', 'opposes', 'conditional', 'undecided', 'neutral']),
            /** One line saying the position in words. */
            summary: z.string().min(1),
            /** Passages that support it; each must match exactly once. */
            evidence: z.array(AnchorSchema).default([]),
          })
          .strict(),
      )
      .default([]),
    /** Notes anchored to passages. */
    notes: z.array(NoteInputSchema).default([]),
    /** Corrections to resolved dates, when the facts are known better than the rules can infer them. */
    dates: z
      .array(
        z
          .object({
            /** The time expression, exactly as printed ("Sunday"); add a prefix or suffix when it recurs. */
            anchor: AnchorSchema,
            /** First day (YYYY-MM-DD). */
            start: isoDate,
            /** Last day (YYYY-MM-DD); leave out for a single day. */
            end: isoDate.optional(),
            /** How precise the corrected range is. */
            precision: z.enum(['day', 'week', 'month', 'year']).default('day'),
            /** Why the date was corrected, shown to readers. */
            reason: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** The frontmatter of `content/articles/*.md`. */
export const ArticleFrontmatterSchema = z
  .object({
    /** Headline of the copy. Required. */
    title: z.string().min(1),
    /** When the story was published: YYYY-MM-DD or an ISO date-time. Required. */
    published: dateOrDateTime,
    /** True when the publication date was inferred rather than printed. */
    publishedInferred: z.boolean().default(false),
    /** Where the copy came from: an outlet name, or `{name, url}`. Leave the name as "unknown" when not known. */
    source: z
      .union([
        z.string().min(1).transform((name) => ({ name })),
        z
          .object({
            /** Outlet name. */
            name: z.string().min(1).default('unknown'),
            /** Address of the original story. */
            url: z.url({ protocol: /^https?$/ }).optional(),
          })
          .strict(),
      ])
      .optional(),
    /** Address of the original story, when given at the top level instead of under `source`. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Writer or writers of the story, as printed. */
    author: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    /** The byline as printed, when it is more than names ("By A and B in Kyiv"). */
    byline: z.string().optional(),
    /** When the story was last updated: YYYY-MM-DD or an ISO date-time. */
    updated: z.string().optional(),
    /** The outlet's section ("World", "Business"). */
    section: z.string().optional(),
    /** Free-form tags. */
    tags: z.array(z.string()).optional(),
    /** When the copy was taken (YYYY-MM-DD). */
    retrieved: isoDate.optional(),
    /** BCP 47 language tag of the copy. */
    language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'expected a language tag such as "en" or "en-GB"').default('en'),
    /** Short summary for listings and previews. */
    description: z.string().optional(),
    /** The editorial layer: corrections, additions, positions, notes. */
    editorial: EditorialSchema.default({ speakers: [], add: [], suppress: [], positions: [], notes: [], dates: [] }),
  })
  .strict();

export type Anchor = z.infer<typeof AnchorSchema>;
export type Editorial = z.infer<typeof EditorialSchema>;
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;
