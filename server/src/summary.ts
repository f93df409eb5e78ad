/**
 * The readiness summary (SPEC §5): counts per canvas part and diagnostics by
 * severity — the same numbers in the preview, `render`, `diff` and
 * `history`. It states counts; it invents no score.
 */
import { INGREDIENTS, PITFALLS, ROUTES, STATUSES, TOC_LINKS } from './model/canvas.js';
import type { PlanFacts } from './model/facts.js';
import { nodeAt, present, type PlanDoc } from './model/plan.js';
import type { Diagnostic, Severity } from './model/types.js';

export interface Readiness {
  impact: { links: number; of: number };
  routes: { pursued: number; of: number; keys: string[] };
  ingredients: { present: number; of: number; sufficient: number; partial: number; insufficient: number; unknown: number; missing: number };
  pitfalls: { examined: number; open: number; of: number; examinedKeys: string[] };
  partners: { total: number; involved: number; neededNotInvolved: number };
  actions: { total: number; open: number; doing: number; done: number };
  diagnostics: Record<Severity, number>;
}

/** Which rules say a pitfall is still open (SPEC §3, part 4). */
export const PITFALL_RULES: Record<string, string[]> = {
  'limited-scope': ['SP401'],
  coherence: ['SP402'],
  'pilot-conditions': ['SP403', 'SP404'],
  'scaling-partners': ['SP405', 'SP406'],
};

export function summarise(facts: PlanFacts, diagnostics: Diagnostic[], doc: PlanDoc): Readiness {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const codes = new Set<string>();
  for (const d of diagnostics) {
    bySeverity[d.severity]++;
    codes.add(d.code);
  }
  const ingredients = { present: facts.ingredients.size, of: INGREDIENTS.length, sufficient: 0, partial: 0, insufficient: 0, unknown: 0, missing: INGREDIENTS.length - facts.ingredients.size };
  for (const i of facts.ingredients.values()) ingredients[i.status as (typeof STATUSES)[number]]++;

  // A pitfall is examined when the plan answers it and none of its rules still fires.
  const examinedKeys = PITFALLS.filter((p) => present(nodeAt(doc, ['pitfalls', p])) && !PITFALL_RULES[p]!.some((c) => codes.has(c)));

  const neededNotInvolved = facts.partners.filter(
    (p) => p.neededFor.some((r) => (ROUTES as readonly string[]).includes(r)) && (p.involvement === 'not-yet' || p.involvement === 'none'),
  ).length;
  const toc = nodeAt(doc, ['impact', 'theory-of-change']);
  return {
    impact: { links: TOC_LINKS.filter((l) => toc?.kind === 'map' && present(toc.byKey.get(l)?.value)).length, of: TOC_LINKS.length },
    routes: { pursued: facts.routes.size, of: ROUTES.length, keys: [...facts.routes.keys()] },
    ingredients,
    pitfalls: { examined: examinedKeys.length, open: PITFALLS.length - examinedKeys.length, of: PITFALLS.length, examinedKeys },
    partners: { total: facts.partners.length, involved: facts.partners.filter((p) => p.involvement === 'involved').length, neededNotInvolved },
    actions: {
      total: facts.actions.length,
      open: facts.actions.filter((a) => (a.status ?? 'open') === 'open').length,
      doing: facts.actions.filter((a) => a.status === 'doing').length,
      done: facts.actions.filter((a) => a.status === 'done').length,
    },
    diagnostics: bySeverity,
  };
}
