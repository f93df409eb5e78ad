import type { ActionFact, PartnerFact } from '../model/facts.js';
import type { YNode } from '../model/yamlTree.js';
import type { Rule } from './types.js';

/**
 * SP005: two partners, or two actions, share an id. One per duplicate
 * beyond the first (the first one declared is the one references mean), at
 * the duplicate's `id` value. Partners and actions are checked apart: a
 * partner and an action may share an id. Ids are compared exactly as
 * written; blank ids are left to SP002. The item is the duplicate's position (`partners/3`), because its
 * id names the first one.
 */
export const rule: Rule = {
  code: 'SP005',
  name: 'duplicate-id',
  severity: 'error',
  scope: 'plan',
  description: {
    nl: 'Twee partners of twee acties hebben dezelfde id.',
    en: 'Two partners or two actions share an id.',
  },
  messages: {
    partner: {
      nl: 'Partner-id ‘{id}’ staat al bij een eerdere partner (regel {firstLine}); verwijzingen gaan naar die eerste. Geef deze partner een eigen id, of voeg de twee samen.',
      en: "Partner id '{id}' is already used by an earlier partner (line {firstLine}); references go to that first one. Give this partner an id of its own, or merge the two.",
    },
    action: {
      nl: 'Actie-id ‘{id}’ staat al bij een eerdere actie (regel {firstLine}); verwijzingen gaan naar die eerste. Geef deze actie een eigen id, of voeg de twee samen.',
      en: "Action id '{id}' is already used by an earlier action (line {firstLine}); references go to that first one. Give this action an id of its own, or merge the two.",
    },
  },
  check(ctx) {
    const lists: ['partner' | 'action', (PartnerFact | ActionFact)[]][] = [
      ['partner', ctx.facts.partners],
      ['action', ctx.facts.actions],
    ];
    for (const [kind, list] of lists) {
      const first = new Map<string, YNode>();
      for (const entry of list) {
        const idNode = entry.node.byKey.get('id')?.value;
        if (entry.id === undefined || entry.id.trim() === '' || !idNode) continue;
        if (ctx.rejected([kind === 'partner' ? 'partners' : 'actions', entry.index, 'id'])) continue; // SP002's (SPEC §6.5)
        const earlier = first.get(entry.id);
        if (!earlier) {
          first.set(entry.id, idNode);
          continue;
        }
        ctx.report({
          messageId: kind,
          data: { id: entry.id, firstLine: ctx.doc.lines.position(earlier.start).line + 1 },
          target: { node: idNode },
          item: `${kind === 'partner' ? 'partners' : 'actions'}/${entry.index}`,
          fix: { kind, id: entry.id, index: entry.index },
        });
      }
    }
  },
};
