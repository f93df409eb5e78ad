import type { Rule } from './types.js';

/**
 * SP503: an action has no `owner` or no `due` date — nobody or no moment to
 * hold it to. One per action, also when both are missing. Points at the
 * action's `id` (or the start of the action when it has none). An empty
 * `owner:` or `due:` counts as missing.
 */
export const rule: Rule = {
  code: 'SP503',
  name: 'action-incomplete',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'Een actie heeft geen eigenaar (owner) of geen datum (due).',
    en: 'An action has no owner or no due date.',
  },
  messages: {
    noOwner: {
      nl: 'Actie ‘{action}’ heeft geen eigenaar: leg vast welke partner ervoor zorgt (`owner`).',
      en: "Action '{action}' has no owner: note which partner takes care of it (`owner`).",
    },
    noDue: {
      nl: 'Actie ‘{action}’ heeft geen datum: leg vast wanneer ze klaar moet zijn (`due`).',
      en: "Action '{action}' has no due date: note when it must be done (`due`).",
    },
    neither: {
      nl: 'Actie ‘{action}’ heeft geen eigenaar en geen datum: leg vast welke partner ervoor zorgt (`owner`) en wanneer ze klaar moet zijn (`due`).',
      en: "Action '{action}' has neither an owner nor a due date: note which partner takes care of it (`owner`) and when it must be done (`due`).",
    },
  },
  check(ctx) {
    for (const a of ctx.facts.actions) {
      // `owner: 5` or `due: ''` is SP002's alone (SPEC §6.5); an undeclared owner is SP004's
      // alone: it is written, so it is not missing here. `owner:` with no value is missing.
      const missingOwner = !a.owner && !ctx.rejected(['actions', a.index, 'owner']);
      const missingDue = !a.due && !ctx.rejected(['actions', a.index, 'due']);
      if (!missingOwner && !missingDue) continue;
      const path = ['actions', a.index];
      ctx.report({
        messageId: missingOwner && missingDue ? 'neither' : missingOwner ? 'noOwner' : 'noDue',
        data: { action: a.title ?? a.id ?? String(a.index + 1) },
        target: { at: a.node.byKey.has('id') ? [...path, 'id'] : path },
        item: `actions/${a.id ?? a.index}`,
        fix: { missingOwner, missingDue },
      });
    }
  },
};
