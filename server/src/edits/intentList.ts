/**
 * `add`, `link`, `unlink`: lists. A new item is written like its siblings —
 * indented like them, as one `{ … }` line when they are (the example plans'
 * action lists), else in block style — after the last one; into `[…]` it
 * goes as `, item`. A list that is not there is created where the canvas
 * order puts it (intentSet.createMissing); an id list as `actions: [a7]`.
 * Fields of a new item are written in the schema's (canvas) order, empty
 * ones (null, '') left out; an action without `id` gets the next `aN` (one past
 * the highest), a partner without `id` a slug of its name, made unique.
 */
import type { PlanFacts } from '../model/facts.js';
import { nodeAt, pairAt, type PlanDoc } from '../model/plan.js';
import type { PlanPath } from '../model/types.js';
import type { YNode, YSeq } from '../model/yamlTree.js';
import { schemaAt } from '../schema/load.js';
import { keyOrder, reason, refuse, schemaRefusal } from './intentCheck.js';
import { afterColon, columnOf, contentEnd, dashColumn, edit, lineOf, nextLineStart, showPath, STYLE } from './intentText.js';
import { removeAt, type Planned } from './intentRemove.js';
import { createMissing } from './intentSet.js';
import { appendItems, flow, flowScalar, indentUnit, isFlow, render, type Skeleton, type TextEdit } from './yamlEdit.js';

const isList = (path: PlanPath): boolean => {
  const t = schemaAt(path)?.type;
  return t === 'array' || (Array.isArray(t) && t.includes('array'));
};

export function addAt(doc: PlanDoc, facts: PlanFacts, path: PlanPath, raw: Skeleton): Planned {
  if (!schemaAt(path)) return refuse('unknownField', showPath(path));
  if (!isList(path)) return refuse('notList', showPath(path));
  const node = nodeAt(doc, path);
  const count = node?.kind === 'seq' ? node.items.length : 0;
  const item = prepared(path, raw, facts);
  const bad = schemaRefusal([...path, count], item) ?? missingRequired([...path, count], item);
  if (bad) return { ok: false, reason: bad };
  if (!node) return createMissing(doc, path, [item]);
  if (node.kind === 'scalar' && node.value === null && pairAt(doc, path)) {
    const edits = appendItems(doc, path, [item], [], STYLE);
    return edits ? { ok: true, edits, change: { op: 'put', path, value: [item] } } : refuse('layout');
  }
  if (node.kind !== 'seq') return refuse('notList', showPath(path));
  const change = { op: 'put' as const, path: [...path, count], value: item };
  if (isFlow(doc, node)) {
    const edits = appendItems(doc, path, [item], [], STYLE);
    return edits ? { ok: true, edits, change } : refuse('layout');
  }
  const flowLines = item !== null && typeof item === 'object' && node.items.every((i) => i.kind !== 'scalar' && isFlow(doc, i));
  // After the `-`, as many spaces as the last sibling has (`-   id: a1` in a four-space plan).
  const last = node.items[node.items.length - 1]!;
  const gap = Math.max(1, columnOf(doc, last.start) - (dashColumn(doc, last) ?? 0) - 1);
  const edits = appendBlock(doc, node, (col) => (flowLines ? [`${' '.repeat(col)}-${' '.repeat(gap)}${flow(item, STYLE)}`] : listItem(item, col, gap, indentUnit(doc))));
  return edits ? { ok: true, edits, change } : refuse('layout');
}

/** New lines after the last item of a block list, at the column of its `-`. */
function appendBlock(doc: PlanDoc, seq: YSeq, lines: (col: number) => string[]): TextEdit[] | undefined {
  const last = seq.items[seq.items.length - 1];
  const col = last && dashColumn(doc, last);
  if (!last || col === undefined) return undefined;
  const at = nextLineStart(doc, lineOf(doc, Math.max(last.start, contentEnd(doc, last) - 1)));
  const needsBreak = at === doc.text.length && !/[\r\n]$/.test(doc.text);
  return [edit(doc, at, at, (needsBreak ? '\n' : '') + lines(col).join('\n') + (needsBreak ? '' : '\n'))];
}

/** A block list item: `-`, `gap` spaces, the item's first line; its other lines aligned under that one. */
function listItem(item: Skeleton, dash: number, gap: number, unit: number): string[] {
  const col = dash + 1 + gap;
  const lines = render(undefined, item, col, unit, STYLE);
  if (lines.length === 0) return [`${' '.repeat(dash)}-`];
  return [`${' '.repeat(dash)}-${' '.repeat(gap)}${lines[0]!.slice(col)}`, ...lines.slice(1)];
}

