import { TERMS } from '../model/canvas.js';
import type { Rule } from './types.js';
import { gloss } from './asks.js';

/**
 * SP407: a partner with expected `friction` has no actions — the handbook's
 * advice is to deal with resistance early, not postpone it. One per
 * partner, at its `friction`. A value outside the five is still friction
 * (SP002 reports the spelling) and is quoted as written.
 */
export const rule: Rule = {
  code: 'SP407',
  name: 'friction-unaddressed',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'Bij een partner wordt wrijving verwacht, maar er staat geen actie bij.',
    en: 'Friction is expected with a partner, but there are no actions for it.',
  },
  messages: {
    unaddressed: {
      nl: 'Bij partner ‘{partner}’ wordt wrijving verwacht, namelijk {friction}, maar er staat geen actie bij: leg vast hoe je deze partner tijdig meeneemt.',
      en: "Friction is expected with partner '{partner}' ({friction}), but there are no actions: note how you will bring this partner along in time.",
    },
  },
  check(ctx) {
    for (const p of ctx.facts.partners) {
      if (!p.friction || p.hasActions) continue;
      if (ctx.rejected(['partners', p.index, 'friction']) || ctx.rejected(['partners', p.index, 'actions'])) continue; // SPEC §6.5
      ctx.report({
        messageId: 'unaddressed',
        data: { partner: p.name ?? p.id ?? String(p.index + 1), friction: TERMS[`friction.${p.friction}`] ? { nl: gloss(`friction.${p.friction}`, p.friction).nl, en: TERMS[`friction.${p.friction}`]!.en } : p.friction },
        target: { at: ['partners', p.index, 'friction'] },
        item: `partners/${p.id ?? p.index}`,
        fix: { partner: p.id ?? '' },
      });
    }
  },
};
