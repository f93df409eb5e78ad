/**
 * `--format gitlab`: a GitLab Code Quality report. The fingerprint hashes
 * file, code and canvas item (not the line), so a finding keeps its identity
 * when lines move; a counter keeps repeated findings on one item apart.
 */
import { sha256 } from './hash.js';
import type { Severity } from '../../model/types.js';
import { messageText, safeJson, type FileResult } from './types.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

export function gitlab(results: readonly FileResult[]): string {
  const out: object[] = [];
  for (const r of results) {
    const seen = new Map<string, number>();
    for (const d of r.diagnostics) {
      const key = `${r.file}\u0000${d.code}\u0000${d.item}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      out.push({
        description: messageText(d),
        check_name: d.code,
        fingerprint: sha256(`${key}\u0000${n}`).slice(0, 32),
        severity: SEVERITY[d.severity],
        location: { path: r.file, lines: { begin: d.range.start.line + 1 } },
      });
    }
  }
  return `${safeJson(out)}\n`;
}
