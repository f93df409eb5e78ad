import { nodeAt } from '../model/plan.js';
import type { Rule } from './types.js';

/**
 * SP501: the scaling hangs on one person or party doing it "on the side":
 * the plan has no driver (aanjager), or no embedded driver and fewer than
 * two drivers. One in all, at `pilot.drivers` (or the key it is missing
 * from). Any entry under `drivers` counts as a driver; only
 * `embedded: true` makes one embedded, and not when its `until` falls
 * before `pilot.period.end` (SPEC §6.2: the formal role is itself temporary).
 * A `drivers` or `embedded` value SP002 rejects is SP002's alone (§6.5).
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
    endsEarly: {
      nl: 'De opschaling hangt af van één aanjager, en diens ingebedde rol loopt maar tot {until}, vóór het einde van de pilot ({end}): regel wie het daarna trekt (verleng de rol: `until`) of zorg voor een tweede aanjager.',
      en: 'Scaling depends on a single driver, whose embedded role only lasts until {until}, before the pilot ends ({end}): arrange who drives it after that (extend the role, until) or add a second driver.',
    },
  },
  check(ctx) {
    const drivers = ctx.facts.drivers;
    // `drivers: Jan` or `embedded: ja` is SP002's alone (SPEC §6.5): what was meant cannot be known.
    const list = nodeAt(ctx.doc, ['pilot', 'drivers']);
    if (list && list.kind !== 'seq' && ctx.rejected(['pilot', 'drivers'])) return;
    if (drivers.some((d) => ctx.rejected(['pilot', 'drivers', d.index, 'embedded']))) return;
    if (drivers.some((d) => d.embedded) || drivers.length >= 2) return;
    const only = drivers[0];
    if (only?.declaredEmbedded && only.until && ctx.facts.pilotEnd) {
      ctx.report({
        messageId: 'endsEarly', data: { until: only.until, end: ctx.facts.pilotEnd },
        target: { at: ['pilot', 'drivers'] }, item: 'pilot/drivers', fix: { drivers: 1 },
      });
      return;
    }
    ctx.report({
      messageId: drivers.length === 0 ? 'none' : 'single',
      target: { at: ['pilot', 'drivers'] },
      item: 'pilot/drivers',
      fix: { drivers: drivers.length },
    });
  },
};
