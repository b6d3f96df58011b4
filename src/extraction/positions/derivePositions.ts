import type { Registry, Topic } from '../../schema/registry.ts';
import type { Position, Statement } from '../../schema/analysis.ts';
import { stanceCues, negations, type Stance } from '../data/stanceCues.ts';
import { fewerPiecesThan } from '../text/words.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cuePatterns = (Object.entries(stanceCues) as [Exclude<Stance, 'neutral'>, readonly string[]][]).map(([stance, words]) => ({
  stance,
  pattern: new RegExp(`\\b(${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'gi'),
}));
const negationPattern = new RegExp(`(?:\\b(?:${negations.filter((n) => /^\w/.test(n)).map(escape).join('|')})\\b|n[’']t\\b)(?:\\s+\\S+){0,2}\\s*$`, 'i');

/** The registry's topic keywords, compiled for topicsOf. */
interface TopicTests {
  /** Matches at each place where a keyword of any topic stands as a whole word (the scan restarts one further on). */
  anyKeyword: RegExp;
  /** Per topic, in registry order: its keywords as a whole word, sticky, to try at the places found. */
  topics: { id: string; here: RegExp }[];
  /**
   * Indices of the topics worth trying at a place, by the place's first character lower-cased (ASCII), or under
   * "" for any other character. A keyword that starts with an ASCII letter matches only that letter in either
   * case (without the u flag, case-insensitive matching maps no other character to an ASCII one); a topic with
   * a keyword starting otherwise is tried everywhere.
   */
  byFirst: Map<string, number[]>;
}

// Compiled once per registry's topic table: registries are built once per build and not changed afterwards.
const compiled = new WeakMap<Registry['topics'], TopicTests>();
function topicTestsOf(topics: Registry['topics']): TopicTests {
  let tests = compiled.get(topics);
  if (!tests) {
    const entries = Object.entries(topics) as [string, Topic][];
    const keywords = (topic: Topic) => topic.keywords.map(escape).join('|');
    const byFirst = new Map<string, number[]>();
    const everywhere: number[] = [];
    entries.forEach(([, topic], i) => {
      for (const keyword of topic.keywords) {
        const first = keyword.charAt(0);
        if (/^[A-Za-z]$/.test(first)) {
          const list = byFirst.get(first.toLowerCase()) ?? [];
          if (!list.includes(i)) list.push(i);
          byFirst.set(first.toLowerCase(), list);
        } else if (!everywhere.includes(i)) everywhere.push(i);
      }
    });
    for (const [key, list] of byFirst) byFirst.set(key, [...new Set([...list, ...everywhere])].sort((x, y) => x - y));
    byFirst.set('', everywhere);
    tests = {
      anyKeyword: new RegExp(`\\b(?:${entries.map(([, topic]) => keywords(topic)).join('|')})\\b`, 'gi'),
      topics: entries.map(([id, topic]) => ({ id, here: new RegExp(`\\b(?:${keywords(topic)})\\b`, 'iy') })),
      byFirst,
    };
    compiled.set(topics, tests);
  }
  return tests;
}

/** Topic ids a passage touches, by the registry's keywords (`\b(?:keyword|…)\b`, case-insensitive), in registry order. */
export function topicsOf(text: string, registry: Registry): string[] {
  // One scan for the places where any keyword stands, then only the topics with a keyword starting with that
  // letter, each by its own pattern there: a topic's pattern matches somewhere exactly when it matches at one of
  // those places. Twelve full scans per statement were most of the cost; keyword places are few.
  const { anyKeyword, topics, byFirst } = topicTestsOf(registry.topics);
  if (topics.length === 0) return [];
  const hit = new Array<boolean>(topics.length).fill(false);
  anyKeyword.lastIndex = 0;
  for (let m = anyKeyword.exec(text); m !== null; m = anyKeyword.exec(text)) {
    const code = text.charCodeAt(m.index);
    const key = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? String.fromCharCode(code | 32) : '';
    for (const i of byFirst.get(key) ?? byFirst.get('') ?? []) {
      const topic = topics[i] as { id: string; here: RegExp };
      if (hit[i]) continue;
      topic.here.lastIndex = m.index;
      hit[i] = topic.here.test(text);
    }
    // Keywords may overlap ("rail", "rail freight", "freight"): the next place may start inside this match.
    anyKeyword.lastIndex = m.index + 1;
  }
  return topics.filter((_, i) => hit[i]).map((topic) => topic.id);
}

/**
 * The stance a statement shows: the most frequent kind of cue (hedges such as "holding off" or "only if"
 * win ties), a negation before a cue flipping supports and opposes.
 */
export function stanceOf(text: string): Stance {
  const counts: Record<Stance, number> = { supports: 0, opposes: 0, conditional: 0, undecided: 0, neutral: 0 };
  for (const { stance, pattern } of cuePatterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const negated = negationPattern.test(text.slice(Math.max(0, m.index - 30), m.index));
      const flipped: Stance = negated && stance === 'supports' ? 'opposes' : negated && stance === 'opposes' ? 'supports' : stance;
      counts[flipped]++;
    }
  }
  // The most frequent cue wins; on a tie, hedges outrank plain stances (a conditional "yes" is conditional).
  const order: Stance[] = ['conditional', 'undecided', 'opposes', 'supports'];
  let best: Stance = 'neutral';
  for (const stance of order) if (counts[stance] > (best === 'neutral' ? 0 : counts[best])) best = stance;
  return best;
}

const stanceWords: Record<Stance, string> = {
  supports: 'supports',
  opposes: 'opposes',
  conditional: 'sets conditions on',
  undecided: 'is undecided on',
  neutral: 'speaks about',
};

/**
 * Positions per actor and topic, derived from their statements: each statement's stance is read from its
 * sentence; the position takes the most frequent stance that is not neutral, and lists every statement as evidence.
 */
export function derivePositions(
  statements: readonly Statement[],
  source: string,
  registry: Registry,
  names: ReadonlyMap<string, string>,
  date: string | null,
): Position[] {
  const groups = new Map<string, { holder: string; topic: string; stances: Stance[]; evidence: string[] }>();
  for (const s of statements) {
    if (!s.speaker) continue;
    for (const topic of s.topics) {
      const key = `${s.speaker}--${topic}`;
      const group = groups.get(key) ?? { holder: s.speaker, topic, stances: [], evidence: [] };
      // Short quotes carry their stance in the sentence around them ("calling the week “very critical”").
      const text = fewerPiecesThan(s.text, 6) ? source.slice(s.sentence.start, s.sentence.end) : s.text;
      group.stances.push(stanceOf(text));
      group.evidence.push(s.id);
      groups.set(key, group);
    }
  }
  const positions: Position[] = [];
  for (const [id, g] of groups) {
    const counts = new Map<Stance, number>();
    for (const st of g.stances) if (st !== 'neutral') counts.set(st, (counts.get(st) ?? 0) + 1);
    const stance = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'neutral';
    const holder = names.get(g.holder) ?? g.holder;
    const topicName = registry.topics[g.topic]?.name ?? g.topic;
    positions.push({
      id,
      holder: g.holder,
      topic: g.topic,
      stance,
      summary: `${holder} ${stanceWords[stance]} ${topicName.charAt(0).toLowerCase()}${topicName.slice(1)} (${g.evidence.length} statement${g.evidence.length === 1 ? '' : 's'}).`,
      date,
      evidence: g.evidence,
      origin: 'derived',
    });
  }
  return positions;
}
