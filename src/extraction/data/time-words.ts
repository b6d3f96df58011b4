/**
 * Words the time-expression finder reads: calendar names, counts, tense markers and qualifier words.
 * Data, not code: add a word here and every pattern built from these lists learns it. Matching is
 * case-insensitive except where a list says it needs a capital (month and weekday names).
 */

/** Month names in calendar order; `abbreviations` are read only next to a day number or a year. */
export const MONTHS: ReadonlyArray<{ name: string; abbreviations: readonly string[] }> = [
  { name: 'January', abbreviations: ['Jan'] },
  { name: 'February', abbreviations: ['Feb'] },
  { name: 'March', abbreviations: ['Mar'] },
  { name: 'April', abbreviations: ['Apr'] },
  { name: 'May', abbreviations: [] },
  { name: 'June', abbreviations: ['Jun'] },
  { name: 'July', abbreviations: ['Jul'] },
  { name: 'August', abbreviations: ['Aug'] },
  { name: 'September', abbreviations: ['Sep', 'Sept'] },
  { name: 'October', abbreviations: ['Oct'] },
  { name: 'November', abbreviations: ['Nov'] },
  { name: 'December', abbreviations: ['Dec'] },
];

/** Seasons (northern hemisphere) with their first month; each runs three months ("winter 2024" starts in December 2024). */
export const SEASONS: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * Lowercase words that may follow a season in a time expression ("the summer months", "in the spring of");
 * any other ("the winter transfer window") makes the season a modifier of something else.
 */
export const SEASON_FOLLOWERS: readonly string[] = [
  'of', 'and', 'or', 'to', 'in', 'on', 'at', 'when', 'as', 'before', 'after', 'with', 'for', 'was', 'were', 'is', 'are',
  'will', 'would', 'has', 'had', 'that', 'which', 'months', 'season', 'holidays', 'holiday', 'break', 'recess',
  'session', 'term', 'semester', 'until', 'through', 'if', 'but', 'so', 'because', 'while', 'amid', 'between',
];

/**
 * School terms named by a season, as [first month, number of months]: the English and Welsh school year's three
 * terms (autumn to Christmas, spring to Easter, summer to July), a North American "fall term" like the autumn one.
 */
export const SCHOOL_TERMS: Readonly<Record<string, readonly [number, number]>> = { autumn: [9, 4], fall: [9, 4], spring: [1, 3], summer: [4, 4] };

/**
 * Words before "the" that make a season the stretch of time itself whatever noun follows ("has spent most of the
 * autumn insisting"): they measure the season, so it cannot be a modifier ("the autumn budget").
 */
export const SEASON_MEASURES: readonly string[] = ['most of', 'much of', 'all of', 'part of', 'the rest of', 'the whole of', 'the remainder of'];

/** Words before "earlier"/"later" that make it an adjective ("an earlier version", "two later bids"). */
export const COMPARATIVE_DETERMINERS: readonly string[] = [
  'a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'two', 'three',
  'four', 'five', 'several', 'some', 'many', 'any', 'no', 'all', 'both', 'other', 'of',
];

/** Weekday names, Monday first (ISO order). */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Weekday abbreviations, Monday first; read only capitalized and with their full stop ("Tue.", "Thurs."),
 * since "Sat", "Wed" and "Sun" are also words.
 */
export const WEEKDAY_ABBREVIATIONS: readonly (readonly string[])[] = [
  ['Mon'], ['Tue', 'Tues'], ['Wed'], ['Thu', 'Thur', 'Thurs'], ['Fri'], ['Sat'], ['Sun'],
];

/** Words before a weekday that make it any such day, not a date ("on a Sunday", "every Friday"). */
export const GENERIC_WEEKDAY_DETERMINERS: readonly string[] = ['a', 'an', 'every', 'each', 'any', 'one', 'no', 'some', 'another'];

/** Small words that may stand uncapitalized inside a quoted title ("Sunday at Callao"). */
export const TITLE_SMALL_WORDS: readonly string[] = ['a', 'an', 'the', 'and', 'or', 'of', 'at', 'in', 'on', 'to', 'for', 'by', 'with', 'from'];

/** Words before a weekday that make it part of a name ("Good Friday", "Super Tuesday"), not a date. */
export const WEEKDAY_NAME_PREFIXES: readonly string[] = [
  'Good', 'Black', 'Cyber', 'Super', 'Ash', 'Holy', 'Maundy', 'Bloody', 'Man', 'Girl', 'Fat', 'Shrove', 'Palm',
  'Casual', 'Giving', 'Blue', 'Easter', 'Whit', 'Low', 'Plough', 'Mad', 'Manic', 'Throwback', 'Spy',
];

