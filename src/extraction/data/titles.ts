/**
 * Titles and role nouns that stand before a person's name ("Secretary of State", "spokeswoman") or refer back to
 * someone already named ("the mayor said"). Multi-word titles are matched longest first, case-insensitively.
 */
export const personTitles = [
  'president', 'vice president', 'vice-president', 'vice-chair', 'vice-chairman', 'vice-chairwoman', 'co-founder', 'co-chair', 'prime minister', 'deputy prime minister', 'chancellor', 'minister', 'foreign minister',
  'defence minister', 'defense minister', 'finance minister', 'interior minister', 'health minister', 'trade minister',
  'secretary', 'secretary of state', 'secretary-general', 'secretary general', 'general secretary', 'assistant general secretary', 'deputy general secretary', 'under secretary', 'undersecretary',
  'ambassador', 'envoy', 'special envoy', 'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman',
  'governor', 'gov.', 'lt. gov.', 'lieutenant governor', 'battalion chief', 'mayor', 'deputy mayor', 'councillor', 'councilor', 'cllr', 'cllr.', 'alderman', 'alderwoman', 'alderperson', 'ald.',
  'councilman', 'councilwoman', 'council member', 'counsellor', 'counselor', 'therapist', 'psychologist', 'psychiatrist', 'alderman', 'commissioner', 'judge', 'justice', 'chief justice',
  'magistrate', 'prosecutor', 'attorney general', 'district attorney', 'sheriff', 'chief', 'police chief',
  'fire chief', 'detective', 'inspector', 'sergeant', 'sgt.', 'officer', 'constable', 'general', 'gen.',
  'lieutenant general', 'lt. gen.', 'major general', 'maj. gen.', 'admiral', 'adm.', 'colonel', 'col.', 'captain',
  'capt.', 'lieutenant', 'lt.', 'major', 'commander', 'cmdr.', 'king', 'queen', 'prince', 'princess', 'pope',
  'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'reverend', 'rev.', 'father', 'fr.', 'fr', 'sister', 'shri', 'shri.', 'smt.', 'smt', 'kumari', 'thiru', 'tmt.', 'dr.', 'dr', 'hon.', 'hon', 'rt hon', 'rt. hon.', 'the hon.',
  'doctor', 'professor', 'prof.', 'prof', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'mx.', 'sir', 'dame', 'lord', 'lady', 'baron', 'baroness', 'viscount', 'viscountess', 'earl', 'countess', 'marquess', 'marchioness', 'duke', 'duchess',
  'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'chief executive', 'chief executive officer', 'ceo',
  'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'executive director',
  'managing director', 'director-general', 'director general', 'head', 'founder', 'co-founder', 'cofounder',
  'owner', 'manager', 'general manager', 'coach', 'head coach', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'forward', 'quarterback', 'captain', 'player', 'hooker', 'flanker', 'fly-half', 'scrum-half', 'number eight',
  'full-back', 'fullback', 'winger', 'batsman', 'batter', 'bowler', 'wicketkeeper', 'all-rounder', 'seamer', 'paceman', 'golfer', 'gymnast', 'boxer', 'marathoner', 'pitcher',
  'catcher', 'shortstop', 'outfielder', 'linebacker', 'jockey', 'sprinter', 'swimmer', 'cyclist', 'point guard', 'analyst', 'economist', 'researcher', 'scientist', 'lawyer',
  'attorney', 'aide', 'adviser', 'advisor', 'negotiator', 'leader', 'opposition leader', 'speaker',
  'premier', 'president-elect', 'candidate', 'nominee', 'challenger', 'incumbent', 'principal', 'superintendent',
  'dean', 'provost', 'rector', 'curator', 'artist', 'author', 'novelist', 'singer', 'actor', 'actress', 'director',
  'producer', 'rapper', 'musician', 'chef', 'activist', 'organizer', 'organiser', 'union leader', 'president of',
  'nurse', 'surgeon', 'physician', 'epidemiologist', 'virologist', 'forecaster', 'meteorologist', 'hydrologist', 'seismologist', 'volcanologist', 'historian', 'astronomer', 'physicist',
  'biologist', 'chemist', 'engineer', 'pilot', 'farmer', 'resident', 'witness', 'owner', 'shopkeeper', 'teacher',
  'student', 'governor-general', 'emir', 'sheikh', 'sultan', 'crown prince', 'first lady', 'senior adviser',
  'deputy', 'deputy director', 'deputy minister', 'state secretary', 'assistant secretary', 'chief of staff',
  'white house press secretary', 'press officer', 'official', 'diplomat', 'trustee', 'treasurer', 'comptroller',
  // County offices ("County Recorder Bernadette Szymańska-Cole", "County Clerk Ana Ruiz").
  'recorder', 'county recorder', 'county clerk', 'assessor', 'county assessor',
  'auditor', 'ombudsman', 'voivode', 'prefect', 'burgomaster', 'inspector general', 'mp', 'mep', 'mla', 'msp', 'mpp', 'mhk', 'lawmaker', 'legislator', 'delegate',
  'uncle', 'aunt', 'mother', 'son', 'daughter', 'brother', 'husband', 'wife', 'grandfather', 'grandmother', 'widow',
  'nephew', 'niece', 'grandson', 'granddaughter', 'cousin', 'partner', 'fiancé', 'fiancée', 'magnate', 'tycoon',
  'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'philanthropist', 'banker', 'investor', 'counsel',
  'barrister', 'solicitor', 'defendant', 'plaintiff', 'juror', 'coroner', 'paramedic', 'firefighter', 'constable',
  'superintendent', 'commissioner', 'translator', 'poet', 'composer', 'conductor', 'dancer', 'photographer',
  'journalist', 'reporter', 'editor', 'columnist', 'presenter', 'host', 'comedian', 'filmmaker',
  'designer', 'architect', 'consultant', 'strategist', 'pollster', 'economist', 'trader', 'broker',
  'fund manager', 'portfolio manager', 'chief economist', 'chief operating officer', 'chief financial officer',
  'chief technology officer', 'vice-chancellor', 'vice chancellor', 'chief constable', 'detective inspector',
  'detective sergeant', 'police spokesman', 'police spokeswoman', 'club president', 'party leader', 'whip',
  'co-author', 'coauthor', 'lead author', 'wing', 'leg-spinner', 'spinner', 'bowler', 'batter', 'batsman', 'pitcher',
  'catcher', 'fly-half', 'scrum-half', 'keeper', 'rider', 'cyclist', 'driver', 'runner',
  'swimmer', 'sprinter', 'skipper', 'all-rounder', 'opener', 'playmaker', 'full-back', 'fullback', 'left-back',
  'right-back', 'centre-back', 'pivot', 'point guard', 'teammate', 'team-mate', 'rookie', 'veteran',
  'pastor', 'priest', 'deacon', 'elder', 'assistant', 'assistant coach', 'assistant manager', 'bandmate', 'classmate',
  'schoolmate', 'roommate', 'housemate', 'colleague', 'friend', 'sheriff', 'deputy sheriff', 'marshal', 'warden',
  'councilmember', 'council member', 'alderperson', 'alderwoman', 'assemblymember', 'assemblyman', 'assemblywoman',
  'selectman', 'selectwoman', 'supervisor', 'state senator', 'state representative', 'delegate', 'chief minister',
  'home secretary', 'foreign secretary', 'chancellor of the exchequer', 'shadow chancellor', 'first minister',
  // British and Irish police ranks as abbreviated without points ("PC Callum Brierley", "Sgt Delahunt").
  'engr', 'engr.', 'advocate', 'adv.', 'comrade', 'alhaji', 'hajiya',
  // Military ranks, spelt out and abbreviated ("Sgt. Maj. Ray Cole", "Rear Adm. Ines Okafor", "Wing Commander Asha Rao").
  'sgt. maj.', 'sergeant major', 'command sgt. maj.', 'staff sgt.', 'staff sergeant', 'master sgt.', 'master sergeant',
  'first sgt.', 'sgt. 1st class', 'brig. gen.', 'brigadier general', 'brigadier', 'vice adm.', 'vice admiral', 'rear adm.',
  'rear admiral', 'lt. cmdr.', 'lieutenant commander', 'lt. col.', 'lieutenant colonel', 'maj.', 'pvt.', 'pfc.', 'cpl.',
  'corporal', 'lance corporal', 'lance cpl.', 'spc.', 'air marshal', 'air vice-marshal', 'air chief marshal',
  'wing commander', 'group captain', 'squadron leader', 'flight lieutenant', 'petty officer', 'chief petty officer',
  'ensign', 'warrant officer', 'chief warrant officer', 'field marshal', '1st lt.', '2nd lt.', 'first lieutenant',
  'second lieutenant', 'airman', 'seaman',
  // Gulf forms of address ("H.E. Khalid Al Harthy", "His Highness Sheikh Hamdan", "Eng. Noura Al Mansoori").
  'eng.', 'h.e.', 'h.h.', 'excellency', 'highness', 'royal highness', 'sheikha', 'sayyid', 'sayyida',
  // Clergy and religious titles ("The Rt Rev Callum Drummond-Hay", "the Ven Mary Poole", "Granthi Harjit Singh").
  'rt rev', 'rt. rev.', 'rt rev.', 'right rev', 'right reverend', 'most rev', 'most rev.', 'most reverend', 'very rev', 'very rev.', 'very reverend',
  'rev', 'revd', 'revd.', 'ven', 'ven.', 'venerable', 'canon', 'archdeacon', 'monsignor', 'msgr', 'msgr.', 'abbot', 'abbess', 'chaplain', 'vicar', 'curate',
  'cantor', 'rebbetzin', 'mufti', 'maulana', 'ustaz', 'ustadh', 'ayatollah', 'swami', 'granthi', 'giani', 'bhai', 'pandit', 'pujari', 'acharya', 'lama',
  'mother superior', 'patriarch',
  // Deputies named as one title ("the Deputy Speaker, Rhiannon Pryce", "the deputy leader").
  'deputy speaker', 'deputy chair', 'deputy chairman', 'deputy chairwoman', 'deputy leader', 'deputy governor', 'deputy head', 'deputy chief', 'deputy commissioner', 'deputy president', 'deputy editor',
  // A disc jockey's prefix ("DJ Kettle"): the rest is the name the story uses.
  'dj',
  // South-East Asian honorifics ("Khun Srisuda", "Pak Menteri", "Datuk Seri Anwar", "Tan Sri Lim").
  'khun', 'pak', 'bu', 'ibu', 'bapak', 'datuk', 'datuk seri', 'tan sri', 'dato', 'dato sri', 'datin', 'tun', 'puan', 'encik', 'cs', 'cabinet secretary', 'principal secretary',
  'comptroller general', 'auditor general', 'auditor-general', 'solicitor general', 'accountant general', 'registrar general',
  'administrator', 'city administrator', 'town administrator', 'county administrator', 'city manager', 'town manager',
  'county manager', 'city clerk', 'town clerk', 'county clerk', 'county executive', 'county commissioner',
  'lord mayor', 'lady mayoress', 'lord provost', 'deputy lord mayor',
  'pc', 'sgt', 'det sgt', 'det insp', 'det supt', 'supt', 'supt.', 'insp', 'insp.', 'ch supt', 'dci', 'det con',
];

