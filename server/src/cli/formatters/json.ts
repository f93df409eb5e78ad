/**
 * `--format json`: exactly the SPEC §4 shape, one JSON value; added fields:
 * `docUrl`, and with `--new-since` `new` (true: the finding is new since that revision).
 */
import { place, type FileResult } from './types.js';

export function json(results: readonly FileResult[]): string {
  const out = results.map((r) => ({
    file: r.file,
    diagnostics: r.diagnostics.map((d) => ({
      code: d.code,
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      ...place(d),
      docUrl: d.docUrl,
      ...(r.fresh ? { new: r.fresh.has(d) } : {}),
    })),
  }));
  return `${JSON.stringify(out)}\n`;
}
