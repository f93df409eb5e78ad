/**
 * Everyone needed, as a matrix of partners × (pilot + the five routes):
 * where each partner is needed, how involved it is and what friction to
 * expect. Each row is a tile (its findings under the partner's name).
 */
import { ROUTES } from '../../model/canvas.js';
import type { PartnerFact } from '../../model/facts.js';
import type { Ctx } from '../context.js';
import { badge, child, cls, esc, items, text } from '../html.js';
import { actionRefs, editLinks, section } from './shared.js';

const COLUMNS = ['pilot', ...ROUTES] as const;

export function partnersPart(ctx: Ctx): string {
  const partners = ctx.analysis.facts.partners;
  const head = COLUMNS.map((c) => {
    const name = c === 'pilot' ? ctx.l('pilot') : ctx.term(`route.${c}`).split(' ')[0]!;
    const pursued = c === 'pilot' || ctx.analysis.facts.routes.has(c);
    return `<th scope="col" class="${pursued ? '' : 'not-pursued'}">${esc(name)}</th>`;
  }).join('');
  const table = partners.length
    ? `<table class="matrix"><thead><tr><th scope="col" class="partner-col">${esc(ctx.l('partner'))}</th>${head}<th scope="col">${esc(ctx.l('involvement'))}</th><th scope="col">${esc(ctx.l('friction'))}</th></tr></thead>
<tbody>${partners.map((p) => row(ctx, p)).join('')}</tbody></table>`
    : `<p class="muted">${esc(ctx.l('noPartners'))}</p>`;
  return section(ctx, 'partners', undefined, 'scalingPartners', `${table}${ctx.edit ? newPartner(ctx) : ''}`);
}

function row(ctx: Ctx, p: PartnerFact): string {
  const items = p.id !== undefined ? [`partners/${p.id}`, `partners/${p.index}`] : [`partners/${p.index}`];
  const t = ctx.tile(items, { node: p.node }, `partner involvement-${cls(p.involvement)}`);
  const e = ctx.edit;
  const who = p.name ?? p.id ?? '?';
  const path = ['partners', p.index];
  const cells = COLUMNS.map((c) => {
    const needed = p.neededFor.includes(c);
    if (e) {
      // `needed-for` as a checkbox per column: ticking links the column's key, unticking unlinks it.
      const list = [...path, 'needed-for'];
      const name = e.l('neededFor', who, c === 'pilot' ? ctx.l('pilot') : ctx.term(`route.${c}`));
      return `<td class="cell ${needed ? 'needed' : ''}">${e.toggle(list, needed, { kind: needed ? 'unlink' : 'link', path: list, id: c }, name, c)}</td>`;
    }
    return `<td class="cell ${needed ? 'needed' : ''}">${needed ? `<span aria-hidden="true">●</span><span class="sr">${esc(ctx.l('needed'))}</span>` : ''}</td>`;
  }).join('');
  const kind = [p.type ? ctx.v('type', p.type) : '', ...p.roles.map((r) => ctx.v('role', r))].filter(Boolean).join(', ');
  const involvementMark = p.involvement === 'involved' ? '✓' : p.involvement === 'planned' ? '◐' : '–';
  if (e) {
    return `<tr ${t.attrs}>
<th scope="row" class="partner-col">${e.text([...path, 'name'], p.name, e.l('name', e.l('partner', who)))}${kind ? ` <span class="muted">${esc(kind)}</span>` : ''}${editLinks(ctx, path, actionIds(p), e.l('partner', who))}${e.remove(path, e.l('partner', who))}${t.findings}</th>
${cells}
<td>${e.enumSelect([...path, 'involvement'], 'involvement', text(child(p.node, 'involvement')), e.l('involvement', who))}</td>
<td>${e.enumSelect([...path, 'friction'], 'friction', p.friction, e.l('friction', who))}</td>
</tr>`;
  }
  return `<tr ${t.attrs}>
<th scope="row" class="partner-col"><span class="partner-name">${esc(p.name ?? p.id ?? '?')}</span>${kind ? ` <span class="muted">${esc(kind)}</span>` : ''}${actionRefs(ctx, ['partners', p.index], true)}${t.findings}</th>
${cells}
<td>${badge(`involvement-${p.involvement}`, `${involvementMark} ${ctx.v('involvement', p.involvement)}`)}</td>
<td>${p.friction ? badge('friction', ctx.v('friction', p.friction)) : ''}</td>
</tr>`;
}

function actionIds(p: PartnerFact): string[] {
  return items(child(p.node, 'actions')).flatMap((n) => (text(n) === undefined ? [] : [text(n)!]));
}

/** The form for a new partner: a name (the engine makes the id from it) and the kind of organisation. */
function newPartner(ctx: Ctx): string {
  const e = ctx.edit!;
  const types = e.enumAt(['partners', 0, 'type']).map((v) => ({ value: v, label: ctx.v('type', v) }));
  return e.form({ kind: 'add', path: ['partners'], item: {} }, [
    { field: 'name', label: e.l('partnerName'), kind: 'text', required: true },
    { field: 'type', label: e.l('partnerType'), kind: 'select', options: [{ value: '', label: e.l('none') }, ...types] },
  ], e.l('add'), ['partners'], 'add', e.l('newPartner'));
}
