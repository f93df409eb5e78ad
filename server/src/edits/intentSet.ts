/**
 * `set`: one scalar written anew, in the style the user chose for it. A
 * quoted value stays quoted the same way (single or double) when it still
 * reads back as the new value, a `|`/`>` block stays a block at the same
 * indentation (a `>` becomes `|` when folding would change the text), a
 * plain value stays plain when YAML reads it back the same, else it gets
 * double quotes (yamlEdit.scalar); inside `{…}`/`[…]` a value with a flow
 * indicator is quoted. A multi-line text on a plain or absent value becomes
 * a `|` block; a trailing comment stays on the key's line. Every candidate
 * is read back on its own before it is used.
 *
 * A missing key is created, with any missing maps above it, where the
 * schema's field order (the canvas order) puts it. `null` or '' on a key
 * removes the entry (intentRemove.ts) — a required one is refused.
 */
import { nodeAt, pairAt, type PlanDoc } from '../model/plan.js';
import type { PlanPath } from '../model/types.js';
import { readYamlTree, type YScalar } from '../model/yamlTree.js';
import { isRequired, keyOrder, refuse, schemaRefusal, type PlainChange } from './intentCheck.js';
import { afterColon, columnOf, contentEnd, dashColumn, edit, lineOf, showPath, STYLE } from './intentText.js';
import type { IntentResult, IntentScalar } from './intentTypes.js';
import { removeAt, type Planned } from './intentRemove.js';
import { addEntries, flowScalar, indentUnit, isFlow, scalar, TOP_ORDER, type RenderOptions, type Skeleton, type TextEdit } from './yamlEdit.js';

export function setAt(doc: PlanDoc, path: PlanPath, value: IntentScalar): Planned {
  if (path.length === 0) return refuse('notScalar', showPath(path));
  const node = nodeAt(doc, path);
  if (value === null || value === '') {
    if (!node) return { ok: true, edits: [], change: { op: 'none' } };
    if (isRequired(path)) return refuse('required', showPath(path));
    return removeAt(doc, path);
  }
  const bad = schemaRefusal(path, value);
  if (bad) return { ok: false, reason: bad };
  if (!node) return createMissing(doc, path, value);
  if (node.kind !== 'scalar') return refuse('notScalar', showPath(path));
  if (node.value === value) return { ok: true, edits: [], change: { op: 'none' } };
  const edits = rewrite(doc, path, node, value);
  return edits ? { ok: true, edits, change: { op: 'put', path, value } } : refuse('layout');
}

/**
 * Creates the value at `path` below the deepest part of it that exists
 * (maps only: a list item that is not there is refused), in canvas order.
 */
export function createMissing(doc: PlanDoc, path: PlanPath, value: Skeleton, opts: RenderOptions = {}): Planned {
  let i = path.length - 1;
  while (i > 0 && !nodeAt(doc, path.slice(0, i))) i--;
  const prefix = path.slice(0, i);
  const rest = path.slice(i);
  if (rest.some((s) => typeof s !== 'string')) return refuse('missing', showPath(path));
  const parent = prefix.length === 0 ? doc.tree.root : nodeAt(doc, prefix);
  const emptyKey = parent?.kind === 'scalar' && parent.value === null && pairAt(doc, prefix) !== undefined;
  if (parent && parent.kind !== 'map' && !emptyKey) return refuse('notMap', showPath(prefix));
  let nested = value;
  for (let j = rest.length - 1; j >= 1; j--) nested = { [rest[j] as string]: nested };
  const order = prefix.length === 0 ? TOP_ORDER : keyOrder(prefix);
  const edits = addEntries(doc, prefix, [[rest[0] as string, nested]], order, { ...STYLE, ...opts });
  return edits ? { ok: true, edits, change: { op: 'put', path, value } } : refuse('layout');
}

type Context = { flow: boolean; prefix: string };

function rewrite(doc: PlanDoc, path: PlanPath, node: YScalar, value: string | number | boolean): TextEdit[] | undefined {
  const parent = nodeAt(doc, path.slice(0, -1));
  const pair = pairAt(doc, path);
  const flow = parent !== undefined && isFlow(doc, parent);
  const dash = pair ? undefined : dashColumn(doc, node);
  if (!pair && dash === undefined && !flow) return undefined;
  const ownCol = pair ? columnOf(doc, pair.keyStart) : (dash ?? 0);
  const ctx: Context = { flow, prefix: pair ? `${' '.repeat(ownCol)}k: ` : `${' '.repeat(ownCol)}- ` };
  const raw = doc.text.slice(node.start, node.end);
  const c = raw[0];
  if (node.end <= node.start) {
    // `owner:   # later`: the value goes right after the colon, so the comment stays a comment.
    const at = pair && afterColon(doc, pair);
    const text = firstReading([flow ? flowScalar(value, STYLE) : scalar(value, STYLE), JSON.stringify(value)], value, ctx);
    return text === undefined || at === undefined ? undefined : [edit(doc, at, at, ' ' + text)];
  }
  if ((c === '|' || c === '>') && !flow) return rewriteBlock(doc, node, value, ctx, ownCol, ownCol + indentUnit(doc));
  const candidates: string[] = [];
  if (typeof value === 'string') {
    if (c === "'" && !value.includes('\n')) candidates.push(`'${value.replace(/'/g, "''")}'`);
    if (c === '"') candidates.push(JSON.stringify(value));
    if (value.includes('\n') && !flow) {
      const block = newBlock(doc, node, value, ctx, ownCol + indentUnit(doc));
      if (block) return block;
    }
    candidates.push(flow ? flowScalar(value, STYLE) : scalar(value, STYLE), JSON.stringify(value));
  } else candidates.push(String(value));
  const text = firstReading(candidates, value, ctx);
  return text === undefined ? undefined : [edit(doc, node.start, node.end, text)];
}

