/** Recognizes named days on a fixed date ("Christmas Eve", "Boxing Day", "New Year's Eve 2024"), as calendar dates. */
import { CANADA_MARKERS, CHRISTMAS_PREPOSITIONS, FIXED_HOLIDAYS, MOVEABLE_HOLIDAYS } from '../data/time-words.ts';
import type { Candidate } from './kinds.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');
const byName = new Map(FIXED_HOLIDAYS.map((h) => [h.name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '), h]));
const names = [...FIXED_HOLIDAYS.map((h) => h.name)].sort((a, b) => b.length - a.length).map(escape);
// Case-sensitive on purpose: "may day" in lower case is not the holiday. A year may follow ("Christmas Eve 2024").
const HOLIDAY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?<name>${names.join('|')})(?:,?\\s+(?<year>(?:1[89]|2\\d)\\d\\d))?(?![\\p{L}\\p{N}])`, 'gu');
const CHRISTMAS_RE = new RegExp(`(?<![\\p{L}])(?:${CHRISTMAS_PREPOSITIONS.map(escape).join('|')})\\s+(?<name>Christmas)(?:\\s+(?<year>(?:1[89]|2\\d)\\d\\d))?(?![\\p{L}\\p{N}])(?!['’]s\\b)(?!\\s+(?:Eve|Day|tree|trees|market|markets|shopping|party|parties|lights|card|cards|dinner|lunch|period|season|holidays?|break|special|single|album|number))`, 'giu');

/**
 * Cheap first looks: most copies name no holiday, and the full patterns are slow to try everywhere. Every match
 * of HOLIDAY_RE holds the last word of a name as written (case-sensitive, like the pattern): "Day", "Eve",
 * "Halloween"… (first words such as "New", "St" or "May" would let most copies through). A Christmas date is
 * kept only where "Christmas" is written so, whatever the case-insensitive CHRISTMAS_RE matched.
 */
const ANY_HOLIDAY_END = new RegExp([...new Set(FIXED_HOLIDAYS.map((h) => escape(h.name.split(' ').at(-1) ?? '')))].join('|'));

/**
 * Days that move with Easter ("over Easter", "until Easter", "on Good Friday", "by Easter Monday"), after a
 * preposition like "Christmas": "Easter eggs", "the Easter holidays" and "Good Friday is a holiday" name no day.
 */
const EASTER_RE = new RegExp(`(?<![\\p{L}])(?:${[...CHRISTMAS_PREPOSITIONS, 'through', 'throughout', 'during'].map(escape).join('|')})\\s+(?:(?<week>Holy\\s+Week|Semana\\s+Santa)|(?<named>Good\\s+Friday|Maundy\\s+Thursday|Holy\\s+Saturday|Easter\\s+(?:Sunday|Monday|Day)|Ash\\s+Wednesday|Shrove\\s+Tuesday|Rose\\s+Monday|Palm\\s+Sunday|Corpus\\s+Christi|Ascension\\s+Day|Pentecost|Whit\\s+(?:Sunday|Monday))|(?<bare>Easter))(?:,?\\s+(?<year>(?:1[89]|2\\d)\\d\\d))?(?![\\p{L}\\p{N}])(?!['’]s\\b)(?!\\s+(?:eggs?|holidays?|break|weekend|service|services|vigil|parade|bunny|period|season|term|rising))`, 'gu');
const EASTER_OFFSETS: Record<string, number> = { 'rose monday': -48, 'shrove tuesday': -47, 'corpus christi': 60, 'ash wednesday': -46, 'palm sunday': -7, 'good friday': -2, 'maundy thursday': -3, 'holy saturday': -1, 'easter sunday': 0, 'easter day': 0, 'easter monday': 1, easter: 0, 'ascension day': 39, pentecost: 49, 'whit sunday': 49, 'whit monday': 50 };

/** "Eid al-Adha", "Eid ul-Fitr 2024", and after a preposition "Ramadan" or a bare "Eid" (read as the Eid the copy names). */
const ISLAMIC_RE = new RegExp(`(?<![\\p{L}])(?:(?<before>${[...CHRISTMAS_PREPOSITIONS, 'during', 'throughout', 'ahead of', 'in', 'of'].map(escape).join('|')})\\s+)?(?<name>Eid(?:[-\\s](?:al|ul|el)[-\\s](?:Fitr|Adha|Azha))?|Ramadan|Ramazan)(?:,?\\s+(?<year>(?:1[89]|2\\d)\\d\\d))?(?![\\p{L}\\p{N}-])(?!['’]s\\b)`, 'gu');
/** "overnight" on its own, not "an overnight stay" or "the overnight rate". */
const OVERNIGHT_RE = /(?<![\p{L}-])(?<!\b(?:an|the|its|their)\s)overnight(?![\p{L}-])(?!\s+(?:rate|rates|stay|stays|shift|shifts|train|trains|flight|flights|bus|camp|parking|success|sensation|bag|oats|index|lending|repo|market|markets|deposit|deposits|curfew|delivery|low|lows|high|highs|temperatures?|\p{Lu}))/gu;

/**
 * "before Diwali", "on Diwali", "over the Lunar New Year holiday", "Chinese New Year": after a preposition
 * ("Diwali bonuses" names no day); "Lunar New Year" and "Chinese New Year" also stand alone.
 */
const LUNISOLAR_RE = new RegExp(`(?<![\\p{L}])(?:(?<before>${[...CHRISTMAS_PREPOSITIONS, 'during', 'throughout', 'ahead of', 'of'].map(escape).join('|')})\\s+(?:the\\s+)?)?(?<name>Diwali|Deepavali|(?:Lunar|Chinese)\\s+New\\s+Year)(?:,?\\s+(?<year>(?:1[89]|2\\d)\\d\\d))?(?![\\p{L}\\p{N}-])(?!['’]s\\b)`, 'gu');

function recognizeLunisolar(text: string, out: Candidate[]): void {
  if (!/Diwali|Deepavali|New Year/.test(text)) return;
  for (const m of text.matchAll(LUNISOLAR_RE)) {
    const name = m.groups?.['name'] ?? '';
    const newYear = name.endsWith('Year');
    // A bare "Diwali" may be a word before a noun ("Diwali bonus"); the New Year names only a day.
    if (!newYear && !m.groups?.['before']) continue;
    if (!newYear && /^\s+(?:bonus|bonuses|sales?|shopping|season|gifts?|sweets|lights|market|rush|offers?)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const at = m.index + m[0].indexOf(name);
    const year = m.groups?.['year'];
    out.push({ start: at, end: m.index + m[0].length, kind: { type: 'lunisolar', feast: newYear ? 'lunarNewYear' : 'diwali', year: year ? Number(year) : null }, intrinsic: null, qualifier: null });
  }
}

function recognizeIslamic(text: string, out: Candidate[]): void {
  if (!/Eid|Ramadan|Ramazan/.test(text)) return;
  const named = /Eid[-\s](?:al|ul|el)[-\s](Fitr|Adha|Azha)/.exec(text)?.[1];
  for (const m of text.matchAll(ISLAMIC_RE)) {
    const name = m.groups?.['name'] ?? '';
    const full = /Fitr|Adha|Azha/.exec(name)?.[0];
    if (!full && !m.groups?.['before']) continue;
    const which = full ?? (name.startsWith('Eid') ? named : 'Ramadan');
    if (which === undefined) continue;
    const feast = which === 'Fitr' ? 'fitr' : which === 'Ramadan' ? 'ramadan' : 'adha';
    const at = m.index + m[0].indexOf(name);
    const year = m.groups?.['year'];
    out.push({ start: at, end: m.index + m[0].length, kind: { type: 'islamic', feast, year: year ? Number(year) : null }, intrinsic: null, qualifier: null });
  }
}

export function recognizeHolidays(text: string, out: Candidate[]): void {
  recognizeIslamic(text, out);
  recognizeLunisolar(text, out);
  if (text.includes('overnight')) for (const m of text.matchAll(OVERNIGHT_RE)) out.push({ start: m.index, end: m.index + m[0].length, kind: { type: 'overnight' }, intrinsic: null, qualifier: null });
  const named = ANY_HOLIDAY_END.test(text);
  const christmas = text.includes('Christmas');
  if (/Easter|Holy Week|Semana Santa|Good Friday|Maundy|Shrove|Rose Monday|Corpus Christi|Holy Saturday|Ash Wednesday|Palm Sunday|Ascension|Pentecost|Whit /.test(text)) {
    for (const m of text.matchAll(EASTER_RE)) {
      const week = m.groups?.['week'];
      const name = week ?? m.groups?.['named'] ?? m.groups?.['bare'] ?? '';
      const at = m.index + m[0].indexOf(name);
      const year = m.groups?.['year'];
      // "Holy Week", "Semana Santa": Palm Sunday to Easter Sunday.
      const kind = week ? { type: 'easter' as const, offset: -7, days: 8, year: year ? Number(year) : null } : { type: 'easter' as const, offset: EASTER_OFFSETS[name.replace(/\s+/g, ' ').toLowerCase()] ?? 0, year: year ? Number(year) : null };
      out.push({ start: at, end: m.index + m[0].length, kind, intrinsic: null, qualifier: null });
    }
  }
  recognizeMoveable(text, out);
  if (!named && !christmas) return;
  const push = (start: number, end: number, month: number, day: number, year: string | undefined) => {
    out.push({ start, end, kind: { type: 'date', date: { year: year ? Number(year) : null, month, day } }, intrinsic: null, qualifier: null });
  };
  const names = named ? text.matchAll(HOLIDAY_RE) : [];
  for (const m of names) {
    const name = (m.groups?.['name'] ?? '').replace(/’/g, "'").replace(/\s+/g, ' ').toLowerCase();
    const holiday = byName.get(name);
    if (holiday) push(m.index, m.index + m[0].length, holiday.month, holiday.day, m.groups?.['year']);
  }
  const christmases = christmas ? text.matchAll(CHRISTMAS_RE) : [];
  for (const m of christmases) {
    const nameAt = m.index + m[0].indexOf('Christmas');
    if (nameAt < 0 || text[nameAt] !== 'C') continue;
    push(nameAt, m.index + m[0].length, 12, 25, m.groups?.['year']);
  }
}

const MOVEABLE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<before>${CHRISTMAS_PREPOSITIONS.map(escape).join('|')})\\s+)?(?<name>${MOVEABLE_HOLIDAYS.map((h) => escape(h.name)).sort((a, b) => b.length - a.length).join('|')})(?:,?\\s+(?<year>(?:1[89]|2\\d)\\d\\d))?(?![\\p{L}\\p{N}])(?!['’]s\\b)`,
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
    if (!holiday || (holiday.bare && !m.groups?.['before'])) continue;
    canadian ??= CANADA_RE.test(text);
    const rule = holiday.canada && canadian ? holiday.canada : holiday;
    const at = m.index + m[0].indexOf(name);
    const year = m.groups?.['year'];
    out.push({ start: at, end: m.index + m[0].length, kind: { type: 'nthWeekday', month: rule.month, weekday: rule.weekday, n: rule.n, offset: holiday.canada && canadian ? 0 : (holiday.offset ?? 0), year: year ? Number(year) : null }, intrinsic: null, qualifier: null });
  }
}
