/** Engine Diagnostic → LSP Diagnostic: the only place the two shapes meet. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, Severity } from '../model/types.js';
import { SOURCE } from './protocol.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * What a diagnostic carries back to us in a code action request: enough to
 * build the fix even when the client does not echo the analysis we hold.
 */
export interface DiagnosticData {
  rule: string;
  item: string;
  fix?: Record<string, string | number | boolean>;
}

/** `uri`: the plan's document, for related locations (which always lie in the same plan). */
export function toLspDiagnostic(d: Diagnostic, uri?: string): LspDiagnostic {
  const data: DiagnosticData = { rule: d.rule, item: d.item };
  if (d.data) data.fix = d.data;
  const out: LspDiagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Warning,
    code: d.code,
    codeDescription: { href: d.docUrl },
    source: SOURCE,
    message: d.message,
    data,
  };
  if (uri && d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  }
  // An unused suppression is dead text: editors fade it out.
  if (d.code === 'SP007') out.tags = [DiagnosticTag.Unnecessary];
  return out;
}
