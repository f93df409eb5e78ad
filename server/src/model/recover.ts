/**
 * The best reading of a plan that does not parse cleanly (issue 13: one
 * finding per mistake). One tab or one badly indented line makes the `yaml`
 * library lose the rest of its block, and the canvas rules would then report
 * as missing what is visibly there. So, when the reader reports syntax
 * errors, we try small local repairs of the line the first error is on —
 * the indentation of a sibling or parent line for a tab or an indentation
 * off by a few spaces, `: ` after a key-like word, a closing quote at the
 * line's end — re-read, and keep a repair only when the text then reads with
 * fewer errors. Tries are judged on the top-level block alone and bounded (`MAX_TRIES`): hostile input cannot hang us.
 *
 * Positions: the rules must point into the text the user wrote, not into our
 * repaired copy. Every repair is recorded as one edit (common prefix and
 * suffix of the old and new line stripped), and every offset of the repaired
 * tree is mapped back through those edits, so the tree handed to the rules is
 * in the original text's coordinates. SP001 reports one problem per repair
 * (the reader's first problem on that line, at its original position) and
 * the problems that remain in the repaired text; what a repair explains (the
 * follow-on errors of one tab) is not reported again.
 *
 * What stays unreadable is returned as spans (original offsets): from the
 * line of each remaining error to the next top-level key the reader found
 * again (else the end of the file). Rules do not report as missing what may
 * be hidden there (`isRejected` in schema/validate.ts).
 *
 * Pure: no Node imports (the engine runs in a browser worker too).
 */
import type { TreeProblem, YNode, YamlTree } from './yamlTree.js';
import { repairMessage } from './yamlErrors.js';
import { blockEnd, blockStart, candidateLines, candidates, lineEndOf, lineStartOf, type Candidate } from './repairs.js';

export interface Span {
  start: number;
  end: number;
}

export interface Recovered {
  tree: YamlTree;
  /** Parts of the original text that could not be read (original offsets). */
  unreadable: Span[];
  /** How many repairs were kept (0 when the text was read as written). */
  repairs: number;
}

/**
 * Reads allowed per plan, in all. Candidates are judged on the top-level
 * block they are in (a few hundred characters), not on the whole text; only
 * a kept repair costs a whole read. So a plan with a few mistakes is repaired
 * and a mangled file is not searched.
 */
export const MAX_TRIES = 40;
export const MAX_REPAIRS = 6;
/** And at most this many characters read for trying, in all (and never more than twice the text). */
export const MAX_TRY_CHARS = 256 * 1024;
/** Larger texts are read as written. */
export const MAX_RECOVER_CHARS = 256 * 1024;

interface Edit {
  start: number;
  oldLen: number;
  newLen: number;
}

const syntaxCount = (t: YamlTree): number => t.problems.filter(isSyntax).length;
const isSyntax = (p: TreeProblem): boolean => p.kind === 'syntax';
/** What leaves text unread as a plan: syntax errors, and a list or block used as a key (its entry is lost). */
const unread = (p: TreeProblem): boolean => p.kind === 'syntax' || p.kind === 'complex-key';

