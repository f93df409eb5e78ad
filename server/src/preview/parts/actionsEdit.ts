/**
 * Sheet 1's lists in the canvas editor (issue 16): the action list (title,
 * owner from the partners, due date, status), the learning agenda and the
 * evidence — each row editable in place, with a remove button, and a form
 * to add one. The preview's drawing of the same lists is actions.ts.
 */
import { nodeAt } from '../../model/plan.js';
import type { ActionFact, EvidenceFact, LearningQuestionFact } from '../../model/facts.js';
import type { Ctx } from '../context.js';
import { child, esc, text } from '../html.js';
import { editLinks } from './shared.js';

/** An action's row: id, title, owner, due, status, remove. */
export function editActionRow(ctx: Ctx, a: ActionFact, attrs: string, findings: string): string {
  const e = ctx.edit!;
  const path = ['actions', a.index];
  const no = a.id ?? String(a.index + 1);
  // One cell for the fields: in the sheet's narrow column a row of five inputs would not be readable.
  return `<tr ${attrs}><td class="action-id">${esc(a.id ?? '')}</td>
<td>${e.text([...path, 'title'], a.title, e.l('actionTitle', no))}
<div class="ed-row">${e.labelled(ctx.l('owner'), e.ref([...path, 'owner'], 'partners', a.owner, e.l('actionOwner', no), e.l('noOwner')))}
${e.labelled(ctx.l('due'), e.text([...path, 'due'], a.due, e.l('actionDue', no), { date: true }))}
${e.labelled(ctx.l('status'), e.enumSelect([...path, 'status'], 'action', a.status, e.l('actionStatus', no)))}
${e.remove(path, e.l('action', no))}</div>${findings}</td></tr>`;
}

/** The action list's table in the editor: id, and the action's fields together. */
export function editActionTable(ctx: Ctx, rows: string[]): string {
  return `<table class="actions ed-actions"><thead><tr><th scope="col">id</th><th scope="col">${esc(ctx.l('title'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The form for a new action: title, owner (a partner), due date; the engine gives it the next id, status `open`. */
export function newAction(ctx: Ctx): string {
  const e = ctx.edit!;
  return e.form({ kind: 'add', path: ['actions'], item: { status: 'open' } }, [
    { field: 'title', label: e.l('newActionTitle'), kind: 'text', required: true },
    { field: 'owner', label: e.l('newActionOwner'), kind: 'ref', list: 'partners', empty: e.l('noOwner') },
    { field: 'due', label: e.l('newActionDue'), kind: 'date' },
  ], e.l('add'), ['actions'], 'add', e.l('newAction'));
}

/** A learning question: its text, level, status, actions, remove. A question written as a plain string is edited as that string. */
export function editQuestion(ctx: Ctx, q: LearningQuestionFact): string {
  const e = ctx.edit!;
  const path = ['learning-agenda', q.index];
  const no = q.index + 1;
  const isMap = q.node.kind === 'map';
  const textPath = isMap ? [...path, 'question'] : path;
  const marks = isMap
    ? `<div class="ed-row">${e.enumSelect([...path, 'level'], 'level', q.level, e.l('questionLevel', no))}${e.enumSelect([...path, 'status'], 'question', text(child(q.node, 'status')), e.l('questionStatus', no))}</div>`
    : '';
  return `${e.text(textPath, q.question ?? text(q.node), e.l('questionText', no), { multiline: true })}${marks}${isMap ? editLinks(ctx, path, q.actions, e.l('question', no)) : ''}${e.remove(path, e.l('question', no))}`;
}

export function newQuestion(ctx: Ctx): string {
  const e = ctx.edit!;
  return e.form({ kind: 'add', path: ['learning-agenda'], item: { status: 'open' } }, [
    { field: 'question', label: e.l('newQuestion'), kind: 'text', required: true },
  ], e.l('add'), ['learning-agenda'], 'add', e.l('newQuestion'));
}

/** An evidence item: the claim, its kind, source and date as the plan has them, remove. */
export function editEvidence(ctx: Ctx, ev: EvidenceFact): string {
  const e = ctx.edit!;
  const path = ['evidence', ev.index];
  const no = ev.index + 1;
  if (ev.node.kind !== 'map') return `${e.text(path, text(ev.node), e.l('claim', no))}${e.remove(path, e.l('evidence', no))}`;
  const source = text(nodeAt(ctx.doc, [...path, 'source']));
  const date = text(nodeAt(ctx.doc, [...path, 'date']));
  const meta = [source, date].filter((x): x is string => !!x).map(esc).join(' · ');
  return `${e.text([...path, 'claim'], ev.claim, e.l('claim', no), { multiline: true })}<div class="ed-row">${e.enumSelect([...path, 'kind'], 'evidence', ev.kind, e.l('evidenceKind', no))}${meta ? ` <span class="muted">${meta}</span>` : ''}${e.remove(path, e.l('evidence', no))}</div>`;
}

export function newEvidence(ctx: Ctx): string {
  const e = ctx.edit!;
  const kinds = e.enumAt(['evidence', 0, 'kind']).map((v) => ({ value: v, label: ctx.term(`evidence.${v}`) }));
  return e.form({ kind: 'add', path: ['evidence'], item: {} }, [
    { field: 'claim', label: e.l('newEvidence'), kind: 'text', required: true },
    { field: 'kind', label: e.l('newEvidenceKind'), kind: 'select', options: [{ value: '', label: e.l('none') }, ...kinds] },
  ], e.l('add'), ['evidence'], 'add', e.l('newEvidence'));
}
