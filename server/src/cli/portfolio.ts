/**
 * The portfolio (`report`, SPEC §6.6): every plan of a run in one page —
 * per plan its readiness summary (§5), stage and findings by severity.
 * Pure: built from the analyses `lint` makes (cli/collect.ts), so the counts
 * are `lint --format json`'s. Sorted by plan name (`pilot.name`, else the
 * file), ties by file. The HTML page is self-contained and sortable without
 * scripts: one pre-sorted table per sort key, the one shown chosen by the
 * URL fragment (`:target`), the name order when there is none.
 */
import type { Lang, Severity } from '../model/types.js';
import { esc } from '../preview/html.js';
import { value } from '../preview/labels.js';
import { md, PARTS, PART_NAMES, readinessCells, say } from '../git/format.js';
import type { Readiness } from '../summary.js';
import type { AnalysedPlan } from './collect.js';

export interface PortfolioEntry {
  file: string;
  /** `pilot.name`; null when the plan names none. */
  name: string | null;
  /** `pilot.stage` as written; null when absent. */
  stage: string | null;
  findings: Record<Severity, number>;
  readiness: Readiness;
}

export interface Portfolio {
  /** Version of this JSON shape. */
  version: 1;
  lang: Lang;
  plans: PortfolioEntry[];
  totals: { plans: number; findings: Record<Severity, number> };
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

export function portfolio(plans: readonly AnalysedPlan[], lang: Lang): Portfolio {
  const entries = plans.map((p): PortfolioEntry => {
    const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const d of p.analysis.diagnostics) findings[d.severity]++;
    const name = pilotName(p.analysis.doc.data);
    return { file: p.file, name, stage: p.analysis.facts.stage ?? null, findings, readiness: p.analysis.readiness };
  });
  entries.sort(byName);
  const totals = { plans: entries.length, findings: { error: 0, warning: 0, info: 0, hint: 0 } as Record<Severity, number> };
  for (const e of entries) for (const s of SEVERITIES) totals.findings[s] += e.findings[s];
  return { version: 1, lang, plans: entries, totals };
}

