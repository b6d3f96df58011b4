/**
 * A deterministic, seeded generator of synthetic news articles and their registry, laid out like `content/`:
 * `articles/*.md`, `people/*.yaml`, `organizations/*.yaml`, `topics/*.yaml`.
 *
 *   node bench/generateCorpus.ts --out /tmp/corpus --articles 1000 [--seed 1]
 *
 * Articles are 2–6 KB, use every quote style the extractor must handle (attribution before, after and split,
 * multi-sentence quotes, nested single quotes, straight and curly marks, partial quotes in paraphrase, scare
 * quotes and quoted titles) and varied date expressions. Speakers are drawn with a Zipf-like skew so the same
 * actors recur across many articles, the way a newsroom's archive looks, and cross-article pages get real work.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import * as V from './corpusVocabulary.ts';

/** mulberry32: a tiny, fast 32-bit PRNG; enough for reproducible text, and no dependency. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the corpus seed with an article number, so each article has its own stream. */
function mixSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (index + 0x85ebca6b), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

type Rng = () => number;

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

/** Index drawn with weight 1/(i+1)^s: a few actors are everywhere, most appear now and then. */
function zipf(rng: Rng, n: number, s = 0.9): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += 1 / (i + 1) ** s;
  let r = rng() * total;
  for (let i = 0; i < n; i++) {
    r -= 1 / (i + 1) ** s;
    if (r <= 0) return i;
  }
  return n - 1;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Country {
  adjective: string;
  name: string;
  capital: string;
  seat: string;
  governmentId: string;
}

interface Org {
  id: string;
  name: string;
  /** How the copy names it in running text ("Northwind Rail", "the Amber Palace"). */
  forms: string[];
  kind: string;
  head: string;
  registered: boolean;
  parent?: string;
  country: Country;
}

interface Person {
  id: string;
  name: string;
  surname: string;
  gender: 'female' | 'male';
  /** Title written before the name on first mention ("Finance Minister"), or null. */
  title: string | null;
  /** Apposition after the name on first mention (", a ferry captain in Sellick"), or null. */
  apposition: string | null;
  organization: Org | null;
  registered: boolean;
  roleTitle: string | null;
  roleStart: string;
}

interface World {
  countries: Country[];
  orgs: Org[];
  people: Person[];
}

/** Pool sizes grow with the archive, so a big corpus has more actors, not just more repeats. */
function buildWorld(articles: number, seed: number): World {
  const rng = mulberry32(mixSeed(seed, 0xffffff));
  const countries: Country[] = V.countries.map((c) => ({ ...c, governmentId: `${slug(c.name)}-government` }));
  const orgs: Org[] = [];
  for (const country of countries) {
    orgs.push({ id: country.governmentId, name: `Government of ${country.name}`, forms: [country.capital, capitalize(country.seat), `the ${country.adjective} government`], kind: 'government', head: 'spokesperson', registered: true, country });
    for (const ministry of V.ministries) {
      orgs.push({
        id: `${slug(country.name)}-${slug(ministry.name)}`,
        name: `${country.adjective} ${ministry.name}`,
        forms: [`the ${country.adjective} ${ministry.name.toLowerCase()}`],
        kind: 'ministry',
        head: ministry.title,
        registered: true,
        parent: country.governmentId,
        country,
      });
    }
  }
  const companies = Math.min(V.orgStems.length * V.orgKinds.length, 10 + Math.ceil(articles / 40));
  const usedOrg = new Set<string>();
  while (usedOrg.size < companies) {
    const name = `${pick(rng, V.orgStems)} ${pick(rng, V.orgKinds).suffix}`;
    if (usedOrg.has(name)) continue;
    usedOrg.add(name);
    const kind = V.orgKinds.find((k) => name.endsWith(k.suffix)) ?? V.orgKinds[0];
    const stem = name.split(' ')[0] as string;
    orgs.push({ id: slug(name), name, forms: [name, kind.kind === 'company' ? stem : name], kind: kind.kind, head: kind.head, registered: rng() < 0.8, country: pick(rng, countries) });
  }
  const peopleCount = Math.min(V.femaleFirst.length * 2 * V.lastNames.length, 30 + Math.ceil(articles / 8));
  const people: Person[] = [];
  const usedNames = new Set<string>();
  while (people.length < peopleCount) {
    const gender = rng() < 0.5 ? 'female' : 'male';
    const first = pick(rng, gender === 'female' ? V.femaleFirst : V.maleFirst);
    const surname = pick(rng, V.lastNames);
    const name = `${first} ${surname}`;
    // One surname per person keeps surname-only mentions unambiguous within the pool's common case.
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    const roll = rng();
    const org = pick(rng, orgs);
    const start = `${2010 + Math.floor(rng() * 9)}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 10)}`;
    let person: Person;
    if (roll < 0.75) {
      const roleTitle = org.kind === 'ministry' ? `${org.country.adjective} ${org.head}` : org.kind === 'government' ? `Spokesperson for the ${org.name}` : `${capitalize(org.head)} of ${org.name}`;
      const before = org.kind === 'ministry' ? `${org.country.adjective} ${org.head}` : org.kind === 'government' ? `${org.country.adjective} government spokesperson` : `${org.forms[0]} ${org.head}`;
      person = { id: slug(name), name, surname, gender, title: before, apposition: null, organization: org, registered: rng() < 0.7, roleTitle, roleStart: start };
    } else {
      const descriptor = pick(rng, V.localDescriptors).replace('{town}', pick(rng, V.towns));
      person = { id: slug(name), name, surname, gender, title: null, apposition: `, ${descriptor}`, organization: null, registered: rng() < 0.3, roleTitle: null, roleStart: start };
    }
    people.push(person);
  }
  return { countries, orgs, people };
}

