/**
 * Sheet 1's status per part (the handbook's overall canvas: "Hier kun je de
 * status per onderdeel duiden"): for each of the four parts the team's own
 * `assessment` (SPEC §6.2) beside what the checks find — the counts of the
 * readiness summary and the findings by severity. Counts, no score.
 */
import { SEVERITIES } from '../../model/canvas.js';
import { nodeAt, present } from '../../model/plan.js';
import type { Ctx } from '../context.js';
import { badge, cls, esc } from '../html.js';

type PartKey = 'impact' | 'routes' | 'ingredients' | 'pitfalls';
const PARTS: PartKey[] = ['impact', 'routes', 'ingredients', 'pitfalls'];
const SYMBOL: Record<string, string> = { sufficient: '✓', partial: '◐', insufficient: '✗', unknown: '?' };

export function overview(ctx: Ctx): string {
  const cards = PARTS.map((key, i) => card(ctx, key, i + 1));
  const whole = ctx.tile([''], { file: true }, 'whole-plan', `<p class="muted">${esc(ctx.l('noFindings'))}</p>`);
  const assessment = ctx.mark(['assessment'], ctx.at(['assessment']), 'assessment-marks');
  return `<section class="overview" id="sp-overview" aria-label="${esc(ctx.l('statusPerPart'))}">
<h3>${esc(ctx.l('statusPerPart'))}</h3>
<div ${assessment.attrs}>${editAssessment(ctx)}${assessment.findings}</div>
<div class="overview-grid">${cards.join('\n')}
<div ${whole.attrs}><h3>${esc(ctx.l('wholePlan'))}</h3>${whole.findings}</div></div>
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
  const sev = ctx.severitiesUnder(key);
  const bySeverity = SEVERITIES.filter((s) => sev[s] > 0).map((s) => badge(`sev-${s}`, `${sev[s]} ${ctx.v('severity', s)}`)).join(' ');
  // The team's own status (SPEC §6.2); a value outside the list is shown as written (SP002 reports it).
  const own = ctx.analysis.facts.assessment.get(key)?.value;
  const ownBadge = own === undefined
    ? badge('status-none', ctx.l('notAssessed'))
    : badge(`status-${cls(own)}`, `${SYMBOL[own] ?? '?'} ${ctx.term(`status.${own}`)}`);
  const lines = ctx.lines(ctx.at([key]));
  return `<a class="part-card state-${state}${lines.missing ? ' missing' : ''}" href="#sp-sheet-${n + 1}" data-item="${key}" data-start-line="${lines.start}" data-end-line="${lines.end}">
<span class="part-no">${esc(ctx.l('part'))} ${n}</span>
<span class="part-name">${esc(ctx.l(`part.${key}`))}</span>
<span class="part-judge"><span class="mini-label">${esc(ctx.l('assessment'))}</span> ${ownBadge}</span>
<span class="part-judge"><span class="mini-label">${esc(ctx.l('toolFinds'))}</span> <span class="part-counts">${esc(counts)}</span></span>
<span class="marks"><span class="badge state-${state}">${esc(stateText)}</span>${bySeverity ? ` ${bySeverity}` : ''}</span>
</a>`;
}

/** The team's own status per part as selects (the editor only: a part card is a link, so the selects sit above the cards). */
function editAssessment(ctx: Ctx): string {
  const e = ctx.edit;
  if (!e) return '';
  const selects = PARTS.map((key) => {
    const own = ctx.analysis.facts.assessment.get(key)?.value;
    const name = e.l('assessment', ctx.l(`part.${key}`));
    return `<label class="ed-field"><span class="ed-field-label">${esc(ctx.l(`part.${key}`))}</span>${e.enumSelect(['assessment', key], 'status', own, name)}</label>`;
  });
  return `<div class="ed-row"><span class="mini-label">${esc(ctx.l('assessment'))}</span>${selects.join('')}</div>`;
}
