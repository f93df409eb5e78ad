import { ROUTES, TERMS } from '../model/canvas.js';
import type { Rule } from './types.js';
import { gloss } from './asks.js';

/**
 * SP406: a partner needed for a scaling route (any route key in
 * `needed-for`; `pilot` alone does not count) is `not-yet` or `none`
 * involved and has no actions. One per partner. No `involvement` counts as
 * `not-yet` (SPEC §3); then the finding sits at the partner's `id`.
 */
export const rule: Rule = {
  code: 'SP406',
  name: 'scaling-partner-not-involved',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Een partner die nodig is voor een opschalingsroute is (nog) niet betrokken en er staat geen actie bij.',
    en: 'A partner needed for a scaling route is not (yet) involved and has no actions.',
  },
  messages: {
    notInvolved: {
      nl: 'Partner ‘{partner}’ is nodig voor opschaling langs {routes}, maar is {involvement} en er staat geen actie bij: leg vast hoe en wanneer je deze schalingspartner betrekt.',
      en: "Partner '{partner}' is needed for scaling ({routes}) but is {involvement}, and has no actions: note how and when you will involve this scaling partner.",
    },
  },
  check(ctx) {
    for (const p of ctx.facts.partners) {
      const routes = ROUTES.filter((r) => p.neededFor.includes(r));
      if (routes.length === 0 || (p.involvement !== 'not-yet' && p.involvement !== 'none') || p.hasActions) continue;
      const path = ['partners', p.index, 'involvement'];
      if (['involvement', 'needed-for', 'actions'].some((f) => ctx.rejected(['partners', p.index, f]))) continue; // SPEC §6.5
      ctx.report({
        messageId: 'notInvolved',
        data: {
          partner: p.name ?? p.id ?? String(p.index + 1),
          // route ‘Op (beleid, wet- en regelgeving)’: no route name in brackets inside brackets.
          routes: { nl: routes.map((r) => `route ‘${TERMS[`route.${r}`]!.nl}’`).join(' en '), en: routes.map((r) => TERMS[`route.${r}`]!.en).join(', ') },
          involvement: { nl: gloss(`involvement.${p.involvement}`, p.involvement).nl, en: TERMS[`involvement.${p.involvement}`]!.en },
        },
        target: p.node.byKey.has('involvement') ? { at: path } : p.node.byKey.has('id') ? { at: ['partners', p.index, 'id'] } : { missing: path },
        item: `partners/${p.id ?? p.index}`,
        fix: { partner: p.id ?? '' },
      });
    }
  },
};
