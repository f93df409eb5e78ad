/**
 * Where things are in the text, for the canvas editor's edits (intents.ts):
 * the lines a map entry or list item occupies, the comment lines attached
 * above it, the last character a value really holds. Every position starts
 * from the YAML tree; the text is only looked at right beside a node (the
 * `- ` before a list item, the `:` after a key, the indentation of a line).
 */
import type { PlanDoc } from '../model/plan.js';
import type { YNode, YPair } from '../model/yamlTree.js';
import { commentsAbove, isFlow, type RenderOptions, type TextEdit } from './yamlEdit.js';

/** How the canvas editor writes new values: dates plain, as the plan format shows them (`due: 2025-03-01`). */
export const STYLE: RenderOptions = { plainDates: true };

export interface Span {
  start: number;
  end: number;
}

export const lineOf = (doc: PlanDoc, offset: number): number => doc.lines.position(offset).line;
export const columnOf = (doc: PlanDoc, offset: number): number => doc.lines.position(offset).character;
export const lineStart = (doc: PlanDoc, line: number): number => doc.lines.offset({ line, character: 0 });
/** Just past the line's break (the end of the text on the last line). */
export const nextLineStart = (doc: PlanDoc, line: number): number =>
  line + 1 < doc.lines.lineCount ? lineStart(doc, line + 1) : doc.text.length;

export function edit(doc: PlanDoc, start: number, end: number, newText: string): TextEdit {
  return { range: doc.lines.range(start, end), newText };
}

/** Just past the last character the node holds: trailing line breaks, blank lines and comments left out. */
export function contentEnd(doc: PlanDoc, n: YNode): number {
  if (n.kind === 'scalar' || isFlow(doc, n)) {
    let e = n.end;
    while (e > n.start && /\s/.test(doc.text[e - 1]!)) e--;
    return e;
  }
  if (n.kind === 'seq') {
    const last = n.items[n.items.length - 1];
    return last ? Math.max(contentEnd(doc, last), n.start + 1) : n.start + 1;
  }
  const last = n.pairs[n.pairs.length - 1];
  return last ? pairEnd(doc, last) : n.start;
}

export function pairEnd(doc: PlanDoc, p: YPair): number {
  const v = p.value;
  return v.kind === 'scalar' && v.end <= v.start ? Math.max(p.keyEnd, v.start) : Math.max(p.keyEnd, contentEnd(doc, v));
}

/**
 * The whole lines from `first` to `last`, extended upwards over the comment
 * lines directly above at the same column (no blank line between): a comment
 * written just above an entry is about that entry and goes with it.
 */
export function lineBlock(doc: PlanDoc, first: number, last: number, col: number): Span {
  return { start: commentsAbove(doc, first, col), end: nextLineStart(doc, last) };
}

/** The column of the `-` of a block list item, when the item follows `- ` on its own line (else undefined). */
export function dashColumn(doc: PlanDoc, item: YNode): number | undefined {
  const pos = doc.lines.position(item.start);
  const before = doc.text.slice(item.start - pos.character, item.start);
  const m = /^( *)-[ \t]+$/.exec(before);
  return m ? m[1]!.length : undefined;
}

/** Just past the `:` after a key (spaces between allowed); undefined when it is not there. */
export function afterColon(doc: PlanDoc, p: YPair): number | undefined {
  let i = p.keyEnd;
  while (doc.text[i] === ' ' || doc.text[i] === '\t') i++;
  return doc.text[i] === ':' ? i + 1 : undefined;
}

/** The document's line break: CRLF when its first line ends so (new lines then match), else LF. */
export function lineBreak(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

export function withLineBreak(edits: TextEdit[], eol: string): TextEdit[] {
  if (eol === '\n') return edits;
  return edits.map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, eol) }));
}

/** A plan path as a reader writes it: `partners[2].name`. */
export function showPath(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '/';
}