/** Quotation marks of one article: curly (most copies) or straight (pasted from plain text). */
interface Marks {
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
  apostrophe: string;
}
const curly: Marks = { open: '\u201c', close: '\u201d', innerOpen: '\u2018', innerClose: '\u2019', apostrophe: '\u2019' };
const straight: Marks = { open: '"', close: '"', innerOpen: "'", innerClose: "'", apostrophe: "'" };

/** State while writing one article: who has been introduced, who spoke last. */
class ArticleWriter {
  readonly rng: Rng;
  readonly marks: Marks;
  readonly topic: (typeof V.topics)[number];
  readonly people: Person[];
  readonly orgs: Org[];
  readonly home: Country;
  readonly away: Country;
  readonly #introduced = new Set<string>();
  lastPerson: Person | null = null;

  constructor(rng: Rng, world: World) {
    this.rng = rng;
    this.marks = rng() < 0.75 ? curly : straight;
    this.topic = V.topics[zipf(rng, V.topics.length, 0.6)] as (typeof V.topics)[number];
    const want = 2 + Math.floor(rng() * 3);
    const chosen = new Map<string, Person>();
    while (chosen.size < want) {
      const person = world.people[zipf(rng, world.people.length)] as Person;
      chosen.set(person.id, person);
    }
    this.people = [...chosen.values()];
    const orgs = new Map<string, Org>();
    for (const p of this.people) if (p.organization) orgs.set(p.organization.id, p.organization);
    while (orgs.size < 2) {
      const org = world.orgs[zipf(rng, world.orgs.length, 0.7)] as Org;
      orgs.set(org.id, org);
    }
    this.orgs = [...orgs.values()];
    this.home = pick(rng, world.countries);
    this.away = pick(rng, world.countries.filter((c) => c !== this.home));
  }

  /** Fills the placeholders of a vocabulary sentence. */
  fill(template: string): string {
    return template
      .replaceAll('{thing}', pick(this.rng, this.topic.things))
      .replaceAll('{place}', pick(this.rng, [this.home.name, this.home.capital, pick(this.rng, V.towns)]))
      .replaceAll('{org}', this.orgName())
      .replaceAll('{other}', this.person().surname)
      .replaceAll('{adjective}', this.home.adjective)
      .replaceAll('{capital}', this.away.capital)
      .replaceAll("'", this.marks.apostrophe);
  }

  orgName(): string {
    return pick(this.rng, pick(this.rng, this.orgs).forms);
  }

  person(): Person {
    return pick(this.rng, this.people);
  }

