/**
 * What every output format receives: the results of one `lint` run. A
 * formatter is a pure function of them — no file system, no clock — so each
 * can be golden-tested on a fixed result set.
 */
import type { Diagnostic, Lang } from '../../model/types.js';
import { clean, MAX_LINE, MAX_MESSAGE, oneLine } from '../../text.js';
import type { Suppressed } from '../../suppress.js';

export interface FileResult {
  /** As given or found, relative to the cwd, forward slashes. */
  file: string;
  /** Engine diagnostics: positions 0-based; formatters convert at the edge. */
  diagnostics: Diagnostic[];
  /** Findings a suppression comment silenced (SARIF shows them with `suppressions`). */
  suppressed?: readonly Suppressed[];
  /** With `--new-since`: the findings new since that revision (the others existed then). */
  fresh?: ReadonlySet<Diagnostic>;
}

export interface FormatContext {
  lang: Lang;
  /** Colours (stylish only): a terminal, and NO_COLOR not set. */
  color: boolean;
  /** The package version (SARIF's tool.driver.version). */
  version: string;
  /** With `--new-since REV`: REV (stylish says how many findings are new since then). */
  newSince?: string;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

/** 1-based line and column, as users and CI tools count them. */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function place(d: Diagnostic): Place {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

/**
 * What a formatter prints of user text (issue 11.5, 11.6): the message as one
 * line of at most MAX_MESSAGE characters, a file name with control
 * characters as `?` — no terminal escape, no line longer than MAX_LINE.
 */
export function messageText(d: Diagnostic): string {
  return oneLine(d.message, MAX_MESSAGE);
}

export function fileText(file: string): string {
  return clean(file, MAX_LINE / 2);
}

export { safeJson } from '../../text.js';
