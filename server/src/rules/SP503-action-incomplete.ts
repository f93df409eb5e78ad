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
      if (a.owner && a.due) continue;
      const path = ['actions', a.index];
      ctx.report({
        messageId: !a.owner && !a.due ? 'neither' : !a.owner ? 'noOwner' : 'noDue',
        data: { action: a.title ?? a.id ?? String(a.index + 1) },
        target: { at: a.node.byKey.has('id') ? [...path, 'id'] : path },
        item: `actions/${a.id ?? a.index}`,
        fix: { missingOwner: !a.owner, missingDue: !a.due },
      });
    }
  },
};
