import { isNode, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ArticleFrontmatterSchema, type ArticleFrontmatter } from '../schema/article.ts';
import type { Diagnostics } from './diagnostics.ts';
import { blankFrom } from './text/words.ts';

/** Where the YAML frontmatter and the body stand in the file. */
export interface FrontmatterSplit {
  /** The YAML text between the fences, or null when the file has no frontmatter. */
  yaml: string | null;
  /** Offset of the YAML text in the file. */
  yamlStart: number;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
}

const BOM = '\uFEFF';

/** Finds a `---` fenced YAML block at the top of the file (after an optional byte-order mark). */
export function splitFrontmatter(source: string): FrontmatterSplit {
  const lead = source.startsWith(BOM) ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(source.slice(lead));
  if (!open) return { yaml: null, yamlStart: lead, bodyStart: lead };
  const yamlStart = lead + open[0].length;
  const close = /^---[ \t]*(\r?\n|$)/m;
  const rest = source.slice(yamlStart);
  // An empty frontmatter block closes immediately.
  const match = close.exec(rest);
  if (!match) return { yaml: null, yamlStart, bodyStart: lead };
  return { yaml: rest.slice(0, match.index), yamlStart, bodyStart: yamlStart + match.index + match[0].length };
}

/** The frontmatter as validated, or null when it is missing or invalid. */
export interface FrontmatterResult {
  data: ArticleFrontmatter | null;
  split: FrontmatterSplit;
  /** The YAML document, kept to point at the place of later problems (anchors, registry ids). */
  document: Document | null;
}

/** Offset in the file of the YAML node at `path`, or of the frontmatter when the node is missing. */
export function offsetOfPath(result: FrontmatterResult, path: readonly PropertyKey[]): number {
  const { document, split } = result;
  if (!document) return split.yamlStart;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return split.yamlStart + node.range[0];
  }
  return split.yamlStart;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/**
 * A schema problem in words an editor can act on: what is wrong with which field, and what to write.
 * `file` names the schema to look up ("src/schema/article.ts").
 */
export function describeIssue(issue: z.core.$ZodIssue, file = 'src/schema/article.ts', input?: unknown): string {
  const where = issue.path.length ? `"${issue.path.join('.')}"` : 'the frontmatter';
  // zod does not keep the input on issues; look it up to tell "missing" from "wrong type".
  const value = input === undefined ? undefined : valueAt(input, issue.path);
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${where}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'} (allowed fields are listed in ${file})`;
  }
  if (issue.message === 'required but missing' || (issue.code === 'invalid_type' && input !== undefined && value === undefined)) {
    return `${where} is required but missing: add it`;
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const received = value === null ? 'empty' : Array.isArray(value) ? 'a list' : value === undefined ? 'something else' : article(typeof value);
    const how = issue.expected === 'boolean' ? 'write true or false without quotes' : issue.expected === 'string' ? 'write it as text, in quotes if it contains ": " or starts with a quote mark' : issue.expected === 'array' ? 'write a list, one "- " item per line' : issue.expected === 'object' ? 'write the fields indented below it' : `write ${article(String(issue.expected))}`;
    return `${where} should be ${article(String(issue.expected))}, not ${received}: ${how}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return `${where} is empty: fill it in, or remove the field if it is optional`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `${where} needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}: add ${issue.minimum === 1 ? 'one' : 'them'}`;
  if (issue.code === 'invalid_value') return `${where} must be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}: pick one of them`;
  if (issue.code === 'invalid_format' && issue.format === 'url') return `${where} must be a web address starting with https:// or http://, e.g. https://example.com/story`;
  if (issue.message === 'this calendar date does not exist') return `${where}: this calendar date does not exist: check the month and day`;
  if (issue.message.includes('impossible time of day')) return `${where}: ${issue.message}: hours run 00–23, minutes and seconds 00–59`;
  return `${where}: ${issue.message}`;
}

/**
 * Where to point a YAML error. The parser reports an unclosed quote where the text ends; the editor
 * needs the place where the quote was opened.
 */
