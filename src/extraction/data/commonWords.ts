/**
 * Capitalized words that start sentences or headlines but are not names. Together with the lexicon of
 * common words they keep "While", "The" and "However" out of the list of people.
 */
export const functionWords = new Set(
  `a an the this that these those it its it's he she they we i you his her their our my your him them us me
  and or but nor so yet for if then than when while whilst where whereas because since although though unless until
  after before as at by from in into of on onto over under with within without about above across against along
  among around behind below beneath beside besides between beyond during except inside near off out outside past
  through throughout toward towards upon via however meanwhile moreover furthermore nevertheless nonetheless
  still also even just only instead indeed thus hence therefore otherwise yes no not now here there today
  yesterday tomorrow tonight earlier later last next first second third finally eventually once already soon
  recently all any both each every few many most much none some several such other another more less least
  what which who whom whose why how whether is are was were be been being have has had do does did will would
  shall should can could may might must says said according asked ask told tell say many one two three
  four five six seven eight nine ten hundreds thousands millions dozens amid despite following given including
  like unlike per regarding concerning whatever whoever whichever wherever whenever perhaps maybe overall
  together ahead nearly almost about roughly some mostly instead rather quite very too nobody everybody somebody anybody anyone everyone someone no-one nothing everything something anything none`.split(/\s+/),
);

/** Pronouns that can refer back to people, with the gender they imply. */
export const personPronouns: Record<string, 'male' | 'female' | 'plural'> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
  they: 'plural', them: 'plural', their: 'plural', themselves: 'plural',
};

/** Lower-case particles that may stand inside a name ("Ursula von der Leyen", "Bashar al-Assad"). */
export const nameParticles = new Set(['i', 'e', 'ole', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'ter', 'ten', 'y', 'st.', 'mac', 'af', 'zu', 'dela', 'delos', 'los', 'las', 'do', 'dei', 'degli', 'binti', 'bint', 'bte', 'ap', 'ould']);

/** Name suffixes that belong to the name. */
export const nameSuffixes = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/**
 * Family names that come first in the name as printed (Vietnamese and Chinese usage): "Ms Nguyen" is
 * Nguyen Thi Thu Ha, "Mr Wang" is Wang Lei. Compared without diacritics ("Nguyễn" = "nguyen"). Names that are
 * also common English words or articles ("Do", "Le", "Sun", "Pan") are left out.
 */
export const familyNamesFirst = new Set([
  'nguyen', 'tran', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'ngo', 'duong', 'ly',
  'trinh', 'dinh', 'truong', 'luong', 'quach', 'chau', 'le', 'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao',
  'wu', 'zhou', 'xu', 'zhu', 'hu', 'guo', 'lin', 'luo', 'gao', 'zheng', 'liang', 'xie', 'xi', 'feng',
  'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'yuan', 'cai', 'jiang', 'cheng', 'wei',
  'shen', 'yao', 'qian', 'qin', 'hou', 'zou', 'xiong',
  // Hokkien, Teochew and Cantonese spellings used in Singapore, Malaysia and Hong Kong ("Mr Tan" is Tan Kah Seng).
  'tan', 'lim', 'ng', 'goh', 'teo', 'ong', 'koh', 'chua', 'toh', 'yeo', 'tay', 'wong', 'chan', 'cheung', 'leung',
  'lau', 'tsang', 'kwok', 'lam', 'chong', 'heng', 'chia', 'seah', 'quek',
  // Korean family names ("Yoon Chang-ho", "Mr Baek"), those that are not also common English words.
  'kim', 'choi', 'jung', 'jeong', 'kang', 'cho', 'yoon', 'yun', 'jang', 'shin', 'seo', 'kwon', 'hwang', 'ahn', 'ryu',
  'jeon', 'baek', 'heo', 'noh', 'kwak', 'chae', 'byun', 'eom', 'yoo', 'oh', 'joo',
]);

/** Last words of places that never stand for a government or an office ("Downing Street said" does; "Alder Creek
 * Road", a river or a shopping centre does not). */
export const silentPlaceEndings = ['road', 'rd', 'avenue', 'ave', 'lane', 'drive', 'way', 'boulevard', 'highway', 'motorway', 'interstate', 'route', 'creek', 'river', 'lake', 'bay', 'beach', 'mountain', 'mountains', 'hill', 'hills', 'forest', 'woods', 'meadows', 'park', 'bridge', 'crossing', 'junction', 'mall', 'market', 'terminal', 'pier', 'wharf', 'dock', 'docks', 'stadium', 'arena', 'station', 'estate', 'flats', 'heights', 'springs', 'falls', 'ridge', 'point', 'canyon', 'grove', 'glen', 'marsh', 'moor', 'downs', 'vale', 'pass', 'shore', 'shores', 'cape', 'rock', 'peak', 'plaza', 'square', 'centre', 'center'];
