import { term } from '../model/canvas.js';
import { nodeAt, pairAt } from '../model/plan.js';
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
 * SPEC §6.5: the finding points at the evidence — the first temporary
 * funder (the entry, underlined on its first line), or the `drivers` key —
 * and carries a related location where the declaration belongs:
 * `pitfalls.pilot-conditions`, else `pitfalls`, else line 1.
 * SPEC §6.2: a driver whose embedded role ends (`until`) before
 * `pilot.period.end` is not embedded (facts.ts). A condition `kind`, or a
 * driver's `embedded`, that SP002 rejects makes the finding SP002's alone:
 * what was meant cannot be known (SPEC §6.5).
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
      nl: 'Er is tijdelijke financiering, maar bij valkuil ‘{pitfall}’ staat geen omstandigheid ‘extra geld en ondersteuning’ (`extra-funding`): neem die op onder `pilot-conditions` (`kind: extra-funding`), want dit geld kan bij opschaling wegvallen.',
      en: "There is temporary funding, but pitfall '{pitfall}' declares no 'extra-funding' condition: note that this money may fall away at scale (pitfalls.pilot-conditions, kind: extra-funding).",
    },
    frontrunners: {
      nl: 'Geen van de aanjagers is ingebed in een vaste rol, budget of beleid, maar bij valkuil ‘{pitfall}’ staat geen omstandigheid ‘gemotiveerde koplopers’ (`frontrunners`): neem die op onder `pilot-conditions` (`kind: frontrunners`), want de pilot draait op koplopers.',
      en: "None of the drivers is embedded in a formal role, budget or policy, but pitfall '{pitfall}' declares no 'frontrunners' condition: note that the pilot runs on motivated frontrunners (pitfalls.pilot-conditions, kind: frontrunners).",
    },
    frontrunnersEndsEarly: {
      nl: 'De ingebedde rol van de aanjager loopt af vóór het einde van de pilot (`until`), dus draait de opschaling daarna op gemotiveerde koplopers, maar bij valkuil ‘{pitfall}’ staat geen omstandigheid ‘gemotiveerde koplopers’ (`frontrunners`): neem die op onder `pitfalls.pilot-conditions` (`kind: frontrunners`).',
      en: "The drivers' embedded role ends before the pilot does (until), so after that the scaling runs on motivated frontrunners, but pitfall '{pitfall}' declares no 'frontrunners' condition: add it (pitfalls.pilot-conditions, kind: frontrunners).",
    },
    declareHere: {
      nl: 'Hier hoort de omstandigheid bij valkuil ‘{pitfall}’ (`pitfalls.pilot-conditions`).',
      en: "The condition belongs here, under pitfall '{pitfall}' (pitfalls.pilot-conditions).",
    },
  },
  check(ctx) {
    const conditions = ['pitfalls', 'pilot-conditions'];
    const list = nodeAt(ctx.doc, conditions);
    if (list && list.kind !== 'seq' && ctx.rejected(conditions)) return;
    if (ctx.facts.pilotConditions.some((c) => ctx.rejected([...conditions, c.index, 'kind']))) return;
    const declared = new Set(ctx.facts.pilotConditions.map((c) => c.kind));
    const pitfall = term('pitfall.pilot-conditions');
    const item = 'pitfalls/pilot-conditions';
    const related = [{
      messageId: 'declareHere', data: { pitfall },
      target: pairAt(ctx.doc, conditions) ? { at: conditions } : { missing: conditions },
    }];
    const temporary = ctx.facts.funders.find((f) => f.kind === 'temporary');
    if (temporary && !declared.has('extra-funding')) {
      ctx.report({
        messageId: 'extraFunding', data: { pitfall }, item, fix: { kind: 'extra-funding' }, related,
        target: { at: ['ingredients', 'financing', 'funders', temporary.index] },
      });
    }
    const drivers = ctx.facts.drivers;
    if (drivers.some((d) => ctx.rejected(['pilot', 'drivers', d.index, 'embedded']))) return;
    if (drivers.length > 0 && !drivers.some((d) => d.embedded) && !declared.has('frontrunners')) {
      ctx.report({
        messageId: drivers.some((d) => d.declaredEmbedded) ? 'frontrunnersEndsEarly' : 'frontrunners', data: { pitfall }, item, fix: { kind: 'frontrunners' }, related, target: { at: ['pilot', 'drivers'] },
      });
    }
  },
};
