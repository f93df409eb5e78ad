import type { PlanFacts, ReferenceFact } from '../model/facts.js';
import { didYouMean } from '../schema/suggest.js';
import type { Rule } from './types.js';
import { anyEntryRejected } from './follows.js';
import { isUnreadable } from '../schema/validate.js';

/**
 * SP004: a partner id (`owner`, `partner`) or an action id (any `actions`
 * list) is used but not declared under `partners` / `actions`. One per
 * reference (SPEC §3), at the id as written; the places come from
 * facts.references. Blank ids are nothing written, not a reference. Partner
 * and action ids are separate namespaces: an action id does not declare a
 * partner. `fix` carries `{kind, id}` for the "create it" quick fix, plus
 * `suggestion` when a declared id is a likely slip of the pen.
 */
export const rule: Rule = {
  code: 'SP004',
  name: 'unknown-reference',
  severity: 'error',
  scope: 'plan',
  description: {
    nl: 'Er wordt verwezen naar een partner of actie die niet in het plan staat.',
    en: 'A partner or action is referred to that is not declared in the plan.',
  },
  messages: {
    partner: {
      nl: 'Partner ‘{id}’ staat niet bij de partners: voeg die partner toe onder ‘partners’, of verwijs naar een partner die er wel staat.',
      en: "Partner '{id}' is not declared: add it under 'partners', or refer to a partner that is there.",
    },
    partnerSuggest: {
      nl: 'Partner ‘{id}’ staat niet bij de partners. Bedoel je ‘{suggestion}’?',
      en: "Partner '{id}' is not declared. Did you mean '{suggestion}'?",
    },
    action: {
      nl: 'Actie ‘{id}’ staat niet in de actielijst: voeg die actie toe onder ‘actions’, of verwijs naar een actie die er wel staat.',
      en: "Action '{id}' is not declared: add it under 'actions', or refer to an action that is there.",
    },
    actionSuggest: {
      nl: 'Actie ‘{id}’ staat niet in de actielijst. Bedoel je ‘{suggestion}’?',
      en: "Action '{id}' is not declared. Did you mean '{suggestion}'?",
    },
  },
  check(ctx) {
    const declared = {
      partner: ids(ctx.facts.partners),
      action: ids(ctx.facts.actions),
    };
    const known = { partner: [...declared.partner], action: [...declared.action] };
    // A declaration list SP001 could not read, or whose ids SP002 rejects, may well hold the id (SPEC §6.5).
    const uncertain = {
      partner: anyEntryRejected(ctx, 'partners', ctx.facts.partners.length, ['id']),
      action: anyEntryRejected(ctx, 'actions', ctx.facts.actions.length, ['id']),
    };
    for (const ref of ctx.facts.references) {
      if (ref.id.trim() === '' || declared[ref.kind].has(ref.id) || uncertain[ref.kind]) continue;
      if (isUnreadable(ctx.doc, ref.path)) continue;
      const suggestion = suggest(ref.id, known[ref.kind]);
      ctx.report({
        messageId: suggestion ? `${ref.kind}Suggest` : ref.kind,
        data: suggestion ? { id: ref.id, suggestion } : { id: ref.id },
        target: { node: ref.node },
        item: itemOf(ref, ctx.facts),
        fix: suggestion ? { kind: ref.kind, id: ref.id, suggestion } : { kind: ref.kind, id: ref.id },
      });
    }
  },
};

/**
 * A declared id the user probably meant: the same id in other capitals, or
 * a near spelling of an id of four or more characters (`ggz-nord`). Short
 * ids like `a9` are not slips of `a1`, so they get no suggestion.
 */
function suggest(id: string, known: string[]): string | undefined {
  const sameLetters = known.find((k) => k.toLowerCase() === id.toLowerCase());
  if (sameLetters) return sameLetters;
  return id.length >= 4 ? didYouMean(id, known) : undefined;
}

function ids(list: { id: string | undefined }[]): Set<string> {
  return new Set(list.flatMap((x) => (x.id !== undefined ? [x.id] : [])));
}

/**
 * The canvas item where the reference is written (`routes/in/actions/0`); an
 * entry of the partner or action list is named by its id when it has one
 * (`partners/ggz-noord/actions/0`), so the item survives reordering.
 */
function itemOf(ref: ReferenceFact, facts: PlanFacts): string {
  const [top, index, ...rest] = ref.path;
  if ((top === 'partners' || top === 'actions') && typeof index === 'number') {
    const entry = (top === 'partners' ? facts.partners : facts.actions).find((x) => x.index === index);
    return [top, entry?.id ?? index, ...rest].join('/');
  }
  return ref.path.join('/');
}
