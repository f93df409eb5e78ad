import { nodeAt } from '../model/plan.js';
import type { Rule } from './types.js';

/**
 * SP408: no partner has type `residents` or role `client` — the people the
 * approach is for have no place among the partners, and so no influence on
 * it. One in all, at the `partners` key (line 1 when `partners` is absent).
 * A partner `type` or `roles` that SP002 rejects (`type: inwoners`), or a
 * `partners` value that is not a list of partners, gives nothing here: the
 * end users may be exactly what was meant.
 */
export const rule: Rule = {
  code: 'SP408',
  name: 'end-users-absent',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'Geen van de partners is een inwoner of cliënt: de eindgebruikers zelf hebben geen plaats in het plan.',
    en: 'No partner is a resident or a client: the end users themselves have no place in the plan.',
  },
  messages: {
    absent: {
      nl: 'Geen partner vertegenwoordigt de eindgebruikers: voeg bij ‘partners’ inwoners of cliënten toe (type ‘inwoners’ (`residents`) of rol ‘cliënt’ (`client`)), zodat zij invloed hebben op de aanpak.',
      en: "No partner represents the end users: add residents or clients to 'partners' (type 'residents' or role 'client'), so that they have a say in the approach.",
    },
  },
  check(ctx) {
    const partners = ctx.facts.partners;
    if (partners.some((p) => p.type === 'residents' || p.roles.includes('client'))) return;
    const list = nodeAt(ctx.doc, ['partners']);
    if (list && !(list.kind === 'seq' || (list.kind === 'scalar' && list.value === null))) return;
    // One look at the whole list first: the per-partner look is only needed when something in it is rejected.
    if (list?.kind === 'seq' && ctx.rejected(['partners']) && list.items.some((n, i) => n.kind !== 'map' || ctx.rejected(['partners', i, 'type']) || ctx.rejected(['partners', i, 'roles']))) return;
    ctx.report({ messageId: 'absent', target: { missing: ['partners', 0] }, item: 'partners', fix: {} });
  },
};
