/**
 * Part 4, the four pitfalls: examined or open (from the readiness summary,
 * never recomputed), with what the plan says about each — the four scope
 * questions, the components that hang together, the pilot conditions with
 * their answer at scale, the notes on scaling partners.
 */
import { PITFALLS, SCOPE_QUESTIONS, type PitfallKey } from '../../model/canvas.js';
import { nodeAt } from '../../model/plan.js';
import type { YNode } from '../../model/yamlTree.js';
import type { Ctx } from '../context.js';
import { badge, child, esc, items, list, text } from '../html.js';
import { markdown } from '../markdown.js';
import { actionRefs, editLinks, section } from './shared.js';
import { editBody, editCondition, newCondition } from './pitfallsEdit.js';

export function pitfallsPart(ctx: Ctx): string {
  const tiles = PITFALLS.map((key, i) => pitfall(ctx, key, i + 1)).join('');
  return section(ctx, 'pitfalls', 4, 'part.pitfalls', `<div class="grid pitfalls">${tiles}</div>`);
}

function pitfall(ctx: Ctx, key: PitfallKey, n: number): string {
  const path = ['pitfalls', key];
  const node = nodeAt(ctx.doc, path);
  const examined = ctx.analysis.readiness.pitfalls.examinedKeys.includes(key);
  const t = ctx.tile([path.join('/')], ctx.at(path), `pitfall ${examined ? 'examined' : 'open'}`);
  const state = examined ? badge('examined', `✓ ${ctx.l('examined')}`) : badge('open', `! ${ctx.l('open')}`);
  const absent = node ? '' : ` ${badge('missing', ctx.l('missing'))}`;
  const what = ctx.term(`pitfall.${key}`);
  // The editor writes a missing pitfall's first answer where the canvas order puts it.
  const body = key === 'pilot-conditions' ? conditions(ctx, node) : ctx.edit ? editBody(ctx, key, node) : node ? BODY[key](ctx, node) : '';
  const actions = key === 'pilot-conditions' ? '' : ctx.edit ? editLinks(ctx, path, ids(node), what) : node ? actionRefs(ctx, path) : '';
  return `<div ${t.attrs}><h3><span class="part-no">${n}</span> ${esc(what)}</h3>
<p class="marks">${state}${absent}</p>${body}${actions}${t.findings}</div>`;
}

const BODY: Record<PitfallKey, (ctx: Ctx, node: YNode) => string> = {
  'limited-scope': (ctx, node) => {
    const rows = SCOPE_QUESTIONS.map((q) => {
      const answer = text(child(node, q));
      const value = answer === undefined ? `<span class="badge open">${esc(ctx.l('unanswered'))}</span>` : markdown(answer);
      return `<div class="field"><span class="mini-label">${esc(ctx.term(`scope.${q}`))}</span>${value}</div>`;
    });
    return rows.join('');
  },
  coherence: (ctx, node) => {
    const comps = items(child(node, 'components')).flatMap((c) => (text(c) === undefined ? [] : [esc(text(c)!)]));
    const side = text(child(node, 'side-effects'));
    return `${comps.length ? `<div class="field"><span class="mini-label">${esc(ctx.l('components'))}</span>${list(comps, 'chips')}</div>` : ''}
${side ? `<div class="field"><span class="mini-label">${esc(ctx.l('sideEffects'))}</span>${markdown(side)}</div>` : ''}`;
  },
  'pilot-conditions': (ctx, node) => conditions(ctx, node),
  'scaling-partners': (ctx, node) => {
    const notes = text(child(node, 'notes'));
    return notes ? markdown(notes) : '';
  },
};

/** The pilot conditions (the editor's too: each its own tile, then the form for a new one). */
export function conditions(ctx: Ctx, node: YNode | undefined): string {
  const rows = items(node).map((c, i) => condition(ctx, c, i));
  const list = rows.length ? `<ol class="conditions">${rows.join('')}</ol>` : '';
  return ctx.edit ? `${list}${newCondition(ctx)}` : list;
}

function ids(node: YNode | undefined): string[] {
  return items(child(node, 'actions')).flatMap((n) => (text(n) === undefined ? [] : [text(n)!]));
}

function condition(ctx: Ctx, c: YNode, i: number): string {
  const path = ['pitfalls', 'pilot-conditions', i];
  const t = ctx.tile([path.join('/')], { node: c }, 'condition');
  if (ctx.edit) return `<li ${t.attrs}>${editCondition(ctx, c, i)}${editLinks(ctx, path, ids(c), ctx.edit.l('condition', i + 1))}${t.findings}</li>`;
  const kind = text(child(c, 'kind'));
  const description = text(child(c, 'description')) ?? text(c);
  const atScale = text(child(c, 'at-scale'));
  return `<li ${t.attrs}>
${kind ? `<p>${badge('kind', ctx.v('condition', kind))}</p>` : ''}
${description ? markdown(description) : ''}
<div class="field at-scale"><span class="mini-label">${esc(ctx.l('atScale'))}</span>${atScale ? markdown(atScale) : `<span class="badge open">${esc(ctx.l('noAnswer'))}</span>`}</div>
${actionRefs(ctx, path)}
${t.findings}</li>`;
}
