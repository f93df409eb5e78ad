/**
 * The scaling strategy (with the transferable way of working it leans on)
 * and the floor monitor: what changes at scale, and what must stay true for
 * it to still be this approach (the ondergrens).
 */
import { nodeAt } from '../../model/plan.js';
import type { YNode } from '../../model/yamlTree.js';
import type { Ctx } from '../context.js';
import { badge, child, esc, items, list, oneOrMany, text } from '../html.js';

export function strategyPart(ctx: Ctx): string {
  const node = nodeAt(ctx.doc, ['strategy']);
  const t = ctx.tile(['strategy', 'transferable'], ctx.at(['strategy']), 'strategy');
  const chosen = oneOrMany(node).flatMap((s) => {
    const v = text(s);
    return v === undefined ? [] : [badge('strategy', ctx.term(`strategy.${v}`))];
  });
  const transferable = items(nodeAt(ctx.doc, ['transferable'])).flatMap((n) => (text(n) === undefined ? [] : [esc(text(n)!)]));
  return `<section ${t.attrs}><h2>${esc(ctx.l('strategy'))}</h2>
${ctx.edit ? editStrategy(ctx, node) : chosen.length ? `<p class="marks">${chosen.join(' ')}</p>` : `<p class="muted">${esc(ctx.l('noStrategy'))}</p>`}
${transferable.length ? `<div class="field"><span class="mini-label">${esc(ctx.l('transferable'))}</span>${list(transferable)}</div>` : ''}
${t.findings}</section>`;
}

/**
 * The strategy in the editor: one select when the plan names one value (or
 * none yet), one per value when it names a list (SPEC §2 allows both).
 */
function editStrategy(ctx: Ctx, node: YNode | undefined): string {
  const e = ctx.edit!;
  if (node?.kind === 'seq') {
    return node.items.map((n, i) => `<p>${e.enumSelect(['strategy', i], 'strategy', text(n), e.l('strategyN', i + 1), true)}</p>`).join('');
  }
  return `<p>${e.enumSelect(['strategy'], 'strategy', text(node), e.l('strategy'), node !== undefined)}</p>`;
}

export function floorPart(ctx: Ctx): string {
  const floor = nodeAt(ctx.doc, ['floor']);
  const scale = nodeAt(ctx.doc, ['scale']);
  const t = ctx.tile(['floor', 'scale'], ctx.at(floor ? ['floor'] : ['scale']), 'floor');
  const resources = text(child(scale, 'resources'));
  const ambition = text(child(scale, 'ambition'));
  const scaleRow = [
    resources ? `${esc(ctx.l('resources'))}: ${badge(`scale-${resources}`, ctx.v('scale', resources))}` : '',
    ambition ? `${esc(ctx.l('scaleAmbition'))}: ${badge(`scale-${ambition}`, ctx.v('scale', ambition))}` : '',
  ].filter(Boolean);
  const core = items(child(floor, 'core-elements')).flatMap((n) => (text(n) === undefined ? [] : [esc(text(n)!)]));
  const indicators = items(child(floor, 'indicators')).map((n) => indicator(ctx, n));
  return `<section ${t.attrs}><h2>${esc(ctx.l('floor'))}</h2>
${scaleRow.length ? `<p class="marks"><span class="mini-label">${esc(ctx.l('scale'))}:</span> ${scaleRow.join(' · ')}</p>` : ''}
${core.length ? `<div class="field"><span class="mini-label">${esc(ctx.l('coreElements'))}</span>${list(core)}</div>` : ''}
${indicators.length ? `<div class="field"><span class="mini-label">${esc(ctx.l('indicators'))}</span>${list(indicators)}</div>` : ''}
${floor ? '' : `<p class="muted">${esc(ctx.l('noFloor'))}</p>`}
${t.findings}</section>`;
}

/** A floor indicator: a string or `{ text, indicator: { name, baseline, target } }`, as in the theory of change. */
function indicator(ctx: Ctx, n: YNode): string {
  const ind = child(n, 'indicator');
  const name = text(n) ?? text(child(n, 'text')) ?? text(child(ind, 'name')) ?? '…';
  const base = text(child(ind, 'baseline'));
  const target = text(child(ind, 'target'));
  const measure = base !== undefined || target !== undefined ? ` <span class="measure">${esc(ctx.l('baseline'))} ${esc(base ?? '?')} → ${esc(ctx.l('target'))} ${esc(target ?? '?')}</span>` : '';
  return `${esc(name)}${measure}`;
}