  /** A person named the way the copy would at this point: full introduction first, surname afterwards. */
  name(person: Person, atEnd = false): string {
    this.lastPerson = person;
    if (this.#introduced.has(person.id)) return person.surname;
    this.#introduced.add(person.id);
    const lead = person.title ? `${person.title} ${person.name}` : person.name;
    if (!person.apposition) return lead;
    return atEnd ? `${lead}${person.apposition}` : `${lead}${person.apposition},`;
  }

  q(text: string): string {
    return `${this.marks.open}${text}${this.marks.close}`;
  }

  /** A date expression and whether it belongs in a past or future clause. */
  date(tense: 'past' | 'future'): string {
    const rng = this.rng;
    const day = pick(rng, V.weekdays);
    const month = pick(rng, V.months);
    const first = 1 + Math.floor(rng() * 24);
    if (tense === 'future') {
      return pick(rng, [`on ${day}`, 'next week', 'in the coming days', 'in the coming week', 'soon', 'next month', `on ${month} ${first}-${first + 2}`, `in ${month}`, 'tomorrow']);
    }
    return pick(rng, [`on ${day}`, day, 'last week', 'yesterday', 'earlier this month', 'last month', `in ${2012 + Math.floor(rng() * 6)}`, `${pick(rng, V.numberWords)} years ago`, 'recently', `in ${month}`, `on ${month} ${first}-${first + 2}`, 'this week', 'today']);
  }

  directQuote(): string {
    return this.fill(pick(this.rng, V.quoteSentences));
  }

  // Sentence shapes. Each returns one or more sentences.

  /** “Quote,” Name said. / “Quote,” said Name. / “Question?” Name asked. */
  attributionAfter(): string {
    const p = this.person();
    if (this.rng() < 0.15) return `${this.q(`${this.fill(pick(this.rng, V.quoteQuestions))}?`)} ${this.name(p)} asked.`;
    const cue = pick(this.rng, V.cues);
    return this.rng() < 0.5 ? `${this.q(`${this.directQuote()},`)} ${this.name(p)} ${cue}.` : `${this.q(`${this.directQuote()},`)} said ${this.name(p, true)}.`;
  }

  /** Name said: “Quote.” / Name told reporters on Tuesday, “Quote.” */
  attributionBefore(): string {
    const p = this.person();
    const subject = capitalize(this.name(p));
    return this.rng() < 0.5 ? `${subject} said: ${this.q(`${this.directQuote()}.`)}` : `${subject} told reporters ${this.date('past')}, ${this.q(`${this.directQuote()}.`)}`;
  }

  /** “First part,” Name said, “second part.” / “One,” Name said. “Two.” */
  attributionSplit(): string {
    const p = this.person();
    const one = this.directQuote();
    const two = this.directQuote();
    if (this.rng() < 0.5) return `${this.q(`${one},`)} ${this.name(p)} said. ${this.q(`${two}.`)}`;
    return `${this.q(`${one},`)} ${this.name(p)} ${pick(this.rng, ['said', 'added', 'went on'])}, ${this.q(`${two.charAt(0).toLowerCase()}${two.slice(1)}.`)}`;
  }

  /** Several sentences in one quote. */
  multiSentence(): string {
    const n = 2 + Math.floor(this.rng() * 2);
    const parts = Array.from({ length: n }, () => this.directQuote());
    const last = parts.pop() as string;
    return `${this.q(`${parts.map((s) => `${s}.`).join(' ')} ${last},`)} ${this.name(this.person())} ${pick(this.rng, V.cues)}.`;
  }

  /** A quote that quotes someone else in single marks. */
  nested(): string {
    const m = this.marks;
    const inner = this.fill(pick(this.rng, V.partialPhrases));
    return `${this.q(`They called it ${m.innerOpen}${inner}${m.innerClose}, and then nothing happened,`)} ${this.name(this.person())} said.`;
  }

  /** A partial quote inside paraphrase, with the stop inside or outside the marks. */
  partial(): string {
    const rng = this.rng;
    const p = this.person();
    const thing = pick(rng, this.topic.things);
    const subject = capitalize(this.name(p));
    switch (Math.floor(rng() * 4)) {
      case 0:
        return `${subject} called ${thing} ${this.q(this.fill(pick(rng, V.partialPhrases)))}.`;
      case 1:
        return `${subject} described ${thing} as ${this.q(`${this.fill(pick(rng, V.partialPhrases))}.`)}`;
      case 2:
        return `${subject} said ${thing} was ${this.q(pick(rng, V.partialAdjectives))} and would be reviewed.`;
      default:
        return `${subject} warned that ${thing} would mean ${this.q(`${this.fill(pick(rng, V.partialOutcomes))}.`)}`;
    }
  }

  /** Name said that…; According to Name, …; pronoun continuation. */
  indirect(): string {
    const rng = this.rng;
    const clause = this.fill(pick(rng, V.clauses));
    const roll = rng();
    if (roll < 0.25 && this.lastPerson) {
      const pronoun = this.lastPerson.gender === 'female' ? 'She' : 'He';
      return `${pronoun} ${pick(rng, ['added', 'also said', 'argued'])} that ${clause}.`;
    }
    if (roll < 0.45) return `According to ${this.name(this.person(), true)}, ${clause}.`;
    return `${capitalize(this.name(this.person()))} ${pick(rng, V.thatCues)} ${this.date('past')} that ${clause}.`;
  }

  /** Anonymous sources and metonyms speaking for organizations. */
  unnamed(): string {
    const rng = this.rng;
    const source = this.fill(pick(rng, V.anonymousSources));
    const org = this.orgName();
    switch (Math.floor(rng() * 4)) {
      case 0:
        return `${this.q(`${this.directQuote()},`)} said ${source}.`;
      case 1:
        return `${capitalize(source)} said ${this.fill(pick(rng, V.clauses))}.`;
      case 2:
        return `${capitalize(org)} ${pick(rng, ['rejected', 'welcomed', 'criticised'])} the proposal ${this.date('past')}.`;
      default:
        return `${capitalize(org)} said in a statement that ${this.fill(pick(rng, V.clauses))}.`;
    }
  }

  /** Scare quotes and quoted titles: quotation marks that are not statements. */
  notStatements(): string {
    const rng = this.rng;
    const thing = pick(rng, this.topic.things);
    if (rng() < 0.5) return `Critics say the so-called ${this.q(pick(rng, V.scareWords))} measures attached to ${thing} have changed little.`;
    return `In a report titled ${this.q(pick(rng, V.quotedTitles))}, ${this.orgName()} set out its case on ${thing}.`;
  }

  /** Events with dates in both directions. */
  event(): string {
    const rng = this.rng;
    const meeting = pick(rng, V.meetings);
    const a = this.home.capital;
    const b = this.away.capital;
    switch (Math.floor(rng() * 4)) {
      case 0:
        return `Officials from ${a} and ${b} will hold ${meeting} ${this.date('future')}.`;
      case 1:
        return `The dispute over ${pick(rng, this.topic.things)} began ${pick(rng, [`in ${2012 + Math.floor(rng() * 6)}`, `${pick(rng, V.numberWords)} years ago`, 'last year'])}.`;
      case 2: {
        const day = pick(rng, V.weekdays);
        return `${day}${this.marks.apostrophe}s ${meeting.replace(/^(a|an) /, '')} in ${pick(rng, V.towns)} ended without agreement.`;
      }
      default:
        return `${capitalize(meeting)} on ${pick(rng, this.topic.things)} took place ${this.date('past')} in ${pick(rng, V.towns)}.`;
    }
  }

  /** Plain narration, no speech. */
  narration(): string {
    const thing = pick(this.rng, this.topic.things);
    return pick(this.rng, [
      `The row over ${thing} has divided ${this.home.name} for months.`,
      `${capitalize(thing)} would cost an estimated ${2 + Math.floor(this.rng() * 40)} million over ten years.`,
      `${this.away.capital} has long opposed ${thing}, arguing that it favours ${this.home.capital}.`,
      `Polls suggest voters in ${pick(this.rng, V.towns)} are split on ${thing}.`,
    ]);
  }

  sentence(): string {
    const shapes = [
      [3, () => this.attributionAfter()],
      [2, () => this.attributionBefore()],
      [2, () => this.attributionSplit()],
      [1, () => this.multiSentence()],
      [1, () => this.nested()],
      [2, () => this.partial()],
      [3, () => this.indirect()],
      [2, () => this.unnamed()],
      [1, () => this.notStatements()],
      [2, () => this.event()],
      [2, () => this.narration()],
    ] as const;
    let r = this.rng() * shapes.reduce((sum, [w]) => sum + w, 0);
    for (const [weight, make] of shapes) {
      r -= weight;
      if (r <= 0) return make();
    }
    return this.narration();
  }

  paragraph(): string {
    const n = 2 + Math.floor(this.rng() * 3);
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }

  /** The opening paragraph: who said what, when, and a first direct quote. */
  lead(): string {
    const p = this.people[0] as Person;
    const thing = pick(this.rng, this.topic.things);
    const first = `${capitalize(this.name(p))} ${pick(this.rng, ['said', 'warned', 'announced'])} ${this.date('past')} that ${this.fill(pick(this.rng, V.clauses))}, as the dispute over ${thing} deepened.`;
    return `${first} ${this.attributionAfter()}`;
  }
}

/** Smallest and largest article sizes in bytes (2–6 KB). */
export const MIN_BYTES = 2048;
export const MAX_BYTES = 6000;

function isoDay(rng: Rng): string {
  // 2019-01-01 .. 2025-12-31
  const start = Date.UTC(2019, 0, 1);
  const days = Math.floor(rng() * (Date.UTC(2025, 11, 31) - start) / 86_400_000);
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}

function writeArticle(world: World, seed: number, index: number): { name: string; text: string } {
  const rng = mulberry32(mixSeed(seed, index));
  const w = new ArticleWriter(rng, world);
  const published = isoDay(rng);
  const headline = pick(rng, V.headlines);
  const lead = w.people[0] as Person;
  const title = capitalize(
    headline
      .replace('{org}', w.orgs[0]?.name ?? w.home.name)
      .replace('{thing}', pick(rng, w.topic.things).replace(/^the /, ''))
      .replace('{name}', lead.name)
      .replace('{capital2}', w.away.capital)
      .replace('{capital}', w.home.capital)
      .replace('{town}', pick(rng, V.towns)),
  );
  const frontmatter = `---\n${stringify({ title, published }, { lineWidth: 0 })}---\n`;
  // Varied lengths: aim anywhere in the range, stop before the ceiling.
  const target = MIN_BYTES + 100 + Math.floor(rng() * (MAX_BYTES - MIN_BYTES - 900));
  const paragraphs = [w.lead()];
  let bytes = Buffer.byteLength(frontmatter + paragraphs[0]);
  let attempts = 0;
  while (bytes < target && attempts < 200) {
    attempts++;
    const next = w.paragraph();
    const size = Buffer.byteLength(next) + 2;
    if (bytes + size > MAX_BYTES - 1) continue;
    paragraphs.push(next);
    bytes += size;
  }
  const name = `${slug(title).slice(0, 60).replace(/-$/, '')}-${String(index + 1).padStart(5, '0')}.md`;
  return { name, text: `${frontmatter}${paragraphs.join('\n\n')}\n` };
}

function registryFiles(world: World): Map<string, string> {
  const files = new Map<string, string>();
  // Dates are quoted: YAML 1.1 readers (js-yaml, which Astro's glob loader uses) turn bare dates into Date objects.
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 }).replace(/^(\s*(?:start|end): )(\d{4}-\d\d-\d\d)$/gm, '$1"$2"');
  for (const org of world.orgs) {
    if (!org.registered) continue;
    const aliases = [...new Set(org.forms.filter((f) => f !== org.name))];
    files.set(`organizations/${org.id}.yaml`, yaml({ name: org.name, aliases, kind: org.kind, ...(org.parent ? { parent: org.parent } : {}), description: `An invented ${org.kind} of ${org.country.name}, for benchmarks.` }));
  }
  const registeredOrgs = new Set(world.orgs.filter((o) => o.registered).map((o) => o.id));
  for (const person of world.people) {
    if (!person.registered) continue;
    const roles = person.roleTitle ? [{ title: person.roleTitle, ...(person.organization && registeredOrgs.has(person.organization.id) ? { organization: person.organization.id } : {}), start: person.roleStart }] : [];
    files.set(`people/${person.id}.yaml`, yaml({ name: person.name, aliases: [person.surname], gender: person.gender, roles, description: 'An invented person, for benchmarks.' }));
  }
  for (const topic of V.topics) files.set(`topics/${topic.id}.yaml`, yaml({ name: topic.name, keywords: [...topic.keywords], description: `An invented issue: ${topic.name.toLowerCase()}.` }));
  return files;
}

