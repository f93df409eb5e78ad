/**
 * Incremental reading for the language server: a large plan is cut into
 * pieces along its top-level keys (and the items of top-level block lists,
 * such as 300 partners or 1,000 actions); each piece is read on its own and
 * cached by its text, so an edit re-reads only the piece it touches.
 *
 * Why: the `yaml` library's CST parser is the wall — about 65 ms for a
 * 7,000-line plan on our 2-core machine — and a linter that lags behind
 * typing gets switched off (issue 6: p95 ≤ 50 ms on a large plan).
 *
 * Safety: the result must equal `readYamlTree(text)` exactly. Whenever the
 * text is unusual (directives, `---`, a BOM anywhere, a lone CR, a root list, anchors/aliases,
 * any problem in a piece, a piece of an unexpected shape) we read the whole
 * text instead. test/chunks.test.ts compares both readers on every fixture.
 */
import { LIMITS, readYamlTree, type DuplicateKey, type YMap, type YNode, type YSeq, type YamlTree } from './yamlTree.js';

/** Below this size a whole read is fast enough and simplest. */
const MIN_INCREMENTAL = 16 * 1024;

export class ChunkCache {
  private entries = new Map<string, YamlTree>();
  private used = new Set<string>();

  read(text: string): YamlTree {
    let t = this.entries.get(text);
    if (!t) {
      t = readYamlTree(text);
      this.entries.set(text, t);
    }
    this.used.add(text);
    return t;
  }

  /** Forget the pieces the last read did not use (the document moved on). */
  sweep(): void {
    for (const k of this.entries.keys()) if (!this.used.has(k)) this.entries.delete(k);
    this.used.clear();
  }
}

interface Piece {
  start: number;
  text: string;
}

interface Section {
  start: number;
  header: Piece;
  /** Items of a top-level block list, when the section is one. */
  items: Piece[];
}

/**
 * Above this size the token budget of the whole read (LIMITS.maxTokens) could
 * refuse a text whose pieces each pass it; a lexeme takes at least a third of
 * a character, so below it both readers agree.
 */
const MAX_INCREMENTAL = LIMITS.maxTokens / 3;

export function readYamlTreeIncremental(text: string, cache: ChunkCache, minSize = MIN_INCREMENTAL): YamlTree {
  if (text.length < minSize || text.length > MAX_INCREMENTAL) return readYamlTree(text);
  const sections = split(text);
  const tree = sections && assemble(text, sections, cache);
  cache.sweep();
  return tree ?? readYamlTree(text);
}

const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (i + 1 < text.length) starts.push(i + 1);
  return starts;
};

/** Cuts the text into sections at column-0 keys; undefined when the text is not a plain top-level mapping. */
function split(text: string): Section[] | undefined {
  // A BOM or a lone CR anywhere: a piece would read it differently from the
  // whole (a BOM at a piece's start is dropped as that piece's BOM; pieces are
  // cut at LF only). Rare, so the whole read is the simple answer.
  if (text.includes('\uFEFF') || /\r(?!\n)/.test(text)) return undefined;
  const starts = lineStarts(text);
  const tops: number[] = [];
  for (const s of starts) {
    const c = text[s]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '#') continue;
    if (c === '-' || c === '%' || c === '.' || c === '\t' || c === '[' || c === '{' || c === '?' || c === '&' || c === '*' || c === '!') return undefined;
    tops.push(s);
  }
  if (tops.length === 0 || tops[0] !== 0) return undefined; // leading comments: keep it simple
  const sections: Section[] = [];
  tops.forEach((start, i) => {
    const end = tops[i + 1] ?? text.length;
    sections.push(section(text, start, end));
  });
  return sections;
}

const HEADER = /^[A-Za-z0-9_-]+:[ \t]*(#.*)?\r?\n$/;

/** A section `key:` whose body is a block list at one indentation is cut further, per item. */
function section(text: string, start: number, end: number): Section {
  const whole: Section = { start, header: { start, text: text.slice(start, end) }, items: [] };
  const firstEnd = text.indexOf('\n', start);
  if (firstEnd < 0 || firstEnd >= end || !HEADER.test(text.slice(start, firstEnd + 1))) return whole;
  let indent = -1;
  const itemStarts: number[] = [];
  for (let s = firstEnd + 1; s < end; ) {
    const e = text.indexOf('\n', s);
    const lineEnd = e < 0 || e >= end ? end : e + 1;
    const line = text.slice(s, lineEnd);
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('\r')) {
      s = lineEnd;
      continue;
    }
    const n = line.length - trimmed.length;
    if (line.slice(0, n).includes('\t')) return whole;
    if (indent < 0) {
      if (!/^-( |\r?\n|$)/.test(trimmed)) return whole;
      indent = n;
    }
    if (n < indent) return whole;
    if (n === indent) {
      if (!/^-( |\r?\n|$)/.test(trimmed)) return whole;
      itemStarts.push(s);
    }
    s = lineEnd;
  }
  if (itemStarts.length < 2) return whole;
  const items = itemStarts.map((s, i) => ({ start: s, text: text.slice(s, itemStarts[i + 1] ?? end) }));
  return { start, header: { start, text: text.slice(start, itemStarts[0]) }, items };
}

