import nlp from 'compromise';
import { getGender } from 'gender-detection-from-name';
import { nationalCapitals, usStateAbbreviations } from '../data/capitals.ts';

/**
 * Word classes taken from compromise's lexicon (first names with their usual gender, surnames, places,
 * organizations, common words). Only the lexicon is used, not the tagger: a look-up per word keeps analysis
 * faster than parsing the Markdown.
 */
export interface WordInfo {
  firstName: 'male' | 'female' | 'any' | null;
  lastName: boolean;
  place: boolean;
  organization: boolean;
  demonym: boolean;
  /** A common lower-case word (verb, adjective, noun…): capitalized, it is usually a sentence start. */
  common: boolean;
  /** A month, weekday or holiday. */
  calendar: boolean;
  /** Known only from the list of given names, not from compromise: weaker evidence, as many are also place or firm names. */
  listedOnly?: boolean;
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const cache = new Map<string, WordInfo>();
const empty: WordInfo = { firstName: null, lastName: false, place: false, organization: false, demonym: false, common: false, calendar: false };

/** Capitals by their lower-case name; a capital compromise knows as a given name ("Sofia", "Victoria") keeps it. */
const CAPITALS = new Set(nationalCapitals.map((c) => c.toLowerCase()));
const US_STATES = new Set(usStateAbbreviations);

const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region', 'Address']);
const NAMEISH = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'City', 'Country', 'Place', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym', 'Month', 'WeekDay', 'Holiday', 'Date', 'Honorific', 'Actor', 'Acronym']);

export function wordInfo(lower: string): WordInfo {
  const cached = cache.get(lower);
  if (cached) return cached;
  const raw = lexicon[lower];
  let info = empty;
  // A capital compromise knows only as a given name of either gender ("Santiago") is a place; a gendered one
  // ("Sofia", "Victoria") stays a name, as people are more often called by it in copy.
  if (raw !== undefined && CAPITALS.has(lower) && !(Array.isArray(raw) ? raw : [raw]).some((t) => t === 'MaleName' || t === 'FemaleName')) info = { ...empty, place: true };
  else if (raw !== undefined) {
    const tags = Array.isArray(raw) ? raw : [raw];
    const has = (t: string) => tags.includes(t);
    info = {
      firstName: has('MaleName') ? 'male' : has('FemaleName') ? 'female' : has('FirstName') || has('Person') ? 'any' : null,
      lastName: has('LastName'),
      place: tags.some((t) => PLACE_TAGS.has(t)),
      organization: has('Organization') || has('SportsTeam'),
      demonym: has('Demonym'),
      common: tags.some((t) => !NAMEISH.has(t)),
      calendar: has('Month') || has('WeekDay') || has('Holiday'),
    };
  }
  // A word compromise does not know at all but a list of 40,000 given names does ("Dominika", "Adaeze", "Eilidh")
  // is a first name. Its gender is not taken from the list: it mislabels names used for both, or differently in
  // other cultures ("Gurpreet", "Yerlin"), and that cost more speaker accuracy than it gained. Nationalities the list
  // holds ("Irish") are left out.
  // A capital compromise does not know ("Abuja", "Santiago") is a place, even where the list of given names holds it.
  else if (CAPITALS.has(lower) || US_STATES.has(lower)) info = { ...empty, place: true };
  else if (/^\p{L}{3,}$/u.test(lower) && !/(?:ish|[^r]ese)$/.test(lower) && getGender(lower) !== 'unknown') info = { ...empty, firstName: 'any', listedOnly: true };
  // "Seán", "Oisín", "Inés": a given name written with its accents, which the lexicon and the list hold without them;
  // likewise a surname ("Ramírez", "González").
  if (info === empty && /[^\x00-\x7f]/.test(lower)) {
    const plain = lower.normalize('NFD').replace(/\p{M}/gu, '');
    const bare = plain !== lower && /^[a-z]{3,}$/.test(plain) ? wordInfo(plain) : empty;
    if (bare.firstName !== null || (bare.lastName && !bare.common && !bare.place)) info = { ...empty, firstName: bare.firstName, lastName: bare.lastName, ...(bare.listedOnly ? { listedOnly: true } : {}) };
  }
  cache.set(lower, info);
  return info;
}

/** True when the list of given names holds the word ("said" as in "Halima Said Mwinyi"), whatever compromise says of it. */
export function listedGivenName(lower: string): boolean {
  return /^\p{L}{3,}$/u.test(lower) && getGender(lower) !== 'unknown';
}


/** True when the lexicon knows the word as an adjective or an adverb ("full", "strong", "well"): it judges. */
export function modifierWord(lower: string): boolean {
  const raw = lexicon[lower];
  if (raw === undefined) return false;
  return (Array.isArray(raw) ? raw : [raw]).some((t) => t === 'Adjective' || t === 'Adverb' || t === 'Comparable' || t === 'Superlative' || t === 'Comparative');
}

/** True for a verb in the past tense ("made", "won", "fired"): compromise's lexicon, or a regular "-ed". */
export function pastTenseVerb(lower: string): boolean {
  const raw = lexicon[lower];
  return (raw !== undefined && (Array.isArray(raw) ? raw : [raw]).includes('PastTense')) || /ed$/.test(lower);
}