/** The first candidate that YAML reads back as `value` where it goes (in a flow collection or a block). */
function firstReading(candidates: string[], value: IntentScalar, ctx: Context): string | undefined {
  return candidates.find((t) => readsBack(ctx.flow ? `k: [${t}]` : ctx.prefix + t, value, ctx.flow));
}

function readsBack(mini: string, value: IntentScalar, flow: boolean): boolean {
  const tree = readYamlTree(mini);
  if (tree.problems.length > 0 || !tree.root) return false;
  let n = tree.root.kind === 'map' ? tree.root.pairs[0]?.value : tree.root.kind === 'seq' ? tree.root.items[0] : undefined;
  if (flow && n?.kind === 'seq') n = n.items[0];
  return n?.kind === 'scalar' && n.value === value;
}

/** A literal block's lines for `value` at column `col`, and its chomping indicator; undefined when it cannot be one. */
function blockBody(value: string, col: number, digit: boolean): { chomp: string; lines: string[] } | undefined {
  const body = value.replace(/\n+$/, '');
  const trailing = value.length - body.length;
  const lines = body.split('\n');
  const first = lines.find((l) => l !== '');
  if (first === undefined || value.includes('\r') || (!digit && /^[ \t]/.test(first))) return undefined;
  const out = lines.map((l) => (l === '' ? '' : ' '.repeat(col) + l));
  for (let i = 1; i < trailing; i++) out.push('');
  return { chomp: trailing === 0 ? '-' : trailing === 1 ? '' : '+', lines: out };
}

/** A plain or quoted value that becomes multi-line: `|` on the key's line (before any comment), the text below it. */
function newBlock(doc: PlanDoc, node: YScalar, value: string, ctx: Context, col: number): TextEdit[] | undefined {
  const body = blockBody(value, col, false);
  if (!body) return undefined;
  const header = `|${body.chomp}`;
  if (!readsBack(`${ctx.prefix}${header}\n${body.lines.join('\n')}`, value, false)) return undefined;
  const line = lineOf(doc, node.start);
  if (lineOf(doc, node.end) !== line) return [edit(doc, node.start, node.end, `${header}\n${body.lines.join('\n')}`)];
  const eol = doc.lines.lineEnd(line);
  return [edit(doc, node.start, node.end, header), edit(doc, eol, eol, '\n' + body.lines.join('\n'))];
}

/** A `|`/`>` block written anew below its header, at the indentation its text had; the header's comment stays. */
function rewriteBlock(doc: PlanDoc, node: YScalar, value: string | number | boolean, ctx: Context, ownCol: number, defaultCol: number): TextEdit[] | undefined {
  const end = contentEnd(doc, node);
  if (typeof value !== 'string') return [edit(doc, node.start, end, String(value))];
  const headerLine = lineOf(doc, node.start);
  const headerText = doc.text.slice(node.start, doc.lines.lineEnd(headerLine));
  const indicator = /^[|>][1-9+-]{0,2}/.exec(headerText)?.[0] ?? '|';
  const rest = headerText.slice(indicator.length);
  let digit = /[1-9]/.exec(indicator)?.[0] ?? '';
  let col = defaultCol;
  for (let l = headerLine + 1; l <= lineOf(doc, end); l++) {
    const t = doc.text.slice(doc.lines.offset({ line: l, character: 0 }), doc.lines.lineEnd(l));
    if (t.trim() !== '') {
      col = t.length - t.trimStart().length;
      break;
    }
  }
  // A text that starts with a space needs the indentation told (`|2`): relative to the key's column.
  const explicit = !digit && /^\n*[ \t]/.test(value) && col - ownCol >= 1 && col - ownCol <= 9;
  if (explicit) digit = String(col - ownCol);
  const body = blockBody(value, col, digit !== '');
  for (const style of body ? [indicator[0]!, '|'] : []) {
    const header = `${style}${digit}${body!.chomp}`;
    const text = `${header}${rest}\n${body!.lines.join('\n')}`;
    if ((digit && !explicit) || readsBack(`${ctx.prefix}${text}`, value, false)) return [edit(doc, node.start, end, text)];
  }
  // Not writable as a block here: double quotes, the header's comment kept.
  return [edit(doc, node.start, end, JSON.stringify(value) + rest)];
}

export type { PlainChange, IntentResult };
