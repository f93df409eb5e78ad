/**
 * Small helpers for SPEC §6.5 ("a finding that only follows from a value
 * SP002 rejects is not reported") shared by the rules.
 */
import { nodeAt } from '../model/plan.js';
import type { PlanPath } from '../model/types.js';
import { validatePlan } from '../schema/validate.js';
import type { RuleContext, Target } from './types.js';

/** A segment no plan has: asking about it asks about the value at `path` itself (or what holds it). */
const ITSELF = '\u0000itself';

/**
 * True when the value at `path` itself (not something inside it) is rejected
 * or unreadable — or a value that holds it: `partners: gemeente`, a `partners`
 * list SP001 could not read. `ctx.rejected(path)` also says yes for any
 * rejected value inside, which is too much for "is this list usable at all".
 */
export function rejectedItself(ctx: RuleContext, path: PlanPath): boolean {
  return ctx.rejected([...path, ITSELF]);
}

/** Whether any of the given fields of any entry of a list (`partners`, `actions`) is rejected. */
export function anyEntryRejected(ctx: RuleContext, list: string, count: number, fields: readonly string[]): boolean {
  if (rejectedItself(ctx, [list])) return true;
  for (let i = 0; i < count; i++) {
    if (fields.some((f) => ctx.rejected([list, i, f]))) return true;
  }
  return false;
}

/**
 * Where to report something missing at `path`. When a parent on the path is
 * absent but an unknown key that SP002 reads as a slip of it stands in its
 * place (`ingredienten:` for `ingredients`), the findings of that absence
 * point at that key: it is the parent as the user wrote it, and the SP002
 * that explains them is there too (and sorts first: errors before warnings).
 * Otherwise SPEC §3: the key of the nearest parent, else line 1.
 */
export function missingTarget(ctx: RuleContext, path: PlanPath): Target {
  for (let i = 1; i < path.length; i++) {
    const prefix = path.slice(0, i);
    if (nodeAt(ctx.doc, prefix)) continue;
    const parent = prefix.slice(0, -1);
    const wanted = prefix[prefix.length - 1];
    const slip = validatePlan(ctx.doc).find((p) => p.kind === 'unknown-key' && p.fix?.replace === wanted
      && p.path.length === prefix.length && parent.every((seg, j) => p.path[j] === seg));
    const holder = nodeAt(ctx.doc, parent);
    const key = slip && holder?.kind === 'map' ? holder.byKey.get(String(slip.path[slip.path.length - 1])) : undefined;
    if (key) return { key };
    break;
  }
  return { missing: path };
}
