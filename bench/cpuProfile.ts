/**
 * Summarises V8 .cpuprofile files (written by `node --cpu-prof`): self time by function and by package, so a
 * benchmark can say where a build spends its time without opening a profiler.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Heaviest functions by self time. */
  functions: { name: string; where: string; selfMs: number; share: number }[];
  /** Self time grouped by package (or by project folder for the project's own code). */
  packages: { name: string; selfMs: number; share: number }[];
}

/** Where a frame's code lives: the npm package, the project folder, or node's own internals. */
function owner(url: string, projectRoot: string): string {
  if (!url) return '(native / idle / gc)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1] as string;
  if (url.startsWith('node:')) return 'node internals';
  const path = url.replace(/^file:\/\//, '');
  if (path.startsWith(projectRoot)) return path.slice(projectRoot.length + 1).split('/').slice(0, 2).join('/');
  return path.split('/').slice(-2).join('/');
}

export function summarizeProfiles(dir: string, projectRoot: string, top = 15): ProfileSummary {
  const selfByFn = new Map<string, { name: string; where: string; selfMs: number }>();
  const selfByPkg = new Map<string, number>();
  let totalMs = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const node = byId.get(profile.samples[i] as number);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!node) continue;
      totalMs += ms;
      const { functionName, url, lineNumber } = node.callFrame;
      const pkg = owner(url, projectRoot);
      const name = functionName || '(anonymous)';
      const key = `${name}@${url}:${lineNumber}`;
      // The project's own frames name their file; others name their package.
      const path = url.replace(/^file:\/\//, '');
      const place = path.startsWith(`${projectRoot}/`) ? path.slice(projectRoot.length + 1) : pkg;
      const entry = selfByFn.get(key) ?? { name, where: `${place}${url ? `:${lineNumber + 1}` : ''}`, selfMs: 0 };
      entry.selfMs += ms;
      selfByFn.set(key, entry);
      selfByPkg.set(pkg, (selfByPkg.get(pkg) ?? 0) + ms);
    }
  }
  const share = (ms: number) => (totalMs ? ms / totalMs : 0);
  return {
    totalMs,
    functions: [...selfByFn.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((f) => ({ ...f, share: share(f.selfMs) })),
    packages: [...selfByPkg]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, selfMs]) => ({ name, selfMs, share: share(selfMs) })),
  };
}
