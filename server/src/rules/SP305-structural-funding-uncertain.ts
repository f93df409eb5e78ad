import { term } from '../model/canvas.js';
import { glossList } from './asks.js';
import type { Rule } from './types.js';

/**
 * SP305: `financing` counts on structural money that nobody has committed —
 * every funder of kind `structural` is `expected` or `exploring` — and it has
 * no actions. One in all, at the `financing` key; only when
 * `ingredients.financing` is present. A funder without `status` is
 * committed (SPEC §6.2). A funder `kind` or `status`, or financing
 * `actions`, that SP002 rejects gives nothing here (`kind: structurel` is
 * SP002's alone): the finding could only follow from it.
 */
export const rule: Rule = {
  code: 'SP305',
  name: 'structural-funding-uncertain',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'De structurele financiering is nog niet toegezegd en er staat geen actie bij de financiering.',
    en: 'Structural funding is not committed yet, and financing has no actions.',
  },
  messages: {
    uncertain: {
      nl: 'Ingrediënt ‘{ingredient}’ rekent op structurele financiering met status {statuses}, dus nog niet toegezegd, en er staat geen actie bij: leg vast wat je doet om die toezegging rond te krijgen (`actions`).',
      en: "Ingredient '{ingredient}' counts on structural funding that is not committed yet ({statuses}), but has no actions: note what you will do to get it committed ('actions').",
    },
  },
  check(ctx) {
    const financing = ctx.facts.ingredients.get('financing');
    if (!financing || financing.actions.length > 0) return;
    const at = ['ingredients', 'financing'];
    if (ctx.rejected([...at, 'actions'])) return;
    const funders = ctx.facts.funders;
    if (ctx.rejected([...at, 'funders']) && funders.some((f) => ctx.rejected([...at, 'funders', f.index, 'kind']) || ctx.rejected([...at, 'funders', f.index, 'status']))) return;
    const structural = funders.filter((f) => f.kind === 'structural');
    if (structural.length === 0 || structural.some((f) => f.status === 'committed')) return;
    ctx.report({
      messageId: 'uncertain',
      data: { ingredient: term('ingredient.financing'), statuses: glossList('funding.', structural.map((f) => f.status)) },
      target: { key: financing.pair },
      item: 'ingredients/financing',
      fix: {},
    });
  },
};