function assemble(text: string, sections: Section[], cache: ChunkCache): YamlTree | undefined {
  const out: YamlTree = { root: undefined, problems: [], duplicates: [], comments: [], usesAnchors: false };
  const root: YMap = { kind: 'map', pairs: [], byKey: new Map(), start: 0, end: 0 };
  // The whole read ends the root where the last section's own read ends it (trailing comments included).
  let end = 0;
  for (const sec of sections) {
    const head = cache.read(sec.header.text);
    if (!clean(head) || head.root?.kind !== 'map') return undefined;
    const headRoot = shift(head.root, sec.start) as YMap;
    addComments(out, head, sec.start);
    for (const d of head.duplicates) out.duplicates.push(shiftDuplicate(d, sec.start, []));
    if (sec.items.length > 0) {
      const pair = headRoot.pairs[0];
      if (headRoot.pairs.length !== 1 || !pair || pair.value.kind !== 'scalar' || pair.value.value !== null) return undefined;
      const seq: YSeq = { kind: 'seq', items: [], start: -1, end: 0 };
      for (const item of sec.items) {
        const t = cache.read(item.text);
        if (!clean(t) || t.root?.kind !== 'seq' || t.root.items.length !== 1) return undefined;
        // The list spans from its first `-` to where its last item ends, as in a whole read.
        if (seq.start < 0) seq.start = t.root.start + item.start;
        seq.end = t.root.end + item.start;
        const index = seq.items.length;
        seq.items.push(shift(t.root.items[0]!, item.start));
        addComments(out, t, item.start);
        for (const d of t.duplicates) out.duplicates.push(shiftDuplicate(d, item.start, [pair.key, index], 1));
      }
      pair.value = seq;
      end = seq.end;
    } else {
      end = headRoot.end;
    }
    for (const pair of headRoot.pairs) {
      root.pairs.push(pair);
      if (root.byKey.has(pair.key)) out.duplicates.push({ pair, path: [pair.key] });
      else root.byKey.set(pair.key, pair);
    }
  }
  root.end = root.pairs.length > 0 ? end : 0;
  out.root = root;
  return out;
}

const clean = (t: YamlTree): boolean => t.problems.length === 0 && !t.usesAnchors;

function addComments(out: YamlTree, t: YamlTree, by: number): void {
  for (const c of t.comments) out.comments.push({ start: c.start + by, end: c.end + by, text: c.text });
}

function shiftDuplicate(d: DuplicateKey, by: number, prefix: (string | number)[], drop = 0): DuplicateKey {
  const pair = { ...d.pair, keyStart: d.pair.keyStart + by, keyEnd: d.pair.keyEnd + by, value: shift(d.pair.value, by) };
  return { pair, path: [...prefix, ...d.path.slice(drop)] };
}

/** A copy with every offset moved by `by` (the cache keeps pieces at offset 0). */
function shift(n: YNode, by: number): YNode {
  if (n.kind === 'scalar') return { ...n, start: n.start + by, end: n.end + by };
  if (n.kind === 'seq') return { kind: 'seq', items: n.items.map((i) => shift(i, by)), start: n.start + by, end: n.end + by };
  const map: YMap = { kind: 'map', pairs: [], byKey: new Map(), start: n.start + by, end: n.end + by };
  for (const p of n.pairs) {
    const q = { key: p.key, keyStart: p.keyStart + by, keyEnd: p.keyEnd + by, value: shift(p.value, by) };
    map.pairs.push(q);
    if (n.byKey.get(p.key) === p) map.byKey.set(p.key, q);
  }
  return map;
}

function lastEnd(m: YMap): number {
  const last = m.pairs[m.pairs.length - 1]!;
  return Math.max(last.keyEnd, last.value.end);
}
