/**
 * `remove` (and `set` to nothing, and `unlink` of the last id): a map entry
 * or list item taken out with the lines it occupies. Block style: its whole
 * lines go, with the comment lines directly above it at its own column (no
 * blank line between) — a comment written just above an entry is about it;
 * any other comment stays, and every other line stays byte-identical. A
 * trailing comment on its last line goes with that line. In `[…]`/`{…}` only
 * the element and one separating `, ` go. A first key written after `- `
 * (`- id: a1`) is cut up to the next key, which moves up onto the `- ` line.
 *
 * What is left is never broken and reads as the intended plain value: the
 * last entry of a map leaves `key: {}`, the last item of a list `key: []`
 * (`- {}` for a list item's only field). Refused: a key the schema requires
 * (`pilot.name`, an action's `id`: remove the item instead) and the plan's last top-level key.
 */
import { nodeAt, pairAt, type PlanDoc } from '../model/plan.js';
import type { Localized, PlanPath } from '../model/types.js';
import type { YMap, YNode, YSeq } from '../model/yamlTree.js';
import { isRequired, refuse, type PlainChange } from './intentCheck.js';
import { afterColon, columnOf, contentEnd, dashColumn, edit, lineBlock, lineOf, pairEnd, showPath, type Span } from './intentText.js';
import { isFlow, type TextEdit } from './yamlEdit.js';

export type Planned = { ok: true; edits: TextEdit[]; change: PlainChange } | { ok: false; reason: Localized };

export function removeAt(doc: PlanDoc, path: PlanPath): Planned {
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? doc.tree.root : nodeAt(doc, parentPath);
  const last = path[path.length - 1];
  const change: PlainChange = { op: 'delete', path };
  if (path.length === 0 || !parent) return refuse('missing', showPath(path));
  if (isRequired(path) && nodeAt(doc, path)) return refuse('required', showPath(path));
  let edits: TextEdit[] | undefined;
  if (parent.kind === 'map' && typeof last === 'string') {
    const index = parent.pairs.findIndex((p) => p.key === last);
    if (index < 0) return refuse('missing', showPath(path));
    if (parent.pairs.length === 1 && parentPath.length === 0) return refuse('lastPart');
    edits = isFlow(doc, parent) ? fromFlow(doc, parent, index) : fromBlockMap(doc, parent, parentPath, index);
  } else if (parent.kind === 'seq' && typeof last === 'number') {
    if (!(last < parent.items.length)) return refuse('missing', showPath(path));
    edits = isFlow(doc, parent) ? fromFlow(doc, parent, last) : fromBlockSeq(doc, parent, parentPath, last);
  } else return refuse('missing', showPath(path));
  return edits ? { ok: true, edits, change } : refuse('layout');
}

/** Element `i` of a flow collection: its text and one separating comma; the only one leaves `[]` / `{}`. */
function fromFlow(doc: PlanDoc, n: YMap | YSeq, i: number): TextEdit[] {
  const spans: Span[] = n.kind === 'map'
    ? n.pairs.map((p) => ({ start: p.keyStart, end: Math.max(p.keyEnd, p.value.end) }))
    : n.items.map((x) => ({ start: x.start, end: x.end }));
  if (spans.length === 1) return [edit(doc, n.start, n.end, n.kind === 'map' ? '{}' : '[]')];
  const cut = i + 1 < spans.length ? { start: spans[i]!.start, end: spans[i + 1]!.start } : { start: spans[i - 1]!.end, end: spans[i]!.end };
  return [edit(doc, cut.start, cut.end, '')];
}

function fromBlockMap(doc: PlanDoc, map: YMap, mapPath: PlanPath, i: number): TextEdit[] | undefined {
  const pair = map.pairs[i]!;
  const col = columnOf(doc, pair.keyStart);
  const startsLine = doc.text.slice(pair.keyStart - col, pair.keyStart).trim() === '';
  if (!startsLine) {
    // `- id: a1` (the map is a list item): the next key moves up onto the `- ` line.
    if (i !== 0) return undefined;
    const next = map.pairs[1];
    if (!next) return [edit(doc, pair.keyStart, pairEnd(doc, pair), '{}')];
    return [edit(doc, pair.keyStart, next.keyStart, '')];
  }
  const region = lineBlock(doc, lineOf(doc, pair.keyStart), lineOf(doc, pairEnd(doc, pair) - 1), col);
  const cut = edit(doc, region.start, region.end, '');
  return map.pairs.length === 1 ? emptied(doc, mapPath, cut, '{}') : [cut];
}

function fromBlockSeq(doc: PlanDoc, seq: YSeq, seqPath: PlanPath, i: number): TextEdit[] | undefined {
  const item = seq.items[i]!;
  const dash = dashColumn(doc, item);
  if (dash === undefined) return undefined;
  const end = Math.max(item.start, contentEnd(doc, item) - 1);
  const region = lineBlock(doc, lineOf(doc, item.start), lineOf(doc, end), dash);
  const cut = edit(doc, region.start, region.end, '');
  return seq.items.length === 1 ? emptied(doc, seqPath, cut, '[]') : [cut];
}

/** The collection at `path` loses its last element: its key gets ` {}` / ` []` after the colon. */
function emptied(doc: PlanDoc, path: PlanPath, cut: TextEdit, empty: string): TextEdit[] | undefined {
  const pair = pairAt(doc, path);
  const colon = pair && afterColon(doc, pair);
  if (colon === undefined) return undefined;
  return [edit(doc, colon, colon, ` ${empty}`), cut];
}

export type { YNode };