/** Titles that tell a person's grammatical gender, for pronoun resolution. */
export const genderedTitles: Record<string, 'female' | 'male'> = {
  'mr.': 'male', mr: 'male', 'mrs.': 'female', mrs: 'female', 'ms.': 'female', ms: 'female', spokeswoman: 'female',
  spokesman: 'male', chairwoman: 'female', chairman: 'male', congresswoman: 'female', congressman: 'male',
  councilwoman: 'female', councilman: 'male', king: 'male', queen: 'female', prince: 'male', princess: 'female',
  sir: 'male', dame: 'female', lord: 'male', lady: 'female', baron: 'male', baroness: 'female', viscount: 'male', viscountess: 'female', earl: 'male', countess: 'female', marquess: 'male', marchioness: 'female', duke: 'male', duchess: 'female', actress: 'female', father: 'male', 'fr.': 'male', fr: 'male', sister: 'female', shri: 'male', 'shri.': 'male', 'smt.': 'female', smt: 'female', kumari: 'female', thiru: 'male', 'tmt.': 'female',
  'first lady': 'female', businessman: 'male', businesswoman: 'female', 'crown prince': 'male', emir: 'male',
  sheikh: 'male', sheikha: 'female', sultan: 'male', uncle: 'male', aunt: 'female', mother: 'female', son: 'male', daughter: 'female',
  brother: 'male', husband: 'male', wife: 'female', grandfather: 'male', grandmother: 'female', widow: 'female',
  widower: 'male', nephew: 'male', niece: 'female', boyfriend: 'male', girlfriend: 'female', grandson: 'male',
  granddaughter: 'female', stepfather: 'male', stepmother: 'female', 'vice-chairwoman': 'female', 'vice-chairman': 'male',
};

