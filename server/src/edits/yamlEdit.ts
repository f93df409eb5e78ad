/**
 * Text edits that add to a plan and keep it valid YAML, indented like the
 * surrounding block: add keys to a map (in canvas order), append items to
 * a list, creating missing parents. Positions come from the tree; the only
 * text looked at is the indentation around the insertion point.
 */
import { nodeAt, pairAt, type PlanDoc } from '../model/plan.js';
import type { PlanPath, Range } from '../model/types.js';
import type { YMap, YNode, YSeq } from '../model/yamlTree.js';

/** An engine text edit: the LSP's shape, without its types (the engine must run in a browser worker). */
export interface TextEdit {
  range: Range;
  newText: string;
}

export type Skeleton = string | number | boolean | null | Skeleton[] | { [key: string]: Skeleton };

/** Top-level keys in the order of SPEC §2: new parts go where a reader expects them. */
export const TOP_ORDER = [
  'scaling-plan', 'pilot', 'impact', 'routes', 'strategy', 'transferable', 'ingredients', 'pitfalls',
  'partners', 'scale', 'floor', 'evidence', 'actions', 'learning-agenda', 'assessment',
] as const;

/** The document's indentation step: the most common step from a key to its nested keys (default 2). */
export function indentUnit(doc: PlanDoc): number {
  const counts = new Map<number, number>();
  const walk = (n: YNode, col: number): void => {
    if (n.kind === 'seq') for (const i of n.items) walk(i, col);
    if (n.kind !== 'map' || isFlow(doc, n)) return;
    for (const p of n.pairs) {
      const keyCol = doc.lines.position(p.keyStart).character;
      if (col >= 0 && keyCol > col) counts.set(keyCol - col, (counts.get(keyCol - col) ?? 0) + 1);
      if (p.value.kind === 'map') walk(p.value, keyCol);
      else if (p.value.kind === 'seq') for (const i of p.value.items) walk(i, -1); // list items: the step is ambiguous
    }
  };
  if (doc.root) walk(doc.root, -1);
  let best = 2;
  let bestCount = 0;
  for (const [step, count] of counts) if (count > bestCount && step <= 8) [best, bestCount] = [step, count];
  return best;
}

export function isFlow(doc: PlanDoc, n: YNode): boolean {
  const c = doc.text[n.start];
  return n.kind !== 'scalar' && (c === '{' || c === '[');
}

/**
 * A scalar as YAML: plain when that reads back as the same string, else
 * double-quoted. `plainDates`: a date as the plan format shows it
 * (`due: 2025-03-01`), which YAML 1.2 reads back as this same text (a
 * YAML 1.1 reader would see a timestamp, hence not by default).
 */
export function scalar(v: string | number | boolean | null, opts: RenderOptions = {}): string {
  if (v === null) return '';
  if (typeof v !== 'string') return String(v);
  if (opts.plainDates && /^\d{4}-\d\d-\d\d$/.test(v)) return v;
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`]([^#:]|:(?!\s))*$/.test(v) && !/\s$/.test(v) && !/:$/.test(v)
    && !/^(true|false|yes|no|on|off|null|~|[-+]?(\d|\.\d)[\d._eE+-]*|0x[\da-f]+|\.(inf|nan))$/i.test(v);
  return plain ? v : JSON.stringify(v);
}

/** A scalar inside `[…]` or `{…}`: a plain one must not hold a flow indicator (`, [ ] { }`), which would end it. */
export function flowScalar(v: string | number | boolean | null, opts: RenderOptions = {}): string {
  const s = scalar(v, opts);
  return typeof v === 'string' && /[,[\]{}]/.test(s) && s[0] !== '"' ? JSON.stringify(v) : s || 'null';
}

/** A value in flow style (`[a, b]`, `{ k: v }`). */
export function flow(v: Skeleton, opts: RenderOptions = {}): string {
  if (Array.isArray(v)) return `[${v.map((x) => flow(x, opts)).join(', ')}]`;
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${flow(x, opts)}`.trimEnd()).join(', ')} }`;
  return flowScalar(v, opts);
}

/** `flowLists`: a list of scalars is written `[a, b]` on its key's line (an id list, `actions: [a7]`). */
export interface RenderOptions {
  flowLists?: boolean;
  plainDates?: boolean;
}

/** Block YAML for `key: value` (or a bare value when key is undefined) at column `col`, one string per line. */
export function render(key: string | undefined, v: Skeleton, col: number, unit: number, opts: RenderOptions = {}): string[] {
  const pad = ' '.repeat(col);
  const head = key === undefined ? '' : `${key}:`;
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${pad}${head} []`.trimEnd()];
    if (opts.flowLists && key !== undefined && v.every((x) => x === null || typeof x !== 'object')) return [`${pad}${head} ${flow(v, opts)}`];
    const items = v.flatMap((item) => listItem(item, col + (key === undefined ? 0 : unit), unit, opts));
    return key === undefined ? items : [`${pad}${head}`, ...items];
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).flatMap(([k, x]) => render(k, x, col + (key === undefined ? 0 : unit), unit, opts));
    return key === undefined ? entries : [`${pad}${head}`, ...entries];
  }
  return [`${pad}${head}${head && scalar(v) ? ' ' : ''}${scalar(v, opts)}`.trimEnd()];
}

