/**
 * Sheet 1's action list (owner, due, status) with the open findings that no
 * action answers yet, and the learning agenda ("Hoe kan ik …, terwijl …?")
 * with level, owner, status and actions.
 */
import { nodeAt } from '../../model/plan.js';
import type { Diagnostic, PlanPath } from '../../model/types.js';
import type { Ctx } from '../context.js';
import { badge, cls, esc, items, text } from '../html.js';
import { actionRefs, partnerName, section } from './shared.js';
import { editActionRow, editActionTable, editEvidence, editQuestion, newAction, newEvidence, newQuestion } from './actionsEdit.js';

export function actionsPart(ctx: Ctx): string {
  const actions = ctx.analysis.facts.actions;
  const rows = actions.map((a) => {
    const keys = a.id !== undefined ? [`actions/${a.id}`, `actions/${a.index}`] : [`actions/${a.index}`];
    const t = ctx.tile(keys, { node: a.node }, `action action-${cls(a.status ?? 'open')}`);
    if (ctx.edit) return editActionRow(ctx, a, t.attrs, t.findings);
    const status = a.status ?? 'open';
    return `<tr ${t.attrs}><td class="action-id">${esc(a.id ?? '')}</td><td>${esc(a.title ?? '…')}${t.findings}</td><td>${partnerName(ctx, a.owner) ?? ''}</td><td>${esc(a.due ?? '')}</td><td>${badge(`action-${status}`, ctx.v('action', status))}</td></tr>`;
  });
  const table = rows.length && ctx.edit
    ? editActionTable(ctx, rows)
    : rows.length
    ? `<table class="actions"><thead><tr><th scope="col">id</th><th scope="col">${esc(ctx.l('title'))}</th><th scope="col">${esc(ctx.l('owner'))}</th><th scope="col">${esc(ctx.l('due'))}</th><th scope="col">${esc(ctx.l('status'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<p class="muted">${esc(ctx.l('noActions'))}</p>`;
  return section(ctx, 'actions', undefined, 'actionList', `${table}${ctx.edit ? newAction(ctx) : ''}${unactioned(ctx)}`);
}

/**
 * The findings that no action answers: those whose canvas item (or an item
 * it belongs to — a funder's ingredient, a condition's pitfall) carries no
 * `actions`. Findings about an action itself are on the action list already.
 * A short line per finding; the whole finding stays on its own tile.
 */
function unactioned(ctx: Ctx): string {
  const open = ctx.analysis.diagnostics.filter((d) => d.severity !== 'hint' && !(d.item ?? '').startsWith('actions') && !hasAction(ctx, d));
  const rows = open.map((d) => `<li class="unactioned sev-${cls(d.severity)}"><span class="sev">${esc(ctx.v('severity', d.severity))}</span> <span class="code">${esc(d.code)}</span> ${esc(d.message)}</li>`);
  const body = rows.length ? `<ul class="unactioned-list">${rows.join('')}</ul>` : `<p class="muted">${esc(ctx.l('noUnactioned'))}</p>`;
  return `<div class="unactioned-box"><h3>${esc(ctx.l('unactioned'))} (${rows.length})</h3>${body}</div>`;
}

function hasAction(ctx: Ctx, d: Diagnostic): boolean {
  const segs = (d.item ?? '').split('/').filter(Boolean);
  if (segs[0] === 'partners' && segs[1] !== undefined) {
    const p = ctx.partner(segs[1]) ?? (/^\d+$/.test(segs[1]) ? ctx.analysis.facts.partners[Number(segs[1])] : undefined);
    return p?.hasActions ?? false;
  }
  const path: PlanPath = segs.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = path.length; n > 0; n--) {
    if (items(nodeAt(ctx.doc, [...path.slice(0, n), 'actions'])).length > 0) return true;
  }
  return false;
}

export function learningPart(ctx: Ctx): string {
  const list = ctx.analysis.facts.learningQuestions.map((q) => {
    const t = ctx.tile([`learning-agenda/${q.index}`], { node: q.node }, `question question-${cls(q.status)}`);
    if (ctx.edit) return `<li ${t.attrs}>${editQuestion(ctx, q)}${t.findings}</li>`;
    const question = q.question ?? text(q.node) ?? '…';
    const marks = [
      q.level ? badge('level', ctx.v('level', q.level)) : '',
      badge(`question-${cls(q.status)}`, ctx.v('question', q.status)),
      q.owner ? `<span class="q-owner">${partnerName(ctx, q.owner)}</span>` : '',
      q.reviewed ? `<span class="muted">${esc(ctx.l('reviewed'))} ${esc(q.reviewed)}</span>` : '',
    ].filter(Boolean);
    return `<li ${t.attrs}><span class="q-text">${esc(question)}</span> <span class="marks">${marks.join(' ')}</span>${actionRefs(ctx, ['learning-agenda', q.index], true)}${t.findings}</li>`;
  });
  const body = list.length ? `<ul class="learning">${list.join('')}</ul>` : `<p class="muted">${esc(ctx.l('noLearning'))}</p>`;
  return section(ctx, 'learning-agenda', undefined, 'learning', `${body}${ctx.edit ? newQuestion(ctx) : ''}`);
}

export function evidencePart(ctx: Ctx): string {
  const rows = ctx.analysis.facts.evidence.map((e) => {
    const t = ctx.tile([`evidence/${e.index}`], { node: e.node }, 'evidence-item');
    if (ctx.edit) return `<li ${t.attrs}>${editEvidence(ctx, e)}${t.findings}</li>`;
    const source = text(nodeAt(ctx.doc, ['evidence', e.index, 'source']));
    const date = text(nodeAt(ctx.doc, ['evidence', e.index, 'date']));
    const meta = [e.kind ? badge('evidence-kind', ctx.v('evidence', e.kind)) : '', source ? esc(source) : '', date ? esc(date) : ''].filter(Boolean);
    return `<li ${t.attrs}><span class="claim">${esc(e.claim ?? text(e.node) ?? '…')}</span>${meta.length ? ` <span class="muted">${meta.join(' · ')}</span>` : ''}${t.findings}</li>`;
  });
  const body = rows.length ? `<ul class="evidence-list">${rows.join('')}</ul>` : `<p class="muted">${esc(ctx.l('noEvidence'))}</p>`;
  return section(ctx, 'evidence', undefined, 'evidence', `${body}${ctx.edit ? newEvidence(ctx) : ''}`);
}
