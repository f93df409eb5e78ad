import { ROUTES, term } from '../model/canvas.js';
import type { Rule } from './types.js';
import { rejectedItself } from './follows.js';

/**
 * SP203: a route's `after` (the routes that must come first — the phasing
 * the handbook speaks of) names a route the plan does not pursue. One per
 * such entry (SPEC §3), at the entry. An entry that is not one of the five
 * route keys is not a route at all: SP002 reports it, this rule does not.
 * A route written as `in:` with no value counts as pursued.
 */
export const rule: Rule = {
  code: 'SP203',
  name: 'route-prerequisite-missing',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Een route moet volgen op een route die het plan niet kiest.',
    en: 'A route is to follow a route the plan does not pursue.',
  },
  messages: {
    missing: {
      nl: 'Route ‘{route}’ komt na route ‘{prerequisite}’ (`after`), maar die route staat niet in het plan: neem ‘{prerequisite}’ op bij de routes, of pas de fasering aan.',
      en: "Route '{route}' comes after route '{prerequisite}' (`after`), but the plan does not pursue that route: add '{prerequisite}' to the routes, or change the phasing.",
    },
  },
  check(ctx) {
    const { routes } = ctx.facts;
    for (const route of routes.values()) {
      for (const a of route.after) {
        if (!(ROUTES as readonly string[]).includes(a.value) || routes.has(a.value as (typeof ROUTES)[number])) continue;
        if (rejectedItself(ctx, ['routes', a.value])) continue; // it may stand in text SP001 could not read
        ctx.report({
          messageId: 'missing',
          data: { route: term(`route.${route.key}`), prerequisite: term(`route.${a.value}`) },
          target: { node: a.node },
          item: `routes/${route.key}/after/${a.index}`,
          fix: { route: route.key, prerequisite: a.value },
        });
      }
    }
  },
};
