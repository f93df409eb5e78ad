/**
 * The rest of a complete `diff` (issue 15): every field of every canvas item
 * that compare.ts's lists do not already cover — funders, drivers, the
 * floor, evidence, learning questions, the team's assessment, the other
 * fields of each ingredient, the pilot's own fields and the remaining parts.
 * Pure, from the plain data of each end. Items are matched by what names
 * them (a funder by its partner, a driver by name, evidence by its claim, a
 * learning question by its text, a floor entry by its text), a repeated name
 * by its occurrence (`gemeente#2`), never by line.
 */
import { INGREDIENTS } from '../model/canvas.js';
import { changes, fieldChanges, type FieldChange, type Item, type ItemChange } from './compare.js';

export interface MoreChanges {
  /** Funders (`ingredients.financing.funders`), by partner id. */
  funders: ItemChange[];
  /** Drivers (`pilot.drivers`), by name. */
  drivers: ItemChange[];
  /** Floor entries: label `core-element` or `indicator`, key the text. */
  floor: ItemChange[];
  /** `evidence`, by claim. */
  evidence: ItemChange[];
  /** `learning-agenda`, by question. */
  learningQuestions: ItemChange[];
  /** `assessment.<part>`: the team's own status per part. */
  assessment: FieldChange[];
  /** Ingredient fields besides status and risk (in `ingredients`) and funders (in `funders`): actions, notes … */
  ingredientFields: ItemChange[];
  /** `pilot.*` besides the drivers: name, owner, stage, period, domains, summary. */
  pilot: FieldChange[];
  /** Every other part, by its path: `impact.aim`, `strategy`, `scale.resources`, `pitfalls.coherence` … */
  parts: FieldChange[];
}

type Data = Record<string, unknown>;

function obj(v: unknown): Data | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : undefined;
}
function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function at(v: unknown, ...path: string[]): unknown {
  let x = v;
  for (const k of path) x = obj(x)?.[k];
  return x;
}
/** A name as the key of an item: strings, numbers and dates as written. */
function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Items of a list keyed by `key(item)`; repeats become `name#2`, nameless items `#3` (their place). */
function byName(items: unknown[], key: (x: unknown) => string | undefined, omit: string[], label: (x: unknown) => string | null = () => null): Map<string, Item> {
  const out = new Map<string, Item>();
  const seen = new Map<string, number>();
  items.forEach((x, i) => {
    const name = key(x);
    let k = name ?? `#${i + 1}`;
    if (name !== undefined) {
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      if (n > 1) k = `${name}#${n}`;
    }
    const data: Data = Object.create(null) as Data;
    const o = obj(x);
    if (o) {
      for (const [f, v] of Object.entries(o)) if (!omit.includes(f)) data[f] = v;
    } else if (name === undefined) data['value'] = x;
    out.set(k, { label: label(x), data });
  });
  return out;
}

function floorItems(d: unknown): Map<string, Item> {
  const out = new Map<string, Item>();
  for (const [k, v] of byName(list(at(d, 'floor', 'core-elements')), nameOf, [], () => 'core-element')) out.set(`${k}\u0000core`, v);
  const text = (x: unknown): string | undefined => nameOf(x) ?? nameOf(obj(x)?.['text']);
  for (const [k, v] of byName(list(at(d, 'floor', 'indicators')), text, ['text'], () => 'indicator')) out.set(`${k}\u0000indicator`, v);
  return out;
}

function ingredientItems(d: unknown): Map<string, Item> {
  const out = new Map<string, Item>();
  const ingredients = obj(at(d, 'ingredients'));
  for (const key of INGREDIENTS) {
    if (!ingredients || !(key in ingredients)) continue;
    const data: Data = Object.create(null) as Data;
    for (const [f, v] of Object.entries(obj(ingredients[key]) ?? {})) if (!['status', 'risk', 'funders'].includes(f)) data[f] = v;
    out.set(key, { label: null, data });
  }
  return out;
}

/** The fields of one map, or nothing when it is not a map. */
function fields(v: unknown, omit: string[] = []): Data {
  const out: Data = Object.create(null) as Data;
  for (const [k, x] of Object.entries(obj(v) ?? {})) if (!omit.includes(k)) out[k] = x;
  return out;
}

/** The parts compared as whole values, by path (their inner items have no names to match by). */
const PART_PATHS: string[][] = [
  ['impact', 'issue'], ['impact', 'aim'], ['impact', 'statement'], ['impact', 'theory-of-change'],
  ['strategy'], ['transferable'], ['scale', 'resources'], ['scale', 'ambition'],
  ['pitfalls', 'limited-scope'], ['pitfalls', 'coherence'], ['pitfalls', 'scaling-partners'],
];

function partValues(d: unknown): Data {
  const out: Data = Object.create(null) as Data;
  for (const p of PART_PATHS) {
    const v = at(d, ...p);
    if (v !== undefined) out[p.join('.')] = v;
  }
  return out;
}

/**
 * Like `changes`, but an added or dropped item also lists its fields (from
 * or to null): "a structural funder added" is what a reviewer needs to read,
 * not only "a funder added".
 */
function described(before: Map<string, Item>, after: Map<string, Item>): ItemChange[] {
  const shown = (m: Map<string, Item>): Map<string, Item> => new Map([...m].map(([k, v]) => [k.split('\u0000')[0]!, v]));
  const [a, b] = [shown(before), shown(after)];
  return changes(before, after).map((c) => {
    if (c.change === 'added') return { ...c, fields: fieldChanges({}, b.get(c.key)?.data ?? {}) };
    if (c.change === 'dropped') return { ...c, fields: fieldChanges(a.get(c.key)?.data ?? {}, {}) };
    return c;
  });
}

export function moreChanges(before: unknown, after: unknown): MoreChanges {
  const funders = (d: unknown): Map<string, Item> => byName(list(at(d, 'ingredients', 'financing', 'funders')), (x) => nameOf(obj(x)?.['partner']), ['partner']);
  const drivers = (d: unknown): Map<string, Item> => byName(list(at(d, 'pilot', 'drivers')), (x) => nameOf(obj(x)?.['name']), ['name'], (x) => nameOf(obj(x)?.['partner']) ?? null);
  const evidence = (d: unknown): Map<string, Item> => byName(list(at(d, 'evidence')), (x) => nameOf(obj(x)?.['claim']), ['claim']);
  const questions = (d: unknown): Map<string, Item> => byName(list(at(d, 'learning-agenda')), (x) => nameOf(obj(x)?.['question']), ['question']);
  return {
    funders: described(funders(before), funders(after)),
    drivers: described(drivers(before), drivers(after)),
    floor: described(floorItems(before), floorItems(after)),
    evidence: described(evidence(before), evidence(after)),
    learningQuestions: described(questions(before), questions(after)),
    assessment: fieldChanges(fields(at(before, 'assessment')), fields(at(after, 'assessment'))),
    ingredientFields: changes(ingredientItems(before), ingredientItems(after)).filter((c) => c.change === 'changed'),
    pilot: fieldChanges(fields(at(before, 'pilot'), ['drivers']), fields(at(after, 'pilot'), ['drivers'])),
    parts: fieldChanges(partValues(before), partValues(after)),
  };
}
