/**
 * Recognizes holidays and feasts: named days on a fixed date ("Christmas Eve", "Boxing Day", "New Year's Eve 2024"),
 * days that move with Easter or with a weekday of a month, feasts of the Islamic, Hebrew and lunisolar calendars, Lent
 * and Advent. A bare one-word feast is a day only after a preposition or "this"/"last"/"next", like "Christmas".
 */
import { type LunisolarFeast, CANADA_MARKERS, CHRISTMAS_PREPOSITIONS, FEAST_FOLLOWERS, FEAST_PREPOSITIONS, FIXED_HOLIDAYS, HEBREW_FEASTS, MOVEABLE_HOLIDAYS } from '../data/time-words.ts';
import type { Candidate, Relative, Tense } from './kinds.ts';
import { wordAfter } from './textContext.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');
/** Prepositions as a pattern, each also with a capital: "On Good Friday, she led …" opens a sentence. */
const leads = (words: readonly string[]): string => words.map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${escape(w.slice(1))}`).join('|');
/**
 * "this Christmas", "last Easter", "next Diwali": a feast named with its year by a relative word, which stays in the
 * span. Not "the last Christmas before the war" nor "her last Easter", where "last" counts feasts.
 */
const RELATIVE = '(?<!(?<![\\p{L}])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Tt]hat|[Ww]hose)\\s)(?<rel>[Tt]his|[Ll]ast|[Nn]ext)';
const YEAR = '(?:1[89]|2\\d)\\d\\d';
const relativeOf = (word: string | undefined): Relative | undefined => (word === undefined ? undefined : (word.toLowerCase() as Relative));
/** "last Easter" looks back and "next Easter" ahead, whatever the clause's tense. */
const tenseOf = (relative: Relative | undefined): Tense | null => (relative === 'last' ? 'past' : relative === 'next' ? 'future' : null);
/** Kinds whose "this"/"last"/"next" is optional, so a feast may carry one ("next Easter", "this Christmas"). */
type FeastKind = Extract<Candidate['kind'], { relative?: Relative }>;
/**
 * A feast's candidate from its match: the span opens at "this"/"last"/"next" when one is written ("next Easter"),
 * else at the feast's name, and the relative word gives the kind its year and the tense its direction.
 */
function pushFeast(out: Candidate[], m: RegExpMatchArray, name: string, kind: FeastKind, end = (m.index ?? 0) + m[0].length): void {
  const index = m.index ?? 0;
  const relative = relativeOf(m.groups?.['rel']);
  out.push({ start: relative === undefined ? index + m[0].indexOf(name) : index, end, kind: relative === undefined ? kind : { ...kind, relative }, intrinsic: tenseOf(relative), qualifier: null });
}
const byName = new Map(FIXED_HOLIDAYS.map((h) => [h.name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '), h]));
const names = [...FIXED_HOLIDAYS.map((h) => h.name)].sort((a, b) => b.length - a.length).map(escape);
// Case-sensitive on purpose: "may day" in lower case is not the holiday. A year may follow ("Christmas Eve 2024").
// A preposition before is read for the names that need one (`bare`), and "next" stays in the span ("next Bonfire Night").
const HOLIDAY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:(?<lead>${leads(CHRISTMAS_PREPOSITIONS)})|${RELATIVE})\\s+)?(?<name>${names.join('|')})(?:,?\\s+(?<year>${YEAR}))?(?![\\p{L}\\p{N}])`, 'gu');
const CHRISTMAS_RE = new RegExp(`(?<![\\p{L}])(?:${CHRISTMAS_PREPOSITIONS.map(escape).join('|')}|${RELATIVE})\\s+(?<name>Christmas)(?:\\s+(?<year>(?:1[89]|2\\d)\\d\\d))?(?![\\p{L}\\p{N}])(?!['’]s\\b)(?!\\s+(?:Eve|Day|tree|trees|market|markets|shopping|party|parties|lights|card|cards|dinner|lunch|period|season|holidays?|break|special|single|album|number))`, 'giu');

/**
 * Cheap first looks: most copies name no holiday, and the full patterns are slow to try everywhere. Every match
 * of HOLIDAY_RE holds the last word of a name as written (case-sensitive, like the pattern): "Day", "Eve",
 * "Halloween"… (first words such as "New", "St" or "May" would let most copies through). A Christmas date is
 * kept only where "Christmas" is written so, whatever the case-insensitive CHRISTMAS_RE matched.
 */
const ANY_HOLIDAY_END = new RegExp([...new Set(FIXED_HOLIDAYS.map((h) => escape(h.name.split(' ').at(-1) ?? '')))].join('|'));

