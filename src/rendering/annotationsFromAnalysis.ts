/**
 * Turns an analysis into the annotations rehypeAnnotate wraps onto the copy: statements (with the button
 * that opens their card), editor notes (with a numbered call), time expressions, and mentions (links to
 * actor pages). The cards themselves are rendered by the page, by the same ids.
 */
import type { Element } from 'hast';
import type { Analysis } from '../schema/analysis.ts';
import { actorHref, cardId, indexAnalysis, kindWords, shortName, speakerWithRole, statementAccessibleName } from './describe.ts';
import type { Annotation, AnnotationSet } from './rehypeAnnotate.ts';

/** Nesting order of annotations over the same passage: statements outermost, mentions innermost. */
const rank = { statement: 0, note: 1, event: 2, mention: 3 } as const;

/** Mentions named this way link to the actor; a pronoun stays plain text, so the copy is not a sea of links. */
const linkedForms = new Set(['name', 'surname', 'title', 'alias', 'description']);

export function annotationsFromAnalysis(analysis: Analysis): AnnotationSet {
  const index = indexAnalysis(analysis);
  const annotations: Annotation[] = [];

  for (const statement of analysis.statements) {
    const speaker = index.speaker(statement);
    const n = index.statementNumber.get(statement.id) ?? 0;
    const button: Element = {
      type: 'element',
      tagName: 'button',
      properties: {
        type: 'button',
        className: ['st-call', `st-call-${statement.kind}`],
        popoverTarget: cardId(statement.id),
        ariaLabel: statementAccessibleName(statement, speaker),
        dataLabel: speaker ? shortName(speaker) : '?',
        dataKind: kindWords[statement.kind].short,
        dataTip: `${kindWords[statement.kind].label}: ${speakerWithRole(speaker)}`,
        dataN: String(n),
      },
      children: [],
    };
    annotations.push({
      start: statement.start,
      end: statement.end,
      text: statement.text,
      tagName: 'span',
      id: statement.id,
      rank: rank.statement,
      properties: { className: ['st', `st-${statement.kind}`], dataStatement: statement.id },
      after: [button],
    });
  }

  for (const note of analysis.notes) {
    const n = index.noteNumber.get(note.id) ?? 0;
    annotations.push({
      start: note.anchor.start,
      end: note.anchor.end,
      text: note.anchor.text,
      tagName: 'mark',
      id: note.id,
      rank: rank.note,
      properties: { className: ['note-anchor', `note-${note.kind}`], dataNote: note.id },
      after: [
        {
          type: 'element',
          tagName: 'button',
          properties: {
            type: 'button',
            className: ['note-call'],
            popoverTarget: cardId(note.id),
            ariaLabel: `Editor's note ${n} (${note.kind})`,
            dataLabel: `Note ${n}`,
            dataN: String(n),
          },
          children: [],
        },
      ],
    });
  }

  for (const event of analysis.events) {
    annotations.push({
      start: event.start,
      end: event.end,
      text: event.text,
      tagName: 'span',
      id: event.id,
      rank: rank.event,
      properties: { className: ['event'], dataEvent: event.id },
    });
  }

  for (const mention of analysis.mentions) {
    const entity = index.entity(mention.entity);
    const href = entity && linkedForms.has(mention.form) ? actorHref(entity) : null;
    annotations.push({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      tagName: href ? 'a' : 'span',
      rank: rank.mention,
      properties: {
        ...(href ? { href } : {}),
        className: ['mention', `mention-${entity?.type ?? 'unknown'}`],
        dataEntity: mention.entity,
      },
    });
  }

  return { offset: analysis.article.bodyStart, annotations };
}
