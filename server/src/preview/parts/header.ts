/** The pilot: name, summary, owner, stage, period, domains and its drivers (aanjagers). */
import { nodeAt } from '../../model/plan.js';
import type { Ctx } from '../context.js';
import { child, esc, fields, list, oneOrMany, text } from '../html.js';
import { markdown } from '../markdown.js';
import { partnerName } from './shared.js';

export function header(ctx: Ctx): string {
  const pilot = nodeAt(ctx.doc, ['pilot']);
  const name = text(child(pilot, 'name'));
  const summary = text(child(pilot, 'summary'));
  const period = child(pilot, 'period');
  const from = text(child(period, 'start'));
  const to = text(child(period, 'end'));
  const stage = text(child(pilot, 'stage'));
  const domains = oneOrMany(child(pilot, 'domains')).flatMap((d) => {
    const t = text(d);
    return t === undefined ? [] : [esc(ctx.v('domain', t))];
  });
  const t = ctx.tile(['pilot'], ctx.at(['pilot']), 'pilot');
  return `<header ${t.attrs}>
<p class="kicker">${esc(ctx.l('canvas'))}</p>
<h1>${esc(name ?? ctx.l('untitled'))}</h1>
${ctx.doc.root ? '' : `<p class="missing-note">${esc(ctx.l('notAPlan'))}</p>`}
${summary ? markdown(summary) : ''}
${fields([
  [ctx.l('owner'), partnerName(ctx, text(child(pilot, 'owner')))],
  [ctx.l('stage'), stage === undefined ? undefined : esc(ctx.v('stage', stage))],
  [ctx.l('period'), from || to ? `${esc(from ?? '…')} – ${esc(to ?? '…')}` : undefined],
  [ctx.l('domains'), domains.join(', ') || undefined],
])}
${drivers(ctx)}
${t.findings}
</header>`;
}

function drivers(ctx: Ctx): string {
  const t = ctx.tile(['pilot/drivers', 'drivers'], ctx.at(['pilot', 'drivers']), 'drivers');
  const rows = ctx.analysis.facts.drivers.map((d) => {
    const who = esc(d.name ?? text(d.node) ?? '?');
    const org = d.partner ? ` (${partnerName(ctx, d.partner)})` : '';
    const mark = d.embedded
      ? `<span class="badge ok">✓ ${esc(ctx.l('embedded'))}</span>`
      : `<span class="badge warn">! ${esc(ctx.l('notEmbedded'))}</span>`;
    // An embedded role that ends before the pilot does counts as not embedded (SPEC §6.2): the date says why.
    const until = d.until ? ` <span class="muted">${esc(ctx.l('until'))} ${esc(d.until)}</span>` : '';
    return `${who}${org} ${mark}${until}`;
  });
  return `<div ${t.attrs}><h3>${esc(ctx.l('drivers'))}</h3>${rows.length ? list(rows) : `<p class="muted">${esc(ctx.l('noDrivers'))}</p>`}${t.findings}</div>`;
}
