/**
 * What every canvas-editor edit must satisfy (issue 16), checked on the
 * text the user would see after it: the edits applied, the result read
 * again by the real engine. Used by test/intents.test.ts.
 */
import { expect } from 'vitest';
import { applyEdits } from '../../server/src/edits/apply.js';
import { intentEdits } from '../../server/src/edits/intents.js';
import type { Intent } from '../../server/src/edits/intentTypes.js';
import { analyse, type Analysis } from '../../server/src/lint.js';
import { readYamlTree } from '../../server/src/model/yamlTree.js';
import { toData } from '../../server/src/model/plan.js';

/** The plain value as JSON data (no null prototypes), for comparing. */
export function plain(text: string): unknown {
  const tree = readYamlTree(text);
  return JSON.parse(JSON.stringify(tree.root ? toData(tree.root) : null));
}

/**
 * The changed lines, hunk by hunk: `@n` (the 1-based old line the hunk
 * starts at), its old lines with `-`, then its new lines with `+`. Lines
 * not listed are byte-identical (a longest common subsequence of lines).
 */
export function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const A = a.slice(p, a.length - s);
  const B = b.slice(p, b.length - s);
  const L = Array.from({ length: A.length + 1 }, () => new Uint32Array(B.length + 1));
  for (let i = A.length - 1; i >= 0; i--) {
    for (let j = B.length - 1; j >= 0; j--) L[i]![j] = A[i] === B[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  }
  const out: string[] = [];
  let hunk: { at: number; minus: string[]; plus: string[] } | undefined;
  const flush = (): void => {
    if (hunk) out.push(`@${hunk.at}`, ...hunk.minus, ...hunk.plus);
    hunk = undefined;
  };
  let i = 0;
  let j = 0;
  while (i < A.length || j < B.length) {
    if (i < A.length && j < B.length && A[i] === B[j]) {
      flush();
      i++;
      j++;
      continue;
    }
    hunk ??= { at: p + i + 1, minus: [], plus: [] };
    if (j < B.length && (i === A.length || L[i]![j + 1]! >= L[i + 1]![j]!)) hunk.plus.push(`+${B[j++]}`);
    else hunk.minus.push(`-${A[i++]}`);
  }
  flush();
  return out;
}

/** One analysis per text (the rows share their plans; the engine is pure, so this changes nothing but time). */
const cache = new Map<string, Analysis>();
export function analysed(text: string): Analysis {
  let a = cache.get(text);
  if (!a) {
    if (cache.size > 200) cache.clear();
    cache.set(text, (a = analyse(text, { lang: 'en' })));
  }
  return a;
}

const findings = (text: string, codes: string[]): string[] =>
  analysed(text).diagnostics.filter((d) => codes.includes(d.code)).map((d) => `${d.code} ${d.message}`).sort();

/** Comment texts of a text, as the reader finds them (from the CST). */
const comments = (text: string): string[] => readYamlTree(text).comments.map((c) => c.text.trim());

/** Carries out `intent` on `text` and returns the new text, after checking (a) and (d); (b) and (c) are the caller's. */
export function carryOut(text: string, intent: Intent): string {
  const r = intentEdits(analysed(text), intent);
  if (!r.ok) throw new Error(`refused: ${r.reason.en}`);
  const out = applyEdits(text, r.edits);
  // (a) it reads, with no SP001 or SP002 that was not there before.
  expect(findings(out, ['SP001'])).toEqual([]);
  const before = findings(text, ['SP002']);
  expect(findings(out, ['SP002']).filter((f) => !before.includes(f))).toEqual([]);
  // (d) every comment outside the removed lines is still there.
  const removed = lineDiff(text, out).filter((l) => l.startsWith('-')).join('\n');
  const left = comments(out);
  for (const c of comments(text)) if (!removed.includes(c)) expect(left).toContain(c);
  return out;
}

/** The edited text only (for variants compared with a text `carryOut` checked). */
export function edited(text: string, intent: Intent): string {
  const r = intentEdits(analysed(text), intent);
  if (!r.ok) throw new Error(`refused: ${r.reason.en}`);
  return applyEdits(text, r.edits);
}

export function refusal(text: string, intent: Intent): { nl: string; en: string } {
  const r = intentEdits(analysed(text), intent);
  if (r.ok) throw new Error(`not refused: ${JSON.stringify(r.edits)}`);
  return r.reason;
}
