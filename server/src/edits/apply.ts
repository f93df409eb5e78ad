/**
 * Applying engine text edits to a text: what the CLI's `--fix` writes and
 * what a test can check without an editor. Pure (no files); positions are
 * 0-based UTF-16 like everywhere inside the engine. Edits are applied from
 * the end backwards; one that overlaps an edit already taken is left out, so
 * two fixes never garble each other's text (the next lint reports what stays).
 */
import { analyse, type Analysis, type LintOptions } from '../lint.js';
import type { Position } from '../model/types.js';
import { safeFixes } from './fixes.js';
import type { TextEdit } from './yamlEdit.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const offset = (p: Position): number => {
    const line = Math.min(Math.max(p.line, 0), starts.length - 1);
    const lineEnd = line + 1 < starts.length ? starts[line + 1]! : text.length;
    return Math.min(starts[line]! + Math.max(p.character, 0), lineEnd);
  };
  const spans = edits
    .map((e, i) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText, i }))
    .filter((s) => s.end >= s.start)
    // Later first; at one place, the edit given first ends up first in the text.
    .sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  let out = text;
  let floor = Infinity; // start of the leftmost span taken so far
  for (const s of spans) {
    if (s.end > floor) continue;
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
    floor = s.start;
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export interface FixResult {
  /** The text after the safe fixes (the same text when there were none). */
  text: string;
  /** How many edits were applied. */
  applied: number;
  /** The analysis of the fixed text: what stays. */
  analysis: Analysis;
}

/**
 * `source.fixAll.scaling-plan` without an editor: the safe fixes of one
 * analysis (spelling suggestions SP002, ingredient skeletons SP301), applied
 * once, then the result analysed again.
 */
export function fixPlan(text: string, options: LintOptions = {}): FixResult {
  const first = analyse(text, options);
  const edits = safeFixes(first);
  if (edits.length === 0) return { text, applied: 0, analysis: first };
  const fixed = applyEdits(text, edits);
  return { text: fixed, applied: edits.length, analysis: analyse(fixed, options) };
}
