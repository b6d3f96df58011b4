import { z } from 'astro/zod';

/** A calendar date written as YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'this calendar date does not exist',
  });

/** A dated role: an office or an affiliation someone held. */
export const RoleSchema = z
  .object({
    /** The title as a reader would say it, e.g. "U.S. Secretary of State". Required. */
    title: z.string().min(1),
    /** Registry id of the organization the role belongs to, if any. */
    organization: z.string().optional(),
    /** First day in the role (YYYY-MM-DD), if known. */
    start: isoDate.optional(),
    /** Last day in the role (YYYY-MM-DD); leave out while the role is held. */
    end: isoDate.optional(),
  })
  .strict()
  .refine((role) => !role.start || !role.end || role.start <= role.end, {
    message: 'the role ends before it starts: swap start and end, or correct one of them',
    path: ['end'],
  });

/** A person in the registry: `content/people/<id>.yaml`. */
export const PersonSchema = z
  .object({
    /** Full name as usually printed, e.g. "Ada Lovelace". Required. */
    name: z.string().min(1),
    /** Other ways the copy may name them: surname, nickname, transliterations. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Grammatical gender used to resolve pronouns; "unknown" matches any pronoun. */
    gender: z.enum(['female', 'male', 'nonbinary', 'unknown']).default('unknown'),
    /** Offices and affiliations with their dates, newest last. */
    roles: z.array(RoleSchema).default([]),
    /** One line a reader sees on the person's page. */
    description: z.string().optional(),
  })
  .strict();

/** An organization: a government, ministry, company, broadcaster, party… */
export const OrganizationSchema = z
  .object({
    /** Name as usually printed. Required. */
    name: z.string().min(1),
    /** Other names, acronyms and metonyms that stand for it ("Moscow", "the Kremlin"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** What kind of body it is. */
    kind: z.enum(['government', 'ministry', 'company', 'broadcaster', 'party', 'agency', 'ngo', 'court', 'military', 'other']).default('other'),
    /** Registry id of a parent organization (a ministry's government), if any. */
    parent: z.string().optional(),
    /** One line a reader sees on the organization's page. */
    description: z.string().optional(),
  })
  .strict();

/** A topic that positions are taken on: `content/topics/<id>.yaml`. */
export const TopicSchema = z
  .object({
    /** Name of the issue, e.g. "Sanctions on Russia". Required. */
    name: z.string().min(1),
    /** Words or phrases whose presence in a statement ties it to this topic (lower case). */
    keywords: z.array(z.string().min(1)).min(1),
    /** One line describing the issue. */
    description: z.string().optional(),
  })
  .strict();

export type Role = z.infer<typeof RoleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Topic = z.infer<typeof TopicSchema>;

/** The registry that analyze() resolves names against, keyed by id (the file's name). */
export interface Registry {
  people: Record<string, Person>;
  organizations: Record<string, Organization>;
  topics: Record<string, Topic>;
}

export const emptyRegistry: Registry = { people: {}, organizations: {}, topics: {} };
