import { nodeAt, present } from '../model/plan.js';
import type { YNode } from '../model/yamlTree.js';
import type { Rule } from './types.js';

const filled = (n: YNode | undefined): boolean => n?.kind === 'seq' && n.items.some(present);

/**
 * SP502: the approach is diluted at scale (`scale.resources` or
 * `scale.ambition` is `lower`) and there is no floor monitor (ondergrens)
 * with at least one core element and one indicator. One in all, at the
 * first `lower` value (resources before ambition): that is what calls for
 * the floor. Only non-empty list entries count.
 */
export const rule: Rule = {
  code: 'SP502',
  name: 'dilution-without-floor',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Bij opschaling worden middelen of ambitie lager, maar er is geen ondergrens met kernelementen en indicatoren.',
    en: 'Means or ambition are lower at scale, but there is no floor with core elements and indicators.',
  },
  messages: {
    noFloor: {
      nl: 'Bij opschaling wordt de aanpak verdund ({what} lager, `lower`), maar er is geen ondergrens (`floor`): leg vast welke kernelementen (`core-elements`) moeten blijven en met welke indicator (`indicators`) je dat bewaakt.',
      en: 'The approach is diluted at scale (lower {what}), but there is no floor (`floor`): note which core elements (`core-elements`) must stay and which indicator (`indicators`) monitors that.',
    },
  },
  check(ctx) {
    const lower = (['resources', 'ambition'] as const).filter((k) => {
      const n = nodeAt(ctx.doc, ['scale', k]);
      return n?.kind === 'scalar' && n.value === 'lower';
    });
    if (lower.length === 0) return;
    if (filled(nodeAt(ctx.doc, ['floor', 'core-elements'])) && filled(nodeAt(ctx.doc, ['floor', 'indicators']))) return;
    const words = { resources: { nl: 'middelen', en: 'means' }, ambition: { nl: 'ambitie', en: 'ambition' } };
    ctx.report({
      messageId: 'noFloor',
      data: { what: { nl: lower.map((k) => words[k].nl).join(' en '), en: lower.map((k) => words[k].en).join(' and ') } },
      target: { at: ['scale', lower[0]!] },
      item: 'floor',
      fix: {},
    });
  },
};
