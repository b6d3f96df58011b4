/**
 * Word lists that attribution reads: what may stand between a speaker and a cue, what opens a reported clause,
 * which nouns stand for a business or a public body. Lower case; attribute.ts makes Sets of them.
 */

/** Adverbs and auxiliaries that may stand between a speaker and the cue ("X has also said", "she later added"). */
export const skippable: readonly string[] = ['long', 'also', 'later', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'previously', 'repeatedly', 'again', 'once', 'since', 'already', 'further', 'separately', 'similarly', 'likewise', 'simply', 'only', 'never', 'not', 'did', 'does', 'do', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'has', 'had', 'been', 'being', 'still', 'even', 'just', 'first', 'last', 'recently', 'earlier', 'often', 'always', 'yet'];

/**
 * Words after a comma that end a reported clause ("said prices would rise, while wages …"). Not "after", "before",
 * "because", "since", "until", "unless": what follows them is usually still what was said ("…, after a dispute
 * with executives").
 */
export const clauseStoppers: readonly string[] = ['while', 'whilst', 'as', 'but', 'although', 'though', 'a', 'an', 'according', 'despite', 'with', 'amid', 'during', 'when', 'whereas', 'even', 'yet', 'so', 'following'];

/** Auxiliaries and common present-tense verbs: a word among them makes a clause, not a name or description. */
export const auxiliaries: readonly string[] = ['is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'have', 'had', 'did', 'does', 'do', 'remains', 'remain', 'shall', "won't", 'won’t', "can't", 'can’t', 'cannot', "isn't", 'isn’t', "wasn't", 'wasn’t', "don't", 'don’t', "doesn't", 'doesn’t', "didn't", 'didn’t', 'wants', 'needs', 'plans', 'intends', 'hopes', 'expects', 'believes', 'thinks', 'knows', 'seems', 'appears', 'lacks', 'holds', 'makes', 'takes', 'gets', 'goes', 'comes', 'looks', 'stays', 'keeps', 'means', 'owes', 'faces', 'deserves', 'supports', 'opposes', 'targets'];

/** Words besides the subject pronouns that can open a reported clause's subject ("nothing had changed"). */
export const clauseOpeners: readonly string[] = ['a', 'an', 'nothing', 'nobody', 'no-one', 'everyone', 'everything', 'something', 'someone', 'anyone', 'anything', 'more', 'fewer', 'few', 'several', 'further', 'other', 'another', 'much', 'one', 'two', 'three', 'four', 'five', 'ten', 'hundreds', 'thousands', 'millions', 'dozens'];

/** Past verbs of being and change that show a clause without an auxiliary ("a strike remained possible"). */
export const statePasts: readonly string[] = ['remained', 'seemed', 'appeared', 'became', 'rose', 'fell', 'grew', 'stayed', 'looked', 'continued', 'stood', 'went', 'came', 'got', 'felt', 'existed', 'lay', 'ran', 'lasted', 'worked', 'failed', 'happened', 'occurred', 'improved', 'worsened', 'dropped', 'doubled', 'tripled', 'halved', 'collapsed', 'stalled', 'ended', 'began', 'started', 'changed', 'mattered', 'belonged', 'depended', 'needed', 'wanted', 'knew', 'meant', 'made', 'took', 'saw', 'showed', 'helped', 'cost', 'paid', 'owed'];

/** Pronouns and determiners that can open a reported clause's subject ("said it would", "said the plan"). */
export const subjectPronouns: readonly string[] = ['it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'the', 'no', 'all', 'some', 'many', 'most', 'both', 'only', 'any', 'each', 'every', 'none', 'such'];

/** Verbs of thinking: speech only with a subject of their own ("officials believe"), not as participles. */
export const cognitive: readonly string[] = ['believe', 'think', 'hope', 'fear', 'doubt', 'wonder', 'reckon', 'bet', 'position', 'frame'];

/** Where and to whom an attribution was made ("the company told staff at a town hall meeting this morning"). */
export const attributionPlaces: readonly string[] = ['town', 'hall', 'session', 'call', 'event', 'gathering', 'visit', 'trip', 'tour', 'ceremony', 'launch', 'forum', 'panel', 'board', 'office', 'headquarters', 'campus', 'site', 'plant', 'factory', 'station', 'airport', 'border', 'port', 'embassy', 'studio', 'programme', 'program', 'show', 'podcast', 'broadcast', 'channel', 'network', 'bulletin', 'club', 'ground', 'stadium', 'match', 'game', 'race', 'employees', 'customers', 'viewers', 'listeners', 'readers', 'delegates', 'diplomats', 'envoys', 'ministers', 'senators', 'mps', 'councillors', 'legislators', 'guests', 'audience', 'state', 'local', 'national', 'public', 'private', 'closed-door', 'annual', 'weekly', 'daily', 'regular', 'virtual', 'online', 'televised', 'brief', 'short', 'lengthy', 'emergency', 'joint', 'separate', 'its', 'x', 'telegram', 'facebook', 'instagram', 'linkedin', 'video', 'message', 'note', 'filing', 'report', 'notice', 'letter', 'update', 'alert', 'blog', 'newsletter', 'clients', 'staff', 'workers', 'shareholders', 'investors', 'analysts', 'advisory', 'forecast', 'warning', 'assessment', 'outlook', 'summary', 'circular', 'guidance', 'morning', 'evening', 'latest', 'first', 'second', 'final', 'written', 'updated', 'preliminary'];

/** Words an attribution's tail may hold after the cue ("said on Monday in a statement to reporters"). */
export const adverbial: readonly string[] = ['capital', 'city', 'parliament', 'lawmakers', 'radio', 'television', 'tv', 'rally', 'crowd', 'supporters', 'meeting', 'hearing', 'court', 'jury', 'committee', 'council', 'hall', 'conference', 'summit', 'newspaper', 'broadcaster', 'agency', 'website', 'online', 'for', 'of', 'on', 'in', 'at', 'during', 'late', 'early', 'last', 'this', 'earlier', 'later', 'to', 'told', 'from', 'after', 'before', 'yesterday', 'today', 'tonight', 'a', 'an', 'the', 'reporters', 'journalists', 'statement', 'interview', 'briefing', 'news', 'conference', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'with', 'via', 'by', 'phone', 'email', 'written', 'emailed', 'press', 'release', 'post', 'social', 'media', 'his', 'her', 'their', 'its', 'an', 'said', 'added', 'also', 'again', 'previously', 'separately', 'recently', 'weekend', 'speech'];

/** A determiner or possessive before a cue word makes it a noun ("the said agreement", "its statement"). */
export const cueDeterminers: readonly string[] = ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those'];

/** Verbs of asking and urging: what they introduce with "to" is a directive, not reported speech. */
export const directiveBases: readonly string[] = ['urge', 'ask', 'press', 'encourage', 'invite', 'order', 'instruct', 'advise', 'appeal', 'beg', 'implore'];

/** Nouns for a business ("the company said"). */
export const companyNouns: readonly string[] = ['company', 'firm', 'operator', 'carrier', 'airline', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'retailer', 'manufacturer', 'maker', 'lender', 'bank', 'insurer', 'startup', 'developer', 'publisher', 'broadcaster', 'utility', 'exchange', 'chain', 'group', 'business', 'streamer', 'platform', 'app', 'conglomerate', 'consortium'];

/** What a business is to the story ("The promoter, Brightline Live, said"): nouns for organizations as well as people. */
export const orgRoleNouns: readonly string[] = ['promoter', 'organiser', 'organizer', 'organisers', 'organizers', 'distributor', 'supplier', 'contractor', 'subcontractor', 'sponsor', 'landlord', 'label', 'studio', 'owner', 'operator', 'buyer', 'seller', 'bidder', 'acquirer', 'partner', 'rival', 'competitor', 'client', 'customer', 'tenant', 'employer', 'provider', 'vendor', 'franchisee', 'franchisor', 'manager', 'administrator', 'administrators', 'liquidator', 'liquidators', 'receiver', 'receivers', 'auditor', 'auditors', 'insurer', 'underwriter', 'lender', 'creditor', 'developer', 'builder', 'publisher'];

/** Parties, as they describe a member ("the Labour councillor", "the Republican senator"). */
export const partyWords: readonly string[] = ['labour', 'labor', 'conservative', 'tory', 'liberal', 'democrat', 'democratic', 'republican', 'green', 'socialist', 'nationalist', 'unionist', 'independent', 'centrist', 'progressive', 'populist', 'communist', 'reform'];

/** Nouns for a public body that oversees others ("the regulator said"). */
export const oversightNouns: readonly string[] = ['regulator', 'watchdog'];

/** Last words of the names of public bodies ("Therapeutic Goods Administration", "Financial Conduct Authority"). */
export const officialBodyEndings: readonly string[] = ['administration', 'authority', 'agency', 'commission', 'office', 'board', 'inspectorate', 'regulator', 'watchdog', 'directorate', 'bureau', 'ombudsman'];

/** Last words of names that are organizations but not businesses: "the company" cannot point to them. */
export const notCompanies: readonly string[] = ['union', 'unions', 'council', 'ministry', 'department', 'police', 'court', 'party', 'association', 'federation', 'government', 'commission', 'committee', 'league', 'university', 'school', 'hospital', 'authority', 'agency', 'parliament', 'assembly', 'congress', 'senate', 'tribunal', 'regulator', 'trust', 'foundation', 'charity', 'society', 'institute'];

/** Lower-case words after a quote that are not the noun it modifies. */
export const notModified: readonly string[] = ['yesterday', 'today', 'tonight', 'tomorrow', 'now', 'then', 'again', 'too', 'also', 'instead', 'either', 'anymore', 'because', 'since', 'after', 'before', 'when', 'while', 'unless', 'until', 'than', 'though', 'although', 'despite', 'amid', 'given', 'including', 'following', 'according', 'rather', 'ahead', 'last', 'next', 'this', 'earlier', 'later', 'overnight', 'recently', 'once', 'twice', 'here', 'there', 'anyway', 'yet', 'so', 'just', 'even', 'still', 'all', 'both'];

/** Words that stand for some members of a group ("Several told reporters", "one of them said"). */
export const quantifiers: readonly string[] = ['one', 'two', 'three', 'several', 'some', 'many', 'most', 'others', 'few', 'both', 'all', 'each'];

/** Small numbers that count the members of an anonymous group. */
export const numberWords: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both'];

/** Words that make a different office of a title ("prime minister", "deputy mayor", "foreign minister"). */
export const officeModifiers: readonly string[] = ['prime', 'deputy', 'vice', 'foreign', 'finance', 'defence', 'defense', 'health', 'interior', 'justice', 'home', 'assistant', 'junior', 'shadow', 'acting', 'former', 'associate', 'education', 'transport', 'trade', 'economy', 'environment', 'housing', 'energy', 'labour', 'labor', 'agriculture', 'culture', 'sports', 'tourism', 'police', 'fire'];

/** Determiners that introduce someone new ("a nurse", "one ward sister"). */
export const indefinites: readonly string[] = ['a', 'an', 'one', 'another'];

/** Verbs whose first object is the listener ("told the jury he had lied"). */
export const tellBases: readonly string[] = ['tell', 'inform', 'assure', 'warn', 'remind', 'reassure', 'brief'];

/** Words that can open the listener after "told". */
export const listenerOpeners: readonly string[] = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'reporters', 'journalists', 'him', 'them', 'us', 'me', 'investors', 'analysts', 'lawmakers', 'parliament', 'residents', 'staff', 'supporters', 'jurors', 'police', 'officers', 'colleagues', 'members', 'shareholders', 'workers', 'parents', 'students'];

/** Listeners of one word, after which the reported clause starts at once ("told reporters prices would rise"). */
export const oneWordListeners: readonly string[] = ['him', 'them', 'us', 'me', 'reporters', 'journalists', 'investors', 'analysts', 'lawmakers', 'parliament', 'residents', 'staff', 'supporters', 'jurors', 'colleagues', 'shareholders', 'workers', 'parents', 'students', 'police', 'officers', 'members',
  // "…, the company said in a filing to regulators", "…, the bank told the stock exchange".
  'regulators', 'regulator', 'officials', 'authorities', 'watchdogs', 'exchange', 'stock', 'creditors', 'bondholders', 'lenders', 'employees', 'customers', 'clients', 'voters', 'delegates', 'senators', 'legislators', 'councillors', 'councilors', 'ministers', 'donors', 'fans', 'viewers', 'listeners', 'readers', 'followers', 'prosecutors', 'investigators', 'inspectors', 'judges'];

/** Words that open a reported clause as its subject after the listener. */
export const clauseSubjects: readonly string[] = ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'some', 'no', 'most', 'many', 'all', 'both', 'neither', 'nobody', 'everyone', 'our', 'my'];

