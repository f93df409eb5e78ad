/**
 * Part 3, the eight ingredients as tiles coloured by status — with the
 * status in words and a symbol too, so colour is never the only signal —
 * the risk for scaling, the notes, the funders (financing) and the actions.
 */
import { INGREDIENTS, type IngredientKey } from '../../model/canvas.js';
import { nodeAt } from '../../model/plan.js';
import type { Ctx } from '../context.js';
import { badge, child, cls, esc, items, list, text } from '../html.js';
import { markdown } from '../markdown.js';
import { actionRefs, partnerName, section } from './shared.js';

const SYMBOL: Record<string, string> = { sufficient: '✓', partial: '◐', insufficient: '✗', unknown: '?' };

export function ingredientsPart(ctx: Ctx): string {
  const tiles = INGREDIENTS.map((key) => ingredient(ctx, key)).join('');
  return section(ctx, 'ingredients', 3, 'part.ingredients', `<div class="grid ingredients">${tiles}</div>`);
}

function ingredient(ctx: Ctx, key: IngredientKey): string {
  const fact = ctx.analysis.facts.ingredients.get(key);
  const path = ['ingredients', key];
  const name = `<h3>${esc(ctx.term(`ingredient.${key}`))}</h3>`;
  if (!fact) {
    const t = ctx.tile([path.join('/')], { missing: path }, 'ingredient status-missing');
    return `<div ${t.attrs}>${name}<p>${badge('missing', `– ${ctx.l('missing')}`)}</p>${t.findings}</div>`;
  }
  const t = ctx.tile([path.join('/')], { pair: fact.pair }, `ingredient status-${fact.status}${fact.risk === 'high' ? ' risk-high' : ''}`);
  const marks = [badge(`status-${fact.status}`, `${SYMBOL[fact.status] ?? '?'} ${ctx.term(`status.${fact.status}`)}`)];
  if (fact.risk) marks.push(badge(`risk-${cls(fact.risk)}`, `${fact.risk === 'high' ? '⚠ ' : ''}${ctx.l('risk')}: ${ctx.v('risk', fact.risk)}`));
  const notes = text(child(fact.node, 'notes'));
  return `<div ${t.attrs}>${name}
<p class="marks">${marks.join(' ')}</p>
${notes ? markdown(notes) : ''}
${key === 'financing' ? funders(ctx) : ''}
${actionRefs(ctx, path)}
${t.findings}</div>`;
}

function funders(ctx: Ctx): string {
  const rows = items(nodeAt(ctx.doc, ['ingredients', 'financing', 'funders'])).map((n, i) => {
    const t = ctx.tile([`ingredients/financing/funders/${i}`], { node: n }, 'funder');
    const kind = text(child(n, 'kind'));
    const scheme = text(child(n, 'scheme'));
    const until = text(child(n, 'until'));
    // Absent means committed (SPEC §6.2); shown only when it says something else.
    const status = text(child(n, 'status'));
    const parts = [
      partnerName(ctx, text(child(n, 'partner'))) ?? '?',
      kind ? badge(`kind-${cls(kind)}`, ctx.v('kind', kind)) : '',
      scheme ? esc(scheme) : '',
      until ? `${esc(ctx.l('until'))} ${esc(until)}` : '',
      status ? badge(`funder-${cls(status)}`, ctx.v('funderStatus', status)) : '',
    ].filter(Boolean);
    return `<div ${t.attrs}>${parts.join(' · ')}${t.findings}</div>`;
  });
  return rows.length ? `<div class="funders"><span class="mini-label">${esc(ctx.l('funders'))}</span>${list(rows)}</div>` : '';
}