/** Words that make a capitalized name an organization. */
/** A company's legal suffix written as a word of its own ("Kestrelwave Audio, Inc.", "Harbour Foods Ltd"). */
export const LEGAL_SUFFIX = /^(?:Inc|Corp|Ltd|LLC|PLC|GmbH|Co)\.?$/;

/** Nouns a story calls the person it is about by, with words before them ("the reality star", "the former nursery
 * nurse", "the Olympic sprinter"): epithets rather than offices, so nobody else need hold them. */
export const epithetHeads = ['star', 'influencer', 'footballer', 'comedian', 'contestant', 'celebrity', 'socialite', 'singer', 'actor', 'actress', 'presenter', 'rapper', 'influencer', 'footballer', 'comedian', 'contestant', 'celebrity', 'socialite', 'musician', 'chef', 'designer', 'novelist', 'dancer', 'boxer', 'striker', 'midfielder', 'goalkeeper', 'winger', 'sprinter', 'swimmer', 'golfer', 'cyclist', 'nurse', 'veteran', 'pensioner'];

/** The last word of a body's or a place's name that no surname takes: an industry in "-ics" ("Brightwing
 * Aeronautics", "Halden Robotics"), "International" ("Amnesty International") or "State" ("Ebonyi State"). */
export const ORG_NAME_ENDING = /^(?:\p{L}{3,}ics|international|state)$/u;

