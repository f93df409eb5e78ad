/**
 * The plan schema seen from the editor: for a path, which keys may go
 * there, which values, and the canvas explanation of each in both
 * languages (`description` / `markdownDescription` in English, `x-nl` in
 * Dutch; per value `enumDescriptions` / `x-enumDescriptions-nl`). A thin
 * view over schema/load.ts's `schemaAt`, which resolves refs and branches.
 */
import { schemaAt as rawSchemaAt, type JSONSchema } from '../schema/load.js';
import type { Localized, PlanPath } from '../model/types.js';

export interface SchemaValue {
  value: string | number | boolean;
  description?: Localized;
}

export interface SchemaNode {
  description?: Localized;
  /** Keys an object here may have, in the schema's (canvas) order. */
  keys: string[];
  required: Set<string>;
  /** Scalar choices (enum), when closed. */
  values: SchemaValue[];
  /** A map with known keys may go here. */
  object: boolean;
  /** A list may go here (its items: the path plus an index). */
  list: boolean;
}

const cache = new Map<string, SchemaNode | undefined>();

export function schemaAt(path: PlanPath): SchemaNode | undefined {
  const key = JSON.stringify(path);
  if (cache.has(key)) return cache.get(key);
  let raw: JSONSchema | undefined;
  try {
    raw = rawSchemaAt(path);
  } catch {
    raw = undefined; // no schema file (a broken package): completion and hover just offer less
  }
  const node = raw ? view(raw) : undefined;
  if (cache.size > 5000) cache.clear();
  cache.set(key, node);
  return node;
}

function view(s: JSONSchema): SchemaNode {
  const keys = s.properties ? Object.keys(s.properties) : [];
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  const en = list(s['markdownEnumDescriptions']) ?? list(s.enumDescriptions) ?? [];
  const nl = list(s['x-enumDescriptions-nl']) ?? [];
  const values: SchemaValue[] = [];
  (Array.isArray(s.enum) ? s.enum : []).forEach((v, i) => {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return; // `null`: leaving it empty
    const d = localized(en[i], nl[i]);
    values.push(d ? { value: v, description: d } : { value: v });
  });
  return {
    description: localized(text(s.markdownDescription) ?? text(s.description), text(s['x-nl'])),
    keys,
    required: new Set(s.required ?? []),
    values,
    object: keys.length > 0,
    list: s.items !== undefined || types.includes('array'),
  };
}

function localized(en: string | undefined, nl: string | undefined): Localized | undefined {
  if (!en && !nl) return undefined;
  return { en: en ?? nl!, nl: nl ?? en! };
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : undefined;
}

function list(v: unknown): (string | undefined)[] | undefined {
  return Array.isArray(v) ? v.map((x) => text(x)) : undefined;
}