function listItem(item: Skeleton, col: number, unit: number, opts: RenderOptions = {}): string[] {
  const lines = render(undefined, item, col + 2, unit, opts);
  if (lines.length === 0) return [`${' '.repeat(col)}-`];
  return [`${' '.repeat(col)}- ${lines[0]!.slice(col + 2)}`, ...lines.slice(1)];
}

/** Offset of the start of the line after the node's last character (its trailing blank lines excluded). */
function afterLastLine(doc: PlanDoc, n: { start: number; end: number }): { offset: number; needsBreak: boolean } {
  let e = n.end;
  while (e > n.start && /\s/.test(doc.text[e - 1]!)) e--;
  const line = doc.lines.position(Math.max(n.start, e - 1)).line;
  if (line + 1 < doc.lines.lineCount) return { offset: doc.lines.offset({ line: line + 1, character: 0 }), needsBreak: false };
  return { offset: doc.text.length, needsBreak: true };
}

/** Replaces a value written on its key's line (`[]`, `~`) by lines below it, leaving no trailing space. */
function replaceValue(doc: PlanDoc, n: { start: number; end: number }, lines: string[]): TextEdit {
  let start = n.start;
  while (start > 0 && doc.text[start - 1] === ' ') start--;
  return { range: doc.lines.range(start, n.end), newText: '\n' + lines.join('\n') };
}

function insertAt(doc: PlanDoc, offset: number, text: string): TextEdit {
  const pos = doc.lines.position(offset);
  return { range: { start: pos, end: pos }, newText: text };
}

function column(doc: PlanDoc, offset: number): number {
  return doc.lines.position(offset).character;
}

/**
 * The start of the comment lines directly above `line` at column `col` (no
 * blank line between), else of `line` itself: such a comment belongs to the
 * key below it, so a new key goes above it, not between them.
 */
export function commentsAbove(doc: PlanDoc, line: number, col: number): number {
  const own = new Map<number, number>();
  for (const c of doc.tree.comments) {
    const pos = doc.lines.position(c.start);
    if (doc.text.slice(c.start - pos.character, c.start).trim() === '') own.set(pos.line, pos.character);
  }
  let top = line;
  while (top > 0 && own.get(top - 1) === col) top--;
  return doc.lines.offset({ line: top, character: 0 });
}

/** Only spaces before `offset` on its line: the key starts its line (not `- key:`). */
function startsLine(doc: PlanDoc, offset: number): boolean {
  const pos = doc.lines.position(offset);
  return doc.text.slice(offset - pos.character, offset).trim() === '';
}

/**
 * Adds `entries` to the map at `path`, creating missing parents. New keys go
 * before the first existing key that `order` puts after them, else at the
 * end. Returns undefined when the path holds something that is not a map.
 */
