/**
 * National capitals written as one word. A capital often stands for its government ("Hanoi played down any link",
 * "Santiago called in the envoy"); compromise's lexicon lacks many of them ("Abuja", "Gaborone"), and some are also
 * given names in the list of 40,000 names ("Santiago"). entities/lexicon.ts marks them as places.
 */
export const nationalCapitals: readonly string[] = [
  'Abidjan', 'Abuja', 'Accra', 'Algiers', 'Amman', 'Amsterdam', 'Andorra', 'Ankara', 'Antananarivo', 'Apia',
  'Ashgabat', 'Asmara', 'Astana', 'Asuncion', 'Asunción', 'Athens', 'Baghdad', 'Baku', 'Bamako', 'Bangkok',
  'Bangui', 'Banjul', 'Basseterre', 'Beijing', 'Beirut', 'Belgrade', 'Belmopan', 'Berlin', 'Bern', 'Bishkek',
  'Bissau', 'Bloemfontein', 'Bogota', 'Bogotá', 'Brasilia', 'Brasília', 'Bratislava', 'Brazzaville',
  'Bridgetown', 'Brussels', 'Bucharest', 'Budapest', 'Bujumbura', 'Cairo', 'Canberra', 'Caracas', 'Castries',
  'Chisinau', 'Chișinău', 'Colombo', 'Conakry', 'Copenhagen', 'Dakar', 'Damascus', 'Dhaka', 'Dili',
  'Djibouti', 'Dodoma', 'Doha', 'Dublin', 'Dushanbe', 'Freetown', 'Funafuti', 'Gaborone', 'Georgetown', 'Gitega',
  'Hanoi', 'Harare', 'Havana', 'Helsinki', 'Honiara', 'Islamabad', 'Jakarta', 'Jerusalem', 'Juba', 'Kabul',
  'Kampala', 'Kathmandu', 'Khartoum', 'Kiev', 'Kigali', 'Kingston', 'Kingstown', 'Kinshasa', 'Kyiv', 'Libreville',
  'Lilongwe', 'Lima', 'Lisbon', 'Ljubljana', 'Lome', 'Lomé', 'London', 'Luanda', 'Lusaka', 'Luxembourg',
  'Madrid', 'Majuro', 'Malabo', 'Malé', 'Managua', 'Manama', 'Manila', 'Maputo', 'Maseru', 'Mbabane', 'Minsk',
  'Mogadishu', 'Monaco', 'Monrovia', 'Montevideo', 'Moroni', 'Moscow', 'Muscat', 'Nairobi', 'Nassau', 'Naypyidaw',
  'Ngerulmud', 'Niamey', 'Nicosia', 'Nouakchott', 'Oslo', 'Ottawa', 'Ouagadougou', 'Palikir', 'Paramaribo', 'Paris',
  'Podgorica', 'Port-au-Prince', 'Porto-Novo', 'Prague', 'Praia', 'Pretoria', 'Pristina', 'Pyongyang', 'Quito',
  'Rabat', 'Ramallah', 'Reykjavik', 'Reykjavík', 'Riga', 'Riyadh', 'Rome', 'Roseau', 'Sanaa', 'Santiago',
  'Sarajevo', 'Seoul', 'Singapore', 'Skopje', 'Sofia', 'Stockholm', 'Sucre', 'Suva', 'Taipei', 'Tallinn', 'Tarawa',
  'Tashkent', 'Tbilisi', 'Tegucigalpa', 'Tehran', 'Thimphu', 'Tirana', 'Tokyo', 'Tripoli', 'Tunis', 'Ulaanbaatar',
  'Vaduz', 'Valletta', 'Vienna', 'Vientiane', 'Vilnius', 'Warsaw', 'Washington', 'Wellington',
  'Windhoek', 'Yamoussoukro', 'Yaounde', 'Yaoundé', 'Yerevan', 'Zagreb', "N'Djamena", "Sana'a",
];

/**
 * US states as AP style abbreviates them after a city ("Columbia, S.C.", "Fresno, Calif."), lower case as the
 * tokenizer gives them. Left out: abbreviations that are also words or names ("Miss", "Mass", "Wash", "Ore", "Del",
 * "Mo", "La", "Ind", "Ill", "Pa", "Va").
 */
export const usStateAbbreviations: readonly string[] = [
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'kan', 'ky', 'md', 'mich', 'minn', 'mont', 'neb', 'nev',
  'okla', 'tenn', 'vt', 'wis', 'wyo', 's.c.', 'n.c.', 'n.y.', 'n.j.', 'd.c.', 'n.h.', 'n.m.', 'n.d.', 's.d.', 'r.i.', 'w.va.',
];
