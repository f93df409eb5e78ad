/**
 * The edit behind each quick fix, from the diagnostic's facts (`data`) and
 * the cached analysis. Every edit goes through yamlEdit, so it stays valid
 * YAML indented like its block. Undefined: no safe edit for this shape
 * (e.g. `ingredients` written as a list); the user still gets suppress/docs.
 */
import type { Analysis } from '../lint.js';
import { INGREDIENTS, term } from '../model/canvas.js';
import { nodeAt } from '../model/plan.js';
import type { Diagnostic, Lang, Localized, Range } from '../model/types.js';
import { fixes11 } from './fixes11.js';
import { addEntries, appendItems, TOP_ORDER, type Skeleton, type TextEdit } from './yamlEdit.js';
import { fill } from '../i18n.js';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** false: one choice among several, none better than another (the editor marks none preferred). */
  preferred?: boolean;
}

const T = {
  addIngredient: { nl: 'Voeg ingrediënt ‘{0}’ toe', en: "Add ingredient '{0}'" },
  addIngredients: { nl: 'Voeg alle {0} ontbrekende ingrediënten toe', en: 'Add all {0} missing ingredients' },
  addAtScale: { nl: 'Voeg toe wat er bij opschaling voor in de plaats komt (at-scale)', en: "Add an 'at-scale' answer" },
  atScale: { nl: 'Beschrijf wat bij opschaling de plaats van deze omstandigheid inneemt.', en: 'Describe what takes the place of this condition at scale.' },
  declareCondition: { nl: 'Neem pilotomstandigheid ‘{0}’ op bij valkuil 3', en: "Declare pilot condition '{0}' under pitfall 3" },
  'condition.extra-funding': { nl: 'Tijdelijk extra geld en ondersteuning voor de pilot.', en: 'Temporary extra funding in the pilot.' },
  'condition.frontrunners': { nl: 'Gemotiveerde koplopers trekken de pilot.', en: 'Motivated frontrunners drive the pilot.' },
  'condition.other': { nl: 'Omschrijf de omstandigheid die alleen in de pilot geldt.', en: 'Describe the condition that only holds in the pilot.' },
  createPartner: { nl: 'Maak partner ‘{0}’ aan', en: "Create partner '{0}'" },
  createAction: { nl: 'Maak actie ‘{0}’ aan', en: "Create action '{0}'" },
  actionTitle: { nl: 'Omschrijf deze actie.', en: 'Describe this action.' },
  addFloor: { nl: 'Voeg een ondergrens toe (kernelementen en indicatoren)', en: 'Add a floor (core elements and indicators)' },
  coreElement: { nl: 'Kernelement dat bij opschaling moet blijven', en: 'Core element that must stay at scale' },
  indicator: { nl: 'Indicator die laat zien dat het kernelement blijft', en: 'Indicator that shows the core element stays' },
  replace: { nl: 'Vervang door ‘{0}’', en: "Change to '{0}'" },
} satisfies Record<string, Localized>;

export function say(key: keyof typeof T, lang: Lang, ...args: (string | number)[]): string {
  return fill(T[key], lang, args);
}

