/**
 * Where a copy is set, as far as dates need it: the month its financial year starts in, and whether its
 * seasons are the southern hemisphere's. Read from place words counted over the whole copy (data/time-words.ts).
 */
import { FISCAL_APRIL_MARKERS, FISCAL_JULY_MARKERS, SOUTHERN_MARKERS } from '../data/time-words.ts';
import { alternation } from './wordPatterns.ts';

export interface CopyLocale {
  /** 7 (July) or 4 (April); null when the copy does not say. */
  fiscalStartMonth: number | null;
  southern: boolean;
}

const markersRe = (words: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternation(words)})(?![\\p{L}])`, 'gu');
const JULY = markersRe(FISCAL_JULY_MARKERS);
const APRIL = markersRe(FISCAL_APRIL_MARKERS);
const SOUTH = markersRe(SOUTHERN_MARKERS);
/** How many mentions make a setting: one may be a passing reference ("talks in Canberra"). */
const ENOUGH = 2;

const count = (re: RegExp, text: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
};

/** Southern seasons need more southern place words than northern ones (the April list stands for those). */
export function copyLocale(text: string): CopyLocale {
  const july = count(JULY, text);
  const april = count(APRIL, text);
  const fiscalStartMonth = july >= ENOUGH && july > april ? 7 : april >= ENOUGH && april > july ? 4 : null;
  const south = count(SOUTH, text);
  return { fiscalStartMonth, southern: south >= ENOUGH && south > april };
}