export function recoverTree(text: string, first: YamlTree, read: (text: string) => YamlTree): Recovered {
  if (syntaxCount(first) === 0 || text.length > MAX_RECOVER_CHARS) {
    return { tree: first, unreadable: unreadableSpans(text, first, first.problems.filter(unread)), repairs: 0 };
  }
  let current = text;
  let tree = first;
  const edits: Edit[] = []; // edit k is in the coordinates of the text after edits 0..k-1
  const explained: TreeProblem[] = []; // one per kept repair, in the coordinates of its own step
  const stepOf: number[] = [];
  let tries = 0;
  let triedChars = 0;
  const triedLines = new Set<number>();
  // Trying costs at most about twice a read of the whole text (plus one whole read per kept repair).
  const charBudget = Math.min(MAX_TRY_CHARS, 2 * text.length + 8192);
  while (edits.length < MAX_REPAIRS && tries < MAX_TRIES && triedChars < charBudget) {
    const errors = tree.problems.filter(isSyntax).sort((a, b) => a.start - b.start);
    if (errors.length === 0) break;
    // The first error whose line was not tried yet (an unrepairable line must not stop the rest).
    const target = errors.find((e) => !triedLines.has(lineStartOf(current, e.start)));
    if (!target) break;
    const lineStart = lineStartOf(current, target.start);
    triedLines.add(lineStart);
    const lines = candidateLines(current, lineStart);
    // The top-level block(s) around the suspect lines, read on their own.
    const from = blockStart(current, Math.min(...lines));
    const to = blockEnd(current, lineEndOf(current, Math.max(...lines)));
    const block = current.slice(from, to);
    const baseTree = read(block);
    const baseline = syntaxCount(baseTree);
    // A repair that reads as something else that is wrong (a flow block as a key) is no repair.
    const baseOther = baseTree.problems.length - baseline;
    tries++;
    triedChars += block.length;
    if (baseline === 0) continue; // the error is not in these lines (a quote or bracket opened earlier)
    // Every candidate of every suspect line; the reading with the fewest errors wins (the first on a tie).
    let best: { line: number; repair: Candidate; errors: number } | undefined;
    search: for (const line of lines) {
      for (const repair of candidates(current, line)) {
        if (tries >= MAX_TRIES || triedChars >= charBudget) break search;
        const tried = current.slice(from, line) + repair.text + current.slice(lineEndOf(current, line), to);
        tries++;
        triedChars += tried.length;
        const triedTree = read(tried);
        const n = syntaxCount(triedTree);
        if (triedTree.problems.length - n > baseOther) continue;
        // A repair must mend its own line: an error left on it means the guess was wrong.
        const own = line - from;
        if (triedTree.problems.some((p) => isSyntax(p) && p.start >= own && p.start <= own + repair.text.length)) continue;
        if (n < (best ? best.errors : baseline)) {
          best = { line, repair, errors: n };
          if (n === 0) break search;
        }
      }
    }
    if (!best) continue;
    const next = current.slice(0, best.line) + best.repair.text + current.slice(lineEndOf(current, best.line));
    const nextTree = read(next);
    // Better in its block, not in the whole (or with new problems of another kind): not kept.
    if (syntaxCount(nextTree) >= syntaxCount(tree) || nextTree.problems.length - syntaxCount(nextTree) > tree.problems.length - syntaxCount(tree)) continue;
    explained.push(atRepair(current, target, best.line, best.repair));
    stepOf.push(edits.length);
    edits.push(diffEdit(current, next));
    current = next;
    tree = nextTree;
    triedLines.clear();
  }
  if (edits.length === 0) {
    return { tree: first, unreadable: unreadableSpans(text, first, first.problems.filter(unread)), repairs: 0 };
  }
  const toOriginal = (offset: number, fromStep = edits.length): number => {
    let o = offset;
    for (let k = fromStep - 1; k >= 0; k--) {
      const e = edits[k]!;
      if (o >= e.start + e.newLen) o = o - e.newLen + e.oldLen;
      else if (o > e.start) o = e.start + Math.min(o - e.start, e.oldLen);
    }
    return o;
  };
  remapTree(tree, (o) => toOriginal(o));
  const remaining = tree.problems.filter(isSyntax);
  const others = tree.problems.filter((p) => !isSyntax(p));
  const mapped = explained.map((p, i) => ({ ...p, start: toOriginal(p.start, stepOf[i]), end: toOriginal(p.end, stepOf[i]) }));
  tree.problems = [...mapped, ...remaining, ...others];
  return { tree, unreadable: unreadableSpans(text, tree, [...remaining, ...others.filter(unread)]), repairs: edits.length };
}

/**
 * The problem a repair explains, where the mistake is and worded after the
 * repair (a tab, a line indented too far, a missing colon, a quote never
 * closed) rather than after the parser's view of it: the parser reports an
 * unclosed quote at the end of the file, a line indented too far on the line
 * above it.
 */
function atRepair(text: string, problem: TreeProblem, line: number, repair: Candidate): TreeProblem {
  const lineText = text.slice(line, lineEndOf(text, line));
  const [from, to] = repair.at(lineText);
  return { ...problem, start: line + from, end: line + Math.max(to, from + 1), message: repairMessage(repair.kind, repair.data) };
}

/** One edit from `a` to `b`: their common prefix and suffix stripped. */
function diffEdit(a: string, b: string): Edit {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldLen: a.length - p - s, newLen: b.length - p - s };
}

/** Moves every offset of the tree (nodes, keys, comments, problems) through `map`, each object once. */
function remapTree(tree: YamlTree, map: (o: number) => number): void {
  const seen = new Set<object>();
  const stack: YNode[] = tree.root ? [tree.root] : [];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    n.start = map(n.start);
    n.end = map(n.end);
    if (n.kind === 'map') {
      for (const pair of n.pairs) {
        if (seen.has(pair)) continue;
        seen.add(pair);
        pair.keyStart = map(pair.keyStart);
        pair.keyEnd = map(pair.keyEnd);
        stack.push(pair.value);
      }
    } else if (n.kind === 'seq') stack.push(...n.items);
  }
  for (const c of tree.comments) {
    c.start = map(c.start);
    c.end = map(c.end);
  }
  for (const p of tree.problems) {
    p.start = map(p.start);
    p.end = map(p.end);
  }
}

/**
 * From the line of each remaining syntax error to the next top-level key the
 * reader found after it, else the end of the file: what the reader may have
 * lost there is unknown.
 */
function unreadableSpans(text: string, tree: YamlTree, errors: TreeProblem[]): Span[] {
  if (errors.length === 0) return [];
  const tops = tree.root?.kind === 'map' ? tree.root.pairs.map((p) => p.keyStart).sort((a, b) => a - b) : [];
  return errors.map((e) => {
    const start = lineStartOf(text, e.start);
    const next = tops.find((k) => k > e.end);
    return { start, end: next === undefined ? text.length : Math.max(start, next - 1) };
  });
}
