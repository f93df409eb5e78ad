/** The output formats of `lint`, by the name `--format` takes. */
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FileResult, FormatContext, Formatter } from './types.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, gitlab };
export const FORMAT_NAMES = Object.keys(FORMATTERS);

export interface Report {
  output: string;
  /** Files whose findings could not be written, with the reason: the run exits 2 (docs/security.md). */
  failed: { file: string; reason: string }[];
}

/**
 * The report on all files; should the formatter fail (a bug, or an input we
 * did not foresee), each file is tried on its own and only the ones that
 * fail are left out — one plan never costs the report on the others.
 */
export function formatReport(format: Formatter, results: readonly FileResult[], ctx: FormatContext): Report {
  try {
    return { output: format(results, ctx), failed: [] };
  } catch {
    const kept: FileResult[] = [];
    const failed: Report['failed'] = [];
    for (const r of results) {
      try {
        format([r], ctx);
        kept.push(r);
      } catch (e) {
        failed.push({ file: r.file, reason: e instanceof Error ? e.message : String(e) });
      }
    }
    try {
      return { output: format(kept, ctx), failed };
    } catch (e) {
      return { output: '', failed: [...failed, ...kept.map((r) => ({ file: r.file, reason: e instanceof Error ? e.message : String(e) }))] };
    }
  }
}