export const organizationWords = [
  'ministry', 'department', 'dept.', 'agency', 'division', 'ambulance', 'commission', 'council', 'committee', 'party', 'union', 'bank',
  // South Asian parties, fronts and bodies ("Samajik Nyay Dal", "Tamizh Desiya Munnani", "Raj Bhavan").
  'dal', 'sangh', 'morcha', 'munnani', 'kazhagam', 'samiti', 'sabha', 'parishad', 'manch', 'sena', 'bhavan', 'bhawan', 'sangathan',
  // Irish and Scottish Gaelic bodies ("Bòrd na Gàidhlig", "Comhairle nan Eilean Siar", "Conradh na Gaeilge").
  'bòrd', 'comhairle', 'conradh', 'foras', 'údarás', 'roinn',
  'collective', 'co-operative',
  // Buildings that speak for who works in them ("Bute House", "Leinster House", "Government House").
  'house',
  'fund', 'association', 'institute', 'institution', 'university', 'college', 'school', 'academy', 'hospital',
  'clinic', 'corporation', 'corp.', 'corp', 'inc.', 'inc', 'ltd.', 'ltd', 'llc', 'plc', 'co.', 'company', 'group',
  'authority', 'court', 'tribunal', 'police', 'army', 'navy', 'air force', 'forces', 'guard', 'service', 'services',
  'office', 'organization', 'organisation', 'federation', 'force', 'foundation', 'board', 'bureau', 'times', 'post',
  'news', 'journal', 'herald', 'gazette', 'tribune', 'league', 'club', 'fc', 'airlines', 'airways', 'motors',
  'labs', 'laboratories', 'technologies', 'systems', 'museum', 'gallery', 'parliament', 'congress', 'senate',
  'assembly', 'cabinet', 'government', 'administration', 'secretariat', 'alliance', 'coalition', 'network',
  'center', 'centre', 'society', 'trust', 'holdings', 'partners', 'capital', 'ventures', 'industries',
  'pharmaceuticals', 'energy', 'airport', 'railway', 'railways', 'council', 'cooperative', 'co-op', 'church',
  'diocese', 'archdiocese', 'synod', 'parish', 'mosque', 'synagogue', 'temple', 'cathedral', 'abbey',
  'brigade', 'command', 'mission', 'embassy', 'consulate', 'exchange', 'reserve', 'treasury', 'pentagon',
  'kremlin', 'parliament', 'duma', 'knesset', 'bundestag', 'observatory', 'studio', 'studios', 'records',
  'orchestra', 'theatre', 'theater', 'festival', 'network', 'broadcasting', 'television', 'radio', 'press',
  'magazine', 'team', 'county', 'district', 'municipality', 'port', 'airport', 'library', 'libraries', 'programme', 'program', 'front', 'movement', 'cricket', 'rugby', 'football', 'hockey', 'basketball', 'affairs', 'relief', 'rescue', 'initiative', 'cup', 'league', 'chamber', 'chambers', 'chapter', 'caucus', 'bloc', 'choice', 'party', 'aotearoa',
  // Company-name endings of industries, so "Corvane Semiconductor" is a company wherever it stands.
  'restructuring', 'advisory', 'consulting', 'consultancy', 'associates', 'exchange', 'markets', 'payments',
  'air', 'athletics', 'electronics', 'research', 'ratings', 'ferries', 'supermarkets', 'partnership', 'metrics', 'interactive', 'insights', 'guaranty', 'gases', 'foundry', 'esports', 'construction', 'constabulary', 'coastguard', 'assets', 'aquaculture', 'academies',
  'appliances', 'beauty', 'cosmetics', 'skincare', 'kapital', 'veterinary', 'instruments', 'apparel', 'furniture', 'plastics', 'revenue', 'customs', 'aviation', 'aerospace', 'pharmaceutical', 'biosciences',
  // A release's departments and wires ("Director, Investor Relations", "/Cardinal PR Wire/").
  'relations', 'communications', 'newswire', 'wire',
  // Monitors and campaigns ("Open Home Watch", "Human Rights Watch").
  'watch', 'rights',
  // Shipping and trading houses ("Ortega Salinas Commodities", "Nile Delta Shipmanagement").
  'commodities', 'shipmanagement', 'tankers', 'chartering', 'bulkers', 'management',
  // Words other languages name organizations with ("Banco Meridional", "Empresa Austral de Servicios").
  'banco', 'banca', 'banque', 'caixa', 'sparkasse', 'grupo', 'gruppo', 'groupe', 'empresa', 'compañía', 'companhia', 'compagnie', 'sociedad', 'société', 'societa', 'gesellschaft', 'stiftung', 'fundación', 'fundação', 'fondation', 'fondazione', 'ministerio', 'ministério', 'ministère', 'ministero', 'universidad', 'universidade', 'université', 'universität', 'università', 'instituto', 'institut', 'istituto', 'servicios', 'serviços', 'partido', 'parti', 'partei',
  'mutual', 'pictures', 'films', 'productions', 'publishing', 'semiconductor', 'semiconductors', 'pharma', 'biotech', 'therapeutics', 'robotics', 'automotive', 'logistics', 'shipping', 'maritime', 'telecom', 'telecoms', 'mobility', 'foods', 'brands', 'networks', 'software', 'analytics', 'solutions', 'dynamics', 'mining', 'minerals', 'metals', 'platinum', 'diamonds', 'lithium', 'uranium', 'cement', 'timber', 'textiles', 'dairy', 'agri', 'agritech', 'fintech', 'medtech', 'steel', 'chemicals', 'petroleum', 'resources', 'insurance', 'securities', 'investments', 'realty', 'properties', 'hotels', 'resorts', 'bancorp', 'financial', 'incorporated', 'limited', 'gmbh',
  'developers', 'builders', 'contractors', 'engineering', 'harvesting', 'forestry', 'fisheries', 'brewery', 'breweries', 'distillery', 'distilleries', 'estates', 'trading', 'manufacturing', 'packaging', 'recycling', 'haulage', 'freight', 'energie', 'énergie', 'energia', 'energía',
  // A party named by its members after a capitalized word ("Social Democrats", "Sweden Democrats").
  'centers', 'centres', 'institutes', 'project',
  'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'greens', 'nationalists',
  // Bodies in other languages ("Associação Lisbonense de Proprietários", "Syndicat des opérateurs").
  'associação', 'associazione', 'asociación', 'association', 'vereniging', 'verband', 'verein', 'sindicato', 'syndicat',
  'stichting', 'związek', 'fundacja', 'stowarzyszenie', 'spółka', 'gewerkschaft',
  'confederación', 'confédération', 'federación', 'fédération', 'federazione', 'unione', 'unión', 'partij', 'conseil',
  'consejo', 'consiglio', 'tribunale', 'cour', 'gericht', 'comité', 'comitato', 'agência', 'agencia', 'agence', 'agenzia',
  // Travel and leisure firms ("Aurelia Cruises", "Meulen Rides", "Svartsvatn Spa"), Nordic power firms ("Nordkapp
  // Energi", "Norrvind Kraft"), and councils in the plural ("Danish Economic Councils").
  'cruises', 'cruise', 'rides', 'spa', 'tours', 'travel', 'leisure', 'kraft', 'energi', 'councils', 'kommune', 'kommun',
];

