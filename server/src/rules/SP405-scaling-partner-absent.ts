import { POLICY_TYPES, term } from '../model/canvas.js';
import type { PartnerFact } from '../model/facts.js';
import type { Rule } from './types.js';
import { anyEntryRejected } from './follows.js';

const canChangePolicy = (p: PartnerFact): boolean => (p.type !== undefined && POLICY_TYPES.includes(p.type)) || p.roles.includes('policy');
const receives = (p: PartnerFact): boolean => p.roles.includes('receiver') || p.neededFor.includes('out');
const funds = (p: PartnerFact): boolean => p.roles.includes('funder') || p.type === 'funder' || p.type === 'insurer';

/**
 * SP405: a pursued route or an ingredient needs a kind of partner the plan
 * lacks (pitfall 4). One per unmet need (SPEC §3):
 * - route `up` pursued, no partner that can change policy, law or regulation
 *   (type government / municipality / insurer, or role `policy`) — at `up`;
 * - route `out` pursued, no partner with role `receiver` or `needed-for: out` — at `out`;
 * - `ingredients.financing` present, no partner that funds (role `funder`,
 *   type `funder` / `insurer`) and no entry under `financing.funders` — at `financing`.
 * How far such a partner is involved is SP406's concern, not this rule's.
 */
export const rule: Rule = {
  code: 'SP405',
  name: 'scaling-partner-absent',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Een gekozen route of een ingrediënt heeft een soort schalingspartner nodig die in het plan ontbreekt.',
    en: 'A pursued route or an ingredient needs a kind of scaling partner the plan lacks.',
  },
  messages: {
    policy: {
      nl: 'Route ‘{route}’ vraagt een partner die beleid, wet- of regelgeving kan veranderen (type ‘rijksoverheid’ (`government`), ‘gemeente’ (`municipality`) of ‘zorgverzekeraar’ (`insurer`), of rol ‘beleid’ (`policy`)), maar die staat niet bij de partners: voeg die partner toe onder `partners`.',
      en: "Route '{route}' needs a partner that can change policy, law or regulation (government, municipality, insurer or role 'policy'), but there is none among the partners.",
    },
    receiver: {
      nl: 'Route ‘{route}’ vraagt partners die de aanpak overnemen (rol ‘ontvanger’ (`receiver`), of `out` bij `needed-for`), maar die staan niet bij de partners: voeg ze toe onder `partners`.',
      en: "Route '{route}' needs partners that take the approach over (role 'receiver' or needed for 'out'), but there are none among the partners.",
    },
    funder: {
      nl: 'Ingrediënt ‘{ingredient}’ vraagt een partner die betaalt (rol ‘financier’ (`funder`), type ‘financier’ (`funder`) of ‘zorgverzekeraar’ (`insurer`), of een partner onder `funders`), maar die staat niet bij de partners: voeg de financier toe onder `partners`.',
      en: "Ingredient '{ingredient}' needs a partner that pays (role 'funder', a funder or insurer, or an entry under funders), but there is none.",
    },
  },
  check(ctx) {
    const { partners, routes, ingredients, funders } = ctx.facts;
    // A partner whose type, roles or needed-for SP002 rejects (`roles: funder`), or a list SP001
    // could not read, may be the one needed: then this rule stays silent (SPEC §6.5).
    if (anyEntryRejected(ctx, 'partners', partners.length, ['type', 'roles', 'needed-for'])) return;
    const up = routes.get('up');
    if (up && !partners.some(canChangePolicy)) {
      ctx.report({ messageId: 'policy', data: { route: term('route.up') }, target: { key: up.pair }, item: 'routes/up', fix: { need: 'policy', route: 'up' } });
    }
    const out = routes.get('out');
    if (out && !partners.some(receives)) {
      ctx.report({ messageId: 'receiver', data: { route: term('route.out') }, target: { key: out.pair }, item: 'routes/out', fix: { need: 'receiver', route: 'out' } });
    }
    const financing = ingredients.get('financing');
    if (financing && funders.length === 0 && !partners.some(funds) && !ctx.rejected(['ingredients', 'financing', 'funders'])) {
      ctx.report({
        messageId: 'funder', data: { ingredient: term('ingredient.financing') }, target: { key: financing.pair },
        item: 'ingredients/financing', fix: { need: 'funder' },
      });
    }
  },
};
