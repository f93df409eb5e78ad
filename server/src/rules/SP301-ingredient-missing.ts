import { INGREDIENTS, term } from '../model/canvas.js';
import type { Rule } from './types.js';
import { missingTarget } from './follows.js';

/** SP301: one of the eight ingredients is absent — one diagnostic per missing ingredient (all eight when `ingredients` is absent). */
export const rule: Rule = {
  code: 'SP301',
  name: 'ingredient-missing',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Een van de acht ingrediënten voor opschaling ontbreekt in het plan.',
    en: 'One of the eight ingredients for scaling is missing from the plan.',
  },
  messages: {
    missing: {
      nl: 'Ingrediënt ‘{ingredient}’ (`{key}`) ontbreekt: voeg `{key}:` toe onder `ingredients` en beschrijf hoe het ervoor staat (status, risico) en wat er nodig is.',
      en: "Ingredient '{ingredient}' is missing: add `{key}:` under `ingredients` and describe where it stands (status, risk) and what is needed.",
    },
  },
  check(ctx) {
    for (const key of INGREDIENTS) {
      if (ctx.facts.ingredients.has(key)) continue;
      // `ingredients: [..]` is SP002's; an ingredient may stand in text SP001 could not read (SPEC §6.5).
      if (ctx.rejected(['ingredients', key])) continue;
      ctx.report({
        messageId: 'missing',
        data: { ingredient: term(`ingredient.${key}`), key },
        target: missingTarget(ctx, ['ingredients', key]),
        item: `ingredients/${key}`,
        fix: { ingredient: key },
      });
    }
  },
};