/**
 * One source described in the singular ("a neighbour said", "a retired baker told the inquiry", "one ward sister"):
 * the nouns an unnamed person is introduced by, who may be called "she" or named later.
 */
export const singularSourceNouns = [
  'official', 'source', 'person', 'man', 'woman', 'engineer', 'pilot', 'driver', 'guard', 'soldier', 'miner', 'seller',
  'vendor', 'shopkeeper', 'cleaner', 'porter', 'labourer', 'laborer', 'diplomat', 'analyst', 'critic', 'expert', 'aide',
  'resident', 'witness', 'observer', 'lawmaker', 'legislator', 'economist', 'investor', 'spokesperson', 'spokesman',
  'spokeswoman', 'prosecutor', 'researcher', 'scientist', 'doctor', 'officer', 'employee', 'worker', 'activist',
  'protester', 'supporter', 'opponent', 'insider', 'executive', 'member', 'negotiator', 'adviser', 'advisor', 'organizer',
  'organiser', 'parent', 'teacher', 'student', 'nurse', 'investigator', 'campaigner', 'trader',
  'representative', 'commentator', 'historian', 'veteran', 'farmer', 'firefighter', 'survivor', 'owner', 'advocate',
  'agent', 'detective', 'inspector', 'auditor', 'monitor', 'subscriber', 'viewer', 'listener', 'reader', 'commuter',
  'shopper', 'liquidator', 'administrator', 'receiver', 'trustee', 'sister', 'mother', 'father', 'daughter', 'son', 'wife',
  'husband', 'widow', 'lawyer', 'manager', 'director',
  'neighbour', 'neighbor', 'pensioner', 'retiree', 'grandmother', 'grandfather', 'widower', 'teenager', 'mum', 'dad',
  'passenger', 'customer', 'tenant', 'landlord', 'patient', 'victim', 'relative', 'friend', 'colleague', 'fan', 'voter',
  'cyclist', 'motorist', 'pedestrian', 'tourist', 'visitor', 'traveller', 'traveler', 'villager', 'mourner', 'climber',
  'fisherman', 'medic', 'paramedic', 'volunteer', 'steward', 'priest', 'vet', 'midwife', 'carer', 'caregiver',
  'demonstrator', 'protestor', 'rebel', 'warden', 'builder', 'contractor', 'supplier', 'grower', 'dealer', 'broker',
  'banker', 'athlete', 'runner', 'landowner', 'homeowner', 'renter', 'publican', 'hotelier', 'restaurateur', 'inmate',
  'prisoner', 'refugee', 'migrant', 'evacuee', 'lecturer', 'pupil', 'graduate', 'entrepreneur', 'creditor', 'teammate',
  'academic', 'clinician', 'physician', 'surgeon', 'epidemiologist', 'planner', 'lobbyist', 'juror', 'baker', 'butcher',
  'waiter', 'waitress', 'cook', 'bartender', 'barista', 'cashier', 'clerk', 'receptionist', 'mechanic', 'electrician',
  'plumber', 'carpenter', 'welder', 'technician', 'accountant', 'pharmacist', 'dentist', 'therapist', 'psychologist',
  'psychiatrist', 'caretaker', 'janitor', 'gardener', 'courier', 'lifeguard', 'sailor', 'rescuer', 'bystander',
  'eyewitness', 'onlooker', 'spectator', 'commuter', 'subscriber', 'user', 'player', 'registrar', 'anaesthetist',
  'anesthetist', 'radiologist', 'paediatrician', 'pediatrician', 'cardiologist', 'oncologist', 'gp', 'consultant',
  'locum', 'porter', 'cleaner', 'caseworker', 'clinician',
  // A tabloid's sources: "a pal said", "her rep said".
  'pal', 'rep', 'publicist', 'confidant', 'confidante', 'guest', 'attendee',
  // A heckle from the floor: "“Shame!” someone shouted", "another voice called".
  'someone', 'somebody', 'voice', 'heckler',
];

