/**
 * Code actions for the diagnostics under the cursor: the rule's own fix
 * (`isPreferred`), "Fix all SPxxx problems" (when two or more findings of
 * that rule have a fix), "Suppress SPxxx on this line" / "… in this file"
 * (both ask nothing and end in ` -- ` for the reason; the file-wide one goes
 * among the header comments, above the first key) and "Show documentation
 * for SPxxx"; and `source.fixAll.scaling-plan` with the safe fixes.
 * Fixes are built from the cached analysis, so they work whether or not the
 * client echoes the diagnostic's `data` back.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../lint.js';
import type { Diagnostic, Lang } from '../model/types.js';
import type { YNode } from '../model/yamlTree.js';
import { readSuppressions } from '../suppress.js';
import { toLspDiagnostic } from './convert.js';
import { INGREDIENTS } from '../model/canvas.js';
import { addIngredients, fixesFor, safeFixes } from '../edits/fixes.js';
import { FIX_ALL_KIND, SHOW_RULE_DOC_COMMAND } from './protocol.js';

export interface ActionOptions {
  /** The client takes versioned `documentChanges`. */
  documentChanges: boolean;
}

const TITLES = {
  suppress: { nl: 'Onderdruk {0} op deze regel', en: 'Suppress {0} on this line' },
  suppressFile: { nl: 'Onderdruk {0} in dit bestand', en: 'Suppress {0} in this file' },
  fixCode: { nl: 'Los alle {0}-problemen op', en: 'Fix all {0} problems' },
  docs: { nl: 'Toon de uitleg bij {0}', en: 'Show documentation for {0}' },
  fixAll: { nl: 'Los alle veilige problemen in dit plan op', en: 'Fix all safe problems in this plan' },
};

function title(key: keyof typeof TITLES, lang: Lang, arg = ''): string {
  return TITLES[key][lang].replace('{0}', arg);
}

/** Hierarchical kinds: `source.fixAll` asks for `source.fixAll.scaling-plan` too. */
function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(params: CodeActionParams, doc: TextDocument, a: Analysis, options: ActionOptions): CodeAction[] {
  const only = params.context.only;
  const lang = a.lang;
  const edit = (edits: TextEdit[]): WorkspaceEdit => options.documentChanges
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
    : { changes: { [doc.uri]: edits } };
  const out: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix, only)) {
    const fixes: CodeAction[] = [];
    const once = new Set<string>(); // one "suppress" and one "docs" per code and line, however many findings share them
    const perCode = new Set<string>();
    for (const d of relevant(a.diagnostics, params)) {
      const diagnostics = [toLspDiagnostic(d, doc.uri)];
      fixesFor(a, d, lang).forEach((fix, i) => {
        const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, edit: edit(fix.edits) };
        if (i === 0 && fix.preferred !== false) action.isPreferred = true;
        fixes.push(action);
      });
      const key = `${d.code}:${d.range.start.line}`;
      if (once.has(key)) continue;
      once.add(key);
      if (!perCode.has(d.code)) {
        perCode.add(d.code);
        const all = fixAllOf(a, d.code, lang);
        if (all) fixes.push({ title: title('fixCode', lang, d.code), kind: CodeActionKind.QuickFix, diagnostics: all.diagnostics.map((x) => toLspDiagnostic(x, doc.uri)), edit: edit(all.edits) });
      }
      const suppress = suppressEdit(a, d);
      if (suppress) out.push({ title: title('suppress', lang, d.code), kind: CodeActionKind.QuickFix, diagnostics, edit: edit([suppress]) });
      const suppressFile = suppressFileEdit(a, d);
      if (suppressFile) out.push({ title: title('suppressFile', lang, d.code), kind: CodeActionKind.QuickFix, diagnostics, edit: edit([suppressFile]) });
      out.push({
        title: title('docs', lang, d.code), kind: CodeActionKind.QuickFix, diagnostics,
        command: { title: title('docs', lang, d.code), command: SHOW_RULE_DOC_COMMAND, arguments: [d.docUrl] },
      });
    }
    out.unshift(...fixes); // the fixes first: they are what the user came for
  }
  // Explicitly asked for (on save), or offered beside the quick fixes in a plain menu.
  if (only ? wanted(FIX_ALL_KIND, only) : out.length > 0) {
    const edits = safeFixes(a);
    if (edits.length > 0) out.push({ title: title('fixAll', lang), kind: FIX_ALL_KIND, edit: edit(edits) });
  }
  return out;
}

/**
 * Our diagnostics at the requested range. When the client names the
 * diagnostics it shows there, only those (matched by code and start).
 */
