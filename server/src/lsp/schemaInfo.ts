/**
 * The plan schema seen from the editor: for a path, which keys may go
 * there, which values, and the canvas explanation of each in both
 * languages (`description` in English, `x-nl` in Dutch). A small walker
 * over the JSON Schema: $ref, allOf/anyOf/oneOf (merged: completion offers
 * what any branch allows), properties, items, enum/const.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Localized, PlanPath } from '../model/types.js';

export interface SchemaValue {
  value: string | number | boolean;
  description?: Localized;
}

export interface SchemaNode {
  description?: Localized;
  /** Keys of an object (empty when it takes none). */
  properties: Map<string, SchemaNode>;
  required: Set<string>;
  /** Schema of list items, when a list is allowed here. */
  items?: SchemaNode;
  /** Scalar choices (enum / const), when closed. */
  values: SchemaValue[];
  types: Set<string>;
}

type Json = Record<string, unknown>;

let root: Json | null | undefined;
const cache = new Map<string, SchemaNode | undefined>();

/** The schema file beside the package: server/out/lsp → ../../../schemas, dist/ → ../schemas. */
function loadSchema(): Json | null {
  if (root !== undefined) return root;
  root = null;
  for (const rel of ['../../../schemas', '../../schemas', '../schemas', 'schemas']) {
    const file = join(__dirname, rel, 'scaling-plan.schema.json');
    if (!existsSync(file)) continue;
    try {
      root = JSON.parse(readFileSync(file, 'utf8')) as Json;
      break;
    } catch {
      root = null;
    }
  }
  return root;
}

export function schemaAt(path: PlanPath): SchemaNode | undefined {
  const key = JSON.stringify(path);
  if (cache.has(key)) return cache.get(key);
  const schema = loadSchema();
  let node: SchemaNode | undefined = schema ? build([schema], schema) : undefined;
  for (const seg of path) {
    if (!node) break;
    node = typeof seg === 'number' ? node.items : node.properties.get(seg);
  }
  cache.set(key, node);
  return node;
}

/** Merges schema alternatives into one view; children are built lazily through getters would be nicer, but plans are small. */
function build(parts: Json[], schema: Json, depth = 0): SchemaNode {
  const flat = flatten(parts, schema, new Set());
  const node: SchemaNode = { properties: new Map(), required: new Set(), values: [], types: new Set() };
  const propParts = new Map<string, Json[]>();
  const itemParts: Json[] = [];
  for (const p of flat) {
    if (!node.description) node.description = localized(p);
    const type = p['type'];
    for (const t of Array.isArray(type) ? type : type ? [type] : []) node.types.add(String(t));
    const props = p['properties'];
    if (props && typeof props === 'object') {
      for (const [k, v] of Object.entries(props as Json)) {
        if (v && typeof v === 'object') propParts.set(k, [...(propParts.get(k) ?? []), v as Json]);
      }
      node.types.add('object');
    }
    if (Array.isArray(p['required'])) for (const r of p['required'] as unknown[]) node.required.add(String(r));
    const items = p['items'];
    if (items && typeof items === 'object' && !Array.isArray(items)) {
      itemParts.push(items as Json);
      node.types.add('array');
    }
    const descs = enumDescriptions(p);
    if (Array.isArray(p['enum'])) {
      (p['enum'] as unknown[]).forEach((v, i) => addValue(node, v, descs[i]));
    }
    if ('const' in p) addValue(node, p['const'], localized(p));
  }
  if (depth < 12) {
    for (const [k, v] of propParts) node.properties.set(k, build(v, schema, depth + 1));
    if (itemParts.length > 0) node.items = build(itemParts, schema, depth + 1);
  }
  return node;
}

function addValue(node: SchemaNode, v: unknown, description: Localized | undefined): void {
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return;
  if (node.values.some((x) => x.value === v)) return;
  node.values.push(description ? { value: v, description } : { value: v });
}

/** Resolves $ref and spreads allOf/anyOf/oneOf into a flat list of schema objects. */
function flatten(parts: Json[], schema: Json, seen: Set<Json>): Json[] {
  const out: Json[] = [];
  for (const p of parts) {
    if (!p || typeof p !== 'object' || seen.has(p)) continue;
    seen.add(p);
    out.push(p);
    if (typeof p['$ref'] === 'string') {
      const target = resolveRef(schema, p['$ref']);
      if (target) out.push(...flatten([target], schema, seen));
    }
    for (const k of ['allOf', 'anyOf', 'oneOf']) {
      const list = p[k];
      if (Array.isArray(list)) out.push(...flatten(list as Json[], schema, seen));
    }
    for (const k of ['then', 'else']) {
      const branch = p[k];
      if (branch && typeof branch === 'object') out.push(...flatten([branch as Json], schema, seen));
    }
  }
  return out;
}

function resolveRef(schema: Json, ref: string): Json | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = schema;
  for (const raw of ref.slice(1).split('/').filter((s) => s)) {
    const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = node && typeof node === 'object' ? (node as Json)[seg] : undefined;
  }
  return node && typeof node === 'object' ? (node as Json) : undefined;
}

const NL_KEYS = ['x-nl', 'x-description-nl', 'x-nl-description', 'x-markdownDescription-nl'];

function localized(p: Json): Localized | undefined {
  const en = text(p['markdownDescription']) ?? text(p['description']) ?? text(p['title']);
  let nl: string | undefined;
  for (const k of NL_KEYS) {
    const v = p[k];
    if (typeof v === 'string') nl = v;
    else if (v && typeof v === 'object') nl = text((v as Json)['description']) ?? text((v as Json)['markdownDescription']);
    if (nl) break;
  }
  if (!en && !nl) return undefined;
  return { en: en ?? nl!, nl: nl ?? en! };
}

function enumDescriptions(p: Json): (Localized | undefined)[] {
  const en = list(p['markdownEnumDescriptions']) ?? list(p['enumDescriptions']) ?? [];
  const nlRaw = p['x-enumDescriptions-nl'] ?? p['x-nl-enumDescriptions'] ?? (p['x-nl'] && typeof p['x-nl'] === 'object' ? (p['x-nl'] as Json)['enumDescriptions'] : undefined);
  const nl = list(nlRaw) ?? [];
  const n = Math.max(en.length, nl.length);
  return Array.from({ length: n }, (_, i) => (en[i] || nl[i] ? { en: en[i] ?? nl[i]!, nl: nl[i] ?? en[i]! } : undefined));
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : undefined;
}

function list(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : '')) : undefined;
}
