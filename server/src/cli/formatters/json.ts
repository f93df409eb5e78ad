/** `--format json`: exactly the SPEC §4 shape, one JSON value; `docUrl` is the one addition. */
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
    })),
  }));
  return `${safeJson(out)}\n`;
}
