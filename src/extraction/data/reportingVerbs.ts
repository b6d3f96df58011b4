/**
 * Reporting verbs (speech cues) with their inflections. Data, not code: add a verb here and every rule that
 * looks for a cue learns it. `ambiguous` verbs also have non-speech senses ("added 200 jobs", "called the
 * plumber"), so they count as cues only when what follows reads as reported content.
 */
export interface ReportingVerb {
  /** Base form. */
  base: string;
  /** Every inflected form: base, -s, -ed/past, -ing. */
  forms: string[];
  /** True when the verb needs a clause ("that…", "to…", a quote) to count as speech. */
  ambiguous?: boolean;
  /** True when the verb takes the speaker as object, not subject ("according to", "told by"). */
  objectSpeaker?: boolean;
}

const regular = (base: string, extra: Partial<ReportingVerb> = {}): ReportingVerb => {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  return { base, forms: [base, third, past, `${stem}ing`], ...extra };
};

const irregular = (base: string, third: string, past: string[], ing: string, extra: Partial<ReportingVerb> = {}): ReportingVerb => ({
  base,
  forms: [base, third, ...past, ing],
  ...extra,
});

export const reportingVerbs: ReportingVerb[] = [
  irregular('say', 'says', ['said'], 'saying'),
  irregular('tell', 'tells', ['told'], 'telling', { ambiguous: true }),
  irregular('write', 'writes', ['wrote', 'written'], 'writing'),
  irregular('speak', 'speaks', ['spoke', 'spoken'], 'speaking', { ambiguous: true }),
  irregular('tweet', 'tweets', ['tweeted'], 'tweeting'),
  irregular('post', 'posts', ['posted'], 'posting', { ambiguous: true }),
  irregular('admit', 'admits', ['admitted'], 'admitting'),
  irregular('commit', 'commits', ['committed'], 'committing', { ambiguous: true }),
  irregular('plan', 'plans', ['planned'], 'planning', { ambiguous: true }),
  irregular('rebut', 'rebuts', ['rebutted'], 'rebutting'),
  irregular('quip', 'quips', ['quipped'], 'quipping'),
  irregular('forecast', 'forecasts', ['forecast', 'forecasted'], 'forecasting'),
  irregular('foresee', 'foresees', ['foresaw', 'foreseen'], 'foreseeing'),
  irregular('hold', 'holds', ['held'], 'holding', { ambiguous: true }),
  irregular('think', 'thinks', ['thought'], 'thinking', { ambiguous: true }),
  irregular('swear', 'swears', ['swore', 'sworn'], 'swearing'),
  irregular('bet', 'bets', ['bet'], 'betting', { ambiguous: true }),
  ...[
    'add', 'announce', 'argue', 'assert', 'claim', 'confirm', 'declare', 'deny', 'emphasize', 'emphasise',
    'explain', 'insist', 'note', 'observe', 'point', 'remark', 'repeat', 'reply', 'report', 'respond', 'state',
    'stress', 'suggest', 'warn', 'caution', 'urge', 'vow', 'pledge', 'promise', 'predict', 'acknowledge',
    'concede', 'contend', 'counter', 'complain', 'criticize', 'criticise', 'recall', 'reiterate', 'maintain',
    'allege', 'accuse', 'agree', 'disagree', 'answer', 'ask', 'boast', 'brag', 'charge', 'comment', 'conclude',
    'demand', 'describe', 'disclose', 'dismiss', 'estimate', 'exclaim', 'grumble', 'hint', 'indicate', 'inform',
    'joke', 'lament', 'mention', 'muse', 'object', 'pray', 'proclaim', 'propose', 'protest', 'question',
    'reason', 'recount', 'reassure', 'recommend', 'reveal', 'scoff', 'shout', 'signal', 'sneer', 'speculate',
    'threaten', 'testify', 'underline', 'underscore', 'voice', 'welcome', 'whisper', 'wonder', 'yell', 'call',
    'believe', 'stipulate', 'assure', 'advise', 'announce', 'brief', 'clarify', 'concur', 'contest', 'decry',
    'condemn', 'denounce', 'dispute', 'doubt', 'fear', 'hope', 'highlight', 'insinuate', 'lash', 'outline',
    'plead', 'praise', 'preach', 'reaffirm', 'recognize', 'recognise', 'reject', 'reckon', 'retort', 'rule',
    'sigh', 'snap', 'sound', 'surmise', 'tout', 'vouch', 'acknowledge', 'affirm', 'announce', 'characterize',
    'characterise', 'label', 'position', 'frame', 'cite', 'quote', 'stress', 'remember',
    // Exchanges in a chamber or a briefing: "“Which summer?” she interjected", "“Order!” the Speaker called".
    'interject', 'heckle', 'interrupt',
  ].map((base) => {
    const ambiguousVerbs = new Set(['add', 'note', 'point', 'state', 'maintain', 'call', 'charge', 'object', 'position', 'frame',
      'reason', 'rule', 'signal', 'sound', 'voice', 'welcome', 'snap', 'sigh', 'brief', 'label', 'cite', 'quote',
      'question', 'believe', 'fear', 'hope', 'doubt', 'recognize', 'recognise', 'observe', 'report', 'counter',
      'praise', 'describe', 'demand', 'reject', 'dismiss', 'condemn', 'accuse', 'agree', 'disagree', 'estimate',
      'recall', 'answer', 'threaten', 'reveal', 'highlight', 'outline', 'pledge', 'promise', 'vow', 'urge',
      // "announced five more days of strikes", "denies 11 counts of fraud", "confirmed the appointment": verbs
      // that take a noun object report something only when a clause follows.
      'announce', 'confirm', 'deny', 'disclose', 'propose', 'recommend', 'dispute', 'contest', 'criticize',
      'criticise', 'decry', 'denounce', 'mention', 'predict',
      // "Okafor remembers that the hood made a noise", not "remembers the fire".
      'remember']);
    return regular(base, ambiguousVerbs.has(base) ? { ambiguous: true } : {});
  }),
];

