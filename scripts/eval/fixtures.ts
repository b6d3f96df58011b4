/**
 * Reads the hand-annotated corpus (tests/fixtures/corpus/NAME.md + NAME.expected.json), checks that the
 * expected file is well formed and that every annotated text stands verbatim in the article, and turns
 * each annotation into a span with offsets, so the scorer compares positions and not just strings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DateRange } from '../../src/schema/analysis.ts';

/** A half-open range of offsets into the whole file (frontmatter included, like the engine's spans). */
export interface Range {
  start: number;
  end: number;
}

/** Who the annotator says is speaking: the name or description, and other names that also count. */
export interface GoldSpeaker {
  speaker: string;
  /** Other acceptable names, e.g. the organization a spokesperson speaks for. */
  speakerAlso: string[];
}

export type QuoteKind = 'direct' | 'partial';
export type Precision = DateRange['precision'];

export interface GoldQuote extends Range, GoldSpeaker {
  text: string;
  kind: QuoteKind;
}

export interface GoldIndirect extends Range, GoldSpeaker {
  text: string;
}

export interface GoldTime extends Range {
  text: string;
  date: DateRange;
}

export interface GoldNotStatement extends Range {
  text: string;
}

/** One fixture with every annotation located in the source. */
export interface Gold {
  /** The article's file name without extension. */
  id: string;
  /** The whole file, as analyze() receives it. */
  source: string;
  /** Offset where the body starts, after the frontmatter. */
  bodyStart: number;
  /** The publication date (YYYY-MM-DD) that relative times resolve against. */
  published: string;
  quotes: GoldQuote[];
  indirect: GoldIndirect[];
  people: string[];
  times: GoldTime[];
  notStatements: GoldNotStatement[];
}

/** A fixture that cannot be used as it stands; the message names the file and every problem in it. */
export class FixtureError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'FixtureError';
    this.file = file;
    this.problems = problems;
  }
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const precisions: readonly Precision[] = ['day', 'week', 'month', 'year', 'unknown'];
const kinds: readonly QuoteKind[] = ['direct', 'partial'];
/** Marks that can open a quotation; a quote's text must start right after one of them. */
const openingMarks = new Set(['“', '"', '‘', "'", '«', '„']);
const closingMarks = new Set(['”', '"', '’', "'", '»', '“']);
const wordChar = /[\p{L}\p{N}]/u;

