/**
 * A PlanDiff as text (terminal), JSON (stable, docs/ci.md) or Markdown
 * (a pull-request comment: heading, readiness before/after, what moved,
 * findings resolved and new with their codes linked to the rule's page).
 */
import { safeJson } from '../text.js';
import type { Lang } from '../model/types.js';
import type { DiagnosticEntry, FieldChange, IngredientMove, ItemChange } from './compare.js';
import type { DiffEnd, PlanDiff } from './diff.js';
import {
  CHANGE_WORDS, code, columns, DIRECTIONS, flat, itemName, LIST_NAMES, md, PART_NAMES, PARTS, readinessCells,
  riskWord, say, severityWord, shortHash, statusWord, type ReportFormat,
} from './format.js';
import { term } from '../model/canvas.js';
import { fieldName, valueWords, type Context } from './words.js';

/** Lets a CI step find and update its own comment instead of adding one per push (docs/ci.md). */
export const DIFF_MARKER = '<!-- scaling-plan:diff -->';

export function formatDiff(diff: PlanDiff, format: ReportFormat, lang: Lang): string {
  if (format === 'json') return `${safeJson(localised(diff, lang), 2)}\n`;
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

/** `betrokkenheid: gepland → betrokken; rollen: financier → financier, beleid` — field names and values in the reader's words. */
function fieldLine(fields: readonly FieldChange[], ctx: Context, lang: Lang, mdown: boolean): string {
  return fields.map((f) => {
    const [name, a, b] = [fieldName(f.field, lang), valueWords(f.from, ctx, f.field, lang), valueWords(f.to, ctx, f.field, lang)];
    return mdown ? `${md(name)} ‘${md(a)}’ → ‘${md(b)}’` : `${name}: ‘${a}’ → ‘${b}’`;
  }).join('; ');
}

/** The lists of item changes a diff reports on, in canvas order, with their headings and how an item is named. */
const ITEM_LISTS: { key: ItemListKey; ctx: Context; title: { nl: string; en: string }; name: (c: ItemChange, lang: Lang) => string }[] = [
  { key: 'ingredientFields', ctx: 'ingredient', title: { nl: 'Ingrediënten: overige velden', en: 'Ingredients: other fields' }, name: (c, l) => term(`ingredient.${c.key}`)[l] },
  { key: 'funders', ctx: 'funder', title: { nl: 'Financiers (ingrediënt financiering)', en: 'Funders (ingredient financing)' }, name: (c) => flat(c.key, 60) },
  { key: 'routes', ctx: 'route', title: LIST_NAMES.routes, name: (c, l) => itemName('routes', c, l) },
  { key: 'partners', ctx: 'partner', title: LIST_NAMES.partners, name: (c, l) => itemName('partners', c, l) },
  { key: 'drivers', ctx: 'driver', title: { nl: 'Aanjagers', en: 'Drivers' }, name: (c) => (c.label ? `${flat(c.key, 60)} (${flat(c.label, 60)})` : flat(c.key, 60)) },
  { key: 'pilotConditions', ctx: 'condition', title: LIST_NAMES.pilotConditions, name: (c, l) => itemName('pilotConditions', c, l) },
  { key: 'floor', ctx: 'floor', title: { nl: 'Ondergrens', en: 'Floor' }, name: (c, l) => (c.label === 'core-element' ? say(l, `kernelement ‘${flat(c.key, 80)}’`, `core element '${flat(c.key, 80)}'`) : say(l, `indicator ‘${flat(c.key, 80)}’`, `indicator '${flat(c.key, 80)}'`)) },
  { key: 'evidence', ctx: 'evidence', title: { nl: 'Bewijsmateriaal', en: 'Evidence' }, name: (c) => `‘${flat(c.key, 80)}’` },
  { key: 'learningQuestions', ctx: 'question', title: { nl: 'Leeragenda', en: 'Learning agenda' }, name: (c) => `‘${flat(c.key, 120)}’` },
  { key: 'actions', ctx: 'action', title: LIST_NAMES.actions, name: (c, l) => itemName('actions', c, l) },
];
type ItemListKey = 'ingredientFields' | 'funders' | 'routes' | 'partners' | 'drivers' | 'pilotConditions' | 'floor' | 'evidence' | 'learningQuestions' | 'actions';

/** Field changes of the plan as a whole: the pilot, the other parts, the team's assessment. */
const FIELD_LISTS: { key: 'pilot' | 'parts' | 'assessment'; ctx: Context; title: { nl: string; en: string } }[] = [
  { key: 'pilot', ctx: 'pilot', title: { nl: 'Pilot', en: 'Pilot' } },
  { key: 'parts', ctx: 'part', title: { nl: 'Canvas', en: 'Canvas' } },
  { key: 'assessment', ctx: 'assessment', title: { nl: 'Eigen oordeel per deel (assessment)', en: 'Own assessment per part' } },
];

function hasChanges(diff: PlanDiff): boolean {
  return diff.ingredients.length > 0 || ITEM_LISTS.some((l) => diff[l.key].length > 0) || FIELD_LISTS.some((l) => diff[l.key].length > 0)
    || diff.diagnostics.resolved.length > 0 || diff.diagnostics.appeared.length > 0;
}

/** JSON keeps every field as it was and adds, per field change, its name and values in the reader's words. */
function localised(diff: PlanDiff, lang: Lang): unknown {
  const words = (fs: readonly FieldChange[], ctx: Context) => fs.map((f) => ({ ...f, name: fieldName(f.field, lang), fromText: valueWords(f.from, ctx, f.field, lang), toText: valueWords(f.to, ctx, f.field, lang) }));
  const out: Record<string, unknown> = { ...diff };
  for (const l of ITEM_LISTS) out[l.key] = diff[l.key].map((c) => ({ ...c, name: l.name(c, lang), fields: words(c.fields, l.ctx) }));
  for (const l of FIELD_LISTS) out[l.key] = words(diff[l.key], l.ctx);
  return out;
}

/** The change sections, as lines (`  ` / `- ` items under a heading). */
function sections(diff: PlanDiff, lang: Lang, mdown: boolean): { title: string; items: string[] }[] {
  const out: { title: string; items: string[] }[] = [];
  for (const l of FIELD_LISTS.slice(0, 2)) {
    if (diff[l.key].length > 0) out.push({ title: l.title[lang], items: [fieldLine(diff[l.key], l.ctx, lang, mdown)].flatMap((x) => x.split('; ')) });
  }
  const a = FIELD_LISTS[2]!;
  if (diff.assessment.length > 0) out.push({ title: a.title[lang], items: diff.assessment.map((f) => fieldLine([f], a.ctx, lang, mdown)) });
  if (diff.ingredients.length > 0) out.push({ title: PART_NAMES.ingredients[lang], items: diff.ingredients.map((m) => ingredientLine(m, lang, mdown)) });
  for (const l of ITEM_LISTS) {
    if (diff[l.key].length === 0) continue;
    out.push({
      title: l.title[lang],
      items: diff[l.key].map((c) => {
        const name = mdown ? `**${md(l.name(c, lang))}**` : l.name(c, lang);
        const what = `${CHANGE_WORDS[c.change][lang]}: ${name}`;
        if (c.change !== 'changed') {
          // Added or dropped with its fields (the 1.1 lists carry them): what it is, not only that it is.
          const shown = c.fields.map((f) => `${fieldName(f.field, lang)} ‘${valueWords(c.change === 'added' ? f.to : f.from, l.ctx, f.field, lang)}’`).join(', ');
          return shown === '' ? what : mdown ? `${what} — ${md(shown)}` : `${what} (${shown})`;
        }
        return mdown ? `${what} — ${fieldLine(c.fields, l.ctx, lang, true)}` : `${what} (${fieldLine(c.fields, l.ctx, lang, false)})`;
      }),
    });
  }
  return out;
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
  for (const sec of sections(diff, lang, false)) out.push(sec.title, ...sec.items.map((i) => `  ${i}`), '');
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
  for (const sec of sections(diff, lang, true)) out.push(`#### ${sec.title}`, '', ...sec.items.map((i) => `- ${i}`), '');
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
