/**
 * The overview sheet (the paper canvas's "overkoepelend beeld"): the four
 * parts with their status, in counts from the readiness summary — no score.
 */
import { nodeAt, present } from '../../model/plan.js';
import type { Ctx } from '../context.js';
import { esc } from '../html.js';

type PartKey = 'impact' | 'routes' | 'ingredients' | 'pitfalls';
const PARTS: PartKey[] = ['impact', 'routes', 'ingredients', 'pitfalls'];

export function overview(ctx: Ctx): string {
  const cards = PARTS.map((key, i) => card(ctx, key, i + 1));
  const whole = ctx.tile([''], { file: true }, 'whole-plan', `<p class="muted">${esc(ctx.l('noFindings'))}</p>`);
  return `<section class="overview" id="sp-overview" aria-label="${esc(ctx.l('overview'))}">
<h2>${esc(ctx.l('overview'))}</h2>
<div class="overview-grid">${cards.join('\n')}</div>
<div ${whole.attrs}><h3>${esc(ctx.l('wholePlan'))}</h3>${whole.findings}</div>
</section>`;
}

function card(ctx: Ctx, key: PartKey, n: number): string {
  const r = ctx.analysis.readiness;
  const isPresent = present(nodeAt(ctx.doc, [key]));
  const found = ctx.countUnder(key);
  const state = !isPresent ? 'missing' : found > 0 ? 'attention' : 'clear';
  const stateText = !isPresent ? ctx.l('missing') : found > 0 ? `${ctx.l('attention')} · ${found} ${ctx.l(found === 1 ? 'finding' : 'findings')}` : ctx.l('clear');
  const of = ctx.l('of');
  let counts: string;
  if (key === 'impact') counts = `${r.impact.links} ${of} ${r.impact.of} ${ctx.l('r.impact')}`;
  else if (key === 'routes') counts = `${r.routes.pursued} ${of} ${r.routes.of} ${ctx.l('r.routes')}`;
  else if (key === 'ingredients') {
    const s = r.ingredients;
    const by = (['sufficient', 'partial', 'insufficient', 'unknown'] as const).map((k) => `${s[k]} ${ctx.term(`status.${k}`)}`).join(', ');
    counts = `${s.present} ${of} ${s.of} ${ctx.l('r.ingredients')}: ${by}`;
  } else counts = `${r.pitfalls.examined} ${of} ${r.pitfalls.of} ${ctx.l('r.pitfalls')}, ${r.pitfalls.open} ${ctx.l('open')}`;
  const lines = ctx.lines(ctx.at([key]));
  return `<a class="part-card state-${state}${lines.missing ? ' missing' : ''}" href="#sp-${key}" data-item="${key}" data-start-line="${lines.start}" data-end-line="${lines.end}">
<span class="part-no">${esc(ctx.l('part'))} ${n}</span>
<span class="part-name">${esc(ctx.l(`part.${key}`))}</span>
<span class="part-counts">${esc(counts)}</span>
<span class="badge state-${state}">${esc(stateText)}</span>
</a>`;
}
