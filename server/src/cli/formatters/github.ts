/**
 * `--format github`: GitHub Actions workflow commands, so reviewers see each
 * finding inline in the pull request. Escaping follows the runner's rules:
 * `%`, CR and LF in the message; also `:` and `,` in the properties.
 */
import type { Severity } from '../../model/types.js';
import { clean, cut, MAX_MESSAGE } from '../../text.js';
import { place, type FileResult } from './types.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function github(results: readonly FileResult[]): string {
  let out = '';
  for (const r of results) {
    for (const d of r.diagnostics) {
      const p = place(d);
      const props = [
        `file=${property(r.file)}`,
        `line=${p.line}`,
        `col=${p.column}`,
        `endLine=${p.endLine}`,
        `endColumn=${p.endColumn}`,
        `title=${property(`${d.code} ${d.rule}`)}`,
      ].join(',');
      out += `::${LEVEL[d.severity]} ${props}::${data(cut(d.message, MAX_MESSAGE))}\n`;
    }
  }
  return out;
}

function data(s: string): string {
  return clean(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'), 1000);
}

/** A file name is kept exact where the runner can carry it (CR, LF, `:` and `,` escaped), and bounded. */
function property(s: string): string {
  return clean(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C'), 500);
}