function isRealDay(value: string): boolean {
  if (!isoDay.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The frontmatter split from the body, by the same `---` fences the engine reads. */
function splitArticle(source: string): { yaml: string; bodyStart: number } | null {
  const lead = source.startsWith('\uFEFF') ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(source.slice(lead));
  if (!open) return null;
  const yamlStart = lead + open[0].length;
  const close = /^---[ \t]*(\r?\n|$)/m.exec(source.slice(yamlStart));
  if (!close) return null;
  return { yaml: source.slice(yamlStart, yamlStart + close.index), bodyStart: yamlStart + close.index + close[0].length };
}

/** Offsets (into the whole file) where `text` occurs in the body, standing as whole words. */
function wordOccurrences(source: string, bodyStart: number, text: string): number[] {
  const found: number[] = [];
  const startsWithWord = wordChar.test(text.charAt(0));
  const endsWithWord = wordChar.test(text.charAt(text.length - 1));
  for (let at = source.indexOf(text, bodyStart); at >= 0; at = source.indexOf(text, at + 1)) {
    const before = source.charAt(at - 1);
    const after = source.charAt(at + text.length);
    if (startsWithWord && at > bodyStart && wordChar.test(before)) continue;
    if (endsWithWord && wordChar.test(after)) continue;
    found.push(at);
  }
  return found;
}

/**
 * Offsets where `text` stands as a quote's whole content: right after an opening quotation mark and
 * right before a closing one (or before the comma that precedes it, which the conventions leave out).
 */
function quotedOccurrences(source: string, bodyStart: number, text: string): number[] {
  const found: number[] = [];
  for (let at = source.indexOf(text, bodyStart); at >= 0; at = source.indexOf(text, at + 1)) {
    const after = at + text.length;
    const closes = closingMarks.has(source.charAt(after)) || (source.charAt(after) === ',' && closingMarks.has(source.charAt(after + 1)));
    if (at > bodyStart && openingMarks.has(source.charAt(at - 1)) && closes) found.push(at);
  }
  return found;
}

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates the parsed expected file and locates every annotation in the article.
 * Throws a FixtureError listing every problem (with its JSON path) when anything is wrong.
 * Returns the located gold and warnings about texts that occur more often than they are annotated.
 */
export function locateGold(id: string, source: string, expected: unknown, file: string): { gold: Gold; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const split = splitArticle(source);
  let published = '';
  if (!split) {
    throw new FixtureError(file, ['the article has no frontmatter: start it with a "---" block giving title: and published:']);
  }
  try {
    const meta: unknown = parseYaml(split.yaml, { schema: 'failsafe' });
    if (!isObject(meta)) problems.push('article frontmatter: expected a mapping with title: and published:');
    else {
      if (typeof meta['title'] !== 'string' || meta['title'].trim() === '') problems.push('article frontmatter: title: is missing or empty');
      const value = meta['published'];
      if (typeof value !== 'string' || !isRealDay(value)) problems.push('article frontmatter: published: must be a calendar date YYYY-MM-DD');
      else published = value;
    }
  } catch (error) {
    problems.push(`article frontmatter: invalid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  const { bodyStart } = split;
  const body = source.slice(bodyStart);
  const gold: Gold = { id, source, bodyStart, published, quotes: [], indirect: [], people: [], times: [], notStatements: [] };

  if (!isObject(expected)) throw new FixtureError(file, ['the expected file must be a JSON object with quotes, indirect, people, times and notStatements']);
  const allowedTop = ['quotes', 'indirect', 'people', 'times', 'notStatements'];
  for (const key of Object.keys(expected)) if (!allowedTop.includes(key)) problems.push(`unknown field "${key}" (allowed: ${allowedTop.join(', ')})`);
  for (const key of allowedTop) if (!Array.isArray(expected[key])) problems.push(`"${key}" must be a list (write [] when there are none)`);
  if (problems.length) throw new FixtureError(file, problems);

  const list = (key: string) => expected[key] as unknown[];
  const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

  // People first: speakers are checked against them.
  list('people').forEach((name, i) => {
    if (!nonEmptyString(name)) problems.push(`people[${i}] must be a non-empty name`);
    else if (!body.includes(name)) problems.push(`people[${i}] "${name}" does not occur in the article: give the full name as first printed`);
    else if (gold.people.includes(name)) problems.push(`people[${i}] "${name}" is listed twice`);
    else gold.people.push(name);
  });
  const lowerBody = body.toLowerCase();
  const checkSpeaker = (where: string, entry: Raw): GoldSpeaker | null => {
    const { speaker, speakerAlso } = entry;
    let ok = true;
    if (!nonEmptyString(speaker)) {
      problems.push(`${where}.speaker must be a non-empty name or description`);
      return null;
    }
    const also: string[] = [];
    if (speakerAlso !== undefined) {
      if (!Array.isArray(speakerAlso) || !speakerAlso.every(nonEmptyString)) {
        problems.push(`${where}.speakerAlso must be a list of names`);
        ok = false;
      } else also.push(...speakerAlso);
    }
    for (const name of [speaker, ...also]) {
      // A speaker is a listed person, or a group/organization named in the text: catches typos.
      if (!gold.people.includes(name) && !lowerBody.includes(name.toLowerCase())) {
        problems.push(`${where}: speaker "${name}" is neither in "people" nor printed in the article`);
        ok = false;
      }
    }
    return ok ? { speaker, speakerAlso: also } : null;
  };

  // Entries with the same text take successive occurrences, unless "occurrence" (1-based) says which.
  const locate = (category: string, where: string, text: string, occurrence: unknown, candidates: number[], used: Map<string, number>): Range | null => {
    if (occurrence !== undefined && (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1)) {
      problems.push(`${where}.occurrence must be a whole number from 1`);
      return null;
    }
    const key = `${category}\u0000${text}`;
    const index = typeof occurrence === 'number' ? occurrence - 1 : (used.get(key) ?? 0);
    if (typeof occurrence !== 'number') used.set(key, index + 1);
    const at = candidates[index];
    if (candidates.length === 0) {
      const anywhere = source.indexOf(text, bodyStart) >= 0;
      problems.push(
        `${where} "${text}" ${anywhere ? (category === 'quote' || category === 'notStatement' ? 'occurs, but never as the whole content of a pair of quotation marks: give everything inside the marks' : 'occurs only inside a longer word') : 'does not occur verbatim in the article'}`,
      );
      return null;
    }
    if (at === undefined) {
      problems.push(`${where} "${text}" asks for occurrence ${index + 1} but the article has only ${candidates.length}`);
      return null;
    }
    return { start: at, end: at + text.length };
  };
  const ambiguity = (category: string, entries: { text: string; explicit: boolean }[], candidatesOf: (text: string) => number[]) => {
    const counts = new Map<string, { n: number; explicit: boolean }>();
    for (const e of entries) {
      const c = counts.get(e.text) ?? { n: 0, explicit: false };
      counts.set(e.text, { n: c.n + 1, explicit: c.explicit || e.explicit });
    }
    for (const [text, { n, explicit }] of counts) {
      const m = candidatesOf(text).length;
      if (m > n && !explicit) warnings.push(`${category} "${text}" occurs ${m} times but is annotated ${n} time(s): the first ${n} are used; add "occurrence" if another is meant`);
    }
  };
  const used = new Map<string, number>();
  const checkKeys = (where: string, entry: Raw, allowed: string[]) => {
    for (const key of Object.keys(entry)) if (!allowed.includes(key)) problems.push(`${where}: unknown field "${key}" (allowed: ${allowed.join(', ')})`);
  };

  list('quotes').forEach((entry, i) => {
    const where = `quotes[${i}]`;
    if (!isObject(entry)) return void problems.push(`${where} must be an object { text, kind, speaker }`);
    checkKeys(where, entry, ['text', 'kind', 'speaker', 'speakerAlso', 'occurrence']);
    const { text, kind } = entry;
    if (!nonEmptyString(text)) return void problems.push(`${where}.text must be the quoted words`);
    if (!kinds.includes(kind as QuoteKind)) problems.push(`${where}.kind must be "direct" or "partial"`);
    if (/,$/.test(text)) problems.push(`${where}.text ends with a comma: leave out the comma that belongs to the attribution`);
    const speaker = checkSpeaker(where, entry);
    const range = locate('quote', `${where}.text`, text, entry['occurrence'], quotedOccurrences(source, bodyStart, text), used);
    if (range && speaker && kinds.includes(kind as QuoteKind)) gold.quotes.push({ ...range, text, kind: kind as QuoteKind, ...speaker });
  });
  list('indirect').forEach((entry, i) => {
    const where = `indirect[${i}]`;
    if (!isObject(entry)) return void problems.push(`${where} must be an object { text, speaker }`);
    checkKeys(where, entry, ['text', 'speaker', 'speakerAlso', 'occurrence']);
    const { text } = entry;
    if (!nonEmptyString(text)) return void problems.push(`${where}.text must be the reported clause`);
    const speaker = checkSpeaker(where, entry);
    const range = locate('indirect', `${where}.text`, text, entry['occurrence'], wordOccurrences(source, bodyStart, text), used);
    if (range && speaker) gold.indirect.push({ ...range, text, ...speaker });
  });
  list('times').forEach((entry, i) => {
    const where = `times[${i}]`;
    if (!isObject(entry)) return void problems.push(`${where} must be an object { text, start, end, precision }`);
    checkKeys(where, entry, ['text', 'start', 'end', 'precision', 'occurrence']);
    const { text, start, end, precision } = entry;
    if (!nonEmptyString(text)) return void problems.push(`${where}.text must be the time expression`);
    let valid = true;
    for (const [field, value] of [['start', start], ['end', end]] as const) {
      if (value !== null && !(typeof value === 'string' && isRealDay(value))) {
        problems.push(`${where}.${field} must be a calendar date YYYY-MM-DD or null`);
        valid = false;
      }
    }
    if (!precisions.includes(precision as Precision)) {
      problems.push(`${where}.precision must be one of ${precisions.join(', ')}`);
      valid = false;
    }
    if (valid && typeof start === 'string' && typeof end === 'string' && start > end) {
      problems.push(`${where}: start ${start} is after end ${end}`);
      valid = false;
    }
    if (valid && (start === null) !== (end === null)) {
      problems.push(`${where}: give both start and end, or neither`);
      valid = false;
    }
    if (valid && (precision === 'unknown') !== (start === null)) {
      problems.push(`${where}: precision "unknown" goes with start and end null, and only with them`);
      valid = false;
    }
    const range = locate('time', `${where}.text`, text, entry['occurrence'], wordOccurrences(source, bodyStart, text), used);
    if (range && valid) gold.times.push({ ...range, text, date: { start: start as string | null, end: end as string | null, precision: precision as Precision } });
  });
  list('notStatements').forEach((entry, i) => {
    const where = `notStatements[${i}]`;
    const text = isObject(entry) ? entry['text'] : entry;
    const occurrence = isObject(entry) ? entry['occurrence'] : undefined;
    if (isObject(entry)) checkKeys(where, entry, ['text', 'occurrence']);
    if (!nonEmptyString(text)) return void problems.push(`${where} must be the text inside the marks (or { text, occurrence })`);
    if (/,$/.test(text)) problems.push(`${where} ends with a comma: leave out the comma that follows the title`);
    const range = locate('notStatement', where, text, occurrence, quotedOccurrences(source, bodyStart, text), used);
    if (range) gold.notStatements.push({ ...range, text });
  });

  const explicit = (entries: unknown[]) =>
    entries.flatMap((e) => {
      const text = isObject(e) ? e['text'] : e;
      return typeof text === 'string' ? [{ text, explicit: isObject(e) && e['occurrence'] !== undefined }] : [];
    });
  ambiguity('quote', [...explicit(list('quotes')), ...explicit(list('notStatements'))], (t) => quotedOccurrences(source, bodyStart, t));
  ambiguity('indirect', explicit(list('indirect')), (t) => wordOccurrences(source, bodyStart, t));
  ambiguity('time', explicit(list('times')), (t) => wordOccurrences(source, bodyStart, t));

  // Two annotations of the same category on one span are a copy-paste slip.
  for (const [name, spans] of [['quotes', gold.quotes], ['indirect', gold.indirect], ['times', gold.times], ['notStatements', gold.notStatements]] as const) {
    const seen = new Set<string>();
    for (const s of spans as Range[]) {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) problems.push(`${name}: two entries point at the same passage (offset ${s.start}); use "occurrence" for a repeated text`);
      seen.add(key);
    }
  }
  if (problems.length) throw new FixtureError(file, problems);
  return { gold, warnings };
}

/** Reads one fixture pair; throws a FixtureError naming the file when it is missing, malformed or wrong. */
export function loadFixture(articlePath: string): { gold: Gold; warnings: string[] } {
  const id = basename(articlePath, '.md');
  const expectedPath = articlePath.replace(/\.md$/, '.expected.json');
  if (!existsSync(expectedPath)) throw new FixtureError(expectedPath, [`missing: every corpus article needs its hand-written ${id}.expected.json`]);
  const source = readFileSync(articlePath, 'utf8');
  let expected: unknown;
  try {
    expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
  } catch (error) {
    throw new FixtureError(expectedPath, [`not valid JSON: ${(error as Error).message}`]);
  }
  return locateGold(id, source, expected, expectedPath);
}

/** The article files of a corpus directory, sorted by name. */
export function listFixtures(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => join(dir, name));
}
