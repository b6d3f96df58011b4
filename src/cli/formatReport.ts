import type { Analysis } from '../schema/analysis.ts';

/** A plain-text report of an analysis, for people reading a terminal. */
export function formatReport(result: Analysis, _source: string): string {
  const out: string[] = [];
  const name = (id: string | null) => (id ? (result.entities.find((e) => e.id === id)?.name ?? id) : 'unknown speaker');
  const { article } = result;
  out.push(`${article.title ?? '(untitled)'}`, `published ${article.published ?? 'unknown'}${article.publishedInferred ? ' (inferred)' : ''} · source ${article.source.name}`, '');
  out.push(`ACTORS (${result.entities.length})`);
  for (const e of result.entities) {
    const mentions = result.mentions.filter((m) => m.entity === e.id).length;
    out.push(`  ${e.name}  [${e.type}${e.registered ? '' : ', unregistered'}]${e.role ? ` ${e.role}` : ''}  ${mentions} mention${mentions === 1 ? '' : 's'}`);
  }
  out.push('', `STATEMENTS (${result.statements.length})`);
  for (const s of result.statements) {
    out.push(`  ${s.kind.padEnd(8)} ${name(s.speaker)}${s.cue ? ` (${s.cue})` : ''}: ${s.text.replace(/\s+/g, ' ')}`, `           #${s.id}`);
  }
  out.push('', `EVENTS (${result.events.length})`);
  for (const e of result.events) {
    const range = e.date.start === e.date.end ? (e.date.start ?? 'date unknown') : `${e.date.start} – ${e.date.end}`;
    out.push(`  "${e.text}" → ${range} (${e.date.precision}, ${e.qualifier})`);
  }
  out.push('', `POSITIONS (${result.positions.length})`);
  for (const p of result.positions) out.push(`  ${name(p.holder)} ${p.stance} ${p.topic}: ${p.summary}`);
  if (result.notes.length) {
    out.push('', `NOTES (${result.notes.length})`);
    for (const n of result.notes) out.push(`  ${n.kind} at "${n.anchor.text}": ${n.text}`);
  }
  const warnings = result.diagnostics.length;
  out.push('', `${warnings} problem${warnings === 1 ? '' : 's'}${warnings ? ' (listed below)' : ''}`, '');
  return out.join('\n');
}