/** Options of the generator. */
export interface CorpusOptions {
  /** How many articles to write. */
  articles: number;
  /** The same seed always gives the same corpus. Defaults to 1. */
  seed?: number;
}

/** The corpus as relative path → file text, in a stable order. */
export function buildCorpus(options: CorpusOptions): Map<string, string> {
  const seed = options.seed ?? 1;
  const world = buildWorld(options.articles, seed);
  const files = registryFiles(world);
  for (let i = 0; i < options.articles; i++) {
    const { name, text } = writeArticle(world, seed, i);
    files.set(`articles/${name}`, text);
  }
  return files;
}

/** Writes the corpus under `dir` and returns how many articles and bytes of Markdown it wrote. */
export function writeCorpus(dir: string, options: CorpusOptions): { articles: number; articleBytes: number; files: number } {
  const files = buildCorpus(options);
  let articleBytes = 0;
  let articles = 0;
  for (const [path, text] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    if (path.startsWith('articles/')) {
      articles++;
      articleBytes += Buffer.byteLength(text);
    }
  }
  return { articles, articleBytes, files: files.size };
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = arg('out');
  if (!out) {
    process.stderr.write('usage: node bench/generateCorpus.ts --out DIR [--articles N] [--seed S]\n');
    process.exit(2);
  }
  const result = writeCorpus(resolve(out), { articles: Number(arg('articles') ?? 1000), seed: Number(arg('seed') ?? 1) });
  process.stderr.write(`wrote ${result.articles} articles (${(result.articleBytes / 1e6).toFixed(2)} MB) and ${result.files - result.articles} registry files to ${out}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) main(process.argv.slice(2));
