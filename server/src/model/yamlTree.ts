/**
 * YAML text → our own small tree with offsets, plus the plain JS value.
 *
 * Why not `yaml`'s `toJS()`: we need the range of every node, we must bound
 * alias expansion ourselves (`maxAliasCount` only guards `toJS`), the
 * library's `uniqueKeys` check is quadratic, and deep nesting must be
 * refused *before* the recursive composer sees it. So we run the library's
 * lower layers (Parser → CST, Composer → AST) and convert once.
 *
 * Invariant: never throws, whatever the text; problems are returned.
 */
import { Composer, Lexer, Parser, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { CST, Node as YamlNode, Document } from 'yaml';
import type { Localized } from './types.js';
import { explainYamlError } from './yamlErrors.js';

export interface YScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  start: number;
  end: number;
}
export interface YPair {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: YNode;
}
export interface YMap {
  kind: 'map';
  pairs: YPair[];
  /** First occurrence of each key; later duplicates are reported, not indexed. */
  byKey: Map<string, YPair>;
  start: number;
  end: number;
}
export interface YSeq {
  kind: 'seq';
  items: YNode[];
  start: number;
  end: number;
}
export type YNode = YScalar | YMap | YSeq;

export type TreeProblemKind = 'syntax' | 'too-deep' | 'too-large' | 'binary' | 'encoding' | 'alias-limit' | 'extra-document' | 'complex-key';

/** A problem found while reading the text (before any canvas rule). */
export interface TreeProblem {
  kind: TreeProblemKind;
  start: number;
  end: number;
  message: Localized;
}

export interface DuplicateKey {
  pair: YPair;
  path: (string | number)[];
}

export interface YamlTree {
  root: YNode | undefined;
  problems: TreeProblem[];
  duplicates: DuplicateKey[];
  /** Every `#` comment with its offset, from the CST (never from a text search). */
  comments: { start: number; end: number; text: string }[];
  /** Whether anchors or aliases occur (the incremental reader then falls back to a whole parse). */
  usesAnchors: boolean;
}

/** Limits that keep hostile input from hanging or killing the process. */
export const LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 200,
  /** Nodes that alias expansion may add to the tree, in all. */
  maxAliasNodes: 10_000,
  /** Lexical tokens (the example plans have ~0.2 a character): keeps a 5 MB plan within seconds. */
  maxTokens: 1_500_000,
};

const COMPOSE_OPTIONS = {
  version: '1.2' as const,
  uniqueKeys: false, // quadratic in the library; we detect duplicates in linear time
  prettyErrors: false,
  merge: false,
  intAsBigInt: false,
  strict: true,
};

