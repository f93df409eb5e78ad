/**
 * History as a picture (issue 14): the readiness summary at each commit that
 * touched the plan (git/history.ts's rows) as inline SVG line charts —
 * ingredients by status, findings by severity, routes pursued — and the
 * commits themselves (date, author, subject). Pure and script-free: the
 * same markup is the preview's sixth view and `history --format html`.
 *
 * Every point is a `<circle>` with `data-series`, `data-commit` and
 * `data-value`, so a test (or a reader of the markup) can check the counts;
 * each also has a `<title>` for a tooltip. Colour is never alone: every
 * series has its own dash pattern and a legend in words.
 */
import type { Lang } from '../model/types.js';
import { cls, esc } from './html.js';
import { canvasTerm, label, value } from './labels.js';

/** What the chart needs of a history row (git/history.ts HistoryRow fits). */
export interface ChartRow {
  commit: string;
  date: string;
  author: string;
  subject: string;
  change: string;
  path: string;
  readiness: {
    ingredients: { sufficient: number; partial: number; insufficient: number; unknown: number; missing: number };
    diagnostics: { error: number; warning: number; info: number; hint: number };
    routes: { pursued: number };
  } | null;
}
export interface ChartHistory {
  file: string;
  /** Newest first, as git/history.ts gives them. */
  commits: ChartRow[];
}

type Row = ChartRow;
interface Series { key: string; name: string; get: (r: NonNullable<Row['readiness']>) => number }
interface Panel { key: string; title: string; series: Series[] }

const DASH = ['', '6 3', '2 3', '8 3 2 3', '1 5'];
const W = 480;
const H = 190;
const PAD = { left: 34, right: 34, top: 14, bottom: 30 };

function panels(lang: Lang): Panel[] {
  const statuses = (['sufficient', 'partial', 'insufficient', 'unknown'] as const).map((k): Series => ({ key: k, name: canvasTerm(lang, `status.${k}`), get: (r) => r.ingredients[k] }));
  return [
    { key: 'ingredients', title: label(lang, 'chart.ingredients'), series: [...statuses, { key: 'missing', name: label(lang, 'missing'), get: (r) => r.ingredients.missing }] },
    { key: 'findings', title: label(lang, 'chart.findings'), series: (['error', 'warning', 'info', 'hint'] as const).map((k) => ({ key: k, name: value(lang, 'severity', k), get: (r) => r.diagnostics[k] })) },
    { key: 'routes', title: label(lang, 'chart.routes'), series: [{ key: 'pursued', name: label(lang, 'r.routes'), get: (r) => r.routes.pursued }] },
  ];
}

const short = (hash: string): string => hash.slice(0, 7);
const day = (iso: string): string => iso.slice(0, 10);