/** Nouns that end in -ly like adverbs ("the family said", "an ally said"). */
export const lyNouns: readonly string[] = ['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'homily', 'reply', 'italy', 'bully', 'folly', 'lily', 'holly', 'belly'];

/** Nouns that stand for an organization already named ("the company said"). */
export const genericOrgNouns: readonly string[] = ['chain', 'provider', 'hospital', 'hospitals', 'system', 'firm', 'lab', 'laboratory', 'charity', 'nonprofit', 'group', 'force', 'airline', 'carrier', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'utility', 'exchange', 'broadcaster', 'newspaper', 'ministry', 'company', 'firm', 'club', 'union', 'ministry', 'department', 'agency', 'group', 'museum', 'university', 'council', 'board', 'government', 'administration', 'bank', 'court', 'committee', 'commission', 'association', 'party', 'campaign', 'charity', 'organization', 'organisation', 'team', 'school', 'district', 'hospital', 'retailer', 'manufacturer', 'maker', 'carrier', 'airline', 'operator', 'regulator', 'prosecutors', 'police', 'studio', 'label', 'publisher', 'network', 'broadcaster', 'startup', 'developer', 'insurer', 'lender', 'city', 'county', 'state', 'federation', 'league', 'institute', 'foundation', 'trust', 'authority', 'office', 'embassy', 'military', 'army', 'navy', 'coalition', 'alliance', 'secretariat', 'cabinet', 'palace', 'kremlin', 'zoo', 'park', 'aquarium', 'theatre', 'theater', 'festival', 'orchestra', 'church', 'diocese', 'library', 'gallery', 'college', 'academy', 'clinic', 'centre', 'center', 'prison', 'airport', 'port', 'station', 'society', 'institution', 'service', 'chamber', 'parliament', 'assembly', 'senate', 'tribunal', 'inquiry', 'watchdog', 'brand', 'group', 'unit', 'panel', 'tribunal', 'bureau', 'directorate', 'inspectorate', 'observatory', 'centre', 'center', 'guild', 'streamer', 'platform', 'app', 'marketplace', 'conglomerate', 'cooperative', 'co-op', 'consortium'];

/** Lower-case words that describe a person's job before their name ("incident commander", "shipping magnate"). */
export const roleNouns: readonly string[] = ['commander', 'magnate', 'tycoon', 'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'philanthropist', 'investor', 'banker', 'scientist', 'economist', 'strategist', 'consultant', 'veteran', 'singer', 'producer', 'writer', 'journalist', 'reporter', 'editor', 'photographer', 'designer', 'architect', 'developer', 'planner', 'official', 'officer', 'executive', 'spokesperson', 'spokesman', 'spokeswoman', 'chief', 'head', 'leader', 'manager', 'director', 'chair', 'president', 'secretary', 'minister', 'coach', 'captain', 'player', 'striker', 'winger', 'midfielder', 'defender', 'goalkeeper', 'owner', 'founder', 'resident', 'lawyer', 'attorney', 'professor', 'researcher', 'analyst', 'doctor', 'nurse', 'teacher', 'student', 'activist', 'organizer', 'campaigner', 'historian', 'curator', 'artist', 'author', 'novelist', 'actor', 'actress', 'musician', 'rapper', 'chef', 'farmer', 'pilot', 'engineer', 'candidate', 'challenger', 'incumbent', 'mayor', 'governor', 'senator', 'councillor', 'councilor', 'commissioner', 'sheriff', 'judge', 'prosecutor', 'inspector', 'detective', 'trustee', 'adviser', 'advisor', 'aide', 'negotiator', 'envoy', 'ambassador', 'diplomat', 'fellow', 'colleague', 'partner', 'friend', 'neighbour', 'neighbor', 'mother', 'father', 'son', 'daughter', 'widow', 'grandson', 'granddaughter', 'great-grandson', 'great-granddaughter', 'brother', 'sister', 'wife', 'husband'];

/** Prepositions: a name right after one is an object, not the subject who speaks ("met with X"). */
export const prepositionBefore: readonly string[] = ['of', 'with', 'between', 'by', 'for', 'to', 'from', 'against', 'about', 'on', 'at', 'in', 'into', 'over', 'under', 'than', 'like', 'after', 'before'];

/** Documents a body speaks through ("its statement said", "the ruling said"). */
/** Further things put out that a participle of saying may describe ("a video on TikTok saying", "a petition saying"). */
export const issuedDocuments: readonly string[] = ['video', 'message', 'note', 'petition', 'clip', 'recording', 'advertisement', 'ad', 'leaflet', 'circular', 'bulletin', 'update', 'letters', 'statements', 'posts', 'videos', 'messages'];

/** Verbs that put a document out ("issued a statement saying …", "posted a video saying …"). */
export const issuingVerbs: readonly string[] = ['issued', 'issues', 'posted', 'posts', 'released', 'releases', 'published', 'publishes', 'sent', 'sends', 'wrote', 'writes', 'shared', 'shares', 'signed', 'signs', 'filed', 'files', 'uploaded', 'uploads', 'tweeted', 'put', 'puts', 'circulated', 'circulates', 'distributed', 'delivered', 'handed', 'emailed', 'read'];

export const documentNouns: readonly string[] = ['statement', 'release', 'letter', 'post', 'filing', 'complaint', 'ruling', 'judgment', 'judgement', 'memo', 'email', 'notice', 'submission', 'tweet', 'communique', 'communiqué'];

/** Words that open an indirect question ("asked whether", "did not say how"). */
export const questionWords: readonly string[] = ['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who'];

/** Determiners before a quoted phrase that make it a label, not a statement ("the “new normal”"). */
export const determinersBeforeScare: readonly string[] = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'so-called', 'any', 'no', 'such', 'new'];
