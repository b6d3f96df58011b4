/**
 * Decodes a copy's bytes as UTF-8 and, when they are not valid UTF-8, says where the first bad byte
 * stands (line and column as an editor shows them) instead of silently turning it into U+FFFD.
 * A mis-decoded character inside a quote would change what a person is shown to have said.
 */

/** Where the first byte that is not UTF-8 stands. */
export interface InvalidUtf8 {
  /** Offset of the byte in the file. */
  byteOffset: number;
  /** 1-based line and column (in characters, as editors count) of the byte. */
  line: number;
  column: number;
  /** The offending bytes, e.g. "0xE9" or "0xED 0xA0 0x80". */
  bytes: string;
  /** Up to 30 characters of the line before the bad byte, to find it by eye. */
  before: string;
  /** How many places (runs of adjacent bad bytes) the file has in all. */
  count: number;
}

/** The decoded text (U+FFFD in place of bad bytes) and the first invalid sequence, or null. */
export interface DecodedUtf8 {
  text: string;
  invalid: InvalidUtf8 | null;
}

/**
 * Length of the valid UTF-8 sequence starting at `i`, or the negative count of bytes that make up the
 * invalid one (at least 1), following the Unicode "maximal subpart" rule that TextDecoder also uses.
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0; // overlong
    if (b0 === 0xed) hi = 0x9f; // UTF-16 surrogates
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90; // overlong
    if (b0 === 0xf4) hi = 0x8f; // past U+10FFFF
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
    if (b === undefined || b < min || b > max) return -k;
  }
  return need + 1;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** Decodes `bytes`; a leading byte-order mark is dropped, as editors do. */
export function decodeUtf8(bytes: Uint8Array): DecodedUtf8 {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!text.includes('\uFFFD')) return { text, invalid: null };
  let first: { at: number; length: number } | null = null;
  let count = 0;
  let previousEnd = -1;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceAt(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    // Adjacent bad bytes are one place to fix, and are shown together.
    if (i !== previousEnd) count++;
    else if (first && count === 1) first.length += -n;
    previousEnd = i - n;
    first ??= { at: i, length: -n };
    i += -n;
  }
  // A U+FFFD written in the file as valid UTF-8 is not an encoding error.
  if (!first) return { text, invalid: null };
  const lineStart = bytes.lastIndexOf(0x0a, first.at - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const lead = lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart + lead, first.at));
  return {
    text,
    invalid: {
      byteOffset: first.at,
      line,
      column: prefix.length + 1,
      bytes: [...bytes.subarray(first.at, first.at + first.length)].map(hex).join(' '),
      before: prefix.slice(-30),
      count,
    },
  };
}
