/**
 * Completion at the cursor: the keys the schema allows there (with their
 * canvas explanation, minus those already written), the values of closed
 * lists (routes, statuses, partner types, friction …), partner ids where a
 * partner is expected (`owner`, `partner`), action ids in `actions` lists
 * (not the top-level action list itself) and route keys in `after` /
 * `needed-for`.
 */
import { CompletionItemKind, InsertTextMode, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { Analysis } from '../lint.js';
import { ROUTES } from '../model/canvas.js';
import type { Lang, Position } from '../model/types.js';
import { cursorContext, type CursorContext, type Path } from './context.js';
import { explainKey, explainValue, explanationMarkdown } from './explain.js';
import { actionSummary, partnerSummary } from './hover.js';
import { schemaAt, type SchemaNode } from './schemaInfo.js';
import { indentUnit } from '../edits/yamlEdit.js';

export function complete(a: Analysis, text: string, pos: Position): CompletionItem[] {
  const ctx = cursorContext(text, pos.line, pos.character);
  if (!ctx) return [];
  const node = schemaAt(ctx.path);
  if (ctx.mode === 'key' && !(ctx.listItem && !isObject(node))) return keys(a, ctx, node, pos);
  return values(a, ctx, node, pos);
}

function isObject(n: SchemaNode | undefined): boolean {
  return n !== undefined && n.object;
}

function keys(a: Analysis, ctx: CursorContext, node: SchemaNode | undefined, pos: Position): CompletionItem[] {
  if (!node) return [];
  const unit = indentUnit(a.doc);
  const out: CompletionItem[] = [];
  let rank = 0;
  for (const key of node.keys) {
    rank++;
    if (ctx.taken.has(key)) continue;
    const path = [...ctx.path, key];
    const child = schemaAt(path);
    const childCol = ctx.column + unit;
    let insert = `${key}: `;
    if (isObject(child) && child!.values.length === 0) insert = `${key}:\n${' '.repeat(childCol)}`;
    else if (child?.list && child.values.length === 0 && isObject(schemaAt([...path, 0]))) insert = `${key}:\n${' '.repeat(childCol)}- `;
    out.push({
      label: key,
      kind: CompletionItemKind.Property,
      detail: explainKey(path).term?.[a.lang],
      documentation: doc(explanationMarkdown(key, explainKey(path), a.lang)),
      sortText: `${node.required.has(key) ? 0 : 1}${String(rank).padStart(3, '0')}`,
      textEdit: { range: wordRange(ctx, pos), newText: insert },
      insertTextMode: InsertTextMode.asIs,
    });
  }
  return out;
}

function values(a: Analysis, ctx: CursorContext, node: SchemaNode | undefined, pos: Position): CompletionItem[] {
  const lang = a.lang;
  const ref = referenceKind(ctx.path);
  const choices: { value: string; kind: CompletionItemKind; detail?: string; docs?: string }[] = [];
  if (ref === 'partner') {
    for (const p of a.facts.partners) if (p.id) choices.push({ value: p.id, kind: CompletionItemKind.Reference, detail: p.name, docs: partnerSummary(a, p.id, lang) });
  } else if (ref === 'action') {
    for (const x of a.facts.actions) if (x.id) choices.push({ value: x.id, kind: CompletionItemKind.Reference, detail: x.title, docs: actionSummary(a, x.id, lang) });
  } else {
    const list = node?.values.length ? node.values.map((v) => String(v.value)) : ref === 'route' ? [...ROUTES] : ref === 'needed-for' ? ['pilot', ...ROUTES] : [];
    for (const v of list) {
      const e = explainValue(ctx.path, v);
      choices.push({ value: v, kind: CompletionItemKind.EnumMember, detail: e.term?.[lang], docs: explanationMarkdown(v, e, lang) });
    }
  }
  const seen = new Set<string>();
  return choices
    .filter((c) => !ctx.taken.has(c.value) && !seen.has(c.value) && seen.add(c.value))
    .map((c, i) => ({
      label: c.value,
      kind: c.kind,
      detail: c.detail,
      documentation: doc(c.docs),
      sortText: String(i).padStart(4, '0'),
      filterText: c.value,
      textEdit: { range: wordRange(ctx, pos), newText: (ctx.needsSpace ? ' ' : '') + c.value },
    }));
}

/** What kind of id or key a value at this path refers to (SPEC §2: owner/partner → partners, actions lists → actions). */
export function referenceKind(path: Path): 'partner' | 'action' | 'route' | 'needed-for' | undefined {
  const last = path[path.length - 1];
  const key = typeof last === 'number' ? path[path.length - 2] : last;
  if (typeof last === 'string' && (last === 'owner' || last === 'partner') && path.length > 1) return 'partner';
  if (typeof last === 'number' && key === 'actions' && path.length > 2) return 'action';
  if (typeof last === 'number' && key === 'after') return 'route';
  if (typeof last === 'number' && key === 'needed-for') return 'needed-for';
  return undefined;
}

function wordRange(ctx: CursorContext, pos: Position): { start: Position; end: Position } {
  return { start: { line: pos.line, character: ctx.wordStart }, end: pos };
}

function doc(value: string | undefined): { kind: 'markdown'; value: string } | undefined {
  return value ? { kind: MarkupKind.Markdown, value } : undefined;
}

export type { Lang };