/** One panel: a line per series over the commits, oldest left. */
function chart(p: Panel, rows: Row[], lang: Lang): string {
  const n = rows.length;
  const max = Math.max(1, ...rows.flatMap((r) => (r.readiness ? p.series.map((s) => s.get(r.readiness!)) : [])));
  const x = (i: number): number => (n === 1 ? (PAD.left + W - PAD.right) / 2 : PAD.left + (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number): number => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const grid = [0, max].map((v) => `<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/><text class="tick" x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text>`).join('');
  const every = Math.max(1, Math.ceil(n / 10));
  // The outer dates lean inwards, so they stay inside the chart.
  const anchor = (i: number): string => (n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle');
  const xLabels = rows.map((r, i) => (i % every === 0 || i === n - 1 ? `<text class="tick" x="${(x(i) + (anchor(i) === 'start' ? -6 : anchor(i) === 'end' ? 6 : 0)).toFixed(1)}" y="${H - 10}" text-anchor="${anchor(i)}">${esc(day(r.date))}</text>` : '')).join('');
  const lines = p.series.map((s, si) => {
    const pts = rows.flatMap((r, i) => (r.readiness ? [{ i, r, v: s.get(r.readiness) }] : []));
    const dash = DASH[si % DASH.length] ? ` stroke-dasharray="${DASH[si % DASH.length]}"` : '';
    const path = pts.length > 1 ? `<polyline class="line s-${cls(s.key)}"${dash} points="${pts.map((q) => `${x(q.i).toFixed(1)},${y(q.v).toFixed(1)}`).join(' ')}"/>` : '';
    const dots = pts.map((q) => `<circle class="pt s-${cls(s.key)}" r="4" cx="${x(q.i).toFixed(1)}" cy="${y(q.v).toFixed(1)}" data-series="${cls(s.key)}" data-commit="${esc(q.r.commit)}" data-value="${q.v}"><title>${esc(`${s.name}: ${q.v} · ${short(q.r.commit)} ${day(q.r.date)}`)}</title></circle>`).join('');
    return `<g class="series" data-series="${cls(s.key)}">${path}${dots}</g>`;
  }).join('');
  const legend = p.series.map((s, si) => `<li><svg class="swatch" width="26" height="10" aria-hidden="true"><line class="line s-${cls(s.key)}" x1="1" x2="25" y1="5" y2="5"${DASH[si % DASH.length] ? ` stroke-dasharray="${DASH[si % DASH.length]}"` : ''}/></svg> ${esc(s.name)}</li>`).join('');
  const desc = `${p.title}: ${p.series.map((s) => s.name).join(', ')} (${n} ${n === 1 ? 'commit' : 'commits'})`;
  return `<figure class="history-chart" data-chart="${p.key}"><figcaption><h3>${esc(p.title)}</h3><ul class="legend">${legend}</ul></figcaption>
<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(desc)}" xmlns="http://www.w3.org/2000/svg">${grid}${xLabels}${lines}</svg>
</figure>`;
}

function commitTable(rows: Row[], lang: Lang): string {
  const say = (nl: string, en: string): string => (lang === 'nl' ? nl : en);
  const body = rows.slice().reverse().map((r) => `<tr class="commit" data-commit="${esc(r.commit)}" data-path="${esc(r.path)}" tabindex="0"><td><code>${esc(short(r.commit))}</code></td><td>${esc(day(r.date))}</td><td>${esc(r.author)}</td><td>${esc(r.subject)}${r.change !== 'modified' ? ` <span class="muted">(${esc(r.change)})</span>` : ''}</td></tr>`).join('');
  return `<table class="commits"><thead><tr><th scope="col">commit</th><th scope="col">${esc(say('Datum', 'Date'))}</th><th scope="col">${esc(say('Auteur', 'Author'))}</th><th scope="col">${esc(say('Omschrijving', 'Subject'))}</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** The sixth view: the charts (oldest commit left) and the commit list (newest first, as the text report). */
export function historyBody(history: ChartHistory, lang: Lang): string {
  const rows = history.commits.slice().reverse();
  const head = `<div class="sheet-head"><p class="sheet-kicker"><span class="sheet-no">${esc(label(lang, 'sheet'))} 6</span> · ${esc(label(lang, 'canvas'))}</p><h2 class="sheet-title" id="sp-sheet-6-title">${esc(label(lang, 'sheet.history'))}</h2><p class="sheet-meta"><code>${esc(history.file)}</code> · ${rows.length} ${rows.length === 1 ? 'commit' : 'commits'}</p></div>`;
  const body = rows.length === 0
    ? `<p class="muted">${esc(label(lang, 'historyNone'))}</p>`
    : `<div class="history-charts">${panels(lang).map((p) => chart(p, rows, lang)).join('')}</div>${commitTable(rows, lang)}`;
  return `<article class="sheet sheet-history" id="sp-sheet-6" data-sheet="6" aria-labelledby="sp-sheet-6-title">${head}<div class="sheet-body">${body}</div></article>`;
}

export const HISTORY_CSS = `
.history-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 12px; }
.history-chart { margin: 0; border: 1px solid var(--sp-border); border-radius: 6px; padding: 8px; background: var(--sp-tile); }
.history-chart figcaption { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; }
.history-chart h3 { margin: 0; }
.legend { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; font-size: 12px; }
.chart { width: 100%; height: auto; display: block; }
.chart .axis { stroke: var(--sp-border); stroke-width: 1; }
.chart .tick { fill: var(--sp-muted); font-size: 13px; font-family: var(--sp-font); }
.chart .line, .swatch .line { fill: none; stroke-width: 2; stroke: var(--sp-fg); }
.chart .pt { stroke: var(--sp-bg); stroke-width: 1; fill: var(--sp-fg); }
.s-sufficient, .s-pursued { stroke: var(--sp-ok) !important; } .pt.s-sufficient, .pt.s-pursued { fill: var(--sp-ok); }
.s-partial, .s-warning { stroke: var(--sp-warn) !important; } .pt.s-partial, .pt.s-warning { fill: var(--sp-warn); }
.s-insufficient, .s-error { stroke: var(--sp-err) !important; } .pt.s-insufficient, .pt.s-error { fill: var(--sp-err); }
.s-unknown, .s-missing { stroke: var(--sp-unknown) !important; } .pt.s-unknown, .pt.s-missing { fill: var(--sp-unknown); }
.s-info, .s-hint { stroke: var(--sp-info) !important; } .pt.s-info, .pt.s-hint { fill: var(--sp-info); }
.pt { stroke: var(--sp-bg) !important; }
.commits { margin-top: 12px; } .commits td:first-child { width: 90px; } .commits td:nth-child(2) { width: 100px; } .commits td:nth-child(3) { width: 22%; }
@media print { .history-charts { grid-template-columns: repeat(3, minmax(0, 1fr)); } .history-chart, .commits tr { break-inside: avoid; } }
`;
