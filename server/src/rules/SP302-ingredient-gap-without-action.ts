import { term } from '../model/canvas.js';
import { gloss } from './asks.js';
import type { Rule } from './types.js';

/**
 * SP302: an ingredient that is not (yet) in order — status `partial`,
 * `insufficient` or `unknown`, or risk `high` — has no actions. One per
 * ingredient, at its key. No `status` (or one outside the four) counts as
 * `unknown` (SPEC §3), so a bare `privacy:` fires too; `actions: []` is no
 * actions. Actions that name undeclared ids still count here (SP004 reports them).
 */
export const rule: Rule = {
  code: 'SP302',
  name: 'ingredient-gap-without-action',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Een ingrediënt is niet (zeker) op orde of heeft een hoog risico voor opschaling, en er staat geen actie bij.',
    en: 'An ingredient is not (known to be) in order or carries a high risk for scaling, and has no actions.',
  },
  messages: {
    // A Dutch reader sees the value as written, glossed: ‘onbekend’ (`unknown`).
    gap: {
      nl: 'Ingrediënt ‘{ingredient}’ staat op {status}, maar er staat geen actie bij: zet onder `actions` wat je tijdens de pilot doet om het klaar te maken voor opschaling.',
      en: "Ingredient '{ingredient}' is {status} but has no actions: list under `actions` what you will do during the pilot to make it ready for scaling.",
    },
    highRisk: {
      nl: 'Ingrediënt ‘{ingredient}’ heeft een hoog risico voor opschaling, maar er staat geen actie bij: leg vast hoe je dat risico verkleint.',
      en: "Ingredient '{ingredient}' carries a high risk for scaling but has no actions: note how you will reduce that risk.",
    },
    gapHighRisk: {
      nl: 'Ingrediënt ‘{ingredient}’ staat op {status} en heeft een hoog risico voor opschaling, maar er staat geen actie bij: leg vast wat je eraan doet.',
      en: "Ingredient '{ingredient}' is {status} and carries a high risk for scaling, but has no actions: note what you will do about it.",
    },
    noStatus: {
      nl: 'Ingrediënt ‘{ingredient}’ heeft nog geen status en er staat geen actie bij: vul bij `status` in hoe het ervoor staat (‘voldoende’ (`sufficient`), ‘gedeeltelijk’ (`partial`), ‘onvoldoende’ (`insufficient`) of ‘onbekend’ (`unknown`)) en zet onder `actions` wat je tijdens de pilot doet om het klaar te maken voor opschaling.',
      en: "Ingredient '{ingredient}' has no status yet and no actions: fill in under `status` how it stands (`sufficient`, `partial`, `insufficient` or `unknown`) and list under `actions` what you will do during the pilot to make it ready for scaling.",
    },
    noStatusHighRisk: {
      nl: 'Ingrediënt ‘{ingredient}’ heeft nog geen status, wel een hoog risico voor opschaling, en er staat geen actie bij: vul `status` in en leg onder `actions` vast wat je eraan doet.',
      en: "Ingredient '{ingredient}' has no status yet but a high risk for scaling, and no actions: fill in `status` and list under `actions` what you will do about it.",
    },
  },
  check(ctx) {
    for (const ing of ctx.facts.ingredients.values()) {
      // `status: voldoende` or `actions: a5` is SP002's alone (SPEC §6.5).
      const at = ['ingredients', ing.key];
      if (ctx.rejected([...at, 'status']) || ctx.rejected([...at, 'risk']) || ctx.rejected([...at, 'actions'])) continue;
      const gap = ing.status !== 'sufficient';
      const highRisk = ing.risk === 'high';
      if ((!gap && !highRisk) || ing.actions.length > 0) continue;
      ctx.report({
        messageId: !ing.statusWritten ? (highRisk ? 'noStatusHighRisk' : 'noStatus') : gap && highRisk ? 'gapHighRisk' : gap ? 'gap' : 'highRisk',
        data: { ingredient: term(`ingredient.${ing.key}`), status: gloss(`status.${ing.status}`, ing.status) },
        target: { key: ing.pair },
        item: `ingredients/${ing.key}`,
        fix: { ingredient: ing.key },
      });
    }
  },
};
