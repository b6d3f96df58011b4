/**
 * Word lists that entity finding reads: what joins the words of a name, which capitalized words are not names,
 * what marks a place, a team or a vessel. findEntities.ts makes Sets of them.
 */

/** Lower-case words that join the capitalized words of one name ("Bank of England", "Pieter van der Berg"). */
export const connectors: readonly string[] = ['of', 'for', 'and', '&', 'the', 'de', 'du', 'des', 'la', 'le', 'del', 'der', 'van', 'von', 'al', 'bin', 'da', 'di', 'y', 'na', 'nan'];

/** Plural nouns that end a firm's or a broadcaster's name even after a given name ("Sky Sports", "Jade Systems"). */
export const orgPlurals: readonly string[] = ['sports', 'news', 'games', 'works', 'systems', 'partners', 'holdings', 'industries', 'studios', 'records', 'films', 'pictures', 'productions', 'foods', 'motors', 'airlines', 'labs', 'technologies', 'ventures', 'services', 'solutions', 'networks', 'communications', 'arts', 'events', 'homes', 'estates', 'resources', 'sciences', 'pharmaceuticals', 'therapeutics', 'editions', 'amusements', 'logistics', 'brands', 'stores', 'markets', 'properties', 'investments', 'securities', 'insurance', 'wines', 'farms', 'foods', 'tours', 'travels', 'kitchens', 'gardens', 'books'];

/** Heads of bodies' names that take "on" or "to" into the name ("Commission on Human Rights", "Delegation to Georgia"). */
export const onToHeads: readonly string[] = ['commission', 'committee', 'subcommittee', 'council', 'conference', 'convention', 'panel', 'delegation', 'mission', 'forum', 'taskforce', 'force', 'centre', 'center', 'institute'];

