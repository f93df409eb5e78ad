import type { Rule } from './types.js';

/**
 * SP501: the scaling hangs on one person or party doing it "on the side":
 * the plan has no driver (aanjager), or no embedded driver and fewer than
 * two drivers. One in all, at `pilot.drivers` (or the key it is missing
 * from). Any entry under `drivers` counts as a driver; only
 * `embedded: true` makes one embedded.
 */
export const rule: Rule = {
  code: 'SP501',
  name: 'single-driver',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Het plan heeft geen aanjager, of maar één aanjager die niet is ingebed in een vaste rol, budget of beleid.',
    en: 'The plan has no driver, or only one driver who is not embedded in a formal role, budget or policy.',
  },
  messages: {
    none: {
      nl: 'Het plan noemt geen aanjager (`drivers` onder `pilot`): wie jaagt de opschaling aan, en is dat belegd in een vaste rol, budget of beleid?',
      en: 'The plan names no driver (`drivers` under `pilot`): who pushes the scaling, and is that part of a formal role, budget or policy?',
    },
    single: {
      nl: 'De opschaling hangt af van één aanjager die het ‘erbij’ doet: bed die taak in (een vaste rol, budget of beleid, dan `embedded: true`) of zorg voor een tweede aanjager.',
      en: "Scaling depends on a single driver doing it 'on the side': embed that task (a formal role, budget or policy, then `embedded: true`) or add a second driver.",
    },
  },
  check(ctx) {
    const drivers = ctx.facts.drivers;
    if (drivers.some((d) => d.embedded) || drivers.length >= 2) return;
    ctx.report({
      messageId: drivers.length === 0 ? 'none' : 'single',
      target: { at: ['pilot', 'drivers'] },
      item: 'pilot/drivers',
      fix: { drivers: drivers.length },
    });
  },
};
