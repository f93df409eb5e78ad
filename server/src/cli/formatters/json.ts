/**
 * `--format json`: exactly the SPEC §4 shape, one JSON value; added fields:
 * `docUrl`, `related` (when there are any), and with `--new-since` `new`
 * (true: the finding is new since that revision).
 */
import { messageText, place, safeJson, type FileResult } from './types.js';

export function json(results: readonly FileResult[]): string {
  const out = results.map((r) => ({
    file: r.file,
    diagnostics: r.diagnostics.map((d) => ({
      code: d.code,
      rule: d.rule,
      severity: d.severity,
      message: messageText(d),
      ...place(d),
      docUrl: d.docUrl,
      // An addition (SPEC §4 allows extra fields): related locations, 1-based like the finding.
      ...(d.related?.length ? { related: d.related.map((rel) => ({ message: rel.message, ...place({ ...d, range: rel.range }) })) } : {}),
      ...(r.fresh ? { new: r.fresh.has(d) } : {}),
    })),
  }));
  return `${safeJson(out)}\n`;
}
