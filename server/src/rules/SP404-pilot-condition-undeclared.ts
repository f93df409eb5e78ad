import { term } from '../model/canvas.js';
import type { Rule } from './types.js';

/**
 * SP404: the plan itself shows a pilot-only condition that pitfall 3 does not
 * declare. One per expected kind (SPEC §3):
 * - any `temporary` funder, and no condition of kind `extra-funding`
 *   (pointed at the first temporary funder's `kind`);
 * - at least one driver, none embedded, and no condition of kind
 *   `frontrunners` (pointed at `pilot.drivers`). No driver at all is SP501's
 *   case alone, so it does not fire here.
 * The item is pitfall 3, where the declaration belongs; `fix.kind` names it.
 */
export const rule: Rule = {
  code: 'SP404',
  name: 'pilot-condition-undeclared',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Het plan laat een pilotomstandigheid zien (tijdelijk geld, geen ingebedde aanjager) die niet bij valkuil 3 staat.',
    en: 'The plan shows a pilot condition (temporary money, no embedded driver) that pitfall 3 does not declare.',
  },
  messages: {
    extraFunding: {
      nl: 'Er is tijdelijke financiering, maar bij valkuil ‘{pitfall}’ staat geen omstandigheid ‘extra geld en ondersteuning’ (`extra-funding`): neem die op onder `pilot-conditions`, want dit geld kan bij opschaling wegvallen.',
      en: "There is temporary funding, but pitfall '{pitfall}' declares no 'extra-funding' condition: note that this money may fall away at scale.",
    },
    frontrunners: {
      nl: 'Geen van de aanjagers is ingebed in een vaste rol, budget of beleid, maar bij valkuil ‘{pitfall}’ staat geen omstandigheid ‘gemotiveerde koplopers’ (`frontrunners`): neem die op onder `pilot-conditions`, want de pilot draait op koplopers.',
      en: "None of the drivers is embedded in a formal role, budget or policy, but pitfall '{pitfall}' declares no 'frontrunners' condition: note that the pilot runs on motivated frontrunners.",
    },
  },
  check(ctx) {
    const declared = new Set(ctx.facts.pilotConditions.map((c) => c.kind));
    const pitfall = term('pitfall.pilot-conditions');
    const item = 'pitfalls/pilot-conditions';
    const temporary = ctx.facts.funders.find((f) => f.kind === 'temporary');
    if (temporary && !declared.has('extra-funding')) {
      ctx.report({
        messageId: 'extraFunding', data: { pitfall }, item, fix: { kind: 'extra-funding' },
        target: { at: ['ingredients', 'financing', 'funders', temporary.index, 'kind'] },
      });
    }
    const drivers = ctx.facts.drivers;
    if (drivers.length > 0 && !drivers.some((d) => d.embedded) && !declared.has('frontrunners')) {
      ctx.report({ messageId: 'frontrunners', data: { pitfall }, item, fix: { kind: 'frontrunners' }, target: { at: ['pilot', 'drivers'] } });
    }
  },
};
