/** What a bad-input case expects from `npm run analyze`: tests/bad-input/cases/<name>.expect.json. */
export interface Expectation {
  /** What the case is, in a few words; it names the test. */
  about: string;
  /** True when the CLI must exit 1 (the copy cannot be published); false when it must exit 0. */
  fatal: boolean;
  /** The rule that must fire. Absent (with no ruleIdIn / ruleIdStartsWith): the copy must be accepted with no problem at all. */
  ruleId?: string;
  /** Any of these rules will do (for cases where two names are defensible). */
  ruleIdIn?: string[];
  /** A rule whose name starts with this (YAML syntax errors carry the parser's code). */
  ruleIdStartsWith?: string;
  /** 1-based line and column the problem must point at (column null: any column on the line). */
  line?: number;
  column?: number | null;
  /** Words the message must contain: what is wrong and what to do. */
  messageIncludes?: string[];
  /** Places the message must list, as [line, column] (the candidates of an ambiguous anchor). */
  candidates?: Array<[number, number]>;
  /** The file to analyze, relative to cases/ (default: <name>.md). */
  file?: string;
  /** The content folder (registry) relative to tests/bad-input/ (default: registry). */
  content?: string;
  /** The end of the path the problem is reported in (default: the analyzed file). */
  reportedIn?: string;
  /** Non-fatal cases: warnings are allowed, errors are not. */
  allowWarnings?: boolean;
  /** Fields of the JSON result's `article` that must come out as given (nothing lost to the bad input). */
  article?: Record<string, unknown>;
  /** At least this many statements must be found (nothing silently dropped). Needs the engine. */
  minStatements?: number;
  /** True when the diagnostic comes from extraction work in progress (issue 2): see badInput.test.ts. */
  engine?: boolean;
}