/** Nouns that describe anonymous or collective sources ("officials", "a person familiar with the talks"). */
export const sourceNouns = [
  'pal', 'pals', 'rep', 'reps', 'publicist', 'publicists', 'confidant', 'confidante', 'confidants', 'guest', 'guests', 'attendee', 'attendees',
  'someone', 'somebody', 'voice', 'voices', 'heckler', 'hecklers',
  'official', 'officials', 'source', 'sources', 'person', 'people', 'man', 'woman', 'men', 'women', 'engineer', 'pilot', 'driver', 'guard', 'soldier', 'miner', 'seller', 'vendor', 'shopkeeper', 'cleaner', 'porter', 'labourer', 'laborer', 'diplomat', 'diplomats', 'analyst', 'analysts',
  'critic', 'critics', 'expert', 'experts', 'aide', 'aides', 'resident', 'residents', 'witness', 'witnesses',
  'observer', 'observers', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'economist', 'economists',
  'investor', 'investors', 'spokesperson', 'spokesman', 'spokeswoman', 'police', 'prosecutors', 'prosecutor',
  'researchers', 'researcher', 'scientists', 'scientist', 'doctors', 'doctor', 'officers', 'officer', 'employees',
  'employee', 'workers', 'worker', 'activists', 'activist', 'protesters', 'protester', 'supporters', 'supporter',
  'opponents', 'opponent', 'authorities', 'insiders', 'insider', 'executives', 'executive', 'staff', 'staffers',
  'members', 'member', 'negotiators', 'negotiator', 'advisers', 'adviser', 'advisors', 'advisor', 'organizers',
  'organisers', 'parents', 'parent', 'teachers', 'teacher', 'students', 'student', 'nurses', 'nurse', 'fans',
  'voters', 'residents', 'neighbors', 'neighbours', 'investigators', 'investigator', 'regulators',
  'campaigners', 'campaigner', 'traders', 'trader', 'unions', 'leaders', 'representatives', 'representative',
  'commentators', 'commentator', 'historians', 'historian', 'veterans', 'veteran', 'farmers', 'farmer',
  'firefighters', 'firefighter', 'survivors', 'survivor', 'victims', 'relatives', 'families', 'shareholders',
  'owners', 'owner', 'landlords', 'tenants', 'customers', 'users', 'patients', 'passengers', 'pilots', 'engineers',
  'advocates', 'advocate', 'groups', 'delegates', 'delegations', 'delegation', 'nations', 'countries', 'media', 'reports',
  'outlets', 'allies', 'lawyers', 'attorneys', 'retailers', 'businesses', 'manufacturers', 'economists', 'forecasters',
  'agencies', 'ministers', 'governments', 'states', 'spokespeople', 'organisers', 'coaches', 'players', 'teammates',
  'scholars', 'academics', 'clinicians', 'physicians', 'surgeons', 'epidemiologists', 'planners', 'developers',
  'commuters', 'drivers', 'shoppers', 'homeowners', 'renters', 'bosses', 'managers', 'unionists', 'strikers',
  'agent', 'agents', 'detective', 'detectives', 'inspector', 'inspectors', 'auditor', 'auditors', 'monitor', 'monitors',
  'subscriber', 'subscribers', 'viewer', 'viewers', 'listener', 'listeners', 'reader', 'readers', 'commuter', 'shopper',
  'management', 'organisers', 'promoters', 'representatives', 'lobbyists', 'campaign', 'spokespeople', 'aides',
  'prosecution', 'defence', 'defense', 'judges', 'jurors', 'senators', 'mps', 'councillors', 'councilors', 'trustees',
  'insurers', 'underwriters', 'shippers', 'bondholders', 'whips', 'whip', 'backbenchers', 'frontbenchers',
  // One member of a chamber ("one Labour MP said", "a Conservative peer", "another backbencher").
  'mp', 'mep', 'msp', 'mla', 'td', 'peer', 'peers', 'backbencher', 'frontbencher', 'holders', 'holder', 'ticket-holders',
  // People online ("A smaller creator, who streams as Tinfoil, said").
  'buyer', 'creator', 'creators', 'streamer', 'streamers', 'gamer', 'gamers', 'influencer', 'influencers', 'youtuber', 'podcaster', 'podcasters', 'blogger', 'bloggers', 'moderator', 'moderators',
  'counsellors', 'counselors', 'dockers', 'keepers', 'zookeepers', 'miners', 'rescuers', 'locals', 'villagers',
  'householders', 'mourners', 'climbers', 'fishermen', 'fishers', 'crew', 'crews', 'medics', 'paramedics', 'volunteers',
  'stewards', 'pundits', 'bookmakers', 'clergy', 'priests', 'vets', 'midwives', 'carers', 'demonstrators', 'protestors',
  'rebels', 'militants', 'soldiers', 'troops', 'guards', 'rangers', 'wardens', 'astronomers', 'biologists', 'ecologists',
  'geologists', 'climatologists', 'meteorologists', 'seismologists', 'volcanologists', 'archaeologists', 'builders',
  'contractors', 'suppliers', 'exporters', 'importers', 'growers', 'producers', 'distributors', 'dealers', 'brokers',
  'bankers', 'tourists', 'visitors', 'travellers', 'travelers', 'motorists', 'cyclists', 'pedestrians', 'riders',
  'athletes', 'runners', 'swimmers', 'teams', 'others', 'neighbors', 'landowners', 'shopkeepers', 'publicans',
  'hoteliers', 'restaurateurs', 'scouts', 'caregivers', 'inmates', 'prisoners', 'hostages', 'refugees', 'migrants',
  'evacuees', 'commissioners', 'lecturers', 'professors', 'pupils', 'graduates', 'entrepreneurs', 'creditors',
  'family', 'friends', 'colleagues', 'authors', 'co-authors', 'liquidators', 'liquidator', 'administrators', 'administrator', 'receivers', 'receiver', 'auditors', 'trustee',
  // People on one side of a contest ("Her rivals say …", "Baek's camp maintains that …", "detractors argue").
  'operators', 'rivals', 'backers', 'detractors', 'sceptics', 'skeptics', 'proponents', 'hardliners', 'donors', 'operatives', 'confidants', 'associates', 'camp',
  // Members of a party or a camp, in the plural ("Republicans argued that …", "Democrats say …").
  'republicans', 'democrats', 'conservatives', 'tories', 'liberals', 'socialists', 'progressives', 'moderates', 'nationalists', 'loyalists', 'separatists', 'communists',
  ...singularSourceNouns,
];