function yamlErrorOffset(document: Document, yaml: string, code: string, pos: number): number {
  if (code !== 'MISSING_CHAR') return pos;
  let opened = pos;
  visit(document, {
    Scalar(_key, node) {
      const [start, end] = node.range ?? [0, 0];
      if (start < pos && end >= pos && /^["']/.test(yaml.slice(start, start + 1))) opened = Math.min(opened, start);
    },
  });
  return opened;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What to do about a YAML syntax error, by the parser's error code. */
function yamlHint(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'a field is given twice: keep one of them';
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') return 'a value contains ": " or runs over several lines: put the whole value in quotes';
  if (code === 'MISSING_CHAR') return 'a quote or bracket is not closed: close it on the same value';
  if (code === 'BAD_INDENT' || code === 'UNEXPECTED_TOKEN') return 'check the indentation, and put values that contain ": " or start with a quote mark in quotes';
  return 'put values that contain ": ", "#" or start with a quote mark in quotes, and check the indentation';
}

const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true } as const;

// One `key: value` line whose value YAML can only read as that same text: it starts with a letter or digit,
// holds no character that is special anywhere in a plain scalar (": ", " #", brackets, tabs, line breaks),
// and does not end in a space (YAML would trim it).
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_]*): ([\p{L}\p{N}](?:[\p{L}\p{M}\p{N} .,;!?()'"’‘“”–—\-/$%]*[\p{L}\p{M}\p{N}.,;!?()'"’‘“”–—\-/$%])?)$/u;
// Plain values the YAML core schema reads as something other than text: numbers, booleans, null. A value that
// starts with a digit is left to the parser unless it is a bare date, which the core schema keeps as text.
const NOT_TEXT = /^(?:true|false|null)$/i;
const STARTS_WITH_DIGIT = /^[0-9]/;
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The frontmatter as `parseDocument(yaml).toJS()` would give it, for the simple shape only: one `key: text`
 * line per field, no blank or comment lines, no repeated key. Anything else returns null and goes to the
 * YAML parser (tests/unit/frontmatterFastPath.test.ts compares both on generated input).
 */
export function readSimpleYaml(yaml: string): Record<string, string> | null {
  if (!yaml.endsWith('\n')) return null;
  const fields: Record<string, string> = {};
  let lineStart = 0;
  while (lineStart < yaml.length) {
    const lineEnd = yaml.indexOf('\n', lineStart);
    const match = SIMPLE_LINE.exec(yaml.slice(lineStart, lineEnd));
    if (!match) return null;
    const key = match[1] as string;
    const value = match[2] as string;
    if (NOT_TEXT.test(key) || Object.hasOwn(fields, key)) return null;
    if (NOT_TEXT.test(value) || (STARTS_WITH_DIGIT.test(value) && !BARE_DATE.test(value))) return null;
    fields[key] = value;
    lineStart = lineEnd + 1;
  }
  return fields;
}

/** Reads and validates the frontmatter; problems go to `diagnostics` with their place in the file. */
export function parseFrontmatter(source: string, diagnostics: Diagnostics): FrontmatterResult {
  const split = splitFrontmatter(source);
  if (split.yaml === null && split.yamlStart > split.bodyStart) {
    // An opening fence with no closing one: the whole file would be read as YAML or as body, both wrong.
    diagnostics.fail(
      split.bodyStart,
      'frontmatter-missing',
      'the frontmatter opened by "---" on this line is never closed: add a line with only "---" after the last field, before the article text',
    );
    return { data: null, split, document: null };
  }
  if (split.yaml === null) {
    diagnostics.fail(
      split.yamlStart,
      'frontmatter-missing',
      'the article has no frontmatter: start the file with a "---" block giving at least `title:` and `published:` (YYYY-MM-DD), then "---"',
    );
    return { data: null, split, document: null };
  }
  const yaml = split.yaml;
  const simple = readSimpleYaml(yaml);
  let raw: unknown;
  let result: FrontmatterResult;
  if (simple !== null) {
    // The common shape (`title: …`, `published: 2024-03-05`) is read without the YAML parser, which is most of
    // the cost of reading a plain article. The parsed document is only needed to point at a field when
    // something is wrong, so it is built then, on first use.
    let document: Document | undefined;
    result = {
      data: null,
      split,
      get document(): Document {
        document ??= parseDocument(yaml, YAML_OPTIONS);
        return document;
      },
    };
    raw = simple;
  } else {
    const document = parseDocument(yaml, YAML_OPTIONS);
    result = { data: null, split, document };
    for (const error of document.errors) {
      diagnostics.fail(split.yamlStart + yamlErrorOffset(document, yaml, error.code, error.pos[0]), `yaml-${error.code.toLowerCase().replaceAll('_', '-')}`, `invalid YAML in the frontmatter: ${error.message.split('\n')[0]}: ${yamlHint(error.code)}`);
    }
    for (const warning of document.warnings) {
      diagnostics.warn(split.yamlStart + (warning.pos[0] ?? 0), 'yaml-warning', warning.message.split('\n')[0] ?? warning.message);
    }
    if (document.errors.length) return result;
    try {
      // maxAliasCount bounds the expansion of YAML aliases, so an alias bomb is refused, not expanded.
      raw = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      diagnostics.fail(split.yamlStart, 'yaml-aliases', `the frontmatter could not be read: ${(error as Error).message}. Write the values out instead of using many YAML aliases.`);
      return result;
    }
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    diagnostics.fail(split.yamlStart, 'frontmatter-shape', 'the frontmatter must be a mapping of fields (`title: …`), not a list or a single value');
    return result;
  }
  // YAML reads unquoted dates as Date objects; the schema wants the text as written.
  const normalized = normalizeDates(raw);
  const parsed = ArticleFrontmatterSchema.safeParse(normalized);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      diagnostics.fail(offsetOfPath(result, issue.path), 'frontmatter-invalid', describeIssue(issue, undefined, normalized));
    }
    return result;
  }
  result.data = parsed.data;
  if (blankFrom(source, split.bodyStart)) {
    diagnostics.fail(
      split.bodyStart,
      'body-empty',
      'the article has no text after the frontmatter: paste the copy below the closing "---" (an article page without its text cannot be published)',
    );
  }
  return result;
}

function normalizeDates(value: unknown): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'invalid date';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(normalizeDates);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDates(v)]));
  }
  return value;
}
