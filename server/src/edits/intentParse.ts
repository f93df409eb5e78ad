/**
 * An intent from a webview is untrusted input: `parseIntent` builds a fresh
 * Intent from it or answers undefined. Only the fields of its kind (any
 * other field refuses the message: the document version travels in the
 * face's envelope, not here), only own data properties, path elements that
 * are keys (1–100 characters, none of `__proto__`, `constructor`,
 * `prototype`) or list indexes (0–99 999), at most 12 of them; texts up to
 * 20,000 characters without control characters other than tab and line
 * feed, lone surrogates or a BOM; numbers finite; an item at most 4 levels
 * deep and 200 values in all, with lower-case kebab-case field names.
 * Never throws (a getter that throws, a proxy: undefined).
 */
import type { PlanPath } from '../model/types.js';
import type { Intent, IntentScalar } from './intentTypes.js';
import type { Skeleton } from './yamlEdit.js';

export const INTENT_LIMITS = { pathLength: 12, keyLength: 100, maxIndex: 99_999, textLength: 20_000, itemDepth: 4, itemValues: 200, idLength: 200, line: 10_000_000, fixIndex: 100 };

const FIELDS: Record<Intent['kind'], string[]> = {
  set: ['kind', 'path', 'value'],
  remove: ['kind', 'path'],
  add: ['kind', 'path', 'item'],
  link: ['kind', 'path', 'id'],
  unlink: ['kind', 'path', 'id'],
  fix: ['kind', 'code', 'line', 'character', 'index'],
};

const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const BAD_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const FIELD_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

class Invalid extends Error {}
const fail = (): never => {
  throw new Invalid();
};

export function parseIntent(m: unknown): Intent | undefined {
  try {
    return parse(m);
  } catch {
    return undefined;
  }
}

/** The own data fields of a plain object (or array), read once each; anything else is invalid. */
function fields(o: unknown, array: boolean): Map<string, unknown> {
  if (o === null || typeof o !== 'object' || Array.isArray(o) !== array) fail();
  const proto = Object.getPrototypeOf(o);
  if (proto !== null && proto !== (array ? Array.prototype : Object.prototype)) fail();
  const out = new Map<string, unknown>();
  for (const key of Reflect.ownKeys(o as object)) {
    if (typeof key !== 'string') fail();
    const d = Object.getOwnPropertyDescriptor(o, key as string);
    if (!d || !('value' in d)) fail();
    if (array && key === 'length') continue;
    out.set(key as string, d!.value);
  }
  return out;
}

function parse(m: unknown): Intent {
  const f = fields(m, false);
  const kind = f.get('kind');
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(FIELDS, kind)) fail();
  const allowed = FIELDS[kind as Intent['kind']];
  for (const k of f.keys()) if (!allowed.includes(k)) fail();
  for (const k of allowed) if (!f.has(k)) fail();
  switch (kind as Intent['kind']) {
    case 'set': return { kind: 'set', path: path(f.get('path')), value: scalar(f.get('value')) };
    case 'remove': return { kind: 'remove', path: path(f.get('path')) };
    case 'add': return { kind: 'add', path: path(f.get('path')), item: skeleton(f.get('item'), 0, { values: 0 }) };
    case 'link': return { kind: 'link', path: path(f.get('path')), id: id(f.get('id')) };
    case 'unlink': return { kind: 'unlink', path: path(f.get('path')), id: id(f.get('id')) };
    case 'fix': {
      const code = f.get('code');
      if (typeof code !== 'string' || !/^SP\d{3}$/.test(code)) fail();
      return { kind: 'fix', code: code as string, line: int(f.get('line'), INTENT_LIMITS.line), character: int(f.get('character'), INTENT_LIMITS.line), index: int(f.get('index'), INTENT_LIMITS.fixIndex) };
    }
  }
}

function int(v: unknown, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) fail();
  return v as number;
}

function text(v: unknown, max = INTENT_LIMITS.textLength): string {
  if (typeof v !== 'string' || v.length > max || BAD_TEXT.test(v)) fail();
  return v as string;
}

function path(v: unknown): PlanPath {
  const f = fields(v, true);
  const n = f.size;
  if (n < 1 || n > INTENT_LIMITS.pathLength) fail();
  const out: (string | number)[] = [];
  for (let i = 0; i < n; i++) {
    if (!f.has(String(i))) fail();
    const seg = f.get(String(i));
    if (typeof seg === 'number') out.push(int(seg, INTENT_LIMITS.maxIndex));
    else {
      const key = text(seg, INTENT_LIMITS.keyLength);
      if (key === '' || PROTO_KEYS.has(key) || /[\n\t]/.test(key)) fail();
      out.push(key);
    }
  }
  return out;
}

function scalar(v: unknown): IntentScalar {
  if (v === null || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : fail();
  return text(v);
}

function id(v: unknown): string {
  const s = text(v, INTENT_LIMITS.idLength);
  if (s === '' || /\s/.test(s)) fail();
  return s;
}

function skeleton(v: unknown, depth: number, count: { values: number }): Skeleton {
  if (++count.values > INTENT_LIMITS.itemValues || depth > INTENT_LIMITS.itemDepth) fail();
  if (v === null || typeof v !== 'object') return scalar(v);
  const array = Array.isArray(v);
  const f = fields(v, array);
  if (array) {
    const out: Skeleton[] = [];
    for (let i = 0; i < f.size; i++) {
      if (!f.has(String(i))) fail();
      out.push(skeleton(f.get(String(i)), depth + 1, count));
    }
    return out;
  }
  const out: Record<string, Skeleton> = {};
  for (const [k, x] of f) {
    if (!FIELD_NAME.test(k) || k.length > 64 || PROTO_KEYS.has(k)) fail();
    out[k] = skeleton(x, depth + 1, count);
  }
  return out;
}
