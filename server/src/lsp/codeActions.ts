/**
 * Code actions for the diagnostics under the cursor: the rule's own fix
 * (`isPreferred`), "Suppress SPxxx on this line" and "Show documentation
 * for SPxxx"; and `source.fixAll.scaling-plan` with the safe fixes.
 * Fixes are built from the cached analysis, so they work whether or not the
 * client echoes the diagnostic's `data` back.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../lint.js';
import type { Diagnostic, Lang } from '../model/types.js';
import type { YNode } from '../model/yamlTree.js';
import { readSuppressions } from '../suppress.js';
import { toLspDiagnostic } from './convert.js';
import { fixesFor, safeFixes } from '../edits/fixes.js';
import { FIX_ALL_KIND, SHOW_RULE_DOC_COMMAND } from './protocol.js';

export interface ActionOptions {
  /** The client takes versioned `documentChanges`. */
  documentChanges: boolean;
}

const TITLES = {
  suppress: { nl: 'Onderdruk {0} op deze regel', en: 'Suppress {0} on this line' },
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
    for (const d of relevant(a.diagnostics, params)) {
      const diagnostics = [toLspDiagnostic(d)];
      fixesFor(a, d, lang).forEach((fix, i) => {
        const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, edit: edit(fix.edits) };
        if (i === 0) action.isPreferred = true;
        fixes.push(action);
      });
      const key = `${d.code}:${d.range.start.line}`;
      if (once.has(key)) continue;
      once.add(key);
      const suppress = suppressEdit(a, d);
      if (suppress) out.push({ title: title('suppress', lang, d.code), kind: CodeActionKind.QuickFix, diagnostics, edit: edit([suppress]) });
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
 * `# scaling-disable-next-line SPxxx` above the diagnostic's line, indented
 * like it; added to an existing comment there instead of stacking a second.
 */
function suppressEdit(a: Analysis, d: Diagnostic): TextEdit | undefined {
  const line = d.range.start.line;
  const doc = a.doc;
  const lineStart = doc.lines.offset({ line, character: 0 });
  if (insideMultilineScalar(doc.tree.root, lineStart)) return undefined; // a comment there would become text
  const existing = readSuppressions(doc).find((s) => s.kind === 'next-line' && s.line === line - 1);
  if (existing) {
    if (existing.codes.length === 0 || existing.codes.includes(d.code)) return undefined;
    const end = doc.lines.position(existing.end);
    return { range: { start: end, end }, newText: `, ${d.code}` };
  }
  const text = doc.text.slice(lineStart, doc.lines.lineEnd(line));
  const indent = /^[ \t]*/.exec(text)![0];
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# scaling-disable-next-line ${d.code}\n` };
}

function insideMultilineScalar(node: YNode | undefined, offset: number): boolean {
  if (!node || offset <= node.start || offset >= node.end) return false;
  if (node.kind === 'scalar') return true;
  if (node.kind === 'seq') return node.items.some((n) => insideMultilineScalar(n, offset));
  return node.pairs.some((p) => insideMultilineScalar(p.value, offset));
}