function fixData(d: Diagnostic, key: string): string | undefined {
  const v = d.data?.[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** The ingredient skeleton SP301 adds: the status is honest (`unknown`) until the user fills it in. */
export function ingredientSkeleton(): Skeleton {
  return { status: 'unknown', risk: null, actions: [] };
}

export function addIngredients(a: Analysis, keys: string[]): TextEdit[] | undefined {
  const sorted = INGREDIENTS.filter((k) => keys.includes(k));
  return addEntries(a.doc, ['ingredients'], sorted.map((k) => [k, ingredientSkeleton()]), INGREDIENTS);
}

function missingIngredient(d: Diagnostic): string | undefined {
  const k = fixData(d, 'ingredient') ?? d.item.split('/')[1];
  return k && (INGREDIENTS as readonly string[]).includes(k) ? k : undefined;
}

/** The fixes for a diagnostic, the one to prefer first (none when its rule has no fix). */
export function fixesFor(a: Analysis, d: Diagnostic, lang: Lang): Fix[] {
  if (d.code === 'SP004') return referenceFixes(a, d, lang);
  const v11 = fixes11(a, d, lang);
  if (v11) return v11;
  const fix = fixFor(a, d, lang);
  return fix && fix.edits.length > 0 ? [fix] : [];
}

function fixFor(a: Analysis, d: Diagnostic, lang: Lang): Fix | undefined {
  switch (d.code) {
    case 'SP002': {
      const replace = fixData(d, 'replace');
      if (!replace) return undefined;
      return { title: say('replace', lang, replace), edits: [{ range: d.range, newText: replace }] };
    }
    case 'SP301': {
      const k = missingIngredient(d);
      const edits = k ? addIngredients(a, [k]) : undefined;
      return edits && { title: say('addIngredient', lang, term(`ingredient.${k}`)[lang]), edits };
    }
    case 'SP403': {
      const index = conditionIndex(a, d);
      if (index === undefined) return undefined;
      const edits = addEntries(a.doc, ['pitfalls', 'pilot-conditions', index], [['at-scale', say('atScale', lang)]]);
      return edits && { title: say('addAtScale', lang), edits };
    }
    case 'SP404': {
      const kind = fixData(d, 'kind') ?? fixData(d, 'expected') ?? expectedCondition(a);
      if (!kind) return undefined;
      const description = say(kind === 'extra-funding' || kind === 'frontrunners' ? `condition.${kind}` : 'condition.other', lang);
      const edits = appendItems(a.doc, ['pitfalls', 'pilot-conditions'], [{ kind, description }], ['limited-scope', 'coherence', 'pilot-conditions', 'scaling-partners']);
      return edits && { title: say('declareCondition', lang, kind), edits };
    }
    case 'SP502': {
      const edits = floorEdits(a, lang);
      return edits && { title: say('addFloor', lang), edits };
    }
    default:
      return undefined;
  }
}

/** SP004: respell to the declared id the rule suggests (preferred), or create the partner/action. */
function referenceFixes(a: Analysis, d: Diagnostic, lang: Lang): Fix[] {
  const ref = a.facts.references.find((r) => sameStart(a, r.node.start, d));
  const kind = fixData(d, 'kind') ?? ref?.kind;
  const id = fixData(d, 'id') ?? ref?.id;
  if (!id || (kind !== 'partner' && kind !== 'action')) return [];
  const out: Fix[] = [];
  const suggestion = fixData(d, 'suggestion');
  if (suggestion && ref) out.push({ title: say('replace', lang, suggestion), edits: [{ range: idRange(a, ref.node), newText: suggestion }] });
  const item: Skeleton = kind === 'partner' ? { id, name: id } : { id, title: say('actionTitle', lang) };
  const edits = appendItems(a.doc, [kind === 'partner' ? 'partners' : 'actions'], [item], TOP_ORDER);
  if (edits) out.push({ title: say(kind === 'partner' ? 'createPartner' : 'createAction', lang, id), edits });
  return out;
}

/** An id as written, without its quotes. */
function idRange(a: Analysis, n: { start: number; end: number }): Range {
  const raw = a.doc.text.slice(n.start, n.end);
  const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0];
  return quoted ? a.doc.lines.range(n.start + 1, n.end - 1) : a.doc.lines.range(n.start, n.end);
}

function sameStart(a: Analysis, offset: number, d: Diagnostic): boolean {
  const p = a.doc.lines.position(offset);
  return p.line === d.range.start.line && p.character === d.range.start.character;
}

/** Which pilot condition an SP403 is about: `data.index`, the item path, or the range. */
function conditionIndex(a: Analysis, d: Diagnostic): number | undefined {
  const fromData = d.data?.['index'];
  if (typeof fromData === 'number') return fromData;
  const fromItem = /pilot-conditions\/(\d+)/.exec(d.item);
  if (fromItem) return Number(fromItem[1]);
  const list = nodeAt(a.doc, ['pitfalls', 'pilot-conditions']);
  if (list?.kind !== 'seq') return undefined;
  const offset = a.doc.lines.offset(d.range.start);
  const i = list.items.findIndex((n) => offset >= n.start && offset <= n.end);
  return i >= 0 ? i : undefined;
}

/** SP404 without data: a temporary funder expects `extra-funding`, drivers none embedded `frontrunners`. */
function expectedCondition(a: Analysis): string | undefined {
  const list = nodeAt(a.doc, ['pitfalls', 'pilot-conditions']);
  const declared = new Set(list?.kind === 'seq' ? list.items.map((n) => (n.kind === 'map' ? n.byKey.get('kind')?.value : undefined)).map((n) => (n?.kind === 'scalar' ? String(n.value) : '')) : []);
  if (a.facts.funders.some((f) => f.kind === 'temporary') && !declared.has('extra-funding')) return 'extra-funding';
  if (a.facts.drivers.length > 0 && !a.facts.drivers.some((d) => d.embedded) && !declared.has('frontrunners')) return 'frontrunners';
  return undefined;
}

/** SP502: a floor with at least one core element and one indicator. */
function floorEdits(a: Analysis, lang: Lang): TextEdit[] | undefined {
  const floor = nodeAt(a.doc, ['floor']);
  const wanted: [string, string][] = [['core-elements', say('coreElement', lang)], ['indicators', say('indicator', lang)]];
  if (!floor || (floor.kind === 'scalar' && floor.value === null)) {
    return addEntries(a.doc, ['floor'], wanted.map(([k, v]) => [k, [v]]), []);
  }
  if (floor.kind !== 'map') return undefined;
  const edits: TextEdit[] = [];
  const absent: [string, Skeleton][] = [];
  for (const [k, v] of wanted) {
    const list = floor.byKey.get(k)?.value;
    if (!list) absent.push([k, [v]]);
    else if ((list.kind === 'seq' && list.items.length === 0) || (list.kind === 'scalar' && list.value === null)) {
      const e = appendItems(a.doc, ['floor', k], [v]);
      if (!e) return undefined;
      edits.push(...e);
    }
  }
  const added = addEntries(a.doc, ['floor'], absent);
  if (!added) return undefined;
  return [...edits, ...added];
}

/**
 * Fixes safe to apply unattended (`source.fixAll`, `lint --fix`): spelling
 * suggestions and ingredient skeletons — never on a plan with YAML syntax errors.
 */
export function safeFixes(a: Analysis): TextEdit[] {
  // Unattended edits on a text that does not parse could land anywhere: none, until it parses.
  if (a.diagnostics.some((d) => d.code === 'SP001')) return [];
  const edits: TextEdit[] = [];
  const renamedTo = new Set<string>();
  for (const d of a.diagnostics) {
    const replace = d.code === 'SP002' ? fixData(d, 'replace') : undefined;
    if (!replace) continue;
    edits.push({ range: d.range, newText: replace });
    renamedTo.add(replace);
  }
  // A key respelled to `financing` is no longer missing: do not add it twice.
  const missing = a.diagnostics.filter((d) => d.code === 'SP301').map(missingIngredient).filter((k): k is string => !!k && !renamedTo.has(k));
  if (missing.length > 0) edits.push(...(addIngredients(a, missing) ?? []));
  return edits;
}
