/**
 * A PlanDiff as text (terminal), JSON (stable, docs/ci.md) or Markdown
 * (a pull-request comment: heading, readiness before/after, what moved,
 * findings resolved and new with their codes linked to the rule's page).
 */
import { safeJson } from '../text.js';
import type { Lang } from '../model/types.js';
import type { DiagnosticEntry, IngredientMove } from './compare.js';
import type { DiffEnd, PlanDiff } from './diff.js';
import {
  CHANGE_WORDS, code, columns, DIRECTIONS, flat, itemName, LIST_NAMES, LISTS, md, PART_NAMES, PARTS, readinessCells,
  riskWord, say, severityWord, shortHash, shortValue, statusWord, type ReportFormat,
} from './format.js';
import { term } from '../model/canvas.js';

/** Lets a CI step find and update its own comment instead of adding one per push (docs/ci.md). */
export const DIFF_MARKER = '<!-- scaling-plan:diff -->';

export function formatDiff(diff: PlanDiff, format: ReportFormat, lang: Lang): string {
  if (format === 'json') return `${safeJson(diff, 2)}\n`;
  return format === 'markdown' ? markdown(diff, lang) : text(diff, lang);
}

/** `HEAD (a1b2c3d)`, `the working tree`; with the old path after a rename. */
function endName(end: DiffEnd, lang: Lang, mdown: boolean): string {
  if (end.rev === null) return say(lang, 'werkmap', 'working tree');
  const hash = shortHash(end.commit);
  // A revision given as a hash (as CI does with the merge base) is named once, short.
  if (/^[0-9a-f]{7,64}$/.test(end.rev) && end.commit?.startsWith(end.rev)) return mdown ? code(hash) : hash;
  return mdown ? `${code(end.rev)} (${code(hash)})` : `${flat(end.rev)} (${hash})`;
}

function renamed(diff: PlanDiff, lang: Lang, mdown: boolean): string | undefined {
  if (diff.from.path === diff.to.path || !diff.from.present || !diff.to.present) return undefined;
  const [a, b] = mdown ? [code(diff.from.path), code(diff.to.path)] : [flat(diff.from.path), flat(diff.to.path)];
  return say(lang, `Hernoemd: ${a} → ${b}`, `Renamed: ${a} → ${b}`);
}

function ingredientLine(m: IngredientMove, lang: Lang, mdown: boolean): string {
  const name = term(`ingredient.${m.key}`)[lang];
  const parts: string[] = [];
  if (m.from !== m.to) parts.push(`${statusWord(m.from, lang)} → ${statusWord(m.to, lang)}`);
  if (m.risk.from !== m.risk.to) parts.push(`${say(lang, 'risico', 'risk')} ${riskWord(m.risk.from, lang)} → ${riskWord(m.risk.to, lang)}`);
  return `${DIRECTIONS[m.direction][lang]}: ${mdown ? `**${name}**` : name} ${mdown ? md(parts.join('; ')) : parts.join('; ')}`;
}

/** `involvement: planned → involved; roles: funder → funder, policy`. */
function fieldLine(fields: PlanDiff['partners'][number]['fields'], lang: Lang, mdown: boolean): string {
  return fields.map((f) => {
    const [a, b] = [shortValue(f.from, lang), shortValue(f.to, lang)];
    return mdown ? `${code(f.field)} ${md(a)} → ${md(b)}` : `${flat(f.field, 60)}: ${a} → ${b}`;
  }).join('; ');
}

function hasChanges(diff: PlanDiff): boolean {
  return diff.ingredients.length > 0 || LISTS.some((l) => diff[l].length > 0) || diff.diagnostics.resolved.length > 0 || diff.diagnostics.appeared.length > 0;
}

const NO_CHANGES = { nl: 'Geen veranderingen in het canvas of de meldingen.', en: 'No changes in the canvas or the findings.' };
const RESOLVED = { nl: 'Opgeloste meldingen', en: 'Findings resolved' };
const APPEARED = { nl: 'Nieuwe meldingen', en: 'New findings' };

