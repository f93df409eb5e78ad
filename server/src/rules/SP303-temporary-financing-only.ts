import { term } from '../model/canvas.js';
import type { Rule } from './types.js';

/**
 * SP303: `ingredients.financing` names no funder of kind `structural` and has
 * no actions — the approach lives on temporary money with no plan for what
 * comes after. One in all, at the `financing` key; checked only when
 * `financing` is present (its absence is SP301's). A bare `financing:` fires.
 */
export const rule: Rule = {
  code: 'SP303',
  name: 'temporary-financing-only',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'De financiering heeft geen structurele financier en er staat geen actie bij om die te vinden.',
    en: 'Financing has no structural funder and no action to find one.',
  },
  messages: {
    temporaryOnly: {
      nl: 'Ingrediënt ‘{ingredient}’ noemt geen structurele financier en heeft geen acties: zet onder `funders` een structurele financier (`kind: structural`), of onder `actions` hoe je die vindt voordat de tijdelijke middelen stoppen.',
      en: "Ingredient '{ingredient}' names no structural funder and has no actions: put a structural funder (`kind: structural`) under `funders`, or under `actions` how you will find one before the temporary money stops.",
    },
    // No funder at all (a fresh `init`): there is no temporary money to speak of yet.
    noFunders: {
      nl: 'Ingrediënt ‘{ingredient}’ noemt nog niemand die de aanpak structureel betaalt en heeft geen acties: zet onder `funders` een structurele financier (`kind: structural`), of onder `actions` hoe je die vindt.',
      en: "Ingredient '{ingredient}' names no one yet who pays for the approach structurally, and has no actions: put a structural funder (`kind: structural`) under `funders`, or under `actions` how you will find one.",
    },
  },
  check(ctx) {
    const financing = ctx.facts.ingredients.get('financing');
    if (!financing) return;
    if (ctx.facts.funders.some((f) => f.kind === 'structural') || financing.actions.length > 0) return;
    // `kind: structureel` or `actions: a5` is SP002's alone (SPEC §6.5).
    if (ctx.rejected(['ingredients', 'financing', 'funders']) || ctx.rejected(['ingredients', 'financing', 'actions'])) return;
    ctx.report({
      messageId: ctx.facts.funders.length === 0 ? 'noFunders' : 'temporaryOnly',
      data: { ingredient: term('ingredient.financing') },
      target: { key: financing.pair },
      item: 'ingredients/financing',
    });
  },
};