function pilotName(data: unknown): string | null {
  const pilot = data && typeof data === 'object' ? (data as Record<string, unknown>)['pilot'] : undefined;
  const name = pilot && typeof pilot === 'object' ? (pilot as Record<string, unknown>)['name'] : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

const collator = new Intl.Collator(['nl', 'en'], { sensitivity: 'base', numeric: true });
const nameOf = (e: PortfolioEntry): string => e.name ?? e.file;
function byName(a: PortfolioEntry, b: PortfolioEntry): number {
  return collator.compare(nameOf(a), nameOf(b)) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

const SEVERITY_NAMES: Record<Severity, [string, string]> = {
  error: ['Fouten', 'Errors'], warning: ['Waarschuwingen', 'Warnings'], info: ['Info', 'Info'], hint: ['Tips', 'Hints'],
};

function stageWord(stage: string | null, lang: Lang): string {
  return stage === null ? '—' : value(lang, 'stage', stage);
}

export function portfolioMarkdown(p: Portfolio): string {
  const l = p.lang;
  const head = [say(l, 'Plan', 'Plan'), say(l, 'Fase', 'Stage'), ...PARTS.filter((x) => x !== 'findings').map((x) => PART_NAMES[x][l]), ...SEVERITIES.map((s) => SEVERITY_NAMES[s][l === 'nl' ? 0 : 1])];
  const rows = p.plans.map((e) => {
    const cells = readinessCells(e.readiness, l);
    return [`${md(nameOf(e))}<br>\`${e.file.replace(/`/g, "'")}\``, md(stageWord(e.stage, l)), ...PARTS.filter((x) => x !== 'findings').map((x) => md(cells[x])), ...SEVERITIES.map((s) => String(e.findings[s]))];
  });
  const t = p.totals.findings;
  return [
    `## ${say(l, 'Portfolio van opschalingsplannen', 'Portfolio of scaling plans')}`,
    '',
    totalsLine(p),
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
}

/** Sort keys of the HTML page: the fragment that selects each, and its order. */
const SORTS: { id: string; label: [string, string]; cmp: (a: PortfolioEntry, b: PortfolioEntry) => number }[] = [
  { id: 'name-desc', label: ['naam Z–A', 'name Z–A'], cmp: (a, b) => -byName(a, b) },
  { id: 'stage', label: ['fase', 'stage'], cmp: (a, b) => stageRank(a) - stageRank(b) || byName(a, b) },
  { id: 'errors', label: ['meeste fouten', 'most errors'], cmp: (a, b) => b.findings.error - a.findings.error || b.findings.warning - a.findings.warning || byName(a, b) },
  { id: 'warnings', label: ['meeste waarschuwingen', 'most warnings'], cmp: (a, b) => b.findings.warning - a.findings.warning || byName(a, b) },
  // Last: the default view (shown unless another one is the :target).
  { id: 'name', label: ['naam A–Z', 'name A–Z'], cmp: byName },
];
const STAGES = ['design', 'running', 'evaluating', 'scaling'];
const stageRank = (e: PortfolioEntry): number => (e.stage === null ? 99 : STAGES.indexOf(e.stage) < 0 ? 98 : STAGES.indexOf(e.stage));

export function portfolioHtml(p: Portfolio): string {
  const l = p.lang;
  const i = l === 'nl' ? 0 : 1;
  const parts = PARTS.filter((x) => x !== 'findings');
  const nav = SORTS.slice().reverse().map((s) => `<a href="#${s.id}">${esc(s.label[i]!)}</a>`).join(' · ');
  const table = (cmp: (a: PortfolioEntry, b: PortfolioEntry) => number): string => {
    const rows = p.plans.slice().sort(cmp).map((e) => {
      const cells = readinessCells(e.readiness, l);
      return `<tr><th scope="row">${esc(nameOf(e))}<br><code>${esc(e.file)}</code></th><td>${esc(stageWord(e.stage, l))}</td>${parts.map((x) => `<td>${esc(cells[x])}</td>`).join('')}${SEVERITIES.map((s) => `<td class="n ${s}">${e.findings[s]}</td>`).join('')}</tr>`;
    });
    const head = `<tr><th scope="col">Plan</th><th scope="col">${say(l, 'Fase', 'Stage')}</th>${parts.map((x) => `<th scope="col">${esc(PART_NAMES[x][l])}</th>`).join('')}${SEVERITIES.map((s) => `<th scope="col">${SEVERITY_NAMES[s][i]}</th>`).join('')}</tr>`;
    return `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
  };
  const views = SORTS.map((s) => `<section class="view" id="${s.id}"><h2>${esc(say(l, 'Gesorteerd op', 'Sorted by'))} ${esc(s.label[i]!)}</h2>${table(s.cmp)}</section>`).join('\n');
  const t = p.totals.findings;
  const title = say(l, 'Portfolio van opschalingsplannen', 'Portfolio of scaling plans');
  return `<!DOCTYPE html>
<html lang="${l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f3f3f3}td.n{text-align:right}td.error:not(:empty){font-weight:bold}
code{font-size:.85em;color:#555}nav{margin:.5rem 0 1rem}
.view{display:none}.view:target{display:block}#name{display:block}.view:target ~ #name{display:none}
@media print{nav{display:none}}
</style></head>
<body><h1>${esc(title)}</h1>
<p>${esc(totalsLine(p))}</p>
<nav>${esc(say(l, 'Sorteer op:', 'Sort by:'))} ${nav}</nav>
${views}
</body></html>
`;
}

/** "1 plan; 0 fouten, 1 waarschuwing, 3 info, 2 tips." — singular and plural in both languages. */
function totalsLine(p: Portfolio): string {
  const t = p.totals.findings;
  const n = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;
  return p.lang === 'nl'
    ? `${n(p.totals.plans, 'plan', 'plannen')}; ${n(t.error, 'fout', 'fouten')}, ${n(t.warning, 'waarschuwing', 'waarschuwingen')}, ${t.info} info, ${n(t.hint, 'tip', 'tips')}.`
    : `${n(p.totals.plans, 'plan', 'plans')}; ${n(t.error, 'error', 'errors')}, ${n(t.warning, 'warning', 'warnings')}, ${t.info} info, ${n(t.hint, 'hint', 'hints')}.`;
}