export function readYamlTree(text: string): YamlTree {
  const out: YamlTree = { root: undefined, problems: [], duplicates: [], comments: [], usesAnchors: false };
  if (text.length > LIMITS.maxBytes) {
    out.problems.push({
      kind: 'too-large', start: 0, end: 0,
      message: {
        nl: `Het bestand is te groot (${Math.round(text.length / 1048576)} MB); een plan mag hoogstens ${LIMITS.maxBytes / 1048576} MB zijn.`,
        en: `The file is too large (${Math.round(text.length / 1048576)} MB); a plan may be at most ${LIMITS.maxBytes / 1048576} MB.`,
      },
    });
    return out;
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    out.problems.push({
      kind: 'binary', start: nul, end: nul + 1,
      message: {
        nl: 'Dit bestand bevat binaire gegevens (een NUL-teken) en is geen tekstbestand met een plan.',
        en: 'This file contains binary data (a NUL character) and is not a plan text file.',
      },
    });
    return out;
  }
  // Bytes that are not UTF-8 reach us as U+FFFD (the decoder's replacement):
  // the text is still read, but what stood there is lost, so say so once.
  const lost = text.indexOf('\uFFFD');
  if (lost >= 0) {
    out.problems.push({
      kind: 'encoding', start: lost, end: lost + 1,
      message: {
        nl: 'Hier staat een onleesbaar teken (�): het bestand is niet als UTF-8 opgeslagen, of bevat beschadigde tekst. Sla het op als UTF-8 en controleer de tekst.',
        en: 'An unreadable character (�) stands here: the file was not saved as UTF-8, or holds damaged text. Save it as UTF-8 and check the text.',
      },
    });
  }
  let tokens: CST.Token[];
  try {
    // Lexing is cheap, the library's parser is not (~1.5 µs a token on our
    // machine: a 5 MB plan of one-word list items took 10 s). Count first,
    // refuse past the budget, then feed the same lexemes to the parser.
    const lexemes = [...new Lexer().lex(withLineFeeds(text))];
    if (lexemes.length > LIMITS.maxTokens) {
      out.problems.push({
        kind: 'too-large', start: 0, end: 0,
        message: {
          nl: `Het bestand bestaat uit te veel losse onderdelen (meer dan ${LIMITS.maxTokens.toLocaleString('nl-NL')} woorden, leestekens en regels) om als plan te lezen; een plan heeft er hooguit enkele tienduizenden.`,
          en: `The file consists of too many separate parts (over ${LIMITS.maxTokens.toLocaleString('en-GB')} words, punctuation marks and lines) to read as a plan; a plan has a few tens of thousands at most.`,
        },
      });
      return out;
    }
    const parser = new Parser();
    tokens = [];
    for (const lexeme of lexemes) for (const token of parser.next(lexeme)) tokens.push(token);
    for (const token of parser.end()) tokens.push(token);
  } catch (e) {
    out.problems.push(internalSyntax(e));
    return out;
  }
  out.problems.push(...checkDirectives(tokens));
  const deep = scanCst(tokens, out.comments);
  if (deep) {
    out.problems.push({
      kind: 'too-deep', start: deep.offset, end: deep.offset + 1,
      message: {
        nl: `De structuur is te diep genest (meer dan ${LIMITS.maxDepth} niveaus); een plan heeft er hooguit een stuk of tien nodig.`,
        en: `The structure is nested too deeply (more than ${LIMITS.maxDepth} levels); a plan needs about ten at most.`,
      },
    });
    return out;
  }
  let docs: Document.Parsed[];
  try {
    docs = [...new Composer(COMPOSE_OPTIONS).compose(tokens)];
  } catch (e) {
    out.problems.push(internalSyntax(e));
    return out;
  }
  docs.forEach((doc, i) => {
    for (const err of doc.errors) {
      out.problems.push({ kind: 'syntax', start: err.pos[0], end: err.pos[1], message: explainYamlError(err.code, err.message) });
    }
    if (i > 0) {
      const start = doc.range[0];
      out.problems.push({
        kind: 'extra-document', start, end: Math.max(start + 3, doc.range[1] > start ? start + 3 : start),
        message: {
          nl: 'Een planbestand bevat één YAML-document; dit tweede document (na `---`) wordt niet gelezen. Zet elk plan in een eigen bestand.',
          en: 'A plan file holds one YAML document; this second document (after `---`) is not read. Put each plan in a file of its own.',
        },
      });
    }
  });
  const first = docs[0];
  if (first && first.contents) {
    const conv = new Converter(out);
    out.root = conv.node(first.contents as YamlNode, []);
  }
  return out;
}

/**
 * A lone CR is a line break in YAML 1.2 (and for editors and LSP), but not
 * for the `yaml` library: read it as LF. Same length, so every offset holds.
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function internalSyntax(e: unknown): TreeProblem {
  const msg = e instanceof Error ? e.message : String(e);
  return {
    kind: 'syntax', start: 0, end: 0,
    message: { nl: `Dit bestand kan niet als YAML gelezen worden: ${msg}`, en: `This file cannot be read as YAML: ${msg}` },
  };
}

/**
 * What the library lets through about directives (yaml-test-suite 9MMA,
 * SF5V): a directive must be followed by a document, and `%YAML` may be
 * given once per document.
 */