/**
 * Days that move with Easter ("over Easter", "until Easter", "on Good Friday", "by Easter Monday", "next Easter"),
 * after a preposition like "Christmas": "Easter eggs", "the Easter holidays" and "Good Friday is a holiday" name no
 * day. "over the Easter weekend" is Good Friday to Easter Monday, its "the" in the span.
 */
const EASTER_RE = new RegExp(`(?<![\\p{L}])(?:${leads([...CHRISTMAS_PREPOSITIONS, 'through', 'throughout', 'during'])}|${RELATIVE})\\s+(?:(?<weekend>(?:the\\s+)?Easter\\s+(?:bank\\s+holiday\\s+)?weekend)|(?<week>Holy\\s+Week|Semana\\s+Santa)|(?<named>Good\\s+Friday|Maundy\\s+Thursday|Holy\\s+Saturday|Easter\\s+(?:Sunday|Monday|Day)|Ash\\s+Wednesday|Shrove\\s+Tuesday|Rose\\s+Monday|Palm\\s+Sunday|Corpus\\s+Christi|Ascension\\s+Day|Pentecost|Whit\\s+(?:Sunday|Monday))|(?<bare>Easter))(?:,?\\s+(?<year>${YEAR}))?(?![\\p{L}\\p{N}])(?!['’]s\\b)(?!\\s+(?:eggs?|holidays?|break|weekend|service|services|vigil|parade|bunny|period|season|term|rising))`, 'gu');
const EASTER_OFFSETS: Record<string, number> = { 'rose monday': -48, 'shrove tuesday': -47, 'corpus christi': 60, 'ash wednesday': -46, 'palm sunday': -7, 'good friday': -2, 'maundy thursday': -3, 'holy saturday': -1, 'easter sunday': 0, 'easter day': 0, 'easter monday': 1, easter: 0, 'ascension day': 39, pentecost: 49, 'whit sunday': 49, 'whit monday': 50 };

/**
 * "Eid al-Adha", "Eid ul-Fitr 2024", and after a preposition "Ramadan" or a bare "Eid" (read as the Eid the copy
 * names). Lower-case prepositions only: a capital "In Ramadan …" opens habitual copy ("In Ramadan people buy …").
 */
const ISLAMIC_RE = new RegExp(`(?<![\\p{L}])(?:(?:(?<before>${[...CHRISTMAS_PREPOSITIONS, 'during', 'throughout', 'through', 'into', 'ahead of', 'in', 'of'].map(escape).join('|')})|${RELATIVE})\\s+)?(?<name>Eid(?:[-\\s](?:al|ul|el)[-\\s](?:Fitr|Adha|Azha))?|Ramadan|Ramazan)(?:,?\\s+(?<year>(?:1[89]|2\\d)\\d\\d))?(?![\\p{L}\\p{N}-])(?!['’]s\\b)`, 'gu');
/** "overnight" on its own, not "an overnight stay" or "the overnight rate". */
const OVERNIGHT_RE = /(?<![\p{L}-])(?<!\b(?:an|the|its|their)\s)overnight(?![\p{L}-])(?!\s+(?:rate|rates|stay|stays|shift|shifts|train|trains|flight|flights|bus|camp|parking|success|sensation|bag|oats|index|lending|repo|market|markets|deposit|deposits|curfew|delivery|low|lows|high|highs|temperatures?|\p{Lu}))/gu;

/**
 * "before Diwali", "on Diwali", "over the Lunar New Year holiday", "Chinese New Year": after a preposition
 * ("Diwali bonuses" names no day) or before a comma or a full stop ("Diwali, which fell on Monday, drew …"): a
 * feast that ends a phrase is not a noun's modifier. "Lunar New Year" and "Chinese New Year" also stand alone.
 */
const LUNISOLAR_RE = new RegExp(`(?<![\\p{L}])(?:(?<before>${leads([...CHRISTMAS_PREPOSITIONS, 'during', 'throughout', 'through', 'ahead of', 'of'])})\\s+(?:the\\s+)?|${RELATIVE}\\s+)?(?<name>Diwali|Deepavali|(?:Lunar|Chinese)\\s+New\\s+Year|Spring\\s+Festival|Lantern\\s+Festival|Mid-Autumn\\s+Festival|Chuseok)(?:,?\\s+(?<year>${YEAR}))?(?![\\p{L}\\p{N}-])(?!['’]s\\b)`, 'gu');