/** The item as it will be written: fresh id where the engine picks it, no empty fields, fields in canvas order. */
function prepared(path: PlanPath, raw: Skeleton, facts: PlanFacts): Skeleton {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const fields: Record<string, Skeleton> = {};
  // Empty fields are left out, as `set` to nothing removes one.
  for (const [k, v] of Object.entries(raw)) if (v !== null && v !== '') fields[k] = v;
  const top = path.length === 1 ? path[0] : undefined;
  if (fields['id'] === undefined && top === 'actions') fields['id'] = nextActionId(facts);
  if (fields['id'] === undefined && top === 'partners' && typeof fields['name'] === 'string') fields['id'] = partnerId(fields['name'], facts);
  const order = keyOrder([...path, 0]);
  const rank = (k: string): number => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(Object.keys(fields).sort((a, b) => rank(a) - rank(b)).map((k) => [k, fields[k]!]));
}

function nextActionId(facts: PlanFacts): string {
  let max = 0;
  for (const a of facts.actions) {
    const m = /^a(\d{1,9})$/.exec(a.id ?? '');
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `a${max + 1}`;
}

/** `Gemeente Súdwest-Fryslân` → `gemeente-sudwest-fryslan`; `-2`, `-3` … when taken. */
export function partnerId(name: string, facts: PlanFacts): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '') || 'partner';
  const taken = new Set(facts.partners.map((p) => p.id));
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  return id;
}

function missingRequired(path: PlanPath, item: Skeleton): ReturnType<typeof reason> | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  // `id` last: when the engine would make it from the name, the name is what is missing.
  const required = [...(schemaAt(path)?.required ?? [])].sort((a, b) => Number(a === 'id') - Number(b === 'id'));
  const absent = required.find((k) => item[k] === undefined || item[k] === '');
  return absent === undefined ? undefined : reason('required', showPath([...path, absent]));
}

const holds = (n: YNode, id: string): boolean => n.kind === 'scalar' && n.value !== null && String(n.value) === id;

export function linkAt(doc: PlanDoc, facts: PlanFacts, path: PlanPath, id: string): Planned {
  if (!schemaAt(path)) return refuse('unknownField', showPath(path));
  if (!isList(path)) return refuse('notList', showPath(path));
  const node = nodeAt(doc, path);
  const count = node?.kind === 'seq' ? node.items.length : 0;
  const bad = schemaRefusal([...path, count], id);
  if (bad) return { ok: false, reason: bad };
  if (path.length > 1 && path[path.length - 1] === 'actions' && !facts.actions.some((a) => a.id === id)) return refuse('noAction', id);
  if (!node) return createMissing(doc, path, [id], { flowLists: true });
  const pair = pairAt(doc, path);
  if (node.kind === 'scalar' && node.value === null && pair) {
    const text = `[${flowScalar(id)}]`;
    const at = afterColon(doc, pair);
    if (node.end <= node.start && at === undefined) return refuse('layout');
    const e = node.end > node.start ? edit(doc, node.start, node.end, text) : edit(doc, at!, at!, ' ' + text);
    return { ok: true, edits: [e], change: { op: 'put', path, value: [id] } };
  }
  if (node.kind !== 'seq') return refuse('notList', showPath(path));
  if (node.items.some((n) => holds(n, id))) return { ok: true, edits: [], change: { op: 'none' } };
  const edits = isFlow(doc, node) ? appendItems(doc, path, [id]) : appendBlock(doc, node, (col) => [`${' '.repeat(col)}- ${flowScalar(id)}`]);
  return edits ? { ok: true, edits, change: { op: 'put', path: [...path, count], value: id } } : refuse('layout');
}

export function unlinkAt(doc: PlanDoc, path: PlanPath, id: string): Planned {
  const node = nodeAt(doc, path);
  if (!node) return refuse('missing', showPath(path));
  if (node.kind !== 'seq') return refuse('notList', showPath(path));
  const index = node.items.findIndex((n) => holds(n, id));
  if (index < 0) return refuse('notLinked', showPath(path), id);
  // The last id goes with its key: an empty `actions:` says nothing the canvas needs.
  return node.items.length === 1 ? removeAt(doc, path) : removeAt(doc, [...path, index]);
}