function text(diff: PlanDiff, lang: Lang): string {
  const [from, to] = [endName(diff.from, lang, false), endName(diff.to, lang, false)];
  const file = flat(diff.file);
  const out = [say(lang, `Gereedheid van ${file}: ${from} → ${to}`, `Readiness of ${file}: ${from} → ${to}`)];
  const ren = renamed(diff, lang, false);
  if (ren) out.push(ren);
  out.push('');
  const [a, b] = [readinessCells(diff.from.readiness, lang), readinessCells(diff.to.readiness, lang)];
  out.push(...columns([['', from, to], ...PARTS.map((p) => [PART_NAMES[p][lang], a[p], b[p]])]));
  out.push('');
  if (!hasChanges(diff)) return `${out.join('\n')}\n${NO_CHANGES[lang]}\n`;
  if (diff.ingredients.length > 0) {
    out.push(PART_NAMES.ingredients[lang], ...diff.ingredients.map((m) => `  ${ingredientLine(m, lang, false)}`), '');
  }
  for (const list of LISTS) {
    if (diff[list].length === 0) continue;
    out.push(LIST_NAMES[list][lang]);
    for (const c of diff[list]) {
      const what = `${CHANGE_WORDS[c.change][lang]}: ${itemName(list, c, lang)}`;
      out.push(`  ${c.change === 'changed' ? `${what} (${fieldLine(c.fields, lang, false)})` : what}`);
    }
    out.push('');
  }
  const findings = (title: { nl: string; en: string }, list: DiagnosticEntry[]): void => {
    if (list.length === 0) return;
    out.push(`${title[lang]} (${list.length})`);
    out.push(...columns(list.map((d) => [`  ${d.code}`, severityWord(d.severity, lang), `${d.item ? `${flat(d.item, 60)}: ` : ''}${flat(d.message, 400)}`])));
    out.push('');
  };
  findings(RESOLVED, diff.diagnostics.resolved);
  findings(APPEARED, diff.diagnostics.appeared);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function markdown(diff: PlanDiff, lang: Lang): string {
  const [from, to] = [endName(diff.from, lang, true), endName(diff.to, lang, true)];
  const out = [DIFF_MARKER, `### ${say(lang, 'Gereedheid van', 'Readiness of')} ${code(diff.file)}`, '', `${from} → ${to}`];
  const ren = renamed(diff, lang, true);
  if (ren) out.push('', ren);
  const [a, b] = [readinessCells(diff.from.readiness, lang), readinessCells(diff.to.readiness, lang)];
  out.push('', `| | ${from} | ${to} |`, '|---|---|---|');
  for (const p of PARTS) {
    const changed = a[p] !== b[p];
    const cell = (s: string): string => (changed ? `**${md(s)}**` : md(s));
    out.push(`| ${PART_NAMES[p][lang]} | ${md(a[p])} | ${cell(b[p])} |`);
  }
  out.push('');
  if (!hasChanges(diff)) return `${out.join('\n')}\n${NO_CHANGES[lang]}\n`;
  if (diff.ingredients.length > 0) {
    out.push(`#### ${PART_NAMES.ingredients[lang]}`, '', ...diff.ingredients.map((m) => `- ${ingredientLine(m, lang, true)}`), '');
  }
  for (const list of LISTS) {
    if (diff[list].length === 0) continue;
    out.push(`#### ${LIST_NAMES[list][lang]}`, '');
    for (const c of diff[list]) {
      const what = `${CHANGE_WORDS[c.change][lang]}: **${md(itemName(list, c, lang))}**`;
      out.push(`- ${c.change === 'changed' ? `${what} — ${fieldLine(c.fields, lang, true)}` : what}`);
    }
    out.push('');
  }
  const findings = (title: { nl: string; en: string }, list: DiagnosticEntry[]): void => {
    if (list.length === 0) return;
    out.push(`#### ${title[lang]} (${list.length})`, '');
    for (const d of list) {
      const where = d.item ? ` ${code(flat(d.item, 60))}` : '';
      out.push(`- [${d.code}](${d.docUrl}) ${severityWord(d.severity, lang)}${where}: ${md(d.message)}`);
    }
    out.push('');
  };
  findings(RESOLVED, diff.diagnostics.resolved);
  findings(APPEARED, diff.diagnostics.appeared);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