/** Words that can start an anonymous-source phrase. */
export const sourceDeterminers = ['a', 'an', 'one', 'another', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'senior', 'the', 'these', 'those', 'most', 'few', 'dozens', 'hundreds', 'thousands', 'both', 'various', 'numerous', 'local', 'federal', 'state', 'western', 'european', 'government', 'administration', 'industry', 'military', 'security', 'intelligence', 'police', 'health', 'city', 'company', 'union', 'party', 'u.s.', 'us', 'u.k.', 'uk', 'eu'];

/** Words after a source noun that continue its description ("familiar with the talks"). */
export const sourceQualifiers = ['familiar with', 'close to', 'with knowledge of', 'briefed on', 'involved in', 'who spoke', 'who asked', 'who declined', 'who requested', 'speaking on condition', 'aware of', 'knowledgeable about', 'in the room', 'at the meeting', 'present at', 'with direct knowledge'];

/** Letters after a name that are not part of it ("Oisín Ferriter SC", "Sorcha Brennan TD"). */
/** Nationalities used as nouns for one person, beyond the regular "-ian"/"-an" ones ("the Scot", "the Dutchman"). */
export const nationalityNouns = ['Scot', 'Dutchman', 'Dutchwoman', 'Frenchman', 'Frenchwoman', 'Englishman', 'Englishwoman', 'Irishman', 'Irishwoman', 'Welshman', 'Welshwoman', 'Spaniard', 'Swede', 'Dane', 'Finn', 'Pole', 'Briton', 'Brit', 'Kiwi', 'Aussie', 'Turk', 'Swiss', 'Czech', 'Slovak', 'Serb', 'Croat', 'Greek', 'Thai', 'Filipino', 'Filipina', 'Basque', 'Catalan', 'Portuguese', 'Japanese', 'Chinese', 'Vietnamese', 'Lebanese', 'Senegalese', 'Congolese', 'Iraqi', 'Israeli', 'Pakistani', 'Bangladeshi', 'Kuwaiti', 'Qatari', 'Saudi', 'Omani', 'Yemeni', 'Somali', 'Nepali', 'Uzbek', 'Kazakh', 'Tajik', 'Kyrgyz', 'Afghan', 'Argentine', 'Icelander', 'New Zealander', 'Luxembourger'];

export const postNominals = ['SC', 'QC', 'KC', 'BL', 'SAN', 'MP', 'MEP', 'MSP', 'MLA', 'TD', 'PhD', 'MD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'Esq', 'Esq.', 'RN', 'DDS', 'CPA', 'Jr.', 'Sr.'];
