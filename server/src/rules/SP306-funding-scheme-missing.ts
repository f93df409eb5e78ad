import type { Rule } from './types.js';

/**
 * SP306: a funder of kind `structural` names no `scheme` — which law or
 * budget pays (Wmo, Zvw, Wlz, Jeugdwet, eigen begroting) is the question the
 * WOZO memo finds unanswered most often. One per such funder, at the funder
 * item; only when `ingredients.financing` is present (funders live there).
 * A blank `scheme:` is none; a `kind` or `scheme` SP002 rejects gives nothing
 * here (`kind: structurel` is SP002's alone).
 */
export const rule: Rule = {
  code: 'SP306',
  name: 'funding-scheme-missing',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'Een structurele financier noemt geen regeling (Wmo, Zvw, Wlz, Jeugdwet, eigen begroting …).',
    en: 'A structural funder names no scheme (Wmo, Zvw, Wlz, Jeugdwet, own budget …).',
  },
  messages: {
    noScheme: {
      nl: 'Structurele financier ‘{funder}’ noemt geen regeling: leg vast uit welke wet of begroting het geld komt (`scheme`), bijvoorbeeld Wmo, Zvw, Wlz, Jeugdwet of eigen begroting.',
      en: "Structural funder '{funder}' names no scheme: note which law or budget the money comes from ('scheme'), e.g. Wmo, Zvw, Wlz, Jeugdwet or own budget.",
    },
  },
  check(ctx) {
    if (!ctx.facts.ingredients.has('financing')) return;
    const anyRejected = ctx.rejected(['ingredients', 'financing', 'funders']);
    const names = new Map(ctx.facts.partners.map((p) => [p.id, p.name]));
    for (const f of ctx.facts.funders) {
      if (f.kind !== 'structural' || (f.scheme !== undefined && f.scheme.trim() !== '')) continue;
      const at = ['ingredients', 'financing', 'funders', f.index];
      if (anyRejected && (ctx.rejected([...at, 'kind']) || ctx.rejected([...at, 'scheme']))) continue;
      ctx.report({
        messageId: 'noScheme',
        data: { funder: (f.partner && names.get(f.partner)) || f.partner || { nl: `nr. ${f.index + 1}`, en: `no. ${f.index + 1}` } },
        target: { at },
        item: `ingredients/financing/funders/${f.index}`,
        fix: { funder: f.index },
      });
    }
  },
};
