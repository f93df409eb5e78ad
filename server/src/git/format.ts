/**
 * Words and cells shared by the diff and history reports: the readiness
 * summary as short lines (counts only, SPEC §5), canvas names in both
 * languages, and escaping for Markdown that ends up in a pull request.
 */
import { term } from '../model/canvas.js';
import { oneLine } from '../text.js';
import type { Lang, Localized } from '../model/types.js';
import type { Readiness } from '../summary.js';
import type { Direction, IngredientStatus, ItemChange } from './compare.js';

export type ReportFormat = 'text' | 'json' | 'markdown';

export const say = (lang: Lang, nl: string, en: string): string => (lang === 'nl' ? nl : en);

/** "1 warning" / "3 warnings". */
function counted(n: number, lang: Lang, nl: [string, string], en: [string, string]): string {
  const [one, many] = lang === 'nl' ? nl : en;
  return `${n} ${n === 1 ? one : many}`;
}

/** The parts of the readiness summary, in canvas order. */
export const PARTS = ['impact', 'routes', 'ingredients', 'pitfalls', 'partners', 'actions', 'findings'] as const;
export type Part = (typeof PARTS)[number];

export const PART_NAMES: Record<Part, Localized> = {
  impact: { nl: 'Verandertheorie', en: 'Theory of change' },
  routes: { nl: 'Opschalingsroutes', en: 'Scaling routes' },
  ingredients: { nl: 'Ingrediënten', en: 'Ingredients' },
  pitfalls: { nl: 'Valkuilen', en: 'Pitfalls' },
  partners: { nl: 'Partners', en: 'Partners' },
  actions: { nl: 'Acties', en: 'Actions' },
  findings: { nl: 'Meldingen', en: 'Findings' },
};

/** Each part of a readiness summary as one short line; an absent plan says so. */
export function readinessCells(r: Readiness | null, lang: Lang): Record<Part, string> {
  if (!r) {
    const absent = say(lang, 'plan ontbreekt', 'plan absent');
    return { impact: absent, routes: '—', ingredients: '—', pitfalls: '—', partners: '—', actions: '—', findings: '—' };
  }
  const i = r.ingredients;
  const statuses = (['sufficient', 'partial', 'insufficient', 'unknown'] as const).filter((s) => i[s] > 0).map((s) => `${i[s]} ${term(`status.${s}`)[lang]}`);
  const a = r.actions;
  const actionStates = ([['open', 'open', 'open'], ['doing', 'bezig', 'doing'], ['done', 'klaar', 'done']] as const)
    .filter(([k]) => a[k] > 0).map(([k, nl, en]) => `${a[k]} ${say(lang, nl, en)}`);
  const d = r.diagnostics;
  const findings = [
    counted(d.error, lang, ['fout', 'fouten'], ['error', 'errors']),
    counted(d.warning, lang, ['waarschuwing', 'waarschuwingen'], ['warning', 'warnings']),
    ...(d.info > 0 ? [counted(d.info, lang, ['melding ter info', 'meldingen ter info'], ['info', 'info'])] : []),
    ...(d.hint > 0 ? [counted(d.hint, lang, ['tip', 'tips'], ['hint', 'hints'])] : []),
  ];
  const of = say(lang, 'van', 'of');
  return {
    impact: say(lang, `${r.impact.links} van ${r.impact.of} schakels`, `${r.impact.links} of ${r.impact.of} links`),
    routes: `${r.routes.pursued} ${of} ${r.routes.of}${r.routes.keys.length > 0 ? `: ${r.routes.keys.join(', ')}` : ''}`,
    ingredients: `${i.present} ${of} ${i.of}${statuses.length > 0 ? `: ${statuses.join(', ')}` : ''}`,
    pitfalls: say(lang, `${r.pitfalls.examined} van ${r.pitfalls.of} onderzocht`, `${r.pitfalls.examined} of ${r.pitfalls.of} examined`),
    partners: say(lang,
      `${r.partners.total}, ${r.partners.involved} betrokken, ${r.partners.neededNotInvolved} nodig maar nog niet betrokken`,
      `${r.partners.total}, ${r.partners.involved} involved, ${r.partners.neededNotInvolved} needed but not involved`),
    actions: `${a.total}${actionStates.length > 0 ? `: ${actionStates.join(', ')}` : ''}`,
    findings: findings.join(', '),
  };
}

export function statusWord(s: IngredientStatus, lang: Lang): string {
  return s === 'missing' ? say(lang, 'ontbreekt', 'missing') : term(`status.${s}`)[lang];
}

