/**
 * Puts every bad input of tests/bad-input/cases/ (and the generated ones) through the real CLI,
 * `node src/cli/analyze.ts FILE --json`, and checks what an editor would see: the exit code, a
 * `file:line:column: error|warning: … [rule]` line pointing at the right place with a message that says
 * what to do, never a bare stack trace, and for accepted copies that nothing was lost.
 *
 * Cases marked `"engine": true` need diagnostics from the extraction engine (issue 2). While the engine
 * emits a case's rule nowhere in the whole corpus, that case is listed as `todo` (by rule) instead of
 * asserting a behaviour that does not exist yet; as soon as the engine emits the rule anywhere, the case
 * is asserted in full.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Expectation } from './expectation.ts';
import { generatedCases } from './generatedCases.ts';

const root = resolve(import.meta.dirname, '../..');
const here = import.meta.dirname;
const casesDir = join(here, 'cases');
const node = join(root, 'node_modules/.bin/node');
const cli = join(root, 'src/cli/analyze.ts');
/** Far more than any sane copy needs; a case that takes longer is reported as a hang. */
const HANG_MS = 60_000;

interface Case {
  name: string;
  /** The path given to the CLI (relative to the repository root when committed). */
  arg: string;
  expect: Expectation;
  generated: boolean;
}

const tmp = mkdtempSync(join(tmpdir(), 'bad-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cases: Case[] = [
  ...readdirSync(casesDir)
    .filter((f) => f.endsWith('.expect.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.expect.json'.length);
      const expectation = JSON.parse(readFileSync(join(casesDir, f), 'utf8')) as Expectation;
      return { name, arg: relative(root, join(casesDir, expectation.file ?? `${name}.md`)), expect: expectation, generated: false };
    }),
  ...generatedCases.map((g) => {
    const file = join(tmp, `${g.name}.md`);
    writeFileSync(file, g.text);
    return { name: g.name, arg: file, expect: g.expect, generated: true };
  }),
];

interface Run {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runCli(c: Case): Promise<Run> {
  const content = join(here, c.expect.content ?? 'registry');
  return new Promise((done) => {
    const child = spawn(node, [cli, c.arg, '--json', '--content', content], { cwd: root });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done({ status, signal, stdout, stderr, timedOut });
    });
  });
}

/** Runs the cases a few at a time. */
async function runAll(list: Case[], parallel = 6): Promise<Run[]> {
  const out: Run[] = new Array(list.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < list.length) {
        const i = next++;
        out[i] = await runCli(list[i] as Case);
      }
    }),
  );
  return out;
}

interface Printed {
  path: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  ruleId: string;
}

const header = /^(.+?):(\d+):(\d+): (error|warning): /;

/** Splits stderr into diagnostics; a diagnostic may continue over several lines. Returns lines that belong to none. */
function parseStderr(stderr: string): { printed: Printed[]; stray: string[] } {
  const printed: Printed[] = [];
  const stray: string[] = [];
  let current: string[] | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.join('\n');
    const head = header.exec(text);
    const rule = /\s\[([a-z0-9-]+)\]\s*$/.exec(text);
    if (head && rule) {
      printed.push({
        path: head[1] as string,
        line: Number(head[2]),
        column: Number(head[3]),
        severity: head[4] as 'error' | 'warning',
        message: text.slice(head[0].length, rule.index),
        ruleId: rule[1] as string,
      });
    } else stray.push(text);
    current = null;
  };
  for (const line of stderr.split('\n')) {
    if (header.test(line)) {
      flush();
      current = [line];
    } else if (current && line.trim()) current.push(line);
    else if (line.trim()) stray.push(line);
  }
  flush();
  return { printed, stray };
}

const ruleMatches = (e: Expectation, rule: string) =>
  (e.ruleId !== undefined && rule === e.ruleId) || (e.ruleIdIn?.includes(rule) ?? false) || (e.ruleIdStartsWith !== undefined && rule.startsWith(e.ruleIdStartsWith));
const expectsRule = (e: Expectation) => e.ruleId !== undefined || e.ruleIdIn !== undefined || e.ruleIdStartsWith !== undefined;
const ruleName = (e: Expectation) => e.ruleId ?? e.ruleIdIn?.join('|') ?? `${e.ruleIdStartsWith ?? ''}*`;