export function addEntries(doc: PlanDoc, path: PlanPath, entries: [string, Skeleton][], order: readonly string[] = [], opts: RenderOptions = {}): TextEdit[] | undefined {
  if (entries.length === 0) return [];
  const unit = indentUnit(doc);
  const node = path.length === 0 ? doc.tree.root : nodeAt(doc, path);
  if (!node || (node.kind === 'scalar' && node.value === null && path.length > 0 && !pairAt(doc, path))) {
    if (path.length === 0) {
      // An empty file, or only comments: the entries start the plan.
      if (doc.tree.root || doc.tree.problems.length > 0) return undefined;
      const text = entries.flatMap(([k, v]) => render(k, v, 0, unit, opts)).join('\n') + '\n';
      return [insertAt(doc, doc.text.length, (doc.text === '' || doc.text.endsWith('\n') ? '' : '\n') + text)];
    }
    // The parent is missing too: add it, holding these entries.
    const last = path[path.length - 1];
    if (typeof last !== 'string') return undefined;
    return addEntries(doc, path.slice(0, -1), [[last, Object.fromEntries(entries)]], path.length === 1 ? TOP_ORDER : [], opts);
  }
  if (node.kind === 'scalar') {
    const pair = pairAt(doc, path);
    if (!pair || node.value !== null) return undefined;
    // `key:` with no value yet (or `key: ~`): the entries go on the next lines.
    const col = column(doc, pair.keyStart) + unit;
    const lines = entries.flatMap(([k, v]) => render(k, v, col, unit, opts));
    if (node.end > node.start) return [replaceValue(doc, node, lines)];
    const at = afterLastLine(doc, { start: pair.keyStart, end: pair.keyEnd });
    return [insertAt(doc, at.offset, (at.needsBreak ? '\n' : '') + lines.join('\n') + '\n')];
  }
  if (node.kind !== 'map') return undefined;
  if (isFlow(doc, node)) {
    const text = entries.map(([k, v]) => `${k}: ${flow(v, opts)}`).join(', ');
    const lastPair = node.pairs[node.pairs.length - 1];
    if (lastPair) return [insertAt(doc, Math.max(lastPair.keyEnd, lastPair.value.end), `, ${text}`)];
    const close = doc.text.lastIndexOf('}', node.end);
    return close < node.start ? undefined : [insertAt(doc, close, text)];
  }
  const col = node.pairs.length > 0 ? column(doc, node.pairs[0]!.keyStart) : 0;
  const groups = new Map<number, string[]>();
  let endBreak = false;
  for (const [k, v] of entries) {
    const rank = order.indexOf(k);
    const before = rank < 0 ? undefined : node.pairs.find((p) => order.indexOf(p.key) > rank && startsLine(doc, p.keyStart));
    let offset: number;
    if (before) offset = commentsAbove(doc, doc.lines.position(before.keyStart).line, column(doc, before.keyStart));
    else {
      const at = afterLastLine(doc, node);
      offset = at.offset;
      endBreak = endBreak || at.needsBreak;
    }
    groups.set(offset, [...(groups.get(offset) ?? []), ...render(k, v, col, unit, opts)]);
  }
  return [...groups].map(([offset, lines]) =>
    insertAt(doc, offset, (offset === doc.text.length && endBreak ? '\n' : '') + lines.join('\n') + '\n'));
}

/** Appends `items` to the list at `path`, creating it (and its parents) when missing. */
export function appendItems(doc: PlanDoc, path: PlanPath, items: Skeleton[], order: readonly string[] = [], opts: RenderOptions = {}): TextEdit[] | undefined {
  const unit = indentUnit(doc);
  const node = nodeAt(doc, path);
  const pair = pairAt(doc, path);
  const last = path[path.length - 1];
  if (!node || (node.kind === 'scalar' && node.value === null && !pair)) {
    if (typeof last !== 'string') return undefined;
    return addEntries(doc, path.slice(0, -1), [[last, items]], path.length === 1 ? TOP_ORDER : order, opts);
  }
  if (node.kind === 'scalar') {
    if (!pair || node.value !== null) return undefined;
    const col = column(doc, pair.keyStart) + unit;
    const lines = items.flatMap((i) => listItem(i, col, unit, opts));
    if (node.end > node.start) return [replaceValue(doc, node, lines)];
    const at = afterLastLine(doc, { start: pair.keyStart, end: pair.keyEnd });
    return [insertAt(doc, at.offset, (at.needsBreak ? '\n' : '') + lines.join('\n') + '\n')];
  }
  if (node.kind !== 'seq') return undefined;
  return appendToSeq(doc, node, pair ? column(doc, pair.keyStart) + unit : 0, items, unit, opts);
}

function appendToSeq(doc: PlanDoc, seq: YSeq, defaultCol: number, items: Skeleton[], unit: number, opts: RenderOptions): TextEdit[] | undefined {
  if (isFlow(doc, seq)) {
    const lastItem = seq.items[seq.items.length - 1];
    const close = doc.text.lastIndexOf(']', seq.end);
    if (close < seq.start) return undefined;
    if (seq.items.length === 0 && items.some((i) => i !== null && typeof i === 'object')) {
      // `[]` becomes a block list: objects read better one per line.
      return [replaceValue(doc, seq, items.flatMap((i) => listItem(i, defaultCol, unit, opts)))];
    }
    const text = items.map((i) => flow(i, opts)).join(', ');
    return [lastItem ? insertAt(doc, lastItem.end, `, ${text}`) : insertAt(doc, close, text)];
  }
  const col = seq.items.length > 0 ? column(doc, seq.start) : defaultCol;
  const at = afterLastLine(doc, seq);
  const lines = items.flatMap((i) => listItem(i, col, unit, opts));
  return [insertAt(doc, at.offset, (at.needsBreak ? '\n' : '') + lines.join('\n') + '\n')];
}

export type { YMap };
