/** Recognizes days counted from another day of the story ("the day before", "the following day", "two days later"). */
import type { Candidate } from './kinds.ts';

const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

// "the day before yesterday" and "the day after tomorrow" count from publication; other words carry them.
const ANCHORED_RE = /(?<![\p{L}\p{N}])(?:(?<before>the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night)|the\s+(?:day|night)\s+earlier)|(?<after>the\s+(?:following|next)\s+(?:day|morning)|the\s+day\s+after)|(?<same>the\s+same\s+day)|(?<count>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?<dir>later|earlier))(?![\p{L}\p{N}])(?!\s+(?:yesterday|tomorrow)(?![\p{L}]))/giu;

export function recognizeAnchored(text: string, out: Candidate[]): void {
  if (!/\bday|night|morning/i.test(text)) return;
  for (const m of text.matchAll(ANCHORED_RE)) {
    const g = m.groups ?? {};
    const count = g['count'] === undefined ? 0 : (NUMBERS[g['count'].toLowerCase()] ?? Number(g['count']));
    const offset = g['before'] ? -1 : g['after'] ? 1 : g['same'] ? 0 : g['dir']?.toLowerCase() === 'later' ? count : -count;
    out.push({ start: m.index, end: m.index + m[0].length, kind: { type: 'anchored', offset }, intrinsic: null, qualifier: null });
  }
}
