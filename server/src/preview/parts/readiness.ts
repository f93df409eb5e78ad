/**
 * The readiness summary (SPEC §5), exactly as `analysis.readiness` states
 * it — the same numbers as the status item, `diff` and `history`. Counts,
 * never a score.
 */
import { SEVERITIES } from '../../model/canvas.js';
import type { Ctx } from '../context.js';
import { esc } from '../html.js';

export function readinessPart(ctx: Ctx): string {
  const r = ctx.analysis.readiness;
  const of = ctx.l('of');
  const statuses = (['sufficient', 'partial', 'insufficient', 'unknown'] as const)
    .map((k) => `${r.ingredients[k]} ${ctx.term(`status.${k}`)}`)
    .concat(`${r.ingredients.missing} ${ctx.l('missing')}`)
    .join(', ');
  const routes = r.routes.keys.map((k) => ctx.term(`route.${k}`).split(' ')[0]!).join(', ');
  const actions = (['open', 'doing', 'done'] as const).map((k) => `${r.actions[k]} ${ctx.v('action', k)}`).join(', ');
  const severities = SEVERITIES.map((s) => `<span class="badge sev-${s}">${r.diagnostics[s]} ${esc(ctx.v('severity', s))}</span>`).join(' ');
  const rows: [string, string, string][] = [
    ['impact', `${r.impact.links} ${of} ${r.impact.of}`, ctx.l('r.impact')],
    ['routes', `${r.routes.pursued} ${of} ${r.routes.of}`, `${ctx.l('r.routes')}${routes ? `: ${routes}` : ''}`],
    ['ingredients', `${r.ingredients.present} ${of} ${r.ingredients.of}`, `${ctx.l('r.ingredients')}: ${statuses}`],
    ['pitfalls', `${r.pitfalls.examined} ${of} ${r.pitfalls.of}`, `${ctx.l('r.pitfalls')}, ${r.pitfalls.open} ${ctx.l('open')}`],
    ['partners', `${r.partners.total}`, `${ctx.l('r.partners')}: ${r.partners.involved} ${ctx.l('r.involved')}, ${r.partners.neededNotInvolved} ${ctx.l('r.neededNotInvolved')}`],
    ['actions', `${r.actions.total}`, `${ctx.l('r.actions')}: ${actions}`],
  ];
  return `<section class="readiness" id="sp-readiness"><h2>${esc(ctx.l('readiness'))}</h2>
<table class="readiness-table"><tbody>
${rows.map(([key, count, what]) => `<tr data-part="${key}"><td class="count">${esc(count)}</td><td>${esc(what)}</td></tr>`).join('\n')}
<tr data-part="diagnostics"><td class="count">${SEVERITIES.reduce((n, s) => n + r.diagnostics[s], 0)}</td><td>${esc(ctx.l('r.diagnostics'))}: ${severities}</td></tr>
</tbody></table></section>`;
}