/** Capitalized words after a weekday that make it part of a name ("Friday Prayers", "Sunday Times"). */
export const WEEKDAY_NAME_SUFFIXES: readonly string[] = [
  'Night', 'Prayers', 'Prayer', 'Mosque', 'Group', 'Agreement', 'Accord', 'Club', 'Market', 'Movement', 'Sermon',
  'Times', 'Telegraph', 'Express', 'Mirror', 'Post', 'Herald', 'Mail', 'People', 'Sport', 'Service', 'School',
  'Football', 'Massacre', 'Lights', 'Island', 'Islands', 'Bloody', 'Edition', 'Magazine', 'Review', 'Show',
];

/**
 * Lowercase nouns after a weekday that make it a recurring thing, not a date ("the Saturday story hour",
 * "Friday prayers", "a Sunday roast").
 */
export const WEEKDAY_RECURRING_NOUNS: readonly string[] = [
  'story', 'prayers', 'prayer', 'market', 'markets', 'service', 'services', 'mass', 'school', 'class', 'classes',
  'club', 'league', 'paper', 'papers', 'edition', 'editions', 'show', 'shows', 'programme', 'program', 'lunch',
  'lunches', 'roast', 'brunch', 'matinee', 'matinees', 'sermon', 'sermons', 'shift', 'shifts', 'routine', 'ritual',
  'rituals', 'supplement', 'column', 'slot', 'slots', 'trading', 'opening', 'hours', 'schedule', 'timetable',
];

/** Parts of a day that may follow a day word and stay in its span ("Friday night", "tomorrow morning"). */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'];

/** Spelled-out counts. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'a couple of': 2, 'a couple': 2,
};

/** Counts that name no number ("a few weeks ago"): the expression keeps a direction but no date. */
export const VAGUE_COUNTS: readonly string[] = ['a few', 'few', 'several', 'many', 'some', 'a number of', 'countless'];

/** Words before a counted "ago" that make it approximate. */
export const APPROXIMATORS: readonly string[] = [
  'about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'circa', 'more than', 'over',
  'less than', 'under', 'just over', 'just under', 'close to', 'upwards of',
];

/** Words before any time expression that make it approximate ("around March 3"). */
export const APPROXIMATE_PREFIXES: readonly string[] = ['around', 'roughly', 'approximately', 'circa', 'nearly', 'almost'];

/** Words before a time expression that point before it ("until Friday", "by March"). */
export const BEFORE_PREFIXES: readonly string[] = [
  'before', 'until', 'till', 'by', 'prior to', 'ahead of', 'up to', 'up until', 'shortly before', 'just before',
  'not until', 'no later than', 'in the run-up to', 'in the lead-up to', 'leading up to',
];

/** Of the words after it, those that also look ahead from the clause's own time ("starting in January", "appointed
 * her chief executive, effective January 1"). */
export const FORWARD_PREFIXES: readonly string[] = ['starting', 'beginning', 'effective'];

/** Words before a time expression that point after it ("since 2022", "after Friday's meeting"). */
export const AFTER_PREFIXES: readonly string[] = [
  'after', 'since', 'following', 'from', 'shortly after', 'just after', 'soon after', 'starting', 'beginning',
  'as of', 'no earlier than', 'ever since', 'beyond', 'effective',
];

/** Prepositions that let a bare month or year stand as a time expression ("in March", "since 2019"). */
export const MONTH_YEAR_PREPOSITIONS: readonly string[] = [
  'in', 'on', 'for', 'since', 'until', 'till', 'by', 'before', 'after', 'during', 'from', 'through', 'throughout', 'of',
  'around', 'following', 'ahead', 'starting', 'beginning', 'between', 'circa', 'til', 'into', 'beyond', 'than',
];

/** Phrases between such a preposition and a month or year ("until at least October", "as early as May"). */
export const MONTH_YEAR_HEDGES: readonly string[] = [
  'at least', 'at the earliest', 'at the latest', 'as early as', 'as late as', 'as soon as', 'no later than',
  'no earlier than', 'later than', 'earlier than', 'sooner than',
];

/** Positions inside a period, with the fraction of the period they cover. */
export const PERIOD_PARTS: Readonly<Record<string, 'early' | 'mid' | 'late' | 'start' | 'end'>> = {
  early: 'early', 'early-': 'early', mid: 'mid', 'mid-': 'mid', middle: 'mid', late: 'late', 'late-': 'late',
  'the beginning of': 'start', 'the start of': 'start', 'the middle of': 'mid', 'the end of': 'end',
  'the close of': 'end', 'the turn of': 'start',
};

