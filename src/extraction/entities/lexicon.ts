import nlp from 'compromise';

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
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const cache = new Map<string, WordInfo>();
const empty: WordInfo = { firstName: null, lastName: false, place: false, organization: false, demonym: false, common: false, calendar: false };

const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region', 'Address']);
const NAMEISH = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'City', 'Country', 'Place', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym', 'Month', 'WeekDay', 'Holiday', 'Date', 'Honorific', 'Actor', 'Acronym']);

export function wordInfo(lower: string): WordInfo {
  const cached = cache.get(lower);
  if (cached) return cached;
  const raw = lexicon[lower];
  let info = empty;
  if (raw !== undefined) {
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
  cache.set(lower, info);
  return info;
}
