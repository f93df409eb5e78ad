import { TERMS, term } from '../model/canvas.js';
import type { Rule } from './types.js';
import { gloss } from './asks.js';

/**
 * SP403: a declared pilot condition (pitfall 3) has no `at-scale` answer and
 * no actions: nobody has said what takes its place when the pilot ends. One
 * per condition, at the condition. Entries that are not mappings are not
 * conditions (SP002 reports their shape). `fix.index` is the condition's
 * position, for the quick fix that adds `at-scale`.
 */
export const rule: Rule = {
  code: 'SP403',
  name: 'pilot-condition-unaddressed',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Een pilotomstandigheid heeft geen antwoord voor bij opschaling (at-scale) en geen acties.',
    en: "A pilot condition has no answer for scaling ('at-scale') and no actions.",
  },
  messages: {
    unaddressed: {
      nl: 'Pilotomstandigheid {condition} vervalt mogelijk bij opschaling, maar er staat niet bij wat ervoor in de plaats komt (`at-scale`) en er is geen actie: vul dat in.',
      en: "Pilot condition {condition} may vanish at scale, but the plan says neither what takes its place (`at-scale`) nor what action is taken: fill that in.",
    },
  },
  check(ctx) {
    for (const c of ctx.facts.pilotConditions) {
      if (c.atScale || c.actions.length > 0) continue;
      const at = ['pitfalls', 'pilot-conditions', c.index];
      if (ctx.rejected([...at, 'at-scale']) || ctx.rejected([...at, 'actions'])) continue; // SP002's alone (SPEC §6.5)
      const kind = c.kind ?? 'other';
      ctx.report({
        messageId: 'unaddressed',
        data: { condition: TERMS[`condition.${kind}`] ? { nl: gloss(`condition.${kind}`, kind).nl, en: `'${TERMS[`condition.${kind}`]!.en}'` } : { nl: gloss('condition.other', 'other').nl, en: `'${term('condition.other').en}'` } },
        target: { at: ['pitfalls', 'pilot-conditions', c.index] },
        item: `pitfalls/pilot-conditions/${c.index}`,
        fix: { index: c.index },
      });
    }
  },
};
