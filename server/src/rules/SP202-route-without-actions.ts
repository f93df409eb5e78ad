import { term } from '../model/canvas.js';
import type { Rule } from './types.js';

/**
 * SP202: a pursued route has neither an `ambition` nor any `actions`: it is
 * chosen but nobody has said where it leads or what is done. One per
 * pursued route (SPEC §3), at the route's key. A route written as `in:`
 * with no value is pursued, with no ambition and no actions, so it fires.
 * Blank ambitions and blank action ids count as none; action ids that are
 * not declared still count here (SP004 reports them).
 */
export const rule: Rule = {
  code: 'SP202',
  name: 'route-without-actions',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Een gekozen opschalingsroute heeft geen ambitie en geen acties.',
    en: 'A pursued scaling route has no ambition and no actions.',
  },
  messages: {
    empty: {
      nl: 'Route ‘{route}’ is gekozen, maar er staat geen ambitie en geen actie bij: beschrijf waar je met deze route naartoe wilt, of welke acties ervoor nodig zijn.',
      en: "Route '{route}' is chosen, but it has no ambition and no actions: describe where this route should lead, or which actions it needs.",
    },
  },
  check(ctx) {
    for (const route of ctx.facts.routes.values()) {
      // `actions: a1` or `ambition: [..]` is SP002's alone (SPEC §6.5).
      if (ctx.rejected(['routes', route.key, 'ambition']) || ctx.rejected(['routes', route.key, 'actions'])) continue;
      const ambition = route.ambition !== undefined && route.ambition.trim() !== '';
      if (ambition || route.actions.some((a) => a.trim() !== '')) continue;
      ctx.report({
        messageId: 'empty',
        data: { route: term(`route.${route.key}`) },
        target: { key: route.pair },
        item: `routes/${route.key}`,
        fix: { route: route.key },
      });
    }
  },
};
