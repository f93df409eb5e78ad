import { nodeAt, present } from '../model/plan.js';
import type { Rule } from './types.js';
import { missingTarget } from './follows.js';

/**
 * SP201: part 2 is missing — `routes` is absent or empty (no value, `{}`).
 * One in all (SPEC §3), at `routes` when it is written, else the first
 * line. Read literally: a `routes` block with entries does not fire, even
 * when those entries are misspelt route names — SP002 reports those with a
 * "did you mean".
 */
export const rule: Rule = {
  code: 'SP201',
  name: 'no-route',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Het plan kiest geen opschalingsroute: ‘routes’ ontbreekt of is leeg.',
    en: "The plan chooses no scaling route: 'routes' is missing or empty.",
  },
  messages: {
    missing: {
      nl: 'Het plan noemt geen opschalingsroute (`routes`). Kies welke routes je wilt volgen: In (inbedden), Uit (uitbreiden in aantal en bereik), Op (beleid, wet- en regelgeving), Diep (fundamentele gedragsverandering) of Voorbij (andere domeinen).',
      en: 'The plan names no scaling route (`routes`). Choose the routes you will follow: In (embed), Out (spread), Up (policy, law and regulation), Deep (values and norms) or Beyond (other domains).',
    },
  },
  check(ctx) {
    if (present(nodeAt(ctx.doc, ['routes'])) || ctx.rejected(['routes'])) return; // `routes: []` is SP002's
    ctx.report({ messageId: 'missing', target: nodeAt(ctx.doc, ['routes']) ? { at: ['routes'] } : missingTarget(ctx, ['routes', '']), item: 'routes' });
  },
};
