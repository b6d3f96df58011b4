/**
 * Word lists for the synthetic benchmark corpus. Everything here is invented: places, people, bodies and
 * sentences belong to no real story, so the corpus can be shared and grown without copying anyone's text.
 * Placeholders in sentences: {thing} (the topic's object), {place}, {org}, {other} (another actor's name).
 */

/** Invented countries, each with a capital that stands for its government and a seat that does too. */
export const countries = [
  { adjective: 'Valdorian', name: 'Valdoria', capital: 'Marenburg', seat: 'the Amber Palace' },
  { adjective: 'Kestrian', name: 'Kestria', capital: 'Olvany', seat: 'the Citadel' },
  { adjective: 'Lirran', name: 'Lirra', capital: 'Port Anselm', seat: 'Harrow House' },
  { adjective: 'Tessaline', name: 'Tessaly Reach', capital: 'Brennock', seat: 'the Glass Hall' },
] as const;

/** Cities that are not capitals, for events and local speakers. */
export const towns = ['Sellick', 'Dunmere', 'Caravel Bay', 'Ostwick', 'Lanholm', 'Reddan', 'Fairhollow', 'Quayside'] as const;

/** Ministries every invented government has. */
export const ministries = [
  { name: 'Finance Ministry', title: 'Finance Minister', short: 'the finance ministry' },
  { name: 'Foreign Ministry', title: 'Foreign Minister', short: 'the foreign ministry' },
  { name: 'Transport Ministry', title: 'Transport Minister', short: 'the transport ministry' },
  { name: 'Energy Ministry', title: 'Energy Minister', short: 'the energy ministry' },
] as const;

/** Parts to make companies, agencies and groups from; combined deterministically for larger corpora. */
export const orgStems = ['Northwind', 'Tidewater', 'Brightwater', 'Corvel', 'Halden', 'Greyfield', 'Amberline', 'Stonebridge', 'Silverreach', 'Kettering', 'Ashgrove', 'Morrow', 'Pellham', 'Westerly', 'Crane', 'Oakhurst'] as const;
export const orgKinds = [
  { suffix: 'Rail', kind: 'company', head: 'chief executive' },
  { suffix: 'Energy', kind: 'company', head: 'chief executive' },
  { suffix: 'Shipping Group', kind: 'company', head: 'chairman' },
  { suffix: 'Mining', kind: 'company', head: 'managing director' },
  { suffix: 'Harbour Authority', kind: 'agency', head: 'director' },
  { suffix: 'Coast Alliance', kind: 'ngo', head: 'spokesperson' },
  { suffix: 'Broadcasting Corporation', kind: 'broadcaster', head: 'editor' },
  { suffix: 'Reform Party', kind: 'party', head: 'leader' },
  { suffix: 'Dock Workers Union', kind: 'other', head: 'general secretary' },
] as const;

export const femaleFirst = ['Ilse', 'Maren', 'Odile', 'Teresa', 'Annika', 'Leontine', 'Priya', 'Sabine', 'Helka', 'Junia', 'Rosalind', 'Vera', 'Nadia', 'Elowen', 'Carys', 'Margit', 'Yelena', 'Fenna', 'Agathe', 'Solveig'] as const;
export const maleFirst = ['Teodor', 'Anselm', 'Bram', 'Caspar', 'Dmitri', 'Emil', 'Florian', 'Gideon', 'Henrik', 'Ivo', 'Jasper', 'Konrad', 'Lucan', 'Matthias', 'Nils', 'Oren', 'Piet', 'Rafe', 'Stellan', 'Tobias'] as const;
export const lastNames = ['Marrow', 'Vance', 'Holt', 'Ardent', 'Bellweather', 'Corrigan', 'Dallow', 'Eskew', 'Farrant', 'Galloway', 'Hesketh', 'Ingram', 'Jolliffe', 'Kestler', 'Lanyon', 'Merriwether', 'Nettleton', 'Orpen', 'Pryde', 'Quennell', 'Rendell', 'Soames', 'Thackery', 'Umber', 'Varley', 'Wrexham', 'Yardley', 'Zeller', 'Ashdown', 'Brannock', 'Carrow', 'Devane', 'Ellery', 'Fenwick', 'Grisedale', 'Harcourt', 'Islay', 'Jessop', 'Kilbride', 'Lockett', 'Maddox', 'Norcott', 'Ormsby', 'Pellow', 'Ravel', 'Stroud', 'Tremayne', 'Upjohn', 'Verity', 'Whitlock'] as const;

/** How unregistered speakers are introduced the first time. */
export const localDescriptors = ['a ferry captain in {town}', 'a shop owner in {town}', 'a council member in {town}', 'an economist at the University of {town}', 'a retired engineer from {town}', 'a union organiser in {town}', 'a teacher in {town}', 'a fisherman from {town}'] as const;

/** Anonymous sources, as the copy would describe them. */
export const anonymousSources = ['a person familiar with the talks', 'two officials who spoke on condition of anonymity', 'a senior diplomat', '{adjective} officials', 'people close to the negotiations', 'an aide who asked not to be named', 'a source in {capital}', 'several lawmakers'] as const;