function checkDirectives(tokens: CST.Token[]): TreeProblem[] {
  const problems: TreeProblem[] = [];
  let pending: CST.Directive[] = [];
  for (const t of tokens) {
    if (t.type === 'directive') pending.push(t);
    else if (t.type === 'document') {
      const yaml = pending.filter((d) => /^%YAML(\s|$)/.test(d.source));
      for (const d of yaml.slice(1)) {
        problems.push({
          kind: 'syntax', start: d.offset, end: d.offset + d.source.length,
          message: { nl: 'De regel `%YAML` staat hier een tweede keer voor hetzelfde document; haal deze regel weg.', en: '`%YAML` is given a second time for the same document; remove this line.' },
        });
      }
      pending = [];
    }
  }
  const lone = pending[0];
  if (lone) {
    problems.push({
      kind: 'syntax', start: lone.offset, end: lone.offset + lone.source.length,
      message: { nl: 'Na een regel met `%` hoort een document te volgen, dat begint met `---`; hier komt er geen.', en: 'A line starting with `%` must be followed by a document starting with `---`; none follows here.' },
    });
  }
  return problems;
}

/**
 * Walks the CST without recursion: measures nesting depth (to refuse what
 * would blow the composer's stack) and collects comments.
 * Returns the offset where the depth limit is passed, if it is.
 */
function scanCst(tokens: CST.Token[], comments: YamlTree['comments']): { offset: number } | undefined {
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [tok, depth] = stack.pop()!;
    if (!tok || typeof tok !== 'object') continue;
    const t = tok as Record<string, unknown> & { type?: string; offset?: number; source?: string };
    let d = depth;
    if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      d++;
      if (d > LIMITS.maxDepth) return { offset: typeof t.offset === 'number' ? t.offset : 0 };
    }
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      comments.push({ start: t.offset, end: t.offset + t.source.length, text: t.source });
      continue;
    }
    for (const k of ['start', 'sep', 'end', 'items', 'props']) {
      const v = t[k];
      if (Array.isArray(v)) for (const c of v) stack.push([c, d]);
    }
    for (const k of ['key', 'value']) {
      const v = t[k];
      if (v && typeof v === 'object') stack.push([v, d]);
    }
  }
  comments.sort((a, b) => a.start - b.start);
  return undefined;
}

class Converter {
  private readonly anchors = new Map<string, YamlNode>();
  private aliasNodes = 0;
  private aliasDepth = 0;
  private aliasReported = false;

  constructor(private readonly out: YamlTree) {}

