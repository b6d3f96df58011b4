import type { Diagnostic } from '../schema/analysis.ts';
import type { LineIndex } from './text/lineIndex.ts';

/** Collects warnings and errors with their place, in the style of vfile messages. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  readonly #lines: LineIndex;

  constructor(lines: LineIndex) {
    this.#lines = lines;
  }

  /** A problem that does not stop the article from being published. */
  warn(offset: number, ruleId: string, message: string): void {
    this.list.push({ ...this.#lines.position(offset), message, ruleId, fatal: false });
  }

  /** A problem that stops the article from being published until it is fixed. */
  fail(offset: number, ruleId: string, message: string): void {
    this.list.push({ ...this.#lines.position(offset), message, ruleId, fatal: true });
  }

  get hasFatal(): boolean {
    return this.list.some((d) => d.fatal);
  }

  /** Diagnostics sorted by place. */
  sorted(): Diagnostic[] {
    return [...this.list].sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

/** `file:line:column: message [ruleId]`, the way compilers and unified print problems. */
export function formatDiagnostic(path: string, d: Diagnostic): string {
  return `${path}:${d.line}:${d.column}: ${d.fatal ? 'error' : 'warning'}: ${d.message} [${d.ruleId}]`;
}