/** Issues positions are taken on, with the registry keywords and the words sentences use. */
export const topics = [
  { id: 'port-expansion', name: 'Port expansion', keywords: ['port', 'harbour', 'dredging'], things: ['the port expansion', 'the dredging contract', 'the new container terminal'] },
  { id: 'rail-tariffs', name: 'Rail freight tariffs', keywords: ['rail', 'tariff', 'freight'], things: ['the freight tariff', 'the rail levy', 'the new tariff schedule'] },
  { id: 'river-treaty', name: 'The river water treaty', keywords: ['treaty', 'river', 'water rights'], things: ['the water treaty', 'the river agreement', 'the water-sharing deal'] },
  { id: 'energy-prices', name: 'Energy prices', keywords: ['energy', 'electricity', 'price cap'], things: ['the price cap', 'the electricity subsidy', 'the energy package'] },
  { id: 'fishing-quotas', name: 'Fishing quotas', keywords: ['fishing', 'quota', 'catch'], things: ['the fishing quotas', 'the catch limits', 'the new quota system'] },
  { id: 'border-checks', name: 'Border checks', keywords: ['border', 'customs', 'checkpoint'], things: ['the border checks', 'the customs regime', 'the new checkpoints'] },
  { id: 'pension-reform', name: 'Pension reform', keywords: ['pension', 'retirement'], things: ['the pension reform', 'the retirement age change', 'the pension bill'] },
  { id: 'housing', name: 'Housing', keywords: ['housing', 'rent', 'construction'], things: ['the housing plan', 'the rent freeze', 'the construction programme'] },
  { id: 'election-law', name: 'Election law', keywords: ['election', 'ballot', 'electoral'], things: ['the electoral bill', 'the new ballot rules', 'the election law'] },
  { id: 'mining-licences', name: 'Mining licences', keywords: ['mining', 'licence', 'ore'], things: ['the mining licences', 'the ore export rules', 'the licence auction'] },
  { id: 'ferry-subsidies', name: 'Ferry subsidies', keywords: ['ferry', 'subsidy', 'crossing'], things: ['the ferry subsidy', 'the island crossings', 'the ferry contract'] },
  { id: 'coastal-defences', name: 'Coastal defences', keywords: ['flood', 'sea wall', 'coastal'], things: ['the sea wall', 'the flood defences', 'the coastal programme'] },
] as const;

/** Whole sentences a speaker says, without final punctuation. */
export const quoteSentences = [
  'We will not sign a deal that leaves {place} paying for {thing}',
  'This is the best offer anyone has put on the table in years',
  'Nobody in {place} asked for {thing}',
  'The numbers simply do not add up',
  'Our door remains open, and it will stay open',
  '{thing} has to be settled before the winter',
  'It is a question of fairness for working families',
  'We have listened, and we have changed the plan',
  'I have never seen negotiations move this slowly',
  'There is no version of {thing} that works without {place}',
  'They promised consultation and gave us a press release',
  'We expect an answer within days, not months',
  'If {org} walks away, the cost falls on everyone',
  'Every week of delay makes {thing} more expensive',
  'We are ready to compromise on the timetable but not on the principle',
  'The people of {place} deserve better than this',
  'I think we can get there, but it will take patience',
  'This is not about politics, it is about arithmetic',
  'We were told the money was there; it was not',
  'Nobody wins if the talks collapse',
] as const;

/** Questions a speaker asks, without the question mark. */
export const quoteQuestions = ['Who is going to pay for {thing}', 'Why should {place} carry the risk alone', 'What exactly has changed since last year'] as const;

/** Noun phrases quoted inside paraphrase (partial quotes). */
export const partialPhrases = ['a reckless gamble', 'a fair compromise', 'a betrayal of {place}', 'the last chance', 'a step in the right direction', 'a blank cheque', 'an act of vandalism'] as const;
/** Adjective phrases quoted inside paraphrase. */
export const partialAdjectives = ['entirely premature', 'deeply flawed', 'simply unaffordable', 'long overdue'] as const;
/** Consequences quoted inside paraphrase, after "risked" or "would mean". */
export const partialOutcomes = ['years of delay', 'unacceptable pressure on {place}', 'another lost decade', 'chaos at the border', 'the end of the talks'] as const;

/** Content of indirect speech: a clause after "said that". */
export const clauses = [
  '{org} had not been consulted on {thing}',
  'talks on {thing} had stalled',
  'the costs of {thing} had been underestimated',
  'a compromise on {thing} was within reach',
  'the government would not back down',
  'the ministry would review {thing} before the end of the year',
  '{place} was prepared to walk away from {thing}',
  'more time was needed to study {thing}',
  '{other} had misrepresented the proposal',
  'a vote on {thing} would go ahead as planned',
] as const;

/** Words in scare quotes: not statements. */
export const scareWords = ['temporary', 'reform', 'consultation', 'efficiency', 'voluntary', 'independent', 'final'] as const;

/** Titles of reports and programmes, quoted: not statements. */
export const quotedTitles = ['Tides of Change', 'The Long Road Home', 'Counting the Cost', 'A Harbour for All', 'Morning Ledger', 'Lines in the Water'] as const;

/** Reporting verbs for direct quotes. */
export const cues = ['said', 'said', 'said', 'told reporters', 'argued', 'warned', 'insisted', 'added', 'explained', 'noted', 'acknowledged'] as const;
/** Reporting verbs that take a "that" clause. */
export const thatCues = ['said', 'said', 'argued', 'warned', 'insisted', 'claimed', 'denied', 'acknowledged', 'suggested', 'stressed'] as const;

export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const numberWords = ['two', 'three', 'four', 'five'] as const;

/** Things that happen, for event sentences. */
export const meetings = ['talks', 'a summit', 'a hearing', 'a vote', 'a round of negotiations', 'a public consultation', 'an emergency session'] as const;

/** Headline shapes. */
export const headlines = ['{org} delays {thing} as talks stall', '{name} defends {thing} amid criticism', 'Pressure grows over {thing}', '{capital} and {capital2} trade blame over {thing}', 'What the fight over {thing} means for {town}', '{name} warns of cost of {thing}', 'Deal on {thing} within reach, officials say', 'Critics question {thing} ahead of vote'] as const;