/** Standalone words with a direction but no date. */
// "recent" alone is an adjective ("the most recent raid"); "in recent weeks" is read as a whole elsewhere.
export const VAGUE_BEFORE: readonly string[] = ['recently', 'lately', 'previously', 'earlier'];
export const VAGUE_AFTER: readonly string[] = ['soon', 'later', 'shortly', 'in the near future', 'in due course'];

/**
 * "later" and "shortly" in a past clause follow another event of the story ("was later sampled", "wrote
 * shortly afterward"), not publication; only in a present or future clause are they times. "soon" is kept
 * everywhere: the conventions list it as a time with no date.
 */
export const NARRATIVE_AFTER_WORDS: readonly string[] = ['later', 'shortly'];

/** Words after which "soon"/"later"/"earlier" is not a time expression ("as soon as", "sooner or later"). */
export const VAGUE_BLOCKERS: readonly string[] = ['as', 'or', 'how', 'than'];

/** Words before "later"/"earlier" that tie them to another event, not to publication ("two days later"). */
export const NARRATIVE_UNITS: readonly string[] = [
  'seconds', 'minutes', 'moments', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries', 'second',
  'minute', 'moment', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'time', 'generation', 'generations',
];

/**
 * Future markers: auxiliaries and phrases that put a clause in the future. Multi-word phrases are matched as
 * wholes so "expected to" is not also read as the past-tense "expected".
 */
export const FUTURE_MARKERS: readonly string[] = [
  'will', "'ll", '’ll', 'shall', 'would', "wouldn't", 'wouldn’t', 'has until', 'have until', "won't", 'won’t', 'going to', 'gonna', 'expected to', 'expected in', 'expected on',
  'scheduled to', 'scheduled for', 'slated to', 'slated for', 'set to', 'set for', 'due to', 'due on', 'due in',
  'poised to', 'planned for', 'planning to', 'plans to', 'plan to', 'intends to', 'intend to', 'aims to', 'aim to',
  'hopes to', 'hope to', 'hoped to', 'planned to', 'intended to', 'aimed to', 'wanted to', 'promised to', 'pledged to', 'vowed to', 'agreed to', 'is to', 'are to', 'likely to', 'unlikely to', 'upcoming',
  'coming', 'next', 'tomorrow', 'forthcoming', 'expect', 'expects', 'expected', 'expecting', 'anticipate', 'anticipates', 'predict',
  'predicts', 'forecast', 'forecasts', 'must be', 'must have to', 'should be', 'needs to be', 'need to be',
];

/**
 * Modals of possibility: a future marker ("could become law by December") unless "not" or "have" follows
 * ("could not be reached on Friday", "might have met in May" look back).
 */
export const POSSIBILITY_MODALS: readonly string[] = ['could', 'might', 'may'];

/**
 * Verbs that ask for or expect something still to come. Followed within a few words by "to" ("urged both sides to meet
 * before Friday", "invited leaders to talks on Tuesday") or, for DIRECTIVE_FOR, by "for" ("called for a freeze
 * through the summer"), they make what comes after the "to"/"for" future; what stands before keeps the verb's
 * own tense ("On Friday, the mayor urged…").
 */
export const DIRECTIVE_VERBS: readonly string[] = [
  'urge', 'urges', 'urged', 'urging', 'ask', 'asks', 'asked', 'asking', 'invite', 'invites', 'invited', 'inviting',
  'press', 'presses', 'pressed', 'pressing', 'encourage', 'encourages', 'encouraged', 'order', 'orders', 'ordered',
  'instruct', 'instructs', 'instructed', 'advise', 'advises', 'advised', 'warn', 'warns', 'warned', 'tell', 'tells',
  'told', 'persuade', 'persuaded', 'require', 'requires', 'required', 'summon', 'summoned', 'challenge', 'challenged',
  'call on', 'calls on', 'called on', 'calling on', 'appeal to', 'appealed to', 'expect', 'expects', 'expected',
  'expecting',
];

/** Participles that look ahead after a form of "be" ("was expected soon", "is scheduled next week"). */
export const FUTURE_PARTICIPLES: readonly string[] = ['expected', 'scheduled', 'slated', 'planned', 'anticipated', 'due'];

/** Directives whose "to" may take a noun ("invited leaders to talks on Tuesday"); the rest need a verb after it. */
export const INVITING_VERBS: readonly string[] = ['invite', 'invites', 'invited', 'inviting', 'summon', 'summons', 'summoned', 'summoning'];
export const DIRECTIVE_FOR: readonly string[] = [
  'call for', 'calls for', 'called for', 'calling for', 'push for', 'pushed for', 'pushing for', 'press for',
  'pressed for', 'demand', 'demands', 'demanded', 'propose', 'proposes', 'proposed', 'recommend', 'recommends',
  'recommended',
];

