/** The action list of the overall canvas, and the learning agenda ("Hoe kan ik …, terwijl …?"). */
import { nodeAt } from '../../model/plan.js';
import type { Ctx } from '../context.js';
import { badge, child, cls, esc, items, text } from '../html.js';
import { partnerName, section } from './shared.js';

export function actionsPart(ctx: Ctx): string {
  const actions = ctx.analysis.facts.actions;
  const rows = actions.map((a) => {
    const keys = a.id !== undefined ? [`actions/${a.id}`, `actions/${a.index}`] : [`actions/${a.index}`];
    const t = ctx.tile(keys, { node: a.node }, `action action-${cls(a.status ?? 'open')}`);
    const status = a.status ?? 'open';
    return `<tr ${t.attrs}><td class="action-id">${esc(a.id ?? '')}</td><td>${esc(a.title ?? '…')}${t.findings}</td><td>${partnerName(ctx, a.owner) ?? ''}</td><td>${esc(a.due ?? '')}</td><td>${badge(`action-${status}`, ctx.v('action', status))}</td></tr>`;
  });
  const table = rows.length
    ? `<table class="actions"><thead><tr><th scope="col">id</th><th scope="col">${esc(ctx.l('title'))}</th><th scope="col">${esc(ctx.l('owner'))}</th><th scope="col">${esc(ctx.l('due'))}</th><th scope="col">${esc(ctx.l('status'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<p class="muted">${esc(ctx.l('noActions'))}</p>`;
  return section(ctx, 'actions', undefined, 'actionList', table);
}

export function learningPart(ctx: Ctx): string {
  const list = items(nodeAt(ctx.doc, ['learning-agenda'])).map((n, i) => {
    const t = ctx.tile([`learning-agenda/${i}`], { node: n }, 'question');
    const question = text(child(n, 'question')) ?? text(n) ?? '…';
    const level = text(child(n, 'level'));
    return `<li ${t.attrs}>${level ? `${badge('level', ctx.v('level', level))} ` : ''}<span class="question">${esc(question)}</span>${t.findings}</li>`;
  });
  const body = list.length ? `<ul class="learning">${list.join('')}</ul>` : `<p class="muted">${esc(ctx.l('noLearning'))}</p>`;
  return section(ctx, 'learning-agenda', undefined, 'learning', body);
}
