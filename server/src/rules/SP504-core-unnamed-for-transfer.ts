import { nodeAt, pairAt, present, type PlanDoc } from '../model/plan.js';
import type { YNode } from '../model/yamlTree.js';
import { asks } from './asks.js';
import type { Rule } from './types.js';

const filled = (n: YNode | undefined): boolean => n?.kind === 'seq' && n.items.some(present);

/**
 * SP504: others are to copy the approach — route `out` or `beyond` pursued,
 * or strategy `franchise` or `configuration` — and `floor.core-elements`
 * names nothing: what must survive every copy is left unsaid (scaling as a
 * blueprint). One in all, at `floor` when present, else at the first route
 * key or strategy value in the file that asks for it. Not when SP502's
 * condition holds (means or ambition `lower` and the floor lacks a core
 * element or an indicator), whatever SP502's severity or suppression: SP502
 * already asks for the floor. Blank entries name nothing; a `floor`,
 * `core-elements` or `scale` value SP002 rejects gives nothing here.
 */
export const rule: Rule = {
  code: 'SP504',
  name: 'core-unnamed-for-transfer',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'De aanpak wordt overgedragen aan anderen (route uit of voorbij, strategie franchise of configuratie), maar het plan noemt niet de kern die bij elke kopie moet blijven.',
    en: 'The approach is to be handed on to others (route out or beyond, strategy franchise or configuration), but the plan does not name the core that must survive every copy.',
  },
  messages: {
    coreUnnamed: {
      nl: 'Je kiest {what}, maar het plan noemt niet de kern van de aanpak: leg onder `floor` de kernelementen vast die bij elke kopie moeten blijven (`core-elements`).',
      en: "You chose {what}, but the plan does not name the core of the approach: note under 'floor' the core elements that must survive every copy ('core-elements').",
    },
  },
  check(ctx) {
    const first = asks(ctx.facts, ['out', 'beyond'], ['franchise', 'configuration'])[0];
    if (!first) return;
    const core = nodeAt(ctx.doc, ['floor', 'core-elements']);
    if (filled(core)) return;
    if (ctx.rejected(['floor']) || ctx.rejected(['scale', 'resources']) || ctx.rejected(['scale', 'ambition'])) return;
    if (sp502Holds(ctx.doc)) return;
    const floor = pairAt(ctx.doc, ['floor']);
    ctx.report({
      messageId: 'coreUnnamed',
      data: { what: first.what },
      target: floor ? { key: floor } : first.target,
      item: 'floor',
      fix: {},
    });
  },
};

/** SP502's condition, from the plan itself (not from its diagnostic, which config or a comment may silence). */
function sp502Holds(doc: PlanDoc): boolean {
  const lower = (['resources', 'ambition'] as const).some((k) => {
    const n = nodeAt(doc, ['scale', k]);
    return n?.kind === 'scalar' && n.value === 'lower';
  });
  return lower && !(filled(nodeAt(doc, ['floor', 'core-elements'])) && filled(nodeAt(doc, ['floor', 'indicators'])));
}