/**
 * Words after "to" that make it a preposition, not an infinitive: "agreed to a ceasefire", "due to the storm"
 * are no future.
 */
export const NOT_INFINITIVE_AFTER_TO: readonly string[] = [
  'a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'them',
  'him', 'us', 'me', 'it', 'what', 'which', 'whom', 'some', 'any', 'all', 'no', 'each', 'every', 'such',
];

/**
 * Words that open a subordinate clause when a subject follows ("…will pay more from July 1 after the regulator
 * lifted its cap on Tuesday"): the tense of each side is then read on its own side.
 */
export const SUBORDINATORS: readonly string[] = ['after', 'before', 'until', 'till', 'once', 'since'];
/** Words that show a subject follows a subordinator. */
export const SUBJECT_STARTS: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'he', 'she', 'they', 'it', 'we', 'i', 'you',
  'this', 'these', 'those',
];

/** Pronouns after which a word ending in -s is a present-tense verb ("which expires on June 30", "she plans"). */
export const PRESENT_SUBJECTS: readonly string[] = ['he', 'she', 'it', 'which', 'who'];

/**
 * Verbs whose past tense is spelled like their base form. After a singular subject and before an object
 * ("the Danish side beat Stavanger", "he cut the budget") they are past: the present would take an -s.
 */
export const UNCHANGED_PAST: readonly string[] = [
  'beat', 'cut', 'hit', 'set', 'put', 'quit', 'shut', 'hurt', 'spread', 'split', 'upset', 'cast', 'bid', 'shed',
  'thrust', 'burst', 'broadcast', 'offset', 'outbid', 'reset', 'recast', 'overran', 'undercut',
];

/** Past markers besides verbs ending in -ed. */
export const PAST_MARKERS: readonly string[] = [
  'ago', 'last', 'yesterday', 'earlier', 'recently', 'previously', 'formerly', 'once', "didn't", 'didn’t',
  "wasn't", 'wasn’t', "weren't", 'weren’t', "hadn't", 'hadn’t',
];

/**
 * Irregular past forms and participles. Forms that are also present tense or nouns ("put", "set", "cut",
 * "read", "hit", "cost") are left out: they cannot tell the tense.
 */
export const IRREGULAR_PAST: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'made', 'took', 'gave', 'went', 'came', 'saw', 'held', 'left',
  'began', 'spoke', 'wrote', 'brought', 'sent', 'found', 'got', 'knew', 'became', 'fell', 'won', 'lost', 'led',
  'ran', 'struck', 'sought', 'fought', 'chose', 'drew', 'flew', 'grew', 'threw', 'broke', 'rose', 'stood',
  'understood', 'paid', 'sold', 'kept', 'felt', 'meant', 'heard', 'built', 'spent', 'thought', 'taught', 'caught',
  'bought', 'ate', 'drove', 'forgot', 'hid', 'lay', 'rode', 'rang', 'sang', 'sank', 'shook', 'shot', 'slept',
  'stole', 'stuck', 'swore', 'swept', 'swam', 'tore', 'woke', 'wore', 'withdrew', 'oversaw', 'arose', 'bore',
  'dealt', 'fled', 'forgave', 'froze', 'hung', 'laid', 'lent', 'mistook', 'overcame', 'rebuilt', 'sat', 'slid',
  'spun', 'sprang', 'strove', 'swung', 'underwent', 'upheld', 'withheld', 'been', 'gone', 'done', 'seen', 'taken',
  'given', 'spoken', 'written', 'known', 'shown', 'chosen', 'broken', 'drawn', 'driven', 'fallen', 'flown',
  'forgotten', 'grown', 'hidden', 'risen', 'shaken', 'stolen', 'sworn', 'thrown', 'begun', 'sunk', 'struck',
  'undertook', 'foresaw', 'overtook', 'forbade', 'dug', 'lit', 'fed', 'bled', 'sped', 'wed',
];

/** Present-tense markers; they count only when the clause has no past or future marker. */
export const PRESENT_MARKERS: readonly string[] = [
  'is', 'are', 'am', "isn't", 'isn’t', "aren't", 'aren’t', 'says', 'say', 'does', 'do', "doesn't", 'doesn’t',
  "don't", 'don’t', 'remains', 'remain', 'now', 'currently',
];

