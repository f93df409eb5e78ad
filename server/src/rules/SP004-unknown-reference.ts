import type { PlanFacts, ReferenceFact } from '../model/facts.js';
import { Nearest } from '../schema/nearest.js';
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
 * `suggestion` when a declared id is meant: the same id in other capitals,
 * the id of the partner whose name (or the action whose title) was written
 * instead of its id (issue 13), or a likely slip of the pen. The slip search
 * is bounded (schema/nearest.ts): a hostile plan gets plain messages, never
 * a hang.
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
      nl: 'Partner ‘{id}’ staat niet bij de partners: voeg die partner toe onder `partners`, of verwijs naar een partner die er wel staat.',
      en: "Partner '{id}' is not declared: add it under `partners`, or refer to a partner that is there.",
    },
    partnerSuggest: {
      nl: 'Partner ‘{id}’ staat niet bij de partners — bedoel je ‘{suggestion}’?',
      en: "Partner '{id}' is not declared — did you mean ‘{suggestion}’?",
    },
    action: {
      nl: 'Actie ‘{id}’ staat niet in de actielijst: voeg die actie toe onder `actions`, of verwijs naar een actie die er wel staat.',
      en: "Action '{id}' is not declared: add it under `actions`, or refer to an action that is there.",
    },
    actionSuggest: {
      nl: 'Actie ‘{id}’ staat niet in de actielijst — bedoel je ‘{suggestion}’?',
      en: "Action '{id}' is not declared — did you mean ‘{suggestion}’?",
    },
    // Issue 13: "bedoel je ‘gemeente’ (Gemeente Westerveld)?" — the id to write, then the name the reader wrote.
    partnerByName: {
      nl: 'Partner ‘{id}’ staat niet bij de partners — bedoel je ‘{suggestion}’ ({name})? Verwijs naar een partner met zijn id, niet met zijn naam.',
      en: "Partner '{id}' is not declared — did you mean ‘{suggestion}’ ({name})? Refer to a partner by its id, not its name.",
    },
    actionByName: {
      nl: 'Actie ‘{id}’ staat niet in de actielijst — bedoel je ‘{suggestion}’ ({name})? Verwijs naar een actie met haar id, niet met haar titel.',
      en: "Action '{id}' is not declared — did you mean ‘{suggestion}’ ({name})? Refer to an action by its id, not its title.",
    },
  },
  check(ctx) {
    const declared = {
      partner: ids(ctx.facts.partners),
      action: ids(ctx.facts.actions),
    };
    const stop = (): boolean => ctx.overBudget?.() ?? false;
    const nearest = { partner: new Nearest([...declared.partner], undefined, stop), action: new Nearest([...declared.action], undefined, stop) };
    const named = {
      partner: byName(ctx.facts.partners.map((p) => [p.id, p.name])),
      action: byName(ctx.facts.actions.map((a) => [a.id, a.title])),
    };
    // A declaration list SP001 could not read, or whose ids SP002 rejects, may well hold the id (SPEC §6.5).
    const uncertain = {
      partner: anyEntryRejected(ctx, 'partners', ctx.facts.partners.length, ['id']),
      action: anyEntryRejected(ctx, 'actions', ctx.facts.actions.length, ['id']),
    };
    for (const ref of ctx.facts.references) {
      if (ref.id.trim() === '' || declared[ref.kind].has(ref.id) || uncertain[ref.kind]) continue;
      if (isUnreadable(ctx.doc, ref.path)) continue;
      const sameLetters = nearest[ref.kind].inOtherCapitals(ref.id);
      const byItsName = sameLetters ? undefined : named[ref.kind].get(normal(ref.id));
      // Ids of four characters or more: `a9` is not a slip of `a1`.
      const suggestion = sameLetters ?? byItsName?.id ?? nearest[ref.kind].find(ref.id, 4);
      const messageId = byItsName ? `${ref.kind}ByName` : suggestion ? `${ref.kind}Suggest` : ref.kind;
      ctx.report({
        messageId,
        data: byItsName ? { id: ref.id, suggestion: byItsName.id, name: short(byItsName.name) } : suggestion ? { id: ref.id, suggestion } : { id: ref.id },
        target: { node: ref.node },
        item: itemOf(ref, ctx.facts),
        fix: suggestion ? { kind: ref.kind, id: ref.id, suggestion } : { kind: ref.kind, id: ref.id },
      });
    }
  },
};

/** Names compared as a reader would: capitals and spaces do not count (`gemeente  westerveld`). */
function normal(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

/**
 * Declared id by normalised name (or title). A name two entries share
 * names neither, so it suggests nothing.
 */
function byName(entries: [string | undefined, string | undefined][]): Map<string, { id: string; name: string } | undefined> {
  const out = new Map<string, { id: string; name: string } | undefined>();
  for (const [id, name] of entries) {
    if (id === undefined || id.trim() === '' || name === undefined || normal(name) === '') continue;
    const key = normal(name);
    const seen = out.get(key);
    out.set(key, out.has(key) && seen?.id !== id ? undefined : { id, name });
  }
  return out;
}

/** A name quoted in a message, cut short: a message stays one readable line. */
function short(name: string): string {
  const oneLine = name.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
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
