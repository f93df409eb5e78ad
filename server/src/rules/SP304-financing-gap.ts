import type { Rule } from './types.js';

const DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * SP304: a temporary funder's `until` falls before `pilot.period.end` — the
 * money stops before the pilot does. One per such funder, at its `until`.
 * Only dates written as YYYY-MM-DD are compared (anything else is SP002's);
 * a funder without `until`, or a plan without an end date, gives nothing.
 */
export const rule: Rule = {
  code: 'SP304',
  name: 'financing-gap',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Een tijdelijke financiering stopt voordat de pilot afloopt.',
    en: 'A temporary funder stops paying before the pilot ends.',
  },
  messages: {
    gap: {
      nl: 'De tijdelijke financiering loopt tot {until}, maar de pilot loopt tot {end}: regel hoe het gat in de financiering wordt gedekt.',
      en: 'The temporary funding runs until {until}, but the pilot runs until {end}: arrange how the gap in financing is covered.',
    },
  },
  check(ctx) {
    const end = ctx.facts.pilotEnd;
    if (!end || !DATE.test(end)) return;
    for (const f of ctx.facts.funders) {
      if (f.kind !== 'temporary' || !f.until || !DATE.test(f.until)) continue;
      if (f.until.slice(0, 10) >= end.slice(0, 10)) continue;
      if (ctx.rejected(['ingredients', 'financing', 'funders', f.index]) || ctx.rejected(['pilot', 'period'])) continue; // SPEC §6.5
      ctx.report({
        messageId: 'gap',
        data: { until: f.until.slice(0, 10), end: end.slice(0, 10) },
        target: { at: ['ingredients', 'financing', 'funders', f.index, 'until'] },
        item: 'ingredients/financing',
        fix: { funder: f.index },
      });
    }
  },
};