/** Words ending in -ed that are not past-tense verbs. */
export const ED_NON_VERBS: readonly string[] = [
  'need', 'feed', 'speed', 'seed', 'proceed', 'succeed', 'exceed', 'breed', 'bleed', 'greed', 'weed', 'deed',
  'heed', 'reed', 'steed', 'tweed', 'indeed', 'creed', 'bed', 'red', 'shed', 'hundred', 'sacred', 'naked', 'wicked',
  'kindred', 'hatred', 'rugged', 'ragged', 'beloved', 'embed', 'sled', 'shred',
];

/**
 * Words before an -ed word or participle that make it an adjective or a present passive, not a past verb
 * ("the alleged attack", "is expected", "than expected", "of intensified fighting").
 */
export const ED_ADJECTIVE_CONTEXT: readonly string[] = [
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'is', 'are',
  'am', 'be', 'being', 'than', 'of', 'with', 'for', 'in', 'as', 'newly', 'so', 'very', 'more', 'most',
  'less', 'well', 'highly', 'any', 'no', 'some', 'such', 'get', 'gets', 'become', 'becomes', 'remain', 'remains',
  'seem', 'seems', 'feel', 'feels', 'not', 'stay', 'stays', 'stayed', 'remained', 'keep', 'keeps', 'was', 'were',
  'been', 'got', 'became', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many',
  'all', 'both', 'few', 'other', 'each', 'every',
];

/** Words before "will" that make it a noun ("political will", "the will of voters"). */
export const WILL_NOUN_CONTEXT: readonly string[] = [
  'the', 'a', 'political', 'free', 'good', 'ill', 'own', 'popular', 'public', 'his', 'her', 'their', 'its', 'our',
  'whose', 'of', 'strong', 'collective', 'living', 'last',
];

/** Words that open a new clause inside a sentence; the tense of an expression is read in its own clause first. */
export const CLAUSE_OPENERS: readonly string[] = [
  'that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'although', 'though', 'because', 'and', 'or',
  'when', 'if', 'unless', 'whether', 'where',
];

/** Words before "the 2022 …" that let a bare year stand as the date of what follows ("the 2022 invasion"). */
export const YEAR_DETERMINERS: readonly string[] = ['the', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'whose', 'this', 'that', 'these', 'those', 'a', 'an'];

/**
 * After "of 2000" or "in 1900", a plural noun shows a count, not a year ("out of 2000 people", "in 1900
 * homes"). These are the lowercase words ending in -s that are not plural nouns, and plurals without -s.
 */
