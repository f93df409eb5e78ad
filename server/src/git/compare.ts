/**
 * Two analyses of one plan → what moved between them. Pure: no git, no
 * files. Items are matched by what names them (ingredient and route keys,
 * partner and action ids, pilot conditions by position and kind) and
 * findings by rule code and canvas item — never by line number, so moving
 * text around is not a change.
 */
import { INGREDIENTS, ROUTES, type IngredientKey } from '../model/canvas.js';
import type { PlanFacts } from '../model/facts.js';
import { toData } from '../model/plan.js';
import type { Diagnostic, Severity } from '../model/types.js';
import type { YNode } from '../model/yamlTree.js';
import type { Analysis } from '../lint.js';
import { moreChanges, type MoreChanges } from './compareMore.js';

/**
 * An ingredient's status from worst to best: absent, then `unknown` (not
 * yet looked at), then the three judgements. A move to the right is an
 * improvement.
 */
export const STATUS_ORDER = ['missing', 'unknown', 'insufficient', 'partial', 'sufficient'] as const;
export type IngredientStatus = (typeof STATUS_ORDER)[number];
/** Risk for scaling from worst to best. */
export const RISK_ORDER = ['high', 'medium', 'low'] as const;

/** `changed`: the two ends cannot be ordered (a risk set or removed). */
export type Direction = 'improved' | 'worsened' | 'changed';

export interface IngredientMove {
  key: IngredientKey;
  /** The status at each end (`missing` when the ingredient is absent). */
  from: IngredientStatus;
  to: IngredientStatus;
  /** By status; by risk when only the risk moved. */
  direction: Direction;
  /** The risk for scaling at each end; null when not set. */
  risk: { from: string | null; to: string | null };
}

export interface FieldChange {
  field: string;
  /** The plain YAML value at each end; null when absent. */
  from: unknown;
  to: unknown;
}

export interface ItemChange {
  /** Route key, partner id, action id, or the pilot condition's index (0-based). */
  key: string;
  change: 'added' | 'dropped' | 'changed';
  /** What a reader recognises: the partner's name, the action's title, the condition's kind. */
  label: string | null;
  /** For `changed`: the fields that differ, in the plan's order. */
  fields: FieldChange[];
}

export interface DiagnosticEntry {
  code: string;
  rule: string;
  severity: Severity;
  item: string;
  message: string;
  docUrl: string;
  /** 1-based, in the version the finding belongs to. */
  line: number;
  column: number;
}

export interface Comparison {
  ingredients: IngredientMove[];
  routes: ItemChange[];
  partners: ItemChange[];
  pilotConditions: ItemChange[];
  actions: ItemChange[];
  diagnostics: { resolved: DiagnosticEntry[]; appeared: DiagnosticEntry[] };
}

/** Comparison and the canvas 1.1 fields (compareMore.ts): every field of every canvas item. */
export type FullComparison = Comparison & MoreChanges;

/** Compares two ends; an absent plan (undefined) has nothing, so everything is added or dropped. */
export function compare(before: Analysis | undefined, after: Analysis | undefined): FullComparison {
  const [a, b] = [before?.facts, after?.facts];
  return {
    ...moreChanges(before?.doc.data, after?.doc.data),
    ingredients: ingredientMoves(a, b),
    routes: changes(routeItems(a), routeItems(b)),
    partners: changes(keyed(a?.partners ?? [], (p) => p.id, (p) => p.name), keyed(b?.partners ?? [], (p) => p.id, (p) => p.name)),
    pilotConditions: changes(conditionItems(a), conditionItems(b)),
    actions: changes(keyed(a?.actions ?? [], (x) => x.id, (x) => x.title), keyed(b?.actions ?? [], (x) => x.id, (x) => x.title)),
    diagnostics: matchDiagnostics(before?.diagnostics ?? [], after?.diagnostics ?? []),
  };
}

function ingredientMoves(a: PlanFacts | undefined, b: PlanFacts | undefined): IngredientMove[] {
  const moves: IngredientMove[] = [];
  for (const key of INGREDIENTS) {
    const [x, y] = [a?.ingredients.get(key), b?.ingredients.get(key)];
    const from = (x?.status ?? 'missing') as IngredientStatus;
    const to = (y?.status ?? 'missing') as IngredientStatus;
    const risk = { from: x?.risk ?? null, to: y?.risk ?? null };
    if (from === to && risk.from === risk.to) continue;
    const direction = from !== to ? order(STATUS_ORDER, from, to) : order(RISK_ORDER, risk.from, risk.to);
    moves.push({ key, from, to, direction, risk });
  }
  return moves;
}

function order(scale: readonly string[], from: string | null, to: string | null): Direction {
  const [i, j] = [from === null ? -1 : scale.indexOf(from), to === null ? -1 : scale.indexOf(to)];
  if (i < 0 || j < 0) return 'changed';
  return j > i ? 'improved' : 'worsened';
}

