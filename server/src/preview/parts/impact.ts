/**
 * Part 1, intended impact: the issue, the aim and the impact statement, then
 * the theory-of-change chain input → activities → output → outcome →
 * impact, each item with its indicator (baseline → target).
 */
import { TOC_LINKS } from '../../model/canvas.js';
import { nodeAt } from '../../model/plan.js';
import type { YNode } from '../../model/yamlTree.js';
import type { Ctx } from '../context.js';
import { child, esc, items, text } from '../html.js';
import { markdown } from '../markdown.js';
import { section } from './shared.js';

export function impactPart(ctx: Ctx): string {
  return section(ctx, 'impact', 1, 'part.impact', `${statement(ctx)}${chain(ctx)}`);
}

function statement(ctx: Ctx): string {
  const impact = nodeAt(ctx.doc, ['impact']);
  const issue = text(child(impact, 'issue'));
  const aim = text(child(impact, 'aim'));
  const stmt = text(child(impact, 'statement'));
  const t = ctx.tile(['impact/issue', 'impact/aim', 'impact/statement'], ctx.at(issue !== undefined ? ['impact', 'issue'] : ['impact']), 'statement');
  const e = ctx.edit;
  if (e) {
    const field = (key: string, html: string): string => `<div class="field"><span class="mini-label">${esc(ctx.l(key))}</span>${html}</div>`;
    return `<div ${t.attrs}>
${field('issue', e.text(['impact', 'issue'], issue, e.l('issue'), { multiline: true }))}
${field('aim', e.enumSelect(['impact', 'aim'], 'aim', aim, e.l('aim')))}
${field('statement', e.text(['impact', 'statement'], stmt, e.l('statement'), { multiline: true }))}
${t.findings}</div>`;
  }
  const row = (key: string, html: string | undefined): string =>
    `<div class="field"><span class="mini-label">${esc(ctx.l(key))}</span>${html ?? `<span class="badge missing">${esc(ctx.l('missing'))}</span>`}</div>`;
  return `<div ${t.attrs}>
${row('issue', issue === undefined ? undefined : `<p class="issue">${esc(issue)}</p>`)}
${row('aim', aim === undefined ? undefined : `<p><span class="badge aim">${esc(ctx.v('aim', aim))}</span></p>`)}
${stmt === undefined ? '' : row('statement', markdown(stmt))}
${t.findings}</div>`;
}

function chain(ctx: Ctx): string {
  const path = ['impact', 'theory-of-change'];
  const t = ctx.mark([path.join('/')], ctx.at(path), 'toc');
  const cols = TOC_LINKS.map((link, i) => {
    const linkPath = [...path, link];
    const col = ctx.tile([linkPath.join('/')], ctx.at(linkPath), `toc-link toc-${link}`);
    const list = items(nodeAt(ctx.doc, linkPath));
    const add = ctx.edit ? newTocItem(ctx, linkPath, ctx.term(`toc.${link}`)) : '';
    const body = list.length
      ? `<ol class="toc-items">${list.map((n, j) => tocItem(ctx, n, [...linkPath, j])).join('')}</ol>`
      : `<p><span class="badge missing">${esc(ctx.l(nodeAt(ctx.doc, linkPath) ? 'empty' : 'missing'))}</span></p>`;
    // The arrows are cells of their own in the chain's grid, between the links.
    const arrow = i < TOC_LINKS.length - 1 ? '<span class="toc-arrow" aria-hidden="true">→</span>' : '';
    return `<div ${col.attrs}><h3>${esc(ctx.term(`toc.${link}`))}</h3>${col.findings}${body}${add}</div>${arrow}`;
  });
  return `<div ${t.attrs}><h3 class="toc-title">${esc(ctx.l('toc'))}</h3>${t.findings}<div class="toc-chain">${cols.join('')}</div></div>`;
}

/** An item is a string, or `{ text, indicator: { name, baseline, target, source } }`. */
function tocItem(ctx: Ctx, n: YNode, path: (string | number)[]): string {
  const t = ctx.tile([path.join('/')], { node: n }, 'toc-item');
  const e = ctx.edit;
  if (e) {
    // A plain string item is edited as that string; a block by its `text` (the indicator stays as written).
    const link = ctx.term(`toc.${String(path[path.length - 2])}`);
    const name = e.l('tocItem', link, Number(path[path.length - 1]) + 1);
    const target = n.kind === 'map' ? [...path, 'text'] : path;
    const current = n.kind === 'map' ? text(child(n, 'text')) : text(n);
    return `<li ${t.attrs}>${e.text(target, current, name, { multiline: true })}${e.remove(path, name)}${t.findings}</li>`;
  }
  const label = text(n) ?? text(child(n, 'text')) ?? '…';
  const ind = child(n, 'indicator');
  let indicator = '';
  if (ind) {
    const name = text(child(ind, 'name')) ?? text(ind);
    const base = text(child(ind, 'baseline'));
    const target = text(child(ind, 'target'));
    const source = text(child(ind, 'source'));
    const measure = base !== undefined || target !== undefined
      ? `<span class="measure"><span class="mini-label">${esc(ctx.l('baseline'))}</span> ${esc(base ?? '?')} → <span class="mini-label">${esc(ctx.l('target'))}</span> ${esc(target ?? '?')}</span>`
      : '';
    indicator = `<div class="indicator"><span class="mini-label">${esc(ctx.l('indicator'))}</span> ${esc(name ?? '')} ${measure}${source ? ` <span class="muted">(${esc(ctx.l('source'))}: ${esc(source)})</span>` : ''}</div>`;
  }
  return `<li ${t.attrs}><span class="item-text">${esc(label)}</span>${indicator}${t.findings}</li>`;
}

/** The form for a new item of a theory-of-change link (a plain text item). */
function newTocItem(ctx: Ctx, linkPath: (string | number)[], link: string): string {
  const e = ctx.edit!;
  return e.form({ kind: 'add', path: linkPath, item: '' }, [{ field: '.', label: e.l('newTocItem', link), kind: 'text', required: true }], e.l('add'), linkPath, 'add', e.l('newTocItem', link));
}