function relevant(all: Diagnostic[], params: CodeActionParams): Diagnostic[] {
  const asked = params.context.diagnostics.filter((d) => d.source === undefined || d.source === 'scaling-plan');
  const hits = all.filter((d) => intersects(d.range, params.range));
  if (params.context.diagnostics.length === 0) return hits;
  return hits.filter((d) => asked.some((c) => String(c.code) === d.code && c.message === d.message
    && c.range.start.line === d.range.start.line && c.range.start.character === d.range.start.character));
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']): boolean => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * Every finding of one rule fixed at once: the first (preferred) fix of each,
 * left out where its edit overlaps one already taken (or repeats it: two
 * references to one undeclared id create it once). Only when ≥ 2 are fixable.
 */
function fixAllOf(a: Analysis, code: string, lang: Lang): { diagnostics: Diagnostic[]; edits: TextEdit[] } | undefined {
  if (code === 'SP301') {
    // The missing ingredients go in together, in canvas order (one edit, as source.fixAll does).
    const missing = a.diagnostics.filter((d) => d.code === 'SP301');
    const keys = missing.map((d) => d.item.split('/')[1]!).filter((k) => (INGREDIENTS as readonly string[]).includes(k));
    const edits = keys.length >= 2 ? addIngredients(a, keys) : undefined;
    return edits ? { diagnostics: missing, edits } : undefined;
  }
  const diagnostics: Diagnostic[] = [];
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const d of a.diagnostics) {
    if (d.code !== code) continue;
    const fix = fixesFor(a, d, lang)[0];
    // A choice among several (an owner, a scheme) is the user's to make, one finding at a time.
    if (!fix || fix.edits.length === 0 || fix.preferred === false) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) {
      diagnostics.push(d);
      continue;
    }
    if (fix.edits.some((e) => edits.some((t) => overlaps(e.range, t.range)))) continue;
    seen.add(key);
    diagnostics.push(d);
    edits.push(...fix.edits);
  }
  return seen.size >= 2 ? { diagnostics, edits } : undefined;
}

/** Overlapping ranges, or two insertions at one point (their order would be a guess). */
function overlaps(a: Range, b: Range): boolean {
  const cmp = (p: Range['start'], q: Range['start']): number => p.line - q.line || p.character - q.character;
  if (cmp(a.start, a.end) === 0 && cmp(b.start, b.end) === 0) return cmp(a.start, b.start) === 0;
  return cmp(a.start, b.end) < 0 && cmp(b.start, a.end) < 0;
}

/** Where the codes of a suppression comment end (before its ` -- ` reason): a new code goes there. */
function codesEnd(a: Analysis, s: { start: number; end: number }): Range['start'] {
  const text = a.doc.text.slice(s.start, s.end);
  const m = /\s--(?:\s|$)/.exec(text);
  return a.doc.lines.position(s.start + (m ? m.index : text.trimEnd().length));
}

/**
 * `# scaling-disable-next-line SPxxx -- ` above the diagnostic's line,
 * indented like it; added to an existing comment there instead of stacking a second.
 */
function suppressEdit(a: Analysis, d: Diagnostic): TextEdit | undefined {
  const line = d.range.start.line;
  const doc = a.doc;
  const lineStart = doc.lines.offset({ line, character: 0 });
  if (insideMultilineScalar(doc.tree.root, lineStart)) return undefined; // a comment there would become text
  const existing = readSuppressions(doc).find((s) => s.kind === 'next-line' && s.line === line - 1);
  if (existing) {
    if (existing.codes.length === 0 || existing.codes.includes(d.code)) return undefined;
    const end = codesEnd(a, existing);
    return { range: { start: end, end }, newText: `, ${d.code}` };
  }
  const text = doc.text.slice(lineStart, doc.lines.lineEnd(line));
  const indent = /^[ \t]*/.exec(text)![0];
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# scaling-disable-next-line ${d.code} -- \n` };
}

/**
 * `# scaling-disable SPxxx -- ` among the header comments (just above the
 * first key, so after a title comment), or the code added to a file-wide
 * suppression already there.
 */
function suppressFileEdit(a: Analysis, d: Diagnostic): TextEdit | undefined {
  const header = readSuppressions(a.doc).filter((s) => s.kind === 'file');
  if (header.some((s) => s.codes.length === 0 || s.codes.includes(d.code))) return undefined;
  const named = header.find((s) => s.codes.length > 0);
  if (named) {
    const end = codesEnd(a, named);
    return { range: { start: end, end }, newText: `, ${d.code}` };
  }
  const root = a.doc.tree.root;
  const first = root?.kind === 'map' ? (root.pairs[0]?.keyStart ?? root.start) : (root?.start ?? 0);
  const line = a.doc.lines.position(first).line;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `# scaling-disable ${d.code} -- \n` };
}

function insideMultilineScalar(node: YNode | undefined, offset: number): boolean {
  if (!node || offset <= node.start || offset >= node.end) return false;
  if (node.kind === 'scalar') return true;
  if (node.kind === 'seq') return node.items.some((n) => insideMultilineScalar(n, offset));
  return node.pairs.some((p) => insideMultilineScalar(p.value, offset));
}
