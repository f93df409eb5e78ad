/**
 * Inline suppression comments (SPEC §1), read from the CST's comment tokens:
 *   # scaling-disable-next-line SP406[, SP301]   — diagnostics starting on the next line
 *   # scaling-disable SP301                      — on its own line: the rest of the file;
 *                                                  among the comments above the first key: the whole file
 * No code means every code. Everything after ` -- ` is the reason, never
 * codes (SPEC §1, §6.5). Each unused code of a suppression is one SP007
 * (one for a code-less suppression that silences nothing).
 */
import type { PlanDoc } from './model/plan.js';
import type { Diagnostic, Lang, Severity } from './model/types.js';
import { toDiagnostic } from './report.js';
import { rule as SP007 } from './rules/SP007-unused-suppression.js';

export interface Suppression {
  /** `file`: a `scaling-disable` among the header comments (above the first key) — the whole file, line 1 included. */
  kind: 'next-line' | 'rest' | 'file';
  codes: string[]; // empty: all
  /** The text after ` -- `: why (SPEC §1); never read as codes. */
  reason: string | undefined;
  line: number; // the comment's line
  start: number;
  end: number;
  used: Set<string>;
  usedAny: boolean;
}

const PATTERN = /^#\s*scaling-disable(-next-line)?(?=\s|$)(.*)$/;
/** The reason marker: ` -- ` (a trailing ` --` with nothing after it still ends the codes). */
const REASON = /\s--(?:\s|$)/;

export function readSuppressions(doc: PlanDoc): Suppression[] {
  const out: Suppression[] = [];
  const headerEnd = firstKeyOffset(doc);
  for (const c of doc.tree.comments) {
    const m = PATTERN.exec(c.text.trim());
    if (!m) continue;
    const start = doc.lines.position(c.start);
    const ownLine = doc.text.slice(c.start - start.character, c.start).trim() === '';
    let kind: Suppression['kind'] = m[1] ? 'next-line' : 'rest';
    if (kind === 'rest' && !ownLine) continue; // SPEC: `scaling-disable` counts only on its own line
    if (kind === 'rest' && c.start < headerEnd) kind = 'file';
    const rest = m[2] ?? '';
    const cut = REASON.exec(rest);
    const codeText = cut ? rest.slice(0, cut.index) : rest;
    const reason = cut ? rest.slice(cut.index + cut[0].length).trim() || undefined : undefined;
    const codes = codeText.split(/[\s,]+/).filter((s) => s.length > 0).map((s) => s.toUpperCase());
    out.push({ kind, codes, reason, line: start.line, start: c.start, end: c.end, used: new Set(), usedAny: false });
  }
  return out;
}

/** Where the file's first key starts: comments before it are the header (also after a title comment). */
function firstKeyOffset(doc: PlanDoc): number {
  const root = doc.tree.root;
  if (!root) return doc.text.length;
  if (root.kind === 'map') return root.pairs[0]?.keyStart ?? root.start;
  return root.start;
}

export interface Suppressed {
  /** What was reported before silencing; shown with `suppressions` in SARIF. */
  diagnostic: Diagnostic;
  /** The reason after ` -- ` of the (first) comment that silenced it. */
  justification: string | undefined;
}

/**
 * Moves silenced diagnostics aside (they stay known for SARIF and hovers)
 * and adds SP007 for suppressions that silenced nothing (unless SP007 is off).
 */
export function applySuppressions(
  doc: PlanDoc, diagnostics: Diagnostic[], lang: Lang, sp007: Severity | 'off' = SP007.severity,
): { diagnostics: Diagnostic[]; suppressed: Suppressed[] } {
  const sups = readSuppressions(doc);
  const suppressed: Suppressed[] = [];
  if (sups.length === 0) return { diagnostics, suppressed };
  const kept = diagnostics.filter((d) => {
    const line = d.range.start.line;
    let silenced: Suppression | undefined;
    for (const s of sups) {
      // `rest` counts from its own line; `file` (in the header) also covers line 1, where findings about the whole file sit.
      const applies = s.kind === 'next-line' ? line === s.line + 1 : s.kind === 'file' || line >= s.line;
      if (!applies) continue;
      if (s.codes.length === 0) {
        s.usedAny = true;
        silenced ??= s;
      } else if (s.codes.includes(d.code)) {
        s.used.add(d.code);
        silenced ??= s;
      }
    }
    if (silenced) suppressed.push({ diagnostic: d, justification: silenced.reason });
    return !silenced;
  });
  if (sp007 === 'off') return { diagnostics: kept, suppressed };
  for (const s of sups) {
    const unused = s.codes.length === 0 ? (s.usedAny ? [] : ['']) : s.codes.filter((c) => !s.used.has(c));
    for (const code of unused) {
      kept.push(toDiagnostic(SP007, sp007, doc, lang, {
        messageId: code ? 'unusedCode' : 'unusedAll',
        data: { code },
        target: { range: doc.lines.range(s.start, s.end) },
        item: '',
        fix: { code },
      }));
    }
  }
  return { diagnostics: kept, suppressed };
}