export interface Item {
  label: string | null;
  /** The item's fields as plain values (`id` left out: it is the key). */
  data: Record<string, unknown>;
}

function fieldsOf(node: YNode | undefined): Record<string, unknown> {
  const data = node ? toData(node) : null;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [k, v] of Object.entries(data)) if (k !== 'id') out[k] = v;
  }
  return out;
}

/** Items by id; one without an id is known by its place (`#3`); a repeated id keeps its first entry (SP005 reports it). */
function keyed<T extends { id: string | undefined; index: number; node: YNode }>(list: readonly T[], id: (x: T) => string | undefined, label: (x: T) => string | undefined): Map<string, Item> {
  const out = new Map<string, Item>();
  for (const x of list) {
    const key = id(x) ?? `#${x.index + 1}`;
    if (!out.has(key)) out.set(key, { label: label(x) ?? null, data: fieldsOf(x.node) });
  }
  return out;
}

function routeItems(f: PlanFacts | undefined): Map<string, Item> {
  const out = new Map<string, Item>();
  for (const key of ROUTES) {
    const r = f?.routes.get(key);
    if (r) out.set(key, { label: null, data: fieldsOf(r.node) });
  }
  return out;
}

/** Pilot conditions have no id: the same place in the list and the same kind is the same condition. */
function conditionItems(f: PlanFacts | undefined): Map<string, Item> {
  const out = new Map<string, Item>();
  for (const c of f?.pilotConditions ?? []) out.set(`${c.index}\u0000${c.kind ?? ''}`, { label: c.kind ?? null, data: fieldsOf(c.node) });
  return out;
}

export function changes(before: Map<string, Item>, after: Map<string, Item>): ItemChange[] {
  const out: ItemChange[] = [];
  const shown = (key: string): string => key.split('\u0000')[0]!;
  for (const [key, x] of before) {
    const y = after.get(key);
    if (!y) {
      out.push({ key: shown(key), change: 'dropped', label: x.label, fields: [] });
      continue;
    }
    const fields = fieldChanges(x.data, y.data);
    if (fields.length > 0) out.push({ key: shown(key), change: 'changed', label: y.label, fields });
  }
  for (const [key, y] of after) {
    if (!before.has(key)) out.push({ key: shown(key), change: 'added', label: y.label, fields: [] });
  }
  return out;
}

export function fieldChanges(x: Record<string, unknown>, y: Record<string, unknown>): FieldChange[] {
  const keys = [...Object.keys(y), ...Object.keys(x).filter((k) => !(k in y))];
  const out: FieldChange[] = [];
  for (const field of keys) {
    const [from, to] = [x[field] ?? null, y[field] ?? null];
    if (stable(from) !== stable(to)) out.push({ field, from, to });
  }
  return out;
}

/** JSON with sorted keys: equal values give equal text whatever the key order. */
export function stable(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
}

/**
 * Findings are the same finding when they have the same code and concern
 * the same canvas item; among several such, the same message decides, and
 * what is left pairs up in order (a message that changed wording, e.g. a
 * date in it, is still the same finding).
 */
export function matchDiagnostics(before: readonly Diagnostic[], after: readonly Diagnostic[]): Comparison['diagnostics'] {
  const { resolved, appeared } = pairDiagnostics(before, after);
  return { resolved: resolved.map(entry), appeared: appeared.map(entry) };
}

/** The matching of `matchDiagnostics` on the findings themselves (`lint --new-since` marks the appeared ones). */
export function pairDiagnostics(before: readonly Diagnostic[], after: readonly Diagnostic[]): { resolved: Diagnostic[]; appeared: Diagnostic[] } {
  const group = (d: Diagnostic): string => `${d.code}\u0000${d.item}`;
  const waiting = new Map<string, Diagnostic[]>();
  for (const d of after) {
    const g = waiting.get(group(d));
    if (g) g.push(d);
    else waiting.set(group(d), [d]);
  }
  const unmatched: Diagnostic[] = [];
  for (const d of before) {
    const g = waiting.get(group(d));
    const i = g ? g.findIndex((e) => e.message === d.message) : -1;
    if (g && i >= 0) g.splice(i, 1);
    else unmatched.push(d);
  }
  const resolved: Diagnostic[] = [];
  for (const d of unmatched) {
    const g = waiting.get(group(d));
    if (g && g.length > 0) g.shift();
    else resolved.push(d);
  }
  const left = new Set([...waiting.values()].flat());
  return { resolved, appeared: after.filter((d) => left.has(d)) };
}

function entry(d: Diagnostic): DiagnosticEntry {
  return {
    code: d.code, rule: d.rule, severity: d.severity, item: d.item, message: d.message, docUrl: d.docUrl,
    line: d.range.start.line + 1, column: d.range.start.character + 1,
  };
}
