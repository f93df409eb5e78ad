import { term } from '../model/canvas.js';
import type { Rule } from './types.js';

/**
 * SP207: a pursued route has no `owner` — "Wie is verantwoordelijk voor
 * opschaling?" has no answer for it. One per pursued route, at the route's
 * key; `in:` with no value is pursued and fires. A blank `owner:` is none.
 * An owner that names an undeclared partner is SP004's alone (SPEC §6.5):
 * someone was named. An owner or a route value SP002 rejects gives nothing
 * here; a misspelt key (`ownr:`) is SP002 and this rule both.
 */
export const rule: Rule = {
  code: 'SP207',
  name: 'route-without-owner',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'Een gekozen opschalingsroute heeft geen eigenaar: niemand is verantwoordelijk voor de opschaling langs die route.',
    en: 'A pursued scaling route has no owner: nobody is responsible for scaling along it.',
  },
  messages: {
    noOwner: {
      nl: 'Route ‘{route}’ is gekozen, maar niemand is ervoor verantwoordelijk: leg vast welke partner deze route trekt (`owner`).',
      en: "Route '{route}' is chosen, but nobody is responsible for it: note which partner leads this route ('owner').",
    },
  },
  check(ctx) {
    for (const route of ctx.facts.routes.values()) {
      if (route.owner !== undefined && route.owner.trim() !== '') continue;
      const v = route.pair.value;
      // `out: yes` or `out: [a1]` is a route value SP002 rejects: what it lacks is not ours to say.
      if (v.kind === 'seq' || (v.kind === 'scalar' && v.value !== null) || ctx.rejected(['routes', route.key, 'owner'])) continue;
      ctx.report({
        messageId: 'noOwner',
        data: { route: term(`route.${route.key}`) },
        target: { key: route.pair },
        item: `routes/${route.key}`,
        fix: { route: route.key },
      });
    }
  },
};
