import { reportingVerbs } from '../data/reportingVerbs.ts';

/** What a word is as a speech cue. */
export interface CueInfo {
  base: string;
  ambiguous: boolean;
  /** The -ing form: a participle that takes its subject from the main clause ("…, adding that…"). */
  participle: boolean;
}

const cueForms = new Map<string, CueInfo>();
for (const verb of reportingVerbs) {
  for (const form of verb.forms) {
    if (!cueForms.has(form)) cueForms.set(form, { base: verb.base, ambiguous: verb.ambiguous ?? false, participle: form.endsWith('ing') });
  }
}

/** The cue a lower-case word is, or undefined. */
export function cueOf(lower: string): CueInfo | undefined {
  return cueForms.get(lower);
}

/** Cues that may come before their speaker ("…,” said the minister). Not "told": the words after it are the listener. */
export const invertibleCues = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'explains', 'noted', 'notes', 'asked', 'asks', 'continued', 'recalled', 'replied', 'insisted', 'warned', 'argued', 'stressed', 'countered', 'conceded', 'declared', 'remarked', 'observed', 'cautioned', 'acknowledged', 'admitted', 'tweeted', 'posted', 'responded',
  // Exchanges: "“She knew!” shouted Kwame Asante, an independent TD", "“Which half?” interjected Lupe Faleolo".
  'shouted', 'interjected', 'retorted', 'yelled', 'exclaimed', 'interrupted', 'heckled', 'quipped', 'joked']);
