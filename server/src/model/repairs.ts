/**
 * The repairs recover.ts tries on one line of a plan that does not parse:
 * which lines are suspect, and what each might have been meant to be (a
 * tab or an indentation off by a few spaces, a missing colon, a quote or
 * bracket never closed). Pure text work; no reading of YAML here.
 */
import { type RepairKind } from './yamlErrors.js';

/**
 * The error's own line, the next one (a line indented too far shows up as an
 * error on the line above it), the one before (a missing colon shows up one
 * line late) and, for a quote that is never closed, the line that opens it.
 */
export function candidateLines(text: string, lineStart: number): number[] {
  const out = [lineStart];
  const next = lineEndOf(text, lineStart) + 1;
  if (next < text.length) out.push(lineStartOf(text, next));
  if (lineStart > 0) out.push(lineStartOf(text, lineStart - 1));
  const open = unclosedQuoteLine(text, lineStart);
  if (open !== undefined && !out.includes(open)) out.push(open);
  return out;
}

/** The last line before `limit` whose value opens a quote it does not close (lines are few; bounded by the text). */
function unclosedQuoteLine(text: string, limit: number): number | undefined {
  let found: number | undefined;
  for (let p = 0; p < limit; p = lineEndOf(text, p) + 1) {
    const line = text.slice(p, lineEndOf(text, p));
    for (const q of ['"', "'"]) {
      if (/(^\s*|: |- )["']/.test(line) && line.includes(q) && count(line, q) % 2 === 1) found = p;
    }
    if (lineEndOf(text, p) >= text.length) break;
  }
  return found;
}

export interface Candidate {
  kind: RepairKind;
  /** The repaired line. */
  text: string;
  /** Where in the original line the mistake is: [from, to). */
  at: (line: string) => [number, number];
  data: Record<string, string | number>;
}

/** Repaired versions of the line at `start`, most likely first. */
export function candidates(text: string, start: number): Candidate[] {
  const line = text.slice(start, lineEndOf(text, start));
  const indent = /^[ \t]*/.exec(line)![0];
  const body = line.slice(indent.length);
  if (body === '' || body.startsWith('#')) return [];
  const out: Candidate[] = [];
  const add = (c: Candidate): void => {
    if (c.text !== line && !out.some((o) => o.text === c.text)) out.push(c);
  };
  const content = (): [number, number] => [indent.length, line.length];
  // An unclosed quote: close it at the end of the line.
  for (const q of ['"', "'"]) {
    const open = body.search(new RegExp(`(^|: |- )${q}`));
    if (open >= 0 && count(body, q) % 2 === 1) {
      const at = indent.length + body.indexOf(q, open);
      add({ kind: 'quote', text: line.replace(/\s*$/, '') + q, at: () => [at, line.length], data: { quote: q } });
    }
  }
  // A flow list or block never closed on its line (`domains: [care, safety`): close it there.
  const code = body.replace(/\s+#.*$/, '').trimEnd();
  const { closers, first } = unclosedBrackets(code);
  if (closers) {
    const at = indent.length + first;
    const repaired = indent + code + closers + body.slice(code.length);
    add({ kind: 'bracket', text: repaired, at: () => [at, indent.length + code.length], data: { bracket: closers[0]! } });
  }
  // A key-like word without its colon (`notes Warme relaties`, `actions`): the colon first,
  // for re-indenting such a line would only make it part of the value above.
  const keyLike = /^(- )?([A-Za-z][\w-]*)(\s+(.*))?$/.exec(body);
  if (keyLike && !body.includes(': ') && !body.endsWith(':')) {
    const [, dash = '', key = '', , rest] = keyLike;
    const keyAt = indent.length + dash.length;
    add({ kind: 'colon', text: `${indent}${dash}${key}:${rest ? ` ${rest}` : ''}`, at: () => [keyAt, keyAt + key.length], data: { key } });
    if (!indent.includes('\t')) return out;
  }
  // Indentation: the indents of the lines around, nearest to the present one first. A line
  // already indented as a sibling, first child or parent level allows is left alone: the
  // line after it is then the odd one (a line indented too far shows its error one line up).
  const width = indent.replace(/\t/g, '  ').length;
  if (!indent.includes('\t') && plausibleIndents(text, start).includes(width)) return out;
  const indents = [...new Set(contextIndents(text, start))].sort((a, b) => Math.abs(a - width) - Math.abs(b - width) || b - a);
  for (const n of indents) {
    if (indent.includes('\t')) add({ kind: 'tab', text: ' '.repeat(n) + body, at: () => [0, indent.length], data: { spaces: n } });
    else add({ kind: n < width ? 'too-far' : 'too-little', text: ' '.repeat(n) + body, at: content, data: { spaces: n, now: width } });
  }
  return out;
}

/** The indents the line at `start` may have after the lines above it: sibling, first child, a parent's level. */
function plausibleIndents(text: string, start: number): number[] {
  const out = indentsAbove(text, start, (pos) => {
    const prev = text.slice(pos, lineEndOf(text, pos)).replace(/\s+#.*$/, '').trimEnd();
    return prev.endsWith(':') || prev.trimStart().startsWith('- ');
  });
  if (out.length === 0) out.push(0);
  return out;
}

/** Indents of the previous and next content lines and of the previous line's parents. */
function contextIndents(text: string, start: number): number[] {
  const out = indentsAbove(text, start, () => true); // a child of the previous line
  const nextStart = lineEndOf(text, start) + 1;
  for (let p = nextStart, seen = 0; p < text.length && seen < 5; seen++) {
    const n = contentIndent(text, p);
    if (n !== undefined) {
      out.push(n);
      break;
    }
    p = lineEndOf(text, p) + 1;
  }
  return out;
}

/**
 * Walking up from the line at `start` (at most 40 lines): a child's indent of the
 * nearest content line when `child(itsStart)` says one may follow it, then the
 * indents of that line and of each shallower line above it, down to column 0.
 */
function indentsAbove(text: string, start: number, child: (lineStart: number) => boolean): number[] {
  const out: number[] = [];
  let limit = Infinity;
  let pos = start;
  for (let seen = 0; pos > 0 && seen < 40; seen++) {
    pos = lineStartOf(text, pos - 1);
    const n = contentIndent(text, pos);
    if (n === undefined) continue;
    if (out.length === 0 && child(pos)) out.push(n + 2);
    if (n < limit) {
      out.push(n);
      limit = n;
    }
    if (n === 0) break;
  }
  return out;
}

/** The indentation of a line with content (spaces; a tab counts as unknown), or undefined for a blank or comment line. */
function contentIndent(text: string, start: number): number | undefined {
  const line = text.slice(start, lineEndOf(text, start));
  const m = /^ */.exec(line)![0].length;
  const rest = line.slice(m);
  if (rest.trim() === '' || rest.startsWith('#') || rest.startsWith('\t')) return undefined;
  return m;
}

/** The closing brackets a line needs, innermost first, and where the outermost unclosed one opens (none for text in quotes). */
function unclosedBrackets(body: string): { closers: string; first: number } {
  const none = { closers: '', first: -1 };
  if (/["']/.test(body) || !/[[{]/.test(body)) return none;
  const open: { closer: string; at: number }[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '[' || c === '{') open.push({ closer: c === '[' ? ']' : '}', at: i });
    else if ((c === ']' || c === '}') && open.pop()?.closer !== c) return none;
  }
  if (open.length === 0) return none;
  return { closers: open.map((o) => o.closer).reverse().join(''), first: open[0]!.at };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Whether the line at `start` begins a top-level entry (text in the first column, not a comment). */
export function isTopLevel(text: string, start: number): boolean {
  const c = text[start];
  return c !== undefined && c !== ' ' && c !== '\t' && c !== '#' && c !== '\n' && c !== '\r';
}

/** The start of the top-level block the line at `start` is in (or the text's start). */
export function blockStart(text: string, start: number): number {
  let p = start;
  while (p > 0 && !isTopLevel(text, p)) p = lineStartOf(text, p - 1);
  return p;
}

/** Where the next top-level block after `offset` begins (or the text's end). */
export function blockEnd(text: string, offset: number): number {
  let p = text.indexOf('\n', offset);
  while (p >= 0 && p + 1 < text.length) {
    if (isTopLevel(text, p + 1)) return p + 1;
    p = text.indexOf('\n', p + 1);
  }
  return text.length;
}

export function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndOf(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  return end > start && text[end - 1] === '\r' ? end - 1 : end;
}