function recognizeLunisolar(text: string, out: Candidate[]): void {
  if (!/Diwali|Deepavali|New Year|Festival|Chuseok/.test(text)) return;
  for (const m of text.matchAll(LUNISOLAR_RE)) {
    const name = m.groups?.['name'] ?? '';
    // The new year (also "the Spring Festival"), the Lantern and Mid-Autumn festivals and Chuseok name only a day.
    const feast: LunisolarFeast = /^(?:Diwali|Deepavali)$/.test(name) ? 'diwali' : /Lantern/.test(name) ? 'lanternFestival' : /Autumn|Chuseok/.test(name) ? 'midAutumn' : 'lunarNewYear';
    const newYear = feast !== 'diwali';
    const relative = relativeOf(m.groups?.['rel']);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // A bare "Diwali" may be a word before a noun ("Diwali bonus"); the New Year names only a day.
    if (!newYear && !m.groups?.['before'] && relative === undefined && !/^[,.;:!?]/.test(after)) continue;
    if (!newYear && /^\s+(?:bonus|bonuses|sales?|shopping|season|gifts?|sweets|lights|market|rush|offers?)\b/.test(after)) continue;
    const year = m.groups?.['year'];
    pushFeast(out, m, name, { type: 'lunisolar', feast, year: year ? Number(year) : null });
  }
}

function recognizeIslamic(text: string, out: Candidate[]): void {
  if (!/Eid|Ramadan|Ramazan/.test(text)) return;
  const named = /Eid[-\s](?:al|ul|el)[-\s](Fitr|Adha|Azha)/.exec(text)?.[1];
  for (const m of text.matchAll(ISLAMIC_RE)) {
    const name = m.groups?.['name'] ?? '';
    const full = /Fitr|Adha|Azha/.exec(name)?.[0];
    const relative = relativeOf(m.groups?.['rel']);
    if (!full && !m.groups?.['before'] && relative === undefined) continue;
    const which = full ?? (name.startsWith('Eid') ? named : 'Ramadan');
    if (which === undefined) continue;
    const feast = which === 'Fitr' ? 'fitr' : which === 'Ramadan' ? 'ramadan' : 'adha';
    const year = m.groups?.['year'];
    pushFeast(out, m, name, { type: 'islamic', feast, year: year ? Number(year) : null });
  }
}

const HEBREW_BY_NAME = new Map(HEBREW_FEASTS.flatMap((f) => f.names.map((n) => [n, f] as const)));
const FEAST_FOLLOWER = new Set(FEAST_FOLLOWERS);
/**
 * Feasts of several days or of another calendar after a preposition or "this"/"last"/"next": the Jewish feasts
 * ("days before Rosh Hashanah", "during Hanukkah", "for Yom Kippur on October 2"), "Lent" (Ash Wednesday to Holy
 * Saturday) and "Advent" (Advent Sunday to Christmas Eve). Not "the Yom Kippur War", "Hanukkah candles" or "every
 * night of Hanukkah": a word after the name must be one that can follow a time (FEAST_FOLLOWERS).
 */
const FEAST_RE = new RegExp(`(?<![\\p{L}])(?:${leads(FEAST_PREPOSITIONS)}|${RELATIVE})\\s+(?<name>${[...HEBREW_BY_NAME.keys(), 'Lent', 'Advent Sunday', 'Advent'].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:,?\\s+(?<year>${YEAR}))?(?![\\p{L}\\p{N}-])(?!['’]s\\b)`, 'gu');
const ANY_FEAST = new RegExp([...HEBREW_BY_NAME.keys(), 'Lent', 'Advent'].map(escape).join('|'));

function recognizeFeasts(text: string, out: Candidate[]): void {
  if (!ANY_FEAST.test(text)) return;
  for (const m of text.matchAll(FEAST_RE)) {
    const end = m.index + m[0].length;
    const next = wordAfter(text, end);
    if (/^\p{L}/u.test(next) && !FEAST_FOLLOWER.has(next)) continue;
    const name = (m.groups?.['name'] ?? '').replace(/\s+/g, ' ');
    const yearText = m.groups?.['year'];
    const year = yearText ? Number(yearText) : null;
    const hebrew = HEBREW_BY_NAME.get(name);
    const kind: FeastKind = hebrew
      ? { type: 'hebrew', months: hebrew.months, day: hebrew.day, days: hebrew.days, year }
      : name === 'Lent'
        ? { type: 'easter', offset: -46, span: { days: 46, precision: 'day' }, year }
        : { type: 'advent', whole: name === 'Advent', year };
    pushFeast(out, m, m.groups?.['name'] ?? '', kind, end);
  }
}