export const NOT_PLURAL_S: readonly string[] = ['was', 'has', 'is', 'as', 'this', 'his', 'its', 'says', 'does', 'thus', 'us', 'plus', 'whereas', 'always', 'perhaps', 'across', 'towards', 'afterwards', 'besides', 'unless', 'less'];
export const PLURALS_WITHOUT_S: readonly string[] = ['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'troops', 'cattle', 'sheep', 'feet', 'mice', 'geese', 'teeth'];

/** Words in a sentence that let a weekday equal the publication day. */
export const SAME_DAY_WORDS: readonly string[] = ['today', 'this morning', 'tonight', 'this afternoon', 'this evening'];

/**
 * Named days on a fixed date, month and day (1-based). "Christmas" alone is read only after a preposition ("over
 * Christmas", "before Christmas"), since "Christmas trees" and "a Christmas market" name no day. Holidays whose
 * date moves are in MOVEABLE_HOLIDAYS (and Easter's in recognizeHolidays); those that depend on the country
 * ("Independence Day") are left out. `bare` names are days only after a preposition, like "Christmas": "its Vaisakhi
 * procession" and "Nowruz markets" name an event or a thing.
 */
export const FIXED_HOLIDAYS: readonly { name: string; month: number; day: number; bare?: boolean }[] = [
  { name: "New Year's Day", month: 1, day: 1 },
  { name: 'Epiphany', month: 1, day: 6 },
  { name: 'Australia Day', month: 1, day: 26 },
  { name: "Valentine's Day", month: 2, day: 14 },
  { name: "St Patrick's Day", month: 3, day: 17 },
  { name: "St. Patrick's Day", month: 3, day: 17 },
  { name: "Saint Patrick's Day", month: 3, day: 17 },
  { name: 'Anzac Day', month: 4, day: 25 },
  { name: 'May Day', month: 5, day: 1 },
  { name: 'Juneteenth', month: 6, day: 19 },
  { name: 'Canada Day', month: 7, day: 1 },
  { name: 'Bastille Day', month: 7, day: 14 },
  { name: 'Halloween', month: 10, day: 31 },
  { name: "All Saints' Day", month: 11, day: 1 },
  { name: 'Guy Fawkes Night', month: 11, day: 5 },
  { name: 'Bonfire Night', month: 11, day: 5 },
  { name: 'Armistice Day', month: 11, day: 11 },
  { name: 'Remembrance Day', month: 11, day: 11 },
  { name: 'Veterans Day', month: 11, day: 11 },
  { name: 'Christmas Eve', month: 12, day: 24 },
  { name: 'Christmas Day', month: 12, day: 25 },
  { name: 'Boxing Day', month: 12, day: 26 },
  { name: "New Year's Eve", month: 12, day: 31 },
  { name: 'Hogmanay', month: 12, day: 31 },
  { name: 'Burns Night', month: 1, day: 25 },
  { name: 'Waitangi Day', month: 2, day: 6 },
  { name: "St David's Day", month: 3, day: 1 },
  { name: "St. David's Day", month: 3, day: 1 },
  { name: "St George's Day", month: 4, day: 23 },
  { name: "St. George's Day", month: 4, day: 23 },
  { name: "St Andrew's Day", month: 11, day: 30 },
  { name: "St Stephen's Day", month: 12, day: 26 },
  { name: "St. Stephen's Day", month: 12, day: 26 },
  { name: "St. Andrew's Day", month: 11, day: 30 },
  { name: 'Fourth of July', month: 7, day: 4 },
  { name: 'Saint-Jean-Baptiste Day', month: 6, day: 24 },
  { name: 'St-Jean-Baptiste Day', month: 6, day: 24 },
  { name: 'National Indigenous Peoples Day', month: 6, day: 21 },
  { name: 'National Day for Truth and Reconciliation', month: 9, day: 30 },
  { name: 'Orange Shirt Day', month: 9, day: 30 },
  { name: "King's Day", month: 4, day: 27 },
  { name: 'Koningsdag', month: 4, day: 27 },
  { name: 'Madaraka Day', month: 6, day: 1 },
  { name: 'Mashujaa Day', month: 10, day: 20 },
  { name: 'Jamhuri Day', month: 12, day: 12 },
  { name: 'Orthodox Christmas Eve', month: 1, day: 6 },
  // Christmas by the Julian calendar, as the Russian, Serbian, Georgian and (until 2023) Ukrainian churches keep it.
  { name: 'Orthodox Christmas', month: 1, day: 7, bare: true },
  // Nowruz as Central Asia and the Caucasus fix it; Iran's falls on the equinox, March 20 or 21.
  { name: 'Nowruz', month: 3, day: 21, bare: true },
  { name: 'Navruz', month: 3, day: 21, bare: true },
  // The original Nanakshahi calendar fixes Vaisakhi on April 14, as most gurdwaras abroad keep it; Punjab's
  // Bikrami reckoning puts it on April 13 in some years.
  { name: 'Vaisakhi', month: 4, day: 14, bare: true },
  { name: 'Baisakhi', month: 4, day: 14, bare: true },
];

/**
 * Holidays on the n-th weekday of a month (n = -1: the last; weekday Monday = 0 … Sunday = 6), with an offset in
 * days ("Black Friday" follows Thanksgiving). `bare` names are days only after a preposition, like "Christmas":
 * "Thanksgiving dinner" is a meal. `canada` is the Canadian date, used when the copy is set in Canada.
 */
export interface MoveableHoliday {
  name: string;
  month: number;
  weekday: number;
  n: number;
  offset?: number;
  bare?: boolean;
  canada?: { month: number; weekday: number; n: number };
}
export const MOVEABLE_HOLIDAYS: readonly MoveableHoliday[] = [
  { name: 'Martin Luther King Jr. Day', month: 1, weekday: 0, n: 3 },
  { name: 'Martin Luther King Day', month: 1, weekday: 0, n: 3 },
  { name: 'MLK Day', month: 1, weekday: 0, n: 3 },
  { name: "Presidents' Day", month: 2, weekday: 0, n: 3 },
  { name: 'Presidents Day', month: 2, weekday: 0, n: 3 },
  { name: 'Memorial Day', month: 5, weekday: 0, n: -1 },
  { name: "Father's Day", month: 6, weekday: 6, n: 3 },
  { name: 'Labor Day', month: 9, weekday: 0, n: 1 },
  { name: 'Labour Day', month: 9, weekday: 0, n: 1 },
  { name: 'Columbus Day', month: 10, weekday: 0, n: 2 },
  { name: "Indigenous Peoples' Day", month: 10, weekday: 0, n: 2 },
  { name: 'Remembrance Sunday', month: 11, weekday: 6, n: 2 },
  { name: 'Thanksgiving Day', month: 11, weekday: 3, n: 4, canada: { month: 10, weekday: 0, n: 2 } },
  { name: 'Thanksgiving', month: 11, weekday: 3, n: 4, bare: true, canada: { month: 10, weekday: 0, n: 2 } },
  { name: 'Black Friday', month: 11, weekday: 3, n: 4, offset: 1 },
];

/** Words that set a copy in Canada, where Thanksgiving is the second Monday of October. */
export const CANADA_MARKERS: readonly string[] = [
  'Canada', 'Canadian', 'Canadians', 'Ontario', 'Quebec', 'Québec', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia',
  'New Brunswick', 'British Columbia', 'Newfoundland', 'Prince Edward Island', 'Yukon', 'Nunavut', 'Ottawa', 'Toronto',
  'Montreal', 'Montréal', 'Vancouver', 'Winnipeg', 'Calgary', 'Edmonton', 'Halifax', 'Fredericton', 'Regina', 'Saskatoon',
];

/** Prepositions after which a bare "Christmas" is the day. */
export const CHRISTMAS_PREPOSITIONS: readonly string[] = ['on', 'at', 'over', 'before', 'after', 'since', 'until', 'till', 'by', 'for', 'until after'];

/** Prepositions after which a feast of several days ("during Hanukkah", "through Lent", "in Advent") is the feast. */
export const FEAST_PREPOSITIONS: readonly string[] = [...CHRISTMAS_PREPOSITIONS, 'during', 'throughout', 'through', 'ahead of', 'in', 'into'];

/**
 * Lowercase words that may follow a feast named after a preposition ("for Yom Kippur on October 2", "during
 * Hanukkah, she said"); any other makes the feast a modifier ("for Yom Kippur services", "Lent appeal").
 */
export const FEAST_FOLLOWERS: readonly string[] = [
  'and', 'or', 'to', 'in', 'on', 'at', 'when', 'as', 'before', 'after', 'with', 'for', 'was', 'were', 'is', 'are', 'will',
  'would', 'has', 'had', 'that', 'which', 'this', 'next', 'last', 'until', 'through', 'if', 'but', 'so', 'because',
  'while', 'amid', 'began', 'begins', 'starts', 'started', 'ends', 'ended', 'falls', 'fell', 'the', 'a', 'an', 'he',
  'she', 'they', 'we', 'it', 'i', 'said', 'says',
];

/**
 * Feasts of the Hebrew calendar by their day in it, as Intl's Hebrew calendar names the months in English, and
 * how many days they last. They begin at sundown the evening before; these are the daytime civil days, as news
 * copy dates them ("Yom Kippur on October 2"). Passover and Shavuot last as long as outside Israel (eight days and
 * two), where most English-language copy is written. Purim falls in Adar II in leap years.
 */
export const HEBREW_FEASTS: readonly { names: readonly string[]; months: readonly string[]; day: number; days: number }[] = [
  { names: ['Rosh Hashanah', 'Rosh Hashana', 'Rosh Hashonah'], months: ['Tishri'], day: 1, days: 2 },
  { names: ['Yom Kippur'], months: ['Tishri'], day: 10, days: 1 },
  { names: ['Sukkot', 'Succot', 'Sukkoth'], months: ['Tishri'], day: 15, days: 7 },
  { names: ['Hanukkah', 'Chanukah', 'Hanukah', 'Chanukkah'], months: ['Kislev'], day: 25, days: 8 },
  { names: ['Purim'], months: ['Adar', 'Adar II'], day: 14, days: 1 },
  { names: ['Passover', 'Pesach'], months: ['Nisan'], day: 15, days: 8 },
  { names: ['Shavuot', 'Shavuos'], months: ['Sivan'], day: 6, days: 2 },
];

/**
 * Words that set a copy where the financial year starts in July (Australia, New Zealand, Kenya, Pakistan,
 * Bangladesh, Egypt) or in April (the United Kingdom, India, Canada, Japan, South Africa, Hong Kong, Singapore).
 * The side with more of them in a copy decides (at least two); "this financial year" is otherwise undated.
 */
export const FISCAL_JULY_MARKERS: readonly string[] = [
  'Australia', 'Australian', 'Australians', 'New Zealand', 'Aotearoa', 'Canberra', 'Wellington', 'Auckland', 'Christchurch',
  'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Hobart', 'Darwin', 'Queensland', 'New South Wales', 'NSW',
  'Tasmania', 'Tasmanian', 'Victorian', 'Māori', 'Maori', 'iwi', 'Kenya', 'Kenyan', 'Nairobi', 'Pakistan', 'Pakistani',
  'Islamabad', 'Karachi', 'Lahore', 'Bangladesh', 'Dhaka', 'Egypt', 'Cairo',
];
export const FISCAL_APRIL_MARKERS: readonly string[] = [
  'Britain', 'British', 'UK', 'England', 'Scotland', 'Scottish', 'Wales', 'Welsh', 'London', 'Westminster', 'Whitehall',
  'Holyrood', 'NHS', 'India', 'Indian', 'New Delhi', 'Delhi', 'Mumbai', 'Lok Sabha', 'Canada', 'Canadian', 'Ottawa',
  'Ontario', 'Japan', 'Japanese', 'Tokyo', 'South Africa', 'Pretoria', 'Johannesburg', 'Hong Kong', 'Singapore',
];
/** Words that set a copy in the southern hemisphere, where summer runs from December to February. */
export const SOUTHERN_MARKERS: readonly string[] = [
  'Australia', 'Australian', 'Australians', 'New Zealand', 'Aotearoa', 'Canberra', 'Wellington', 'Auckland', 'Christchurch',
  'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Hobart', 'Darwin', 'Queensland', 'New South Wales', 'NSW',
  'Tasmania', 'Tasmanian', 'Māori', 'Maori', 'South Africa', 'Cape Town', 'Johannesburg', 'Pretoria', 'Argentina',
  'Buenos Aires', 'Chile', 'Chilean', 'Uruguay', 'Montevideo',
];

/**
 * Feasts of lunisolar calendars, by Gregorian year (month, day): Diwali's main day (Lakshmi Puja, as India's
 * central government lists the holiday) and the Lunar New Year (Chinese New Year, Tet, Seollal).
 */
export type LunisolarFeast = 'diwali' | 'lunarNewYear' | 'lanternFestival' | 'midAutumn';
export const LUNISOLAR_FEASTS: Readonly<Record<LunisolarFeast, Readonly<Record<number, [number, number]>>>> = {
  diwali: { 2019: [10, 27], 2020: [11, 14], 2021: [11, 4], 2022: [10, 24], 2023: [11, 12], 2024: [10, 31], 2025: [10, 20], 2026: [11, 8], 2027: [10, 29], 2028: [10, 17], 2029: [11, 5], 2030: [10, 26] },
  lunarNewYear: { 2019: [2, 5], 2020: [1, 25], 2021: [2, 12], 2022: [2, 1], 2023: [1, 22], 2024: [2, 10], 2025: [1, 29], 2026: [2, 17], 2027: [2, 6], 2028: [1, 26], 2029: [2, 13], 2030: [2, 3] },
  // The Lantern Festival closes the new year's celebrations, on the fifteenth day of the first month.
  lanternFestival: { 2019: [2, 19], 2020: [2, 8], 2021: [2, 26], 2022: [2, 15], 2023: [2, 5], 2024: [2, 24], 2025: [2, 12], 2026: [3, 3], 2027: [2, 20], 2028: [2, 9], 2029: [2, 27], 2030: [2, 17] },
  // The Mid-Autumn Festival (Korea's Chuseok), the fifteenth day of the eighth month.
  midAutumn: { 2019: [9, 13], 2020: [10, 1], 2021: [9, 21], 2022: [9, 10], 2023: [9, 29], 2024: [9, 17], 2025: [10, 6], 2026: [9, 25], 2027: [9, 15], 2028: [10, 3], 2029: [9, 22], 2030: [9, 12] },
};

/**
 * Islamic feasts by Gregorian year, as most Gulf and Egyptian authorities announced or expect them (a local
 * moon sighting may shift a day): the first day of Ramadan, Eid al-Fitr (the day after Ramadan ends) and
 * Eid al-Adha, as [month, day].
 */
export const ISLAMIC_FEASTS: Readonly<Record<number, { ramadan: [number, number]; fitr: [number, number]; adha: [number, number] }>> = {
  2019: { ramadan: [5, 6], fitr: [6, 4], adha: [8, 11] },
  2020: { ramadan: [4, 24], fitr: [5, 24], adha: [7, 31] },
  2021: { ramadan: [4, 13], fitr: [5, 13], adha: [7, 20] },
  2022: { ramadan: [4, 2], fitr: [5, 2], adha: [7, 9] },
  2023: { ramadan: [3, 23], fitr: [4, 21], adha: [6, 28] },
  2024: { ramadan: [3, 11], fitr: [4, 10], adha: [6, 16] },
  2025: { ramadan: [3, 1], fitr: [3, 30], adha: [6, 6] },
  2026: { ramadan: [2, 18], fitr: [3, 20], adha: [5, 27] },
  2027: { ramadan: [2, 8], fitr: [3, 10], adha: [5, 16] },
  2028: { ramadan: [1, 28], fitr: [2, 26], adha: [5, 5] },
  2029: { ramadan: [1, 16], fitr: [2, 14], adha: [4, 24] },
  2030: { ramadan: [1, 5], fitr: [2, 4], adha: [4, 13] },
};