export function riskWord(r: string | null, lang: Lang): string {
  if (r === null) return say(lang, 'niet ingevuld', 'not set');
  const words: Record<string, Localized> = { low: { nl: 'laag', en: 'low' }, medium: { nl: 'gemiddeld', en: 'medium' }, high: { nl: 'hoog', en: 'high' } };
  return Object.hasOwn(words, r) ? words[r]![lang] : flat(r, 40);
}

export const DIRECTIONS: Record<Direction, Localized> = {
  improved: { nl: 'verbeterd', en: 'improved' },
  worsened: { nl: 'verslechterd', en: 'worsened' },
  changed: { nl: 'gewijzigd', en: 'changed' },
};

export const CHANGE_WORDS: Record<ItemChange['change'], Localized> = {
  added: { nl: 'toegevoegd', en: 'added' },
  dropped: { nl: 'vervallen', en: 'dropped' },
  changed: { nl: 'gewijzigd', en: 'changed' },
};

/** The canvas lists a diff reports on, with their headings. */
export const LISTS = ['routes', 'partners', 'pilotConditions', 'actions'] as const;
export type ListName = (typeof LISTS)[number];
export const LIST_NAMES: Record<ListName, Localized> = {
  routes: { nl: 'Opschalingsroutes', en: 'Scaling routes' },
  partners: { nl: 'Partners', en: 'Partners' },
  pilotConditions: { nl: 'Pilotomstandigheden (valkuil 3)', en: 'Pilot conditions (pitfall 3)' },
  actions: { nl: 'Acties', en: 'Actions' },
};

/** How a reader recognises an item: `Gemeente Utrecht (gemeente-utrecht)`, `a5: Title`, `In (inbedden)`. */
export function itemName(list: ListName, c: ItemChange, lang: Lang): string {
  switch (list) {
    case 'routes':
      return term(`route.${c.key}`)[lang];
    case 'partners':
      return c.label ? `${flat(c.label)} (${flat(c.key, 60)})` : flat(c.key, 60);
    case 'actions':
      return c.label ? `${flat(c.key, 60)}: ${flat(c.label)}` : flat(c.key, 60);
    case 'pilotConditions': {
      const kind = c.label === null ? say(lang, 'zonder soort', 'without kind') : flat(term(`condition.${c.label}`)[lang], 60);
      return say(lang, `omstandigheid ${Number(c.key) + 1}: ${kind}`, `condition ${Number(c.key) + 1}: ${kind}`);
    }
  }
}

/** A field's value in one short line: lists joined, nested values elided, long text cut. */
export function shortValue(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.length === 0 ? '[]' : v.map((x) => (x !== null && typeof x === 'object' ? '…' : flat(String(x)))).join(', ');
  if (typeof v === 'object') return say(lang, '(samengesteld)', '(nested)');
  return flat(String(v), 60);
}

/**
 * One line, at most `max` characters, without control characters (a plan or
 * a commit could otherwise send escape sequences to the terminal) or
 * bidirectional overrides (text that reads differently than it is).
 */
export function flat(text: string, max = 200): string {
  return oneLine(text.replace(/\s+/g, ' ').trim(), max); // the shared helper (text.ts)
}

/**
 * Plan text (names, messages that quote it) as literal Markdown: no links,
 * images, HTML, emphasis, table breaks or mentions can come from a plan.
 */
export function md(text: string): string {
  return flat(text, 400).replace(/[\\`*_{}[\]<>|~!@#&]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** Inline code that no backtick in the text can close early. */
export function code(text: string): string {
  const t = flat(text, 200);
  if (!t.includes('`')) return `\`${t}\``;
  const ticks = '`'.repeat(Math.max(...(t.match(/`+/g) ?? []).map((m) => m.length)) + 1);
  return `${ticks} ${t} ${ticks}`;
}

/** Pads text columns for the terminal (by characters; the words are short). */
export function columns(rows: string[][], gap = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join(gap).trimEnd());
}

export function shortHash(h: string | null): string {
  return h ? h.slice(0, 7) : '';
}

const SEVERITY_WORDS: Record<string, Localized> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'info', en: 'info' },
  hint: { nl: 'tip', en: 'hint' },
};

export function severityWord(s: string, lang: Lang): string {
  return Object.hasOwn(SEVERITY_WORDS, s) ? SEVERITY_WORDS[s]![lang] : s;
}
