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
  if (ctx.edit) return editHeader(ctx, t.attrs, t.findings, { name, summary, stage, owner: text(child(pilot, 'owner')) });
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

/** The pilot in the editor: its name, summary, owner and stage in place; the period and domains as the preview shows them. */
function editHeader(ctx: Ctx, attrs: string, findings: string, v: { name?: string; summary?: string; stage?: string; owner?: string }): string {
  const e = ctx.edit!;
  const field = (label: string, html: string): string => `<div class="field"><span class="mini-label">${esc(label)}</span>${html}</div>`;
  return `<header ${attrs}>
<p class="kicker">${esc(ctx.l('canvas'))}</p>
<h1>${e.text(['pilot', 'name'], v.name, e.l('pilotName'))}</h1>
${field(ctx.l('summary'), e.text(['pilot', 'summary'], v.summary, e.l('summary'), { multiline: true }))}
<div class="ed-row">${field(ctx.l('owner'), e.ref(['pilot', 'owner'], 'partners', v.owner, e.l('pilotOwner'), e.l('noOwner')))}
${field(ctx.l('stage'), e.enumSelect(['pilot', 'stage'], 'stage', v.stage, e.l('stage')))}</div>
${drivers(ctx)}
${findings}
</header>`;
}

function drivers(ctx: Ctx): string {
  const t = ctx.tile(['pilot/drivers', 'drivers'], ctx.at(['pilot', 'drivers']), 'drivers');
  if (ctx.edit) return `<div ${t.attrs}><h3>${esc(ctx.l('drivers'))}</h3>${editDrivers(ctx)}${t.findings}</div>`;
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

/** The drivers in the editor: name, embedded (a checkbox), remove; then the form for a new one. */
function editDrivers(ctx: Ctx): string {
  const e = ctx.edit!;
  const rows = ctx.analysis.facts.drivers.map((d) => {
    const path = ['pilot', 'drivers', d.index];
    const no = d.index + 1;
    if (d.node.kind !== 'map') return `${e.text(path, text(d.node), e.l('driverName', no))}${e.remove(path, e.l('driver', no))}`;
    const embedded = [...path, 'embedded'];
    const org = d.partner ? ` <span class="muted">(${partnerName(ctx, d.partner)})</span>` : '';
    return `${e.text([...path, 'name'], d.name, e.l('driverName', no))}${org}
<label class="ed-switch">${e.toggle(embedded, d.declaredEmbedded, { kind: 'set', path: embedded, value: !d.declaredEmbedded }, e.l('driverEmbedded', no))} ${esc(ctx.l('embedded'))}</label>
${d.until ? `<span class="muted">${esc(ctx.l('until'))} ${esc(d.until)}</span>` : ''}${e.remove(path, e.l('driver', no))}`;
  });
  const add = e.form({ kind: 'add', path: ['pilot', 'drivers'], item: { embedded: false } }, [
    { field: 'name', label: e.l('newDriver'), kind: 'text', required: true },
    { field: 'partner', label: e.l('newDriverPartner'), kind: 'ref', list: 'partners', empty: e.l('noPartner') },
  ], e.l('add'), ['pilot', 'drivers'], 'add', e.l('newDriver'));
  return `${rows.length ? list(rows) : `<p class="muted">${esc(ctx.l('noDrivers'))}</p>`}${add}`;
}
