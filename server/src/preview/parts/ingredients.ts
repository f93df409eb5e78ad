/**
 * Part 3, the eight ingredients as tiles coloured by status — with the
 * status in words and a symbol too, so colour is never the only signal —
 * the risk for scaling, the notes, the funders (financing) and the actions.
 */
import { INGREDIENTS, type IngredientKey } from '../../model/canvas.js';
import { nodeAt } from '../../model/plan.js';
import type { YNode } from '../../model/yamlTree.js';
import type { Ctx } from '../context.js';
import { badge, child, cls, esc, items, list, text } from '../html.js';
import { markdown } from '../markdown.js';
import { actionRefs, editLinks, partnerName, section } from './shared.js';

const SYMBOL: Record<string, string> = { sufficient: '✓', partial: '◐', insufficient: '✗', unknown: '?' };

export function ingredientsPart(ctx: Ctx): string {
  const tiles = INGREDIENTS.map((key) => ingredient(ctx, key)).join('');
  return section(ctx, 'ingredients', 3, 'part.ingredients', `<div class="grid ingredients">${tiles}</div>`);
}

function ingredient(ctx: Ctx, key: IngredientKey): string {
  const fact = ctx.analysis.facts.ingredients.get(key);
  const path = ['ingredients', key];
  const name = `<h3>${esc(ctx.term(`ingredient.${key}`))}</h3>`;
  const e = ctx.edit;
  const what = ctx.term(`ingredient.${key}`);
  if (!fact) {
    const t = ctx.tile([path.join('/')], { missing: path }, 'ingredient status-missing');
    // In the editor, choosing a status writes the ingredient (where the canvas order puts it).
    const edit = e ? `<p>${e.enumSelect([...path, 'status'], 'status', undefined, e.l('status', what))}</p>` : '';
    return `<div ${t.attrs}>${name}<p>${badge('missing', `– ${ctx.l('missing')}`)}</p>${edit}${t.findings}</div>`;
  }
  const t = ctx.tile([path.join('/')], { pair: fact.pair }, `ingredient status-${fact.status}${fact.risk === 'high' ? ' risk-high' : ''}`);
  const marks = [badge(`status-${fact.status}`, `${SYMBOL[fact.status] ?? '?'} ${ctx.term(`status.${fact.status}`)}`)];
  if (fact.risk) marks.push(badge(`risk-${cls(fact.risk)}`, `${fact.risk === 'high' ? '⚠ ' : ''}${ctx.l('risk')}: ${ctx.v('risk', fact.risk)}`));
  const notes = text(child(fact.node, 'notes'));
  const edit = e ? `<div class="ed-row">${e.labelled(ctx.l('status'), e.enumSelect([...path, 'status'], 'status', text(child(fact.node, 'status')), e.l('status', what)))}${e.labelled(ctx.l('risk'), e.enumSelect([...path, 'risk'], 'risk', fact.risk, e.l('risk', what)))}</div>
${e.text([...path, 'notes'], notes, e.l('notes', what), { multiline: true })}` : '';
  return `<div ${t.attrs}>${name}
<p class="marks">${marks.join(' ')}</p>
${edit || (notes ? markdown(notes) : '')}
${key === 'financing' ? funders(ctx) : ''}
${e ? editLinks(ctx, path, fact.actions, what) : actionRefs(ctx, path)}
${t.findings}</div>`;
}

function funders(ctx: Ctx): string {
  const e = ctx.edit;
  const rows = items(nodeAt(ctx.doc, ['ingredients', 'financing', 'funders'])).map((n, i) => {
    const t = ctx.tile([`ingredients/financing/funders/${i}`], { node: n }, 'funder');
    if (e) return `<div ${t.attrs}>${editFunder(ctx, n, i)}${t.findings}</div>`;
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
  const add = e ? e.form({ kind: 'add', path: FUNDERS, item: {} }, [
    { field: 'partner', label: ctx.l('partner'), kind: 'ref', list: 'partners', required: true },
    { field: 'kind', label: e.l('kind'), kind: 'select', options: [{ value: '', label: e.l('none') }, ...e.enumAt([...FUNDERS, 0, 'kind']).map((v) => ({ value: v, label: ctx.v('kind', v) }))] },
  ], e.l('add'), FUNDERS, 'add', e.l('newFunder')) : '';
  if (!rows.length && !add) return '';
  return `<div class="funders"><span class="mini-label">${esc(ctx.l('funders'))}</span>${list(rows)}${add}</div>`;
}

const FUNDERS = ['ingredients', 'financing', 'funders'];

/** A funder in the editor: partner, kind, scheme, commitment, and a remove button. */
function editFunder(ctx: Ctx, n: YNode, i: number): string {
  const e = ctx.edit!;
  const path = [...FUNDERS, i];
  const partner = text(child(n, 'partner'));
  const no = i + 1;
  return `<div class="ed-row">${e.ref([...path, 'partner'], 'partners', partner, e.l('funderPartner', no), e.l('noPartner'))}
${e.enumSelect([...path, 'kind'], 'kind', text(child(n, 'kind')), e.l('funderKind', no))}
${e.enumSelect([...path, 'status'], 'funderStatus', text(child(n, 'status')), e.l('funderStatus', no))}</div>
${e.text([...path, 'scheme'], text(child(n, 'scheme')), e.l('scheme', no))}
${e.remove(path, e.l('funder', `${no} (${(partner && ctx.partner(partner)?.name) ?? partner ?? '?'})`))}`;
}
