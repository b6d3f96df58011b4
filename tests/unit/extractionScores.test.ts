/**
 * Regression guard for extraction quality: every annotated set is scored as `npm run eval` scores it, and each
 * measure must stay at or above a floor a little below what the engine reaches today. A rule change that makes
 * quotes, speakers, indirect speech, people or dates worse on any set fails here with the numbers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extraction/analyze.ts';
import { loadRegistry } from '../../src/registry/loadRegistry.ts';
import { listFixtures, loadFixture } from '../../scripts/eval/fixtures.ts';
import { addCounts, emptyCounts, scoreArticle, summarize } from '../../scripts/eval/score.ts';

const root = join(import.meta.dirname, '../..');
const { registry } = loadRegistry(join(root, 'content'));

function score(set: string) {
  let counts = emptyCounts();
  const paths = listFixtures(join(root, 'tests/fixtures', set));
  for (const path of paths) {
    const gold = loadFixture(path).gold;
    counts = addCounts(counts, scoreArticle(gold, analyze(gold.source, registry, { id: gold.id })).counts);
  }
  return summarize(counts, paths.length);
}

// Floors per set: [quote F1, exact-span F1, speaker accuracy, indirect recall, person F1, times found, times exact].
const floors: Record<string, number[]> = {
  corpus: [0.98, 0.98, 0.98, 0.94, 0.98, 0.98, 0.98],
  holdout: [0.97, 0.97, 0.95, 0.91, 0.98, 0.98, 0.98],
  holdout2: [0.98, 0.98, 0.97, 0.93, 0.97, 0.98, 0.97],
  blind: [0.97, 0.97, 0.97, 0.92, 0.98, 0.98, 0.97],
  blind2: [0.97, 0.97, 0.95, 0.93, 0.98, 0.97, 0.96],
  blind3: [0.97, 0.97, 0.95, 0.94, 0.96, 0.98, 0.98],
  blind4: [0.98, 0.98, 0.97, 0.93, 0.98, 0.98, 0.96],
  blind5: [0.97, 0.97, 0.96, 0.95, 0.97, 0.98, 0.97],
  blind6: [0.97, 0.97, 0.96, 0.9, 0.95, 0.98, 0.98],
  blind7: [0.98, 0.98, 0.97, 0.92, 0.96, 0.97, 0.96],
  blind8: [0.98, 0.98, 0.96, 0.95, 0.97, 0.98, 0.94],
  blind9: [0.97, 0.97, 0.97, 0.93, 0.97, 0.96, 0.94],
  blind10: [0.97, 0.97, 0.92, 0.93, 0.98, 0.98, 0.95],
  blind11: [0.96, 0.96, 0.95, 0.92, 0.98, 0.97, 0.95],
  blind12: [0.97, 0.97, 0.96, 0.93, 0.98, 0.96, 0.95],
  blind13: [0.97, 0.97, 0.95, 0.93, 0.96, 0.96, 0.95],
  blind14: [0.97, 0.97, 0.96, 0.9, 0.98, 0.98, 0.96],
  blind15: [0.97, 0.97, 0.96, 0.91, 0.98, 0.98, 0.95],
  blind16: [0.97, 0.97, 0.96, 0.94, 0.96, 0.98, 0.94],
  blind17: [0.96, 0.96, 0.97, 0.93, 0.98, 0.96, 0.94],
  blind18: [0.97, 0.97, 0.9, 0.9, 0.93, 0.98, 0.96],
  blind19: [0.97, 0.97, 0.94, 0.9, 0.95, 0.98, 0.95],
  blind20: [0.98, 0.98, 0.95, 0.89, 0.98, 0.98, 0.94],
  blind21: [0.97, 0.97, 0.93, 0.88, 0.96, 0.98, 0.92],
  blind22: [0.98, 0.98, 0.92, 0.9, 0.96, 0.97, 0.93],
  blind23: [0.98, 0.98, 0.94, 0.91, 0.96, 0.98, 0.95],
  blind24: [0.96, 0.96, 0.96, 0.89, 0.93, 0.97, 0.94],
  blind25: [0.97, 0.97, 0.95, 0.91, 0.95, 0.97, 0.96],
  blind26: [0.96, 0.96, 0.93, 0.91, 0.95, 0.98, 0.95],
  blind27: [0.95, 0.95, 0.93, 0.91, 0.95, 0.96, 0.93],
  blind28: [0.97, 0.97, 0.95, 0.9, 0.93, 0.97, 0.97],
  blind29: [0.97, 0.97, 0.94, 0.88, 0.95, 0.96, 0.94],
  blind30: [0.98, 0.98, 0.97, 0.9, 0.95, 0.97, 0.92],
  blind31: [0.97, 0.97, 0.93, 0.91, 0.95, 0.98, 0.91],
  blind32: [0.97, 0.97, 0.95, 0.91, 0.92, 0.98, 0.94],
  blind33: [0.96, 0.96, 0.92, 0.89, 0.97, 0.98, 0.92],
  blind34: [0.97, 0.97, 0.95, 0.88, 0.96, 0.98, 0.93],
  blind35: [0.97, 0.97, 0.94, 0.9, 0.98, 0.95, 0.91],
  blind36: [0.97, 0.97, 0.95, 0.9, 0.96, 0.97, 0.92],
  blind37: [0.98, 0.98, 0.96, 0.91, 0.98, 0.96, 0.93],
  blind38: [0.97, 0.97, 0.93, 0.94, 0.94, 0.96, 0.96],
  blind39: [0.96, 0.96, 0.97, 0.93, 0.98, 0.98, 0.96],
  blind40: [0.95, 0.95, 0.96, 0.92, 0.97, 0.97, 0.94],
  blind41: [0.97, 0.97, 0.95, 0.9, 0.96, 0.97, 0.94],
  blind42: [0.97, 0.97, 0.92, 0.93, 0.97, 0.97, 0.93],
  blind43: [0.97, 0.97, 0.91, 0.79, 0.95, 0.98, 0.98],
  blind44: [0.97, 0.97, 0.92, 0.88, 0.96, 0.98, 0.95],
  blind45: [0.98, 0.98, 0.94, 0.87, 0.93, 0.97, 0.94],
  blind46: [0.97, 0.97, 0.95, 0.9, 0.96, 0.96, 0.94],
  blind47: [0.98, 0.98, 0.93, 0.9, 0.98, 0.95, 0.92],
  blind48: [0.96, 0.96, 0.94, 0.86, 0.95, 0.94, 0.87],
  blind49: [0.97, 0.97, 0.97, 0.93, 0.98, 0.97, 0.96],
  blind50: [0.97, 0.97, 0.93, 0.88, 0.96, 0.97, 0.96],
  blind51: [0.96, 0.96, 0.97, 0.93, 0.97, 0.97, 0.94],
  blind52: [0.97, 0.97, 0.98, 0.91, 0.96, 0.96, 0.92],
  blind53: [0.96, 0.96, 0.93, 0.91, 0.95, 0.98, 0.94],
  blind54: [0.96, 0.96, 0.92, 0.91, 0.97, 0.96, 0.92],
  blind55: [0.96, 0.96, 0.95, 0.93, 0.97, 0.98, 0.96],
  blind56: [0.97, 0.97, 0.95, 0.9, 0.97, 0.95, 0.93],
  blind57: [0.97, 0.97, 0.96, 0.91, 0.96, 0.96, 0.94],
  blind58: [0.97, 0.97, 0.97, 0.93, 0.95, 0.96, 0.91],
  blind59: [0.96, 0.96, 0.94, 0.87, 0.96, 0.96, 0.93],
  blind60: [0.97, 0.97, 0.9, 0.91, 0.96, 0.96, 0.94],
  blind61: [0.97, 0.97, 0.95, 0.9, 0.93, 0.95, 0.93],
  blind62: [0.96, 0.96, 0.98, 0.89, 0.95, 0.95, 0.9],
  blind63: [0.96, 0.96, 0.89, 0.86, 0.95, 0.93, 0.91],
  blind64: [0.96, 0.96, 0.95, 0.89, 0.97, 0.98, 0.95],
  blind65: [0.97, 0.97, 0.94, 0.89, 0.95, 0.95, 0.87],
  blind66: [0.97, 0.97, 0.93, 0.92, 0.92, 0.98, 0.93],
  blind67: [0.97, 0.97, 0.94, 0.9, 0.92, 0.96, 0.92],
  blind68: [0.97, 0.97, 0.87, 0.87, 0.93, 0.96, 0.91],
  blind69: [0.97, 0.97, 0.92, 0.84, 0.94, 0.96, 0.91],
  blind70: [0.96, 0.96, 0.94, 0.83, 0.97, 0.98, 0.96],
  blind71: [0.97, 0.97, 0.97, 0.9, 0.92, 0.93, 0.87],
  blind72: [0.97, 0.97, 0.94, 0.85, 0.94, 0.96, 0.94],
  blind73: [0.97, 0.97, 0.91, 0.87, 0.95, 0.96, 0.96],
  blind74: [0.97, 0.97, 0.96, 0.91, 0.94, 0.98, 0.96],
  blind75: [0.98, 0.98, 0.95, 0.92, 0.95, 0.95, 0.94],
  blind76: [0.97, 0.97, 0.94, 0.89, 0.98, 0.97, 0.91],
  blind77: [0.96, 0.96, 0.95, 0.89, 0.95, 0.98, 0.95],
  blind78: [0.97, 0.97, 0.87, 0.84, 0.96, 0.97, 0.96],
  blind79: [0.96, 0.96, 0.92, 0.86, 0.92, 0.98, 0.95],
  blind80: [0.97, 0.97, 0.93, 0.91, 0.93, 0.95, 0.92],
  blind81: [0.96, 0.96, 0.9, 0.81, 0.95, 0.94, 0.91],
  blind82: [0.96, 0.96, 0.92, 0.87, 0.98, 0.98, 0.94],
  blind83: [0.98, 0.98, 0.94, 0.9, 0.95, 0.97, 0.95],
  blind84: [0.97, 0.97, 0.97, 0.89, 0.97, 0.97, 0.94],
  blind85: [0.97, 0.97, 0.95, 0.86, 0.95, 0.98, 0.97],
  blind86: [0.96, 0.96, 0.89, 0.81, 0.91, 0.98, 0.98],
  blind87: [0.98, 0.98, 0.94, 0.87, 0.93, 0.96, 0.92],
  blind88: [0.96, 0.96, 0.93, 0.89, 0.96, 0.98, 0.96],
  blind89: [0.97, 0.97, 0.94, 0.88, 0.96, 0.95, 0.93],
  blind90: [0.97, 0.97, 0.92, 0.85, 0.94, 0.96, 0.95],
  blind91: [0.95, 0.95, 0.95, 0.89, 0.95, 0.97, 0.91],
  blind92: [0.97, 0.97, 0.92, 0.88, 0.97, 0.98, 0.94],
  blind93: [0.98, 0.98, 0.93, 0.85, 0.95, 0.96, 0.93],
  blind94: [0.98, 0.98, 0.95, 0.9, 0.97, 0.93, 0.91],
  blind95: [0.95, 0.95, 0.91, 0.88, 0.94, 0.94, 0.93],
  blind96: [0.96, 0.96, 0.92, 0.91, 0.94, 0.97, 0.96],
  blind97: [0.96, 0.96, 0.95, 0.89, 0.98, 0.94, 0.93],
  blind98: [0.97, 0.97, 0.94, 0.89, 0.92, 0.95, 0.91],
  blind99: [0.96, 0.96, 0.94, 0.92, 0.94, 0.96, 0.94],
  blind100: [0.97, 0.97, 0.87, 0.87, 0.97, 0.97, 0.91],
  blind101: [0.97, 0.97, 0.93, 0.87, 0.89, 0.94, 0.94],
  blind102: [0.98, 0.98, 0.93, 0.9, 0.93, 0.96, 0.9],
  blind103: [0.96, 0.96, 0.91, 0.87, 0.95, 0.98, 0.98],
  blind104: [0.96, 0.96, 0.89, 0.83, 0.95, 0.97, 0.92],
  blind105: [0.97, 0.97, 0.91, 0.93, 0.92, 0.97, 0.95],
  blind106: [0.97, 0.97, 0.91, 0.92, 0.98, 0.98, 0.94],
  blind107: [0.97, 0.97, 0.97, 0.9, 0.92, 0.98, 0.97],
  blind108: [0.96, 0.96, 0.92, 0.9, 0.95, 0.96, 0.94],
  blind109: [0.95, 0.95, 0.96, 0.94, 0.95, 0.96, 0.96],
  blind110: [0.97, 0.97, 0.97, 0.92, 0.96, 0.96, 0.94],
  blind111: [0.97, 0.97, 0.95, 0.9, 0.95, 0.98, 0.96],
  blind112: [0.95, 0.95, 0.93, 0.88, 0.97, 0.97, 0.96],
  blind113: [0.95, 0.95, 0.92, 0.87, 0.97, 0.97, 0.94],
  blind114: [0.96, 0.96, 0.86, 0.84, 0.96, 0.97, 0.95],
  blind115: [0.97, 0.97, 0.95, 0.87, 0.93, 0.97, 0.93],
  blind116: [0.96, 0.96, 0.86, 0.89, 0.94, 0.98, 0.95],
  blind117: [0.98, 0.98, 0.98, 0.9, 0.96, 0.98, 0.96],
  blind118: [0.97, 0.97, 0.94, 0.89, 0.97, 0.98, 0.96],
  blind119: [0.96, 0.96, 0.92, 0.83, 0.95, 0.97, 0.96],
  blind120: [0.97, 0.97, 0.84, 0.82, 0.95, 0.96, 0.93],
  blind121: [0.97, 0.97, 0.9, 0.82, 0.93, 0.97, 0.96],
  blind122: [0.95, 0.95, 0.85, 0.84, 0.93, 0.96, 0.96],
  blind123: [0.97, 0.97, 0.84, 0.89, 0.95, 0.98, 0.98],
  blind124: [0.96, 0.96, 0.95, 0.92, 0.97, 0.96, 0.93],
  blind125: [0.96, 0.96, 0.87, 0.87, 0.87, 0.97, 0.95],
  blind126: [0.96, 0.96, 0.85, 0.88, 0.91, 0.97, 0.96],
  blind127: [0.97, 0.97, 0.92, 0.88, 0.95, 0.98, 0.96],
  blind128: [0.96, 0.96, 0.85, 0.86, 0.96, 0.98, 0.96],
  blind129: [0.97, 0.97, 0.86, 0.9, 0.8, 0.97, 0.97],
  blind130: [0.98, 0.98, 0.89, 0.9, 0.96, 0.97, 0.94],
  blind131: [0.95, 0.95, 0.88, 0.84, 0.93, 0.97, 0.94],
  blind132: [0.96, 0.96, 0.94, 0.91, 0.98, 0.98, 0.95],
  blind133: [0.98, 0.98, 0.93, 0.89, 0.95, 0.97, 0.93],
  blind134: [0.96, 0.96, 0.95, 0.85, 0.96, 0.98, 0.92],
  blind135: [0.96, 0.96, 0.94, 0.91, 0.94, 0.97, 0.97],
  blind136: [0.97, 0.97, 0.9, 0.89, 0.94, 0.97, 0.95],
  blind137: [0.98, 0.98, 0.97, 0.9, 0.97, 0.98, 0.97],
  blind138: [0.96, 0.96, 0.93, 0.9, 0.96, 0.97, 0.94],
  blind139: [0.97, 0.97, 0.91, 0.81, 0.92, 0.97, 0.92],
};
// Scare quotes and titles reported as statements, per set (those listed still report some).
const scareAllowed: Record<string, number> = { blind3: 1, blind9: 2, blind10: 1, blind11: 2, blind13: 1, blind17: 1, blind21: 1, blind24: 1, blind25: 1, blind26: 3, blind27: 2, blind29: 1, blind31: 2, blind32: 1, blind34: 1, blind35: 1, blind36: 2, blind38: 1, blind39: 2, blind40: 1, blind41: 1, blind43: 1, blind46: 1, blind49: 1, blind50: 1, blind51: 1, blind52: 1, blind54: 1, blind55: 4, blind56: 1, blind57: 1, blind58: 1, blind59: 4, blind60: 2, blind62: 3, blind63: 3, blind64: 2, blind65: 1, blind67: 1, blind68: 1, blind70: 3, blind71: 1, blind72: 1, blind74: 1, blind76: 1, blind78: 1, blind79: 1, blind81: 1, blind82: 2, blind84: 1, blind85: 1, blind86: 1, blind88: 4, blind89: 1, blind90: 1, blind91: 2, blind92: 2, blind95: 1, blind96: 1, blind97: 5, blind98: 2, blind99: 4, blind103: 3, blind104: 2, blind105: 2, blind106: 1, blind107: 1, blind108: 5, blind109: 4, blind112: 2, blind113: 3, blind114: 1, blind116: 1, blind119: 3, blind122: 4, blind123: 1, blind124: 3, blind125: 1, blind126: 2, blind127: 1, blind128: 3, blind129: 1, blind131: 5, blind132: 2, blind134: 3, blind135: 3, blind136: 1, blind138: 1, blind139: 2 };

describe('extraction scores on the annotated sets', () => {
  for (const [set, [quoteF1, exactF1, speaker, indirect, person, found, exact]] of Object.entries(floors)) {
    it(`${set}: quotes, speakers, indirect speech, people and dates stay at or above their floors`, () => {
      const s = score(set);
      const got = {
        quoteF1: s.quotes.f1,
        exactF1: s.quotesExact.f1,
        speaker: s.speakerAccuracy,
        indirect: s.indirect.recall,
        person: s.people.f1,
        timesFound: s.times.foundRate,
        timesExact: s.times.exactRate,
      };
      console.log(`${set}: ${JSON.stringify(got)}`);
      expect(got.quoteF1).toBeGreaterThanOrEqual(quoteF1 as number);
      expect(got.exactF1).toBeGreaterThanOrEqual(exactF1 as number);
      expect(got.speaker).toBeGreaterThanOrEqual(speaker as number);
      expect(got.indirect).toBeGreaterThanOrEqual(indirect as number);
      expect(got.person).toBeGreaterThanOrEqual(person as number);
      expect(got.timesFound).toBeGreaterThanOrEqual(found as number);
      expect(got.timesExact).toBeGreaterThanOrEqual(exact as number);
      expect(s.notStatements.reported).toBeLessThanOrEqual(scareAllowed[set] ?? 0);
    });
  }
});