/** Capital-letter abbreviations that are not names of organizations ("CEO", "GDP"). */
export const acronymStop: readonly string[] = ['CEO', 'CFO', 'COO', 'CTO', 'GDP', 'TV', 'AI', 'OK', 'PM', 'AM', 'PR', 'HQ', 'ID', 'IT', 'VIP', 'MP', 'MEP', 'DJ', 'PhD', 'I', 'II', 'III', 'IV', 'A', 'Q1', 'Q2', 'Q3', 'Q4', 'USD', 'EUR', 'GBP', 'COVID', 'LGBTQ', 'ICU', 'ER', 'DNA', 'RNA', 'CO2', 'EV', 'EVs', 'SUV', 'NFT', 'FAQ', 'PDF',
  // Time zones ("at 01:25 GMT").
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AEST', 'AEDT', 'JST', 'KST', 'HKT', 'SGT', 'WAT', 'EAT', 'SAST', 'MSK'];

/** Words that make a capitalized name a place ("Harbor Street", "Cedar Flats"). */
export const placeWords: readonly string[] = ['street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'boulevard', 'drive', 'way', 'park', 'flats', 'hollow', 'heights', 'valley', 'hills', 'hill', 'creek', 'river', 'lake', 'bay', 'harbor', 'harbour', 'beach', 'island', 'islands', 'mountain', 'mountains', 'square', 'bridge', 'township', 'village', 'springs', 'falls', 'ridge', 'point', 'canyon', 'forest', 'woods', 'meadows', 'gardens', 'plaza', 'station', 'stadium', 'arena', 'hall', 'tower', 'building', 'coast', 'sea', 'ocean', 'gulf', 'strait', 'peninsula', 'desert', 'plain', 'plains', 'county', 'province', 'territory', 'district', 'parish', 'borough', 'prefecture', 'oblast', 'canton', 'municipality', 'quarter', 'estate', 'terminal', 'pier', 'wharf', 'dock', 'docks', 'highway', 'motorway', 'interstate', 'route', 'crossing', 'junction', 'mall', 'market', 'cathedral', 'chapel', 'temple', 'mosque', 'palace', 'castle', 'fields', 'field', 'grove', 'glen', 'marsh', 'moor', 'downs', 'vale', 'pass', 'shore', 'shores', 'cape', 'rock', 'peak'];

/** Lower-case kinds of body written after a name joined by "and" or "of" ("the United Field and Warehouse Workers union"). */
export const bodyKindsAfterName: readonly string[] = ['union', 'party', 'coalition', 'alliance', 'association', 'federation', 'caucus', 'group', 'cooperative', 'foundation', 'charity', 'campaign'];

/** Place words that are also common surnames ("Darius Fields", "Ana Woods"): after a known first name, a person. */
export const surnamePlaceWords: readonly string[] = ['fields', 'field', 'woods', 'hill', 'marsh', 'moor', 'brooks', 'rivers', 'wells', 'banks'];

/** Prepositions after which a capitalized name is usually a place. */
export const locatives: readonly string[] = ['in', 'at', 'near', 'from', 'across', 'outside', 'inside', 'around', 'toward', 'towards', 'into', 'through', 'throughout', 'via', 'downtown', 'northern', 'southern', 'eastern', 'western', 'central'];

/** Sports teams and bands are organizations. */
export const teamWords: readonly string[] = ['lions', 'tigers', 'mariners', 'kings', 'warriors', 'giants', 'bulls', 'eagles', 'falcons', 'hawks', 'sharks', 'bears', 'wolves', 'panthers', 'knights', 'saints', 'stars', 'prize', 'award', 'awards', 'medal', 'cup', 'trophy', 'championship', 'championships', 'open', 'masters', 'games', 'olympics', 'grand', 'prix', 'biennale', 'fair', 'expo', 'summit', 'conference', 'forum', 'accord', 'treaty', 'agreement', 'act', 'bill', 'plan', 'airways', 'atlantic', 'pacific', 'express', 'rail', 'bus', 'transit', 'lines', 'line', 'living', 'homes', 'properties', 'realty', 'developments', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'rangers', 'city', 'united', 'fc', 'afc', 'sc', 'orchestra', 'quartet', 'ensemble', 'choir', 'band', 'securities', 'partners', 'brands', 'foods', 'pharma', 'bio', 'robotics', 'logistics', 'shipping', 'media', 'entertainment', 'studios', 'records', 'telecom', 'mobile', 'software', 'health', 'home', 'insurance', 'capital', 'markets', 'electric', 'power', 'oil', 'gas', 'steel', 'mining', 'airlines', 'motors', 'automotive', 'aerospace', 'defense', 'defence', 'energy', 'solar', 'wind', 'water', 'telescope', 'observatory', 'mission', 'satellite', 'journal', 'review', 'magazine', 'quarterly', 'astronomy', 'science', 'nature', 'town', 'county', 'motorsport', 'racing', 'metro', 'watch', 'regulation', 'directive', 'convention', 'code', 'charter', 'protocol'];

/** Adjectives that begin many proper names ("New York City Fire Department", "Royal Mail"). */
export const nameAdjectives: readonly string[] = ['new', 'greater', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'united', 'royal', 'national', 'great', 'grand', 'upper', 'lower', 'old', 'first', 'federal', 'international', 'european', 'american', 'british', 'global', 'general', 'supreme', 'high', 'state'];

/** Lower-case nouns that, right before a name, say it is an organization ("the carrier Skyline Atlantic"). */
export const orgKindNouns: readonly string[] = ['tanker', 'ship', 'vessel', 'freighter', 'trawler', 'ferry', 'yacht', 'carrier', 'frigate', 'destroyer', 'journal', 'daily', 'weekly', 'tabloid', 'website', 'site', 'portal', 'broadcaster', 'agency', 'group', 'company', 'firm', 'airline', 'carrier', 'bank', 'lender', 'insurer', 'retailer', 'chain', 'startup', 'start-up', 'conglomerate', 'publisher', 'broadcaster', 'network', 'newspaper', 'magazine', 'club', 'team', 'side', 'charity', 'foundation', 'party', 'union', 'agency', 'manufacturer', 'carmaker', 'automaker', 'chipmaker', 'brand', 'studio', 'band', 'outlet', 'platform', 'app', 'regulator', 'watchdog', 'ministry', 'department', 'council', 'organisation', 'organization', 'coalition', 'alliance', 'fund', 'subsidiary'];

/** Reporting verbs around a name that mark it as a person. */
export const sayForms: readonly string[] = ['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'explained', 'argued', 'insisted', 'warned', 'recalled', 'noted', 'asked', 'replied', 'stressed', 'acknowledged', 'admitted', 'conceded', 'countered', 'declared', 'remarked', 'observed', 'continued'];

/** Words for a person's job or relation that an appositive name can follow ("a former concert promoter, X,"). */
export const roleHeads: readonly string[] = ['promoter', 'manager', 'director', 'officer', 'owner', 'founder', 'teacher', 'nurse', 'doctor', 'lawyer', 'farmer', 'driver', 'worker', 'engineer', 'student', 'resident', 'neighbour', 'neighbor', 'friend', 'colleague', 'partner', 'witness', 'victim', 'survivor', 'volunteer', 'organiser', 'organizer', 'activist', 'campaigner', 'journalist', 'reporter', 'editor', 'writer', 'author', 'artist', 'musician', 'singer', 'player', 'coach', 'captain', 'analyst', 'economist', 'scientist', 'researcher', 'professor', 'spokesman', 'spokeswoman', 'spokesperson', 'coordinator', 'co-ordinator', 'chairperson', 'secretary', 'treasurer', 'convener', 'convenor', 'adviser', 'advisor', 'aide', 'consultant', 'accountant', 'treasurer', 'secretary', 'chairman', 'chairwoman', 'chair', 'son', 'daughter', 'mother', 'father', 'wife', 'husband', 'brother', 'sister', 'widow', 'businessman', 'businesswoman', 'executive', 'entrepreneur', 'developer', 'investor', 'banker', 'trader', 'pilot', 'soldier', 'veteran', 'miner', 'fisherman', 'shopkeeper', 'vendor', 'seller', 'official'];

/** Words with those endings that name things, places or organizations, not people ("the river Trent", "the lender"). */
export const notAgents: readonly string[] = ['river', 'tower', 'water', 'border', 'center', 'centre', 'corner', 'quarter', 'chapter', 'order', 'number', 'letter', 'paper', 'power', 'computer', 'server', 'sector', 'factor', 'motor', 'tractor', 'reactor', 'vector', 'monitor', 'corridor', 'error', 'mirror', 'event', 'agent', 'element', 'segment', 'component', 'department', 'government', 'parliament', 'tournament', 'document', 'statement', 'agreement', 'settlement', 'plant', 'variant', 'giant', 'restaurant', 'talent', 'lender', 'retailer', 'carrier', 'insurer', 'broadcaster', 'publisher', 'developer', 'manufacturer', 'operator', 'provider', 'supplier', 'distributor', 'exporter', 'importer', 'shipper', 'maker', 'chipmaker', 'automaker', 'carmaker', 'drugmaker', 'regulator', 'contractor', 'miner', 'brewer', 'grocer', 'trader', 'owner', 'holder', 'container', 'tanker', 'liner', 'freighter', 'cruiser', 'destroyer', 'fighter', 'bomber', 'helicopter', 'trailer', 'thriller', 'blockbuster', 'bestseller', 'album', 'winter', 'summer', 'autumn', 'september', 'october', 'november', 'december', 'weather', 'counter', 'shelter', 'theater', 'theatre', 'district', 'continent', 'precedent', 'accident', 'incident', 'consent', 'percent', 'cent', 'movement', 'investment', 'management', 'establishment', 'ferry'];

/** Reporting verbs right before a name ("said Ana Ruiz"): the name after them speaks. */
export const sayBefore: readonly string[] = ['said', 'says', 'added', 'wrote', 'explained', 'argued', 'insisted', 'recalled', 'replied', 'noted', 'warned', 'according'];

/** Prepositions: a name right after one is an object, not an appositive's subject. */
export const prepositions: readonly string[] = ['of', 'with', 'between', 'by', 'for', 'to', 'from', 'against', 'about', 'on', 'at', 'in', 'into', 'over', 'under', 'than', 'like', 'toward', 'towards', 'including', 'and', 'or', 'whom', 'met', 'meet', 'meeting'];
/** Fields a public body is named by with its country or region ("Transport Scotland", "Health Canada", "Sport England"). */
export const agencyFields: readonly string[] = ['elections', 'transport', 'health', 'sport', 'education', 'revenue', 'environment', 'water', 'energy', 'heritage', 'housing', 'justice', 'fire', 'police', 'skills', 'tourism', 'trade', 'culture', 'statistics', 'food', 'forestry', 'ambulance', 'customs', 'immigration', 'border', 'nature', 'historic', 'natural', 'visit', 'creative', 'public', 'social',
  // National sports bodies ("Cycling South Africa", "Swimming Australia", "Athletics Kenya").
  'cycling', 'swimming', 'rowing', 'sailing', 'athletics', 'cricket', 'rugby', 'football', 'tennis', 'hockey', 'netball',
  'basketball', 'volleyball', 'golf', 'boxing', 'gymnastics', 'triathlon', 'badminton', 'skiing', 'equestrian', 'archery',
  'canoeing', 'diving', 'judo', 'wrestling', 'weightlifting', 'bowls', 'motorsport', 'squash', 'surfing', 'climbing'];

/** Verbs of "who streams as Rayo", "who goes by mintleaf": the name someone goes by online or on stage follows. */
export const goesByVerbs: readonly string[] = ['streams', 'plays', 'games', 'goes', 'competes', 'performs', 'posts', 'raps', 'records', 'races', 'fights'];