/** Everything wrong with one run, in words; empty when the case behaves as expected. */
function judge(c: Case, run: Run): { problems: string[]; statementProblem: string | null } {
  const e = c.expect;
  const problems: string[] = [];
  if (run.timedOut) return { problems: [`did not finish within ${HANG_MS / 1000} s: the analyzer hangs on this input`], statementProblem: null };
  const stackLines = run.stderr.split('\n').filter((l) => /^\s+at\s.+(:\d+|\))$/.test(l));
  if (stackLines.length) problems.push(`printed a stack trace:\n${stackLines.slice(0, 3).join('\n')}`);
  if (run.stderr.includes('[internal-error]')) problems.push(`hit an internal error: ${run.stderr.trim().split('\n')[0]}`);
  if (run.status !== (e.fatal ? 1 : 0)) problems.push(`exit code ${run.status ?? run.signal}, expected ${e.fatal ? 1 : 0}`);
  const { printed, stray } = parseStderr(run.stderr);
  if (stray.length) problems.push(`printed text that is not a file:line:column diagnostic: ${JSON.stringify(stray[0]?.slice(0, 200))}`);
  for (const p of printed) {
    if (p.message.trim().length < 20) problems.push(`a message too short to say what to do: ${JSON.stringify(p.message)} [${p.ruleId}]`);
  }
  if (expectsRule(e)) {
    const reportedIn = e.reportedIn ?? c.arg;
    const candidates = printed.filter((p) => ruleMatches(e, p.ruleId));
    const severity = e.fatal ? 'error' : 'warning';
    const match = candidates.find(
      (p) =>
        p.path.endsWith(reportedIn) &&
        p.severity === severity &&
        (e.line === undefined || p.line === e.line) &&
        (e.column === undefined || e.column === null || p.column === e.column),
    );
    if (!match) {
      problems.push(
        `expected ${severity} [${ruleName(e)}] at ${reportedIn}:${e.line ?? '?'}:${e.column ?? '?'}; got ${
          printed.length ? printed.map((p) => `${p.path}:${p.line}:${p.column} ${p.severity} [${p.ruleId}] ${p.message.slice(0, 160)}`).join(' | ') : 'no diagnostic'
        }`,
      );
    } else {
      for (const words of e.messageIncludes ?? []) if (!match.message.includes(words)) problems.push(`message lacks ${JSON.stringify(words)}: ${match.message}`);
      for (const [line, column] of e.candidates ?? []) {
        if (!new RegExp(`(line ${line}\\b|\\b${line}:${column}\\b)`).test(match.message)) problems.push(`message does not list the candidate at ${line}:${column}: ${match.message}`);
      }
    }
  } else {
    const unexpected = printed.filter((p) => p.severity === 'error' || !e.allowWarnings);
    if (unexpected.length) problems.push(`expected no ${e.allowWarnings ? 'error' : 'problem'}; got ${unexpected.map((p) => `${p.line}:${p.column} [${p.ruleId}] ${p.message.slice(0, 160)}`).join(' | ')}`);
  }
  let statementProblem: string | null = null;
  if (e.article || e.minStatements) {
    type Printed = { article: Record<string, unknown>; statements: unknown[] };
    let result: Printed | null = null;
    try {
      result = JSON.parse(run.stdout) as Printed;
    } catch {
      problems.push('printed no JSON result for an input that should be accepted');
    }
    if (result && e.article) {
      for (const [key, value] of Object.entries(e.article)) {
        if (result.article[key] !== value) problems.push(`article.${key} is ${JSON.stringify(result.article[key])}, expected ${JSON.stringify(value)}`);
      }
    }
    if (result && e.minStatements && result.statements.length < e.minStatements) {
      statementProblem = `found ${result.statements.length} statement(s), expected at least ${e.minStatements}`;
    }
  }
  return { problems, statementProblem };
}

const runs = await runAll(cases);
const judged = cases.map((c, i) => ({ c, run: runs[i] as Run, ...judge(c, runs[i] as Run) }));
/** Every rule some run emitted on an article (registry files aside): a rule emitted nowhere is one the engine does not implement yet. */
const emitted = new Set(judged.flatMap((j) => parseStderr(j.run.stderr).printed.filter((p) => p.path === j.c.arg).map((p) => p.ruleId)));
const engineFindsStatements = judged.some((j) => {
  try {
    return (JSON.parse(j.run.stdout) as { statements: unknown[] }).statements.length > 0;
  } catch {
    return false;
  }
});
const waiting = (j: (typeof judged)[number]) =>
  j.c.expect.engine === true && j.problems.length > 0 && ![...emitted].some((rule) => ruleMatches(j.c.expect, rule));

let asserted = 0;
let todo = 0;
describe(`bad input: ${cases.length} cases through npm run analyze`, () => {
  for (const j of judged) {
    const title = `${j.c.name}: ${j.c.expect.about} → ${expectsRule(j.c.expect) ? `${j.c.expect.fatal ? 'error' : 'warning'} [${ruleName(j.c.expect)}]` : j.c.expect.fatal ? 'fails' : 'accepted'}`;
    if (waiting(j)) {
      todo++;
      it.todo(`waits on engine rule [${ruleName(j.c.expect)}]: ${title}`);
      continue;
    }
    asserted++;
    it(title, () => {
      expect(j.problems, `${j.c.arg}\n${j.run.stderr.slice(0, 2000)}`).toEqual([]);
    });
    if (j.statementProblem !== null || j.c.expect.minStatements) {
      if (!engineFindsStatements) {
        todo++;
        it.todo(`waits on engine statements: ${j.c.name} keeps all its statements (at least ${j.c.expect.minStatements})`);
      } else {
        it(`${j.c.name}: keeps its statements (at least ${j.c.expect.minStatements})`, () => {
          expect(j.statementProblem).toBeNull();
        });
      }
    }
  }
});

afterAll(() => {
  const fatal = cases.filter((c) => c.expect.fatal).length;
  console.log(
    `bad input: ${cases.length} cases tried (${cases.length - generatedCases.length} committed, ${generatedCases.length} generated; ${fatal} must fail, ${cases.length - fatal} must be accepted or warned); ${asserted} asserted, ${todo} waiting on the engine`,
  );
});
