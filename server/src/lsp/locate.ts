/**
 * What is under the cursor, from the YAML tree of the cached analysis:
 * a key, a value, or a partner/action id (declared or referenced).
 */
import type { Analysis } from '../lint.js';
import type { ReferenceFact } from '../model/facts.js';
import type { YNode, YPair, YScalar } from '../model/yamlTree.js';

export interface Spot {
  /** Path of the node: for a key, the path that ends with that key. */
  path: (string | number)[];
  onKey: boolean;
  /** The map entry when the cursor is on a key or on its (scalar) value. */
  pair?: YPair;
  node: YNode;
}

/** The innermost key or scalar at `offset`. */
export function locate(root: YNode | undefined, offset: number): Spot | undefined {
  let node = root;
  const path: (string | number)[] = [];
  let pair: YPair | undefined;
  while (node) {
    if (node.kind === 'map') {
      const hit: YPair | undefined = node.pairs.find((p) => within(offset, p.keyStart, p.keyEnd) || within(offset, p.value.start, p.value.end));
      if (!hit) return undefined;
      path.push(hit.key);
      if (within(offset, hit.keyStart, hit.keyEnd)) return { path, onKey: true, pair: hit, node: hit.value };
      pair = hit;
      node = hit.value;
    } else if (node.kind === 'seq') {
      const i = node.items.findIndex((n) => within(offset, n.start, n.end));
      if (i < 0) return undefined;
      path.push(i);
      pair = undefined;
      node = node.items[i];
    } else {
      return { path, onKey: false, pair, node };
    }
  }
  return undefined;
}

function within(offset: number, start: number, end: number): boolean {
  return end > start && offset >= start && offset <= end;
}

export interface IdSpot {
  kind: 'partner' | 'action';
  id: string;
  node: YScalar;
  declaration: boolean;
}

/** The partner or action id at `offset`: a reference (`owner: ns`, `actions: [a1]`) or a declaration (`id: ns`). */
export function idAt(a: Analysis, offset: number): IdSpot | undefined {
  const ref = a.facts.references.find((r) => within(offset, r.node.start, r.node.end));
  if (ref) return { kind: ref.kind, id: ref.id, node: ref.node, declaration: false };
  for (const kind of ['partner', 'action'] as const) {
    for (const node of declarationNodes(a, kind)) {
      if (within(offset, node.start, node.end) && typeof node.value === 'string') return { kind, id: node.value, node, declaration: true };
    }
  }
  return undefined;
}

/** The `id` value nodes of every declared partner (or action). */
export function declarationNodes(a: Analysis, kind: 'partner' | 'action', id?: string): YScalar[] {
  const list = kind === 'partner' ? a.facts.partners : a.facts.actions;
  const out: YScalar[] = [];
  for (const item of list) {
    const n = item.node.byKey.get('id')?.value;
    if (n?.kind === 'scalar' && typeof n.value === 'string' && (id === undefined || n.value === id)) out.push(n);
  }
  return out;
}

export function referencesTo(a: Analysis, kind: 'partner' | 'action', id: string): ReferenceFact[] {
  return a.facts.references.filter((r) => r.kind === kind && r.id === id);
}
