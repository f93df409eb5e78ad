/** Small pieces several parts draw alike: action references, partner names, a missing note. */
import { nodeAt, present } from '../../model/plan.js';
import type { PlanPath } from '../../model/types.js';
import type { Ctx } from '../context.js';
import { esc, items, text } from '../html.js';

/** `actions: [a1, a2]` at `path` as a list of links to the action list ("a1 · Functieprofiel opstellen"). */
export function actionRefs(ctx: Ctx, path: PlanPath, compact = false): string {
  const refs = items(nodeAt(ctx.doc, [...path, 'actions'])).flatMap((n) => {
    const id = text(n);
    return id === undefined ? [] : [id];
  });
  if (refs.length === 0) return '';
  if (compact) {
    // Ids only (the action list is on the same sheet), each a link to its row.
    const ids = refs.map((id) => (ctx.action(id) ? `<a href="#${ctx.idFor(`actions/${id}`)}">${esc(id)}</a>` : `<span class="action-ref unknown">${esc(id)} (${esc(ctx.l('unknownAction'))})</span>`));
    return ` <span class="actions-inline"><span class="mini-label">${esc(ctx.l('actions'))}:</span> ${ids.join(', ')}</span>`;
  }
  const li = refs.map((id) => {
    const action = ctx.action(id);
    if (!action) return `<li class="action-ref unknown">${esc(id)} <em>(${esc(ctx.l('unknownAction'))})</em></li>`;
    const title = action.title ? ` · ${esc(action.title)}` : '';
    const status = action.status ? ` <span class="action-status">${esc(ctx.v('action', action.status))}</span>` : '';
    return `<li class="action-ref"><a href="#${ctx.idFor(`actions/${id}`)}">${esc(id)}</a>${title}${status}</li>`;
  });
  return `<div class="actions-ref"><span class="mini-label">${esc(ctx.l('actions'))}</span><ul>${li.join('')}</ul></div>`;
}

/** The editor's actions at `path` (linked chips with unlink, a select to link another); `what` names the item. */
export function editLinks(ctx: Ctx, path: PlanPath, linked: string[], what: string): string {
  return `<div class="field"><span class="mini-label">${esc(ctx.l('actions'))}</span>${ctx.edit!.actionLinks(path, linked, what)}</div>`;
}

/** A partner id as its name when the plan declares it. */
export function partnerName(ctx: Ctx, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const p = ctx.partner(id);
  return esc(p?.name ?? id);
}

export function missingNote(ctx: Ctx, key = 'partMissing'): string {
  return `<p class="missing-note"><span class="badge missing">${esc(ctx.l('missing'))}</span> ${esc(ctx.l(key))}</p>`;
}

/** A heading with the part's number, as on the paper canvas. */
export function partHeading(ctx: Ctx, n: number | undefined, key: string): string {
  const num = n === undefined ? '' : `<span class="part-no">${esc(ctx.l('part'))} ${n}</span> `;
  return `<h2>${num}${esc(ctx.l(key))}</h2>`;
}

/**
 * A part of the canvas as a `<section>` marked with its lines: heading, the
 * findings about the part as a whole, a "missing" note when the plan lacks
 * it, then its tiles.
 */
export function section(ctx: Ctx, key: string, n: number | undefined, labelKey: string, inner: string, aliases: string[] = []): string {
  const m = ctx.mark([key, ...aliases], ctx.at([key]), `part part-${key}`);
  const absent = n !== undefined && !present(nodeAt(ctx.doc, [key])); // the four parts; optional lists say "none yet" themselves
  // The four parts sit on a sheet of their own, whose title names them (parts/sheet.ts).
  const heading = n === undefined ? partHeading(ctx, n, labelKey) : '';
  return `<section ${m.attrs}>${heading}${absent ? missingNote(ctx) : ''}${m.findings}${inner}</section>`;
}
