/**
 * Inline suppression comments (SPEC §1), read from the CST's comment tokens:
 *   # scaling-disable-next-line SP406[, SP301]   — diagnostics starting on the next line
 *   # scaling-disable SP301                      — on its own line: the rest of the file
 * No code means every code. A suppression that silences nothing is SP007.
 */
import type { PlanDoc } from './model/plan.js';
import type { Diagnostic, Lang, Severity } from './model/types.js';
import { toDiagnostic } from './report.js';
import { rule as SP007 } from './rules/SP007-unused-suppression.js';

export interface Suppression {
  kind: 'next-line' | 'rest';
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

export function readSuppressions(doc: PlanDoc): Suppression[] {
  const out: Suppression[] = [];
  for (const c of doc.tree.comments) {
    const m = PATTERN.exec(c.text.trim());
    if (!m) continue;
    const start = doc.lines.position(c.start);
    const ownLine = doc.text.slice(c.start - start.character, c.start).trim() === '';
    const kind = m[1] ? 'next-line' : 'rest';
    if (kind === 'rest' && !ownLine) continue; // SPEC: `scaling-disable` counts only on its own line
    const [codeText = '', ...why] = (m[2] ?? '').split(' -- ');
    const reason = why.join(' -- ').trim() || undefined;
    const codes = codeText.split(/[\s,]+/).filter((s) => s.length > 0).map((s) => s.toUpperCase());
    out.push({ kind, codes, reason, line: start.line, start: c.start, end: c.end, used: new Set(), usedAny: false });
  }
  return out;
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
      // `rest` counts from its own line: a finding about the whole file sits on line 1, where such a comment goes.
      const applies = s.kind === 'next-line' ? line === s.line + 1 : line >= s.line;
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
