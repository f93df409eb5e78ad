import type { YNode } from '../model/yamlTree.js';
import { nodeAt } from '../model/plan.js';
import type { Rule } from './types.js';

/**
 * SP408: no partner has type `residents` or role `client` — the people the
 * approach is for have no place among the partners, and so no influence on
 * it. One in all, at the `partners` key (line 1 when `partners` is absent).
 * A partner `type` or `roles` that SP002 rejects (`type: inwoners`), or a
 * `partners` value that is not a list of partners, gives nothing here: the
 * end users may be exactly what was meant.
 */
export const rule: Rule = {
  code: 'SP408',
  name: 'end-users-absent',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'Geen van de partners is een inwoner of cliënt: de eindgebruikers zelf hebben geen plaats in het plan.',
    en: 'No partner is a resident or a client: the end users themselves have no place in the plan.',
  },
  messages: {
    absent: {
      nl: 'Geen partner vertegenwoordigt de eindgebruikers: voeg onder `partners` inwoners of cliënten toe (type ‘inwoners’ (`residents`) of rol ‘cliënt’ (`client`)), zodat zij invloed hebben op de aanpak.',
      en: "No partner represents the end users: add residents or clients to 'partners' (type 'residents' or role 'client'), so that they have a say in the approach.",
    },
  },
  check(ctx) {
    const partners = ctx.facts.partners;
    if (partners.some((p) => p.type === 'residents' || p.roles.includes('client'))) return;
    const list = nodeAt(ctx.doc, ['partners']);
    if (list && !(list.kind === 'seq' || (list.kind === 'scalar' && list.value === null))) return;
    // One look at the whole list first: the per-partner look is only needed when something in it is rejected.
    // A partner SP002 cannot fully read may be the end users' (`type: bewoners`, `roles: cliënt`): then
    // the finding would only follow from that value. A rejected value that plainly names another
    // type or role (`roles: funder`, a word where a list belongs) still leaves the end users absent.
    if (list?.kind === 'seq' && ctx.rejected(['partners']) && list.items.some((n, i) => n.kind !== 'map'
      || (ctx.rejected(['partners', i, 'type']) && mayMeanEndUsers(nodeAt(ctx.doc, ['partners', i, 'type']), TYPES))
      || (ctx.rejected(['partners', i, 'roles']) && mayMeanEndUsers(nodeAt(ctx.doc, ['partners', i, 'roles']), ROLES)))) return;
    ctx.report({ messageId: 'absent', target: { missing: ['partners', 0] }, item: 'partners', fix: {} });
  },
};

const TYPES = ['municipality', 'care', 'welfare', 'police', 'justice', 'education', 'housing', 'employer', 'funder', 'insurer', 'government', 'knowledge', 'other'];
const ROLES = ['owner', 'implementer', 'funder', 'policy', 'receiver', 'knowledge'];

/** Whether a rejected `type`/`roles` value holds anything but known values other than the end users' own. */
function mayMeanEndUsers(n: YNode | undefined, others: readonly string[]): boolean {
  const words = n?.kind === 'seq' ? n.items : n ? [n] : [];
  return words.some((w) => !(w.kind === 'scalar' && typeof w.value === 'string' && others.includes(w.value)));
}