/** Multi-word cues that name the speaker after them. */
export const speakerAfterPhrases = ['according to', 'in the words of', 'as told by', 'as quoted by'];

/** Nouns that introduce reported content in the reporter's voice ("the claim that", "his warning that"). */
export const speechNouns = ['statement', 'remarks', 'comments', 'claim', 'warning', 'announcement', 'threat', 'pledge', 'promise', 'assertion', 'insistence', 'argument', 'view', 'position', 'stance'];

/** Words before a quote that make it a title, a name or a scare quote, not something someone said. */
export const nonSpeechIntroducers = [
  'so-called', 'so called', 'dubbed', 'nicknamed', 'known as', 'titled', 'entitled', 'headlined', 'the term', 'the word',
  'the words', 'the phrase', 'the slogan', 'the motto', 'the hashtag', 'the label', 'branded', 'billed as', 'named',
  'renamed', 'marketed as', 'a.k.a.', 'aka', 'chanted', 'chanting', 'chants of', 'chant of', 'cries of', 'cry of',
  'shouts of', 'chorus of', 'refrain of', 'sang', 'singing', 'placard reading',
  'sign reading', 'banner reading', 'signs reading', 'placards reading', 'banners reading', 'shirts reading',
  'labeled', 'labelled', 'marked', 'stamped', 'headed', 'captioned', 'inscribed', 'emblazoned with',
  // A handle someone goes by online ("who posts as “auntie_peg,”").
  'posts as', 'posts under', 'tweets as', 'streams as', 'goes by', 'known online as',
];

/** Nouns that, just after a quote, say it was a slogan or a label ("the “If in doubt, leave early” message"). */
export const labelNounsAfter = ['message', 'messages', 'slogan', 'slogans', 'motto', 'mantra', 'campaign', 'hashtag', 'tagline', 'catchphrase', 'chant', 'chants', 'banner', 'banners', 'placard', 'placards', 'sign', 'signs', 'label', 'brand', 'programme', 'program', 'podcast', 'newsletter', 'column', 'documentary', 'initiative', 'scheme', 'doctrine', 'pattern', 'playbook', 'strategy', 'model', 'mentality', 'mindset', 'culture', 'effect', 'approach', 'loophole', 'clause'];

/** Nouns that, just before a quote, say it is the title of a work. */
export const workNouns = [
  'book', 'novel', 'memoir', 'film', 'movie', 'documentary', 'song', 'single', 'album', 'record', 'show', 'series',
  'programme', 'program', 'podcast', 'play', 'musical', 'opera', 'report', 'study', 'paper', 'article', 'essay',
  'column', 'poem', 'exhibition', 'exhibit', 'painting', 'sculpture', 'game', 'episode', 'campaign', 'initiative',
  'bill', 'act', 'operation', 'project', 'brand', 'newsletter', 'magazine', 'headline', 'sign', 'banner', 'placard',
  'thesis', 'dissertation', 'anthem', 'hymn', 'ballad', 'track', 'novella', 'ballet', 'symphony', 'slogan', 'motto',
  'hashtag', 'tagline', 'name', 'nickname', 'codename', 'handle', 'username',
];
