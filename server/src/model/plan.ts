/**
 * A parsed plan: the YAML tree, the plain value, and node look-ups by path.
 * `parsePlan` never throws; everything wrong is in `tree.problems` /
 * `tree.duplicates`, for the SP00x rules to report.
 */
import { LineIndex } from './lines.js';
import type { PlanPath, Range } from './types.js';
import { ChunkCache, readYamlTreeIncremental } from './chunks.js';
import { readYamlTree, type YMap, type YNode, type YPair, type YamlTree } from './yamlTree.js';
import { recoverTree, type Span } from './recover.js';

export interface PlanDoc {
  text: string;
  lines: LineIndex;
  tree: YamlTree;
  /** The root when it is a mapping (a plan); undefined for empty, list or scalar files. */
  root: YMap | undefined;
  /** The plain value for the schema validator; objects have no prototype. */
  data: unknown;
  /**
   * Parts of the text that could not be read even after recovery (recover.ts):
   * rules do not report as missing what may be hidden there (`isRejected`).
   */
  unreadable: Span[];
}

/** With a cache (one per open document), large plans are re-read piece by piece. */
export function parsePlan(text: string, cache?: ChunkCache): PlanDoc {
  const read = cache ? readYamlTreeIncremental(text, cache) : readYamlTree(text);
  // Not cleanly readable: rules run on the best repaired reading, in this text's coordinates.
  const { tree, unreadable } = recoverTree(text, read, readYamlTree);
  const root = tree.root?.kind === 'map' ? tree.root : undefined;
  return { text, lines: new LineIndex(text), tree, root, data: tree.root ? toData(tree.root) : null, unreadable };
}

/** Builds the plain value; duplicate keys keep their first value (as the tree's index does). */
export function toData(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toData);
  const obj: Record<string, unknown> = Object.create(null);
  for (const [key, pair] of node.byKey) obj[key] = toData(pair.value);
  return obj;
}

export function nodeAt(doc: PlanDoc, path: PlanPath): YNode | undefined {
  let n: YNode | undefined = doc.tree.root;
  for (const seg of path) {
    if (!n) return undefined;
    if (typeof seg === 'number') n = n.kind === 'seq' ? n.items[seg] : undefined;
    else n = n.kind === 'map' ? n.byKey.get(seg)?.value : undefined;
  }
  return n;
}

export function pairAt(doc: PlanDoc, path: PlanPath): YPair | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(doc, path.slice(0, -1));
  const last = path[path.length - 1];
  return parent?.kind === 'map' && typeof last === 'string' ? parent.byKey.get(last) : undefined;
}

export function nodeRange(doc: PlanDoc, node: { start: number; end: number }): Range {
  if (node.end <= node.start) {
    // An empty value (`in:`) has no text of its own: point at its line's end.
    const pos = doc.lines.position(node.start);
    return { start: pos, end: pos };
  }
  return doc.lines.range(node.start, node.end);
}

export function keyRange(doc: PlanDoc, pair: YPair): Range {
  return doc.lines.range(pair.keyStart, pair.keyEnd);
}

/** The first line of the file: where findings about the plan as a whole go. */
export function fileStartRange(doc: PlanDoc): Range {
  return doc.lines.lineRange(0);
}

/**
 * Where to report something missing at `path` (SPEC §3): the key of the
 * nearest parent that exists, or the first line of the file when there is
 * none (the parent is the file itself).
 */
export function missingRange(doc: PlanDoc, path: PlanPath): Range {
  for (let i = path.length - 1; i > 0; i--) {
    const parentPath = path.slice(0, i);
    const pair = pairAt(doc, parentPath);
    if (pair) return keyRange(doc, pair);
    const node = nodeAt(doc, parentPath);
    if (node) return nodeRange(doc, { start: node.start, end: Math.min(node.end, node.start + 1) || node.start });
  }
  return fileStartRange(doc);
}

/**
 * The range that points at the node at `path`: the key for a map entry whose
 * value is a collection (the key is what the user sees and changes), the
 * value itself for scalars and list items.
 */
export function rangeAt(doc: PlanDoc, path: PlanPath): Range {
  const pair = pairAt(doc, path);
  if (pair) {
    if (pair.value.kind !== 'scalar' || pair.value.end <= pair.value.start) return keyRange(doc, pair);
    return nodeRange(doc, pair.value);
  }
  const node = nodeAt(doc, path);
  if (node) return nodeRange(doc, firstLineOf(doc, node));
  return missingRange(doc, path);
}

/** A multi-line node is underlined on its first line only, as ESLint does for blocks. */
function firstLineOf(doc: PlanDoc, node: YNode): { start: number; end: number } {
  const startLine = doc.lines.position(node.start).line;
  return { start: node.start, end: Math.min(node.end, doc.lines.lineEnd(startLine)) };
}

export function str(n: YNode | undefined): string | undefined {
  return n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined;
}

export function present(n: YNode | undefined): boolean {
  if (!n) return false;
  if (n.kind === 'scalar') return n.value !== null && String(n.value).trim() !== '';
  if (n.kind === 'seq') return n.items.length > 0;
  return n.pairs.length > 0;
}