  node(n: YamlNode | null | undefined, path: (string | number)[], at?: number): YNode {
    if (!n) return { kind: 'scalar', value: null, start: at ?? 0, end: at ?? 0 };
    if (this.aliasDepth > 0 && ++this.aliasNodes > LIMITS.maxAliasNodes) {
      return this.aliasLimit(n.range?.[0] ?? 0);
    }
    if (isAlias(n)) {
      this.out.usesAnchors = true;
      return this.alias(n, path);
    }
    const [start, valueEnd] = n.range ?? [at ?? 0, at ?? 0];
    let result: YNode;
    if (isMap(n)) {
      const map: YMap = { kind: 'map', pairs: [], byKey: new Map(), start, end: valueEnd };
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const written = item.key as YamlNode | null;
        const keyStart = written?.range?.[0] ?? start;
        const keyEnd = written?.range?.[1] ?? keyStart;
        // A key may carry an anchor (`&a key:`) or be an alias (`*a :`): YAML 1.2 allows both.
        const k = this.key(written, path);
        let key: string;
        // A key is named as written: `.nan:` is the key `.nan` (not `NaN`), `0x1F:` is `0x1F` (not `31`).
        if (k && isScalar(k)) key = typeof k.value !== 'string' && typeof k.source === 'string' ? k.source : scalarText(k.value);
        else if (k === null && written) key = ''; // an alias without its anchor: reported as such
        else {
          key = k ? '[complex key]' : '';
          // Inside an alias expansion this key was already reported where the anchor is.
          if (this.aliasDepth === 0) this.out.problems.push({
            kind: 'complex-key', start: keyStart, end: keyEnd,
            message: { nl: 'Sleutels in een plan zijn gewone woorden, geen lijsten of objecten.', en: 'Keys in a plan are plain words, not lists or objects.' },
          });
        }
        const valueNode = this.node(item.value as YamlNode | null, [...path, key], keyEnd);
        const pair: YPair = { key, keyStart, keyEnd, value: valueNode };
        map.pairs.push(pair);
        if (map.byKey.has(key)) {
          if (this.aliasDepth === 0) this.out.duplicates.push({ pair, path: [...path, key] });
        }
        else map.byKey.set(key, pair);
      }
      result = map;
    } else if (isSeq(n)) {
      const seq: YSeq = { kind: 'seq', items: [], start, end: valueEnd };
      n.items.forEach((item, i) => {
        seq.items.push(this.node(item as YamlNode | null, [...path, i], valueEnd));
      });
      result = seq;
    } else if (isScalar(n)) {
      result = { kind: 'scalar', value: scalarValue(n.value), start, end: valueEnd };
    } else {
      result = { kind: 'scalar', value: null, start, end: valueEnd };
    }
    if (n.anchor) {
      this.out.usesAnchors = true;
      this.anchors.set(n.anchor, n);
    }
    return result;
  }

  /**
   * The node a key stands for: anchors on it (or inside a complex key) are
   * registered before its value is read (`? &a a : *a`), and an alias is
   * resolved to its anchor. Null for an alias whose anchor does not exist.
   */
  private key(k: YamlNode | null, path: (string | number)[]): YamlNode | null {
    if (!k) return null;
    if (isAlias(k)) {
      this.out.usesAnchors = true;
      const target = this.anchors.get(k.source);
      if (target) return target;
      const [start, end] = k.range ?? [0, 0];
      if (this.aliasDepth === 0) this.out.problems.push({ kind: 'syntax', start, end, message: explainYamlError('BAD_ALIAS', `Aliased anchor not found: ${k.source}`) });
      return null;
    }
    if (isScalar(k)) {
      if (k.anchor) {
        this.out.usesAnchors = true;
        this.anchors.set(k.anchor, k);
      }
      return k;
    }
    this.node(k, path); // a complex key: read only for the anchors inside it
    return k;
  }

  private alias(n: YamlNode & { source: string }, path: (string | number)[]): YNode {
    const [start, end] = n.range ?? [0, 0];
    const target = this.anchors.get(n.source);
    if (!target) {
      // The library leaves this to toJS(), which we do not call: report it here
      // (once, not again each time an enclosing anchor is expanded).
      if (this.aliasDepth === 0) this.out.problems.push({ kind: 'syntax', start, end, message: explainYamlError('BAD_ALIAS', `Aliased anchor not found: ${n.source}`) });
      return { kind: 'scalar', value: null, start, end };
    }
    if (this.aliasDepth > 50) return this.aliasLimit(start);
    this.aliasDepth++;
    try {
      const copy = this.node(target, path);
      // The expanded value is reported at the alias, where the user wrote it.
      return { ...copy, start, end } as YNode;
    } finally {
      this.aliasDepth--;
    }
  }

  private aliasLimit(offset: number): YNode {
    if (!this.aliasReported) {
      this.aliasReported = true;
      this.out.problems.push({
        kind: 'alias-limit', start: offset, end: offset + 1,
        message: {
          nl: `Te veel herhaling via YAML-aliassen (*naam): meer dan ${LIMITS.maxAliasNodes} onderdelen. Schrijf de waarden uit in plaats van aliassen te stapelen.`,
          en: `Too much repetition through YAML aliases (*name): over ${LIMITS.maxAliasNodes} nodes. Write the values out instead of stacking aliases.`,
        },
      });
    }
    return { kind: 'scalar', value: null, start: offset, end: offset };
  }
}

function scalarValue(v: unknown): YScalar['value'] {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (v instanceof Date) return isNaN(v.getTime()) ? String(v) : v.toISOString().slice(0, 10);
  return String(v);
}

function scalarText(v: unknown): string {
  const s = scalarValue(v);
  return s === null ? '' : String(s);
}