export function recognizeHolidays(text: string, out: Candidate[]): void {
  recognizeIslamic(text, out);
  recognizeLunisolar(text, out);
  recognizeFeasts(text, out);
  if (text.includes('overnight')) for (const m of text.matchAll(OVERNIGHT_RE)) out.push({ start: m.index, end: m.index + m[0].length, kind: { type: 'overnight' }, intrinsic: null, qualifier: null });
  const named = ANY_HOLIDAY_END.test(text);
  const christmas = text.includes('Christmas');
  if (/Easter|Holy Week|Semana Santa|Good Friday|Maundy|Shrove|Rose Monday|Corpus Christi|Holy Saturday|Ash Wednesday|Palm Sunday|Ascension|Pentecost|Whit /.test(text)) {
    for (const m of text.matchAll(EASTER_RE)) {
      const weekend = m.groups?.['weekend'];
      const week = m.groups?.['week'];
      const name = weekend ?? week ?? m.groups?.['named'] ?? m.groups?.['bare'] ?? '';
      const year = m.groups?.['year'] ? Number(m.groups['year']) : null;
      // "Holy Week", "Semana Santa": Palm Sunday to Easter Sunday, as a week; "the Easter weekend": Good Friday to Easter Monday.
      const kind = weekend
        ? { type: 'easter' as const, offset: -2, span: { days: 4, precision: 'day' as const }, year }
        : week
          ? { type: 'easter' as const, offset: -7, span: { days: 8, precision: 'week' as const }, year }
          : { type: 'easter' as const, offset: EASTER_OFFSETS[name.replace(/\s+/g, ' ').toLowerCase()] ?? 0, year };
      pushFeast(out, m, name, kind);
    }
  }
  recognizeMoveable(text, out);
  if (!named && !christmas) return;
  const date = (month: number, day: number, year: string | undefined): FeastKind => ({ type: 'date', date: { year: year ? Number(year) : null, month, day } });
  const names = named ? text.matchAll(HOLIDAY_RE) : [];
  for (const m of names) {
    const written = m.groups?.['name'] ?? '';
    const holiday = byName.get(written.replace(/’/g, "'").replace(/\s+/g, ' ').toLowerCase());
    const relative = relativeOf(m.groups?.['rel']);
    if (!holiday || (holiday.bare && !m.groups?.['lead'] && relative === undefined)) continue;
    pushFeast(out, m, written, date(holiday.month, holiday.day, m.groups?.['year']));
  }
  const christmases = christmas ? text.matchAll(CHRISTMAS_RE) : [];
  for (const m of christmases) {
    const nameAt = m.index + m[0].indexOf('Christmas');
    if (nameAt < 0 || text[nameAt] !== 'C') continue;
    pushFeast(out, m, 'Christmas', date(12, 25, m.groups?.['year']));
  }
}

const MOVEABLE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:(?<before>${leads(CHRISTMAS_PREPOSITIONS)})|${RELATIVE})\\s+)?(?<name>${MOVEABLE_HOLIDAYS.map((h) => escape(h.name)).sort((a, b) => b.length - a.length).join('|')})(?:,?\\s+(?<year>${YEAR}))?(?![\\p{L}\\p{N}])(?!['’]s\\b)`,
  'gu',
);
const moveableByName = new Map(MOVEABLE_HOLIDAYS.map((h) => [h.name.replace(/’/g, "'").replace(/\s+/g, ' '), h]));
const CANADA_RE = new RegExp(`(?<![\\p{L}])(?:${CANADA_MARKERS.map(escape).join('|')})(?![\\p{L}])`, 'u');

/**
 * "Labor Day", "Memorial Day", "on Thanksgiving": holidays on the n-th weekday of a month. A bare name (like
 * "Christmas") needs a preposition before it; Thanksgiving is Canada's when the copy names a Canadian place.
 */
function recognizeMoveable(text: string, out: Candidate[]): void {
  if (!/Day|Thanksgiving|Friday|Sunday/.test(text)) return;
  let canadian: boolean | undefined;
  for (const m of text.matchAll(MOVEABLE_RE)) {
    const name = m.groups?.['name'] ?? '';
    const holiday = moveableByName.get(name.replace(/’/g, "'").replace(/\s+/g, ' '));
    const relative = relativeOf(m.groups?.['rel']);
    if (!holiday || (holiday.bare && !m.groups?.['before'] && relative === undefined)) continue;
    canadian ??= CANADA_RE.test(text);
    const rule = holiday.canada && canadian ? holiday.canada : holiday;
    const year = m.groups?.['year'];
    const kind = { type: 'nthWeekday' as const, month: rule.month, weekday: rule.weekday, n: rule.n, offset: holiday.canada && canadian ? 0 : (holiday.offset ?? 0), year: year ? Number(year) : null };
    pushFeast(out, m, name, kind);
  }
}
