/**
 * Everyone needed, as a matrix of partners × (pilot + the five routes):
 * where each partner is needed, how involved it is and what friction to
 * expect. Each row is a tile (its findings under the partner's name).
 */
import { ROUTES } from '../../model/canvas.js';
import type { PartnerFact } from '../../model/facts.js';
import type { Ctx } from '../context.js';
import { badge, cls, esc } from '../html.js';
import { actionRefs, section } from './shared.js';

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
  return section(ctx, 'partners', undefined, 'scalingPartners', table);
}

function row(ctx: Ctx, p: PartnerFact): string {
  const items = p.id !== undefined ? [`partners/${p.id}`, `partners/${p.index}`] : [`partners/${p.index}`];
  const t = ctx.tile(items, { node: p.node }, `partner involvement-${cls(p.involvement)}`);
  const cells = COLUMNS.map((c) => {
    const needed = p.neededFor.includes(c);
    return `<td class="cell ${needed ? 'needed' : ''}">${needed ? `<span aria-hidden="true">●</span><span class="sr">${esc(ctx.l('needed'))}</span>` : ''}</td>`;
  }).join('');
  const kind = [p.type ? ctx.v('type', p.type) : '', ...p.roles.map((r) => ctx.v('role', r))].filter(Boolean).join(', ');
  const involvementMark = p.involvement === 'involved' ? '✓' : p.involvement === 'planned' ? '◐' : '–';
  return `<tr ${t.attrs}>
<th scope="row" class="partner-col"><span class="partner-name">${esc(p.name ?? p.id ?? '?')}</span>${kind ? ` <span class="muted">${esc(kind)}</span>` : ''}${actionRefs(ctx, ['partners', p.index], true)}${t.findings}</th>
${cells}
<td>${badge(`involvement-${p.involvement}`, `${involvementMark} ${ctx.v('involvement', p.involvement)}`)}</td>
<td>${p.friction ? badge('friction', ctx.v('friction', p.friction)) : ''}</td>
</tr>`;
}
