/** Turns offsets into 1-based line and column numbers, as editors and vfile count them. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(source: string) {
    // indexOf finds line breaks far faster than a loop over every character.
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  /** 1-based line and column of an offset; offsets past the end point at the last character. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.#starts[lo] ?? 0) + 1 };
  }
}
