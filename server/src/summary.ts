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
  // Canvas 1.1 (SPEC §6.2), added fields only: the faces that read the ones above keep working.
  /** `evidence` items (bewijsmateriaal), and how many of each `kind` (items without a valid kind are not in `byKind`). */
  evidence: { total: number; byKind: Record<EvidenceKind, number> };
  /** The learning agenda: questions by status (absent = open) and the levels they play at, in canvas order. */
  learningAgenda: { total: number; open: number; answered: number; dropped: number; levels: string[]; withoutLevel: number };
  /** The team's own status per part (`assessment`); `null` when not given or not one of the four statuses. */
  assessment: Record<AssessedPart, AssessmentStatus | null>;
  /** Drivers (aanjagers): embedded counts SPEC §6.2's `until` (a role ending before the pilot is not embedded). */
  drivers: { total: number; embedded: number; notEmbedded: number };
}

export const EVIDENCE_KINDS = ['monitoring', 'evaluation', 'study', 'experience'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const LEVELS = ['operational', 'tactical', 'strategic', 'network'] as const;
export const ASSESSED_PARTS = ['impact', 'routes', 'ingredients', 'pitfalls'] as const;
export type AssessedPart = (typeof ASSESSED_PARTS)[number];
export type AssessmentStatus = (typeof STATUSES)[number];

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
    ...canvas11(facts),
  };
}

function canvas11(facts: PlanFacts): Pick<Readiness, 'evidence' | 'learningAgenda' | 'assessment' | 'drivers'> {
  const byKind = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, 0])) as Record<EvidenceKind, number>;
  for (const e of facts.evidence) if ((EVIDENCE_KINDS as readonly string[]).includes(e.kind ?? '')) byKind[e.kind as EvidenceKind]++;
  const questions = facts.learningQuestions;
  const levels = new Set(questions.map((q) => q.level));
  const assessment = Object.fromEntries(ASSESSED_PARTS.map((part) => {
    const v = facts.assessment.get(part)?.value;
    return [part, v && (STATUSES as readonly string[]).includes(v) ? v : null];
  })) as Record<AssessedPart, AssessmentStatus | null>;
  const embedded = facts.drivers.filter((d) => d.embedded).length;
  return {
    evidence: { total: facts.evidence.length, byKind },
    learningAgenda: {
      total: questions.length,
      open: questions.filter((q) => q.status === 'open').length,
      answered: questions.filter((q) => q.status === 'answered').length,
      dropped: questions.filter((q) => q.status === 'dropped').length,
      levels: LEVELS.filter((l) => levels.has(l)),
      withoutLevel: questions.filter((q) => q.level === undefined).length,
    },
    assessment,
    drivers: { total: facts.drivers.length, embedded, notEmbedded: facts.drivers.length - embedded },
  };
}
