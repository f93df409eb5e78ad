/**
 * The canvas editor's intent contract (server/src/edits/intentTypes.ts),
 * checked at run time the way the extension must check what a webview
 * sends, and where an intent's path may point. For the editor's tests.
 */
import { expect } from 'vitest';
import type { Intent } from '../../server/src/edits/intentTypes';
import type { Analysis } from '../../server/src/lint';
import { nodeAt, pairAt } from '../../server/src/model/plan';
import type { PlanPath } from '../../server/src/model/types';
import { schemaAt } from '../../server/src/schema/load';

export const isPath = (p: unknown): p is PlanPath =>
  Array.isArray(p) && p.length > 0 && p.every((s) => (typeof s === 'string' && s !== '') || (Number.isInteger(s) && (s as number) >= 0));
const isScalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isSkeleton = (v: unknown): boolean =>
  isScalar(v) || (Array.isArray(v) && v.every(isSkeleton)) || (typeof v === 'object' && v !== null && Object.values(v).every(isSkeleton));

/** The contract of edits/intentTypes.ts, checked at run time: the shape the extension validates too. */
export function parseIntent(json: string): Intent {
  const v = JSON.parse(json) as Record<string, unknown>;
  const keys = Object.keys(v).sort().join(',');
  switch (v['kind']) {
    case 'set': expect(keys).toBe('kind,path,value'); expect(isPath(v['path']) && isScalar(v['value'])).toBe(true); break;
    case 'remove': expect(keys).toBe('kind,path'); expect(isPath(v['path'])).toBe(true); break;
    case 'add': expect(keys).toBe('item,kind,path'); expect(isPath(v['path']) && isSkeleton(v['item'])).toBe(true); break;
    case 'link': case 'unlink': expect(keys).toBe('id,kind,path'); expect(isPath(v['path']) && typeof v['id'] === 'string' && v['id'] !== '').toBe(true); break;
    case 'fix': expect(keys).toBe('character,code,index,kind,line'); expect([v['line'], v['character'], v['index']].every(Number.isInteger)).toBe(true); break;
    default: throw new Error(`not an intent: ${json}`);
  }
  return v as unknown as Intent;
}

/** A path the engine can write: there already, or absent where the schema has a place and the nearest present parent is a map, a list or an empty value. */
export function reachable(a: Analysis, path: PlanPath): boolean {
  if (nodeAt(a.doc, path) || pairAt(a.doc, path)) return true;
  if (!schemaAt(path)) return false;
  for (let n = path.length - 1; n >= 0; n--) {
    const parent = n === 0 ? a.doc.root : nodeAt(a.doc, path.slice(0, n));
    if (parent) return parent.kind === 'map' || (parent.kind === 'scalar' && parent.value === null) || (parent.kind === 'seq' && typeof path[n] === 'number');
  }
  return false;
}

