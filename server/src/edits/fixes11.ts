/**
 * Quick fixes for the canvas 1.1 rules (SPEC §6.4). Each adds what the
 * finding asks for, through yamlEdit, and never claims what only the user can
 * know: no fix marks a funder `committed`; owners and schemes are offered as
 * choices (none preferred); placeholders are left empty or say what to write.
 * None is part of `source.fixAll` (see fixes.ts `safeFixes`).
 */
import type { Analysis } from '../lint.js';
import { clip, fill } from '../i18n.js';
import { nodeAt, pairAt } from '../model/plan.js';
import type { Diagnostic, Lang, Localized, PlanPath } from '../model/types.js';
import type { Fix } from './fixes.js';
import { addEntries, appendItems, scalar, TOP_ORDER, type Skeleton, type TextEdit } from './yamlEdit.js';


const T = {
  owner: { nl: 'Eigenaar: {0}', en: 'Owner: {0}' },
  addEvidence: { nl: 'Voeg bewijsmateriaal toe (evidence)', en: "Add an evidence item ('evidence')" },
  financingAction: { nl: 'Voeg een actie toe om de structurele financiering toegezegd te krijgen', en: 'Add an action to get the structural funding committed' },
  financingActionTitle: { nl: 'Structurele financiering laten toezeggen', en: 'Get the structural funding committed' },
  scheme: { nl: 'Regeling: {0}', en: 'Scheme: {0}' },
  addResidents: { nl: 'Voeg inwoners toe als partner', en: 'Add residents as a partner' },
  residentsName: { nl: 'Inwoners', en: 'Residents' },
  addCore: { nl: 'Voeg een ondergrens met kernelementen toe', en: 'Add a floor with core elements' },
  coreElement: { nl: 'Kernelement dat bij elke kopie moet blijven', en: 'Core element that must survive every copy' },
  addQuestion: { nl: 'Begin een leeragenda met een leervraag', en: 'Start a learning agenda with a learning question' },
  questionTemplate: { nl: 'Hoe kan ik …, terwijl …?', en: 'Hoe kan ik … (how can I …), terwijl … (while …)?' },
  questionAction: { nl: 'Voeg een actie toe voor deze leervraag', en: 'Add an action for this learning question' },
  questionActionTitle: { nl: 'Leervraag ‘{0}’ oppakken', en: "Take up learning question '{0}'" },
  questionAnswered: { nl: 'Markeer de leervraag als beantwoord', en: 'Mark the learning question answered' },
} satisfies Record<string, Localized>;

function say(key: keyof typeof T, lang: Lang, ...args: string[]): string {
  return fill(T[key], lang, args);
}

/** The schemes the WOZO memo names, offered as choices for SP306. */
const SCHEMES = ['Wmo', 'Zvw', 'Wlz', 'Jeugdwet', 'eigen begroting'];
const ROUTE_ORDER = ['ambition', 'owner', 'within-pilot', 'after', 'actions'];
const FUNDER_ORDER = ['partner', 'kind', 'scheme', 'status', 'until'];
const FINANCING_ORDER = ['status', 'risk', 'notes', 'funders', 'actions'];
const QUESTION_ORDER = ['question', 'level', 'owner', 'status', 'reviewed', 'actions'];
const FLOOR_ORDER = ['core-elements', 'indicators'];

/** The fixes for a 1.1 rule's diagnostic; undefined when the code is not one of them. */
export function fixes11(a: Analysis, d: Diagnostic, lang: Lang): Fix[] | undefined {
  const n = (key: string): number | undefined => (typeof d.data?.[key] === 'number' ? (d.data[key] as number) : indexIn(d.item));
  switch (d.code) {
    case 'SP206': return one(say('addEvidence', lang), appendItems(a.doc, ['evidence'], [{ claim: null, kind: null, source: null }], TOP_ORDER));
    case 'SP207': return ownerFixes(a, d, lang);
    case 'SP305': return one(say('financingAction', lang), withNewAction(a, ['ingredients', 'financing', 'actions'], FINANCING_ORDER, say('financingActionTitle', lang)));
    case 'SP306': {
      const i = n('funder');
      if (i === undefined) return [];
      return SCHEMES.flatMap((s) => one(say('scheme', lang, s), setEntry(a, ['ingredients', 'financing', 'funders', i], 'scheme', s, FUNDER_ORDER), false));
    }
    case 'SP408': {
      const id = freeId(a, (k) => (k === 0 ? 'inwoners' : `inwoners-${k + 1}`));
      const partner: Skeleton = { id, name: say('residentsName', lang), type: 'residents', roles: ['client'] };
      return one(say('addResidents', lang), appendItems(a.doc, ['partners'], [partner], TOP_ORDER));
    }
    case 'SP504': {
      const core = nodeAt(a.doc, ['floor', 'core-elements']);
      const v = say('coreElement', lang);
      return one(say('addCore', lang), core ? appendItems(a.doc, ['floor', 'core-elements'], [v]) : addEntries(a.doc, ['floor'], [['core-elements', [v]]], FLOOR_ORDER));
    }
    case 'SP601': {
      // The question to write, in the learning evaluation's own form; its level and owner left to fill in.
      const question: Skeleton = { question: say('questionTemplate', lang), level: null, owner: null };
      return one(say('addQuestion', lang), appendItems(a.doc, ['learning-agenda'], [question], TOP_ORDER));
    }
    case 'SP602': {
      const i = n('question');
      const q = a.facts.learningQuestions.find((x) => x.index === i);
      if (i === undefined || !q) return [];
      const title = say('questionActionTitle', lang, clip(q.question?.trim() || String(i + 1), 60));
      const owner = q.owner && a.facts.partners.some((p) => p.id === q.owner) ? q.owner : undefined;
      return [
        ...one(say('questionAction', lang), withNewAction(a, ['learning-agenda', i, 'actions'], QUESTION_ORDER, title, owner)),
        ...one(say('questionAnswered', lang), setEntry(a, ['learning-agenda', i], 'status', 'answered', QUESTION_ORDER)),
      ];
    }
    default: return undefined;
  }
}

function one(title: string, edits: TextEdit[] | undefined, preferred?: boolean): Fix[] {
  return edits && edits.length > 0 ? [{ title, edits, ...(preferred === false ? { preferred } : {}) }] : [];
}

/** `routes/out` → undefined; `learning-agenda/2` → 2. */
function indexIn(item: string): number | undefined {
  const m = /\/(\d+)$/.exec(item);
  return m ? Number(m[1]) : undefined;
}

/** SP207: one fix per declared partner, those needed for the route first; none when there is no partner to name. */
function ownerFixes(a: Analysis, d: Diagnostic, lang: Lang): Fix[] {
  const route = typeof d.data?.['route'] === 'string' ? d.data['route'] : d.item.split('/')[1];
  if (!route) return [];
  const partners = a.facts.partners.filter((p) => p.id && /^[\w-]+$/.test(p.id));
  const rank = (p: (typeof partners)[number]): number => (p.neededFor.includes(route) ? 0 : p.roles.includes('owner') ? 1 : 2);
  return [...partners].sort((x, y) => rank(x) - rank(y)).slice(0, 8)
    .flatMap((p) => one(say('owner', lang, p.name || p.id!), setEntry(a, ['routes', route], 'owner', p.id!, ROUTE_ORDER), false));
}

/**
 * Sets `key: value` in the map at `path`: replaces a value already written
 * (also an empty `owner:`), else adds the key in `order`.
 */
function setEntry(a: Analysis, path: PlanPath, key: string, value: string, order: readonly string[]): TextEdit[] | undefined {
  const pair = pairAt(a.doc, [...path, key]);
  if (!pair) return addEntries(a.doc, path, [[key, value]], order);
  const v = pair.value;
  if (v.kind !== 'scalar') return undefined;
  if (v.end > v.start) return [{ range: a.doc.lines.range(v.start, v.end), newText: scalar(value) }];
  const pos = a.doc.lines.position(v.start);
  return [{ range: { start: pos, end: pos }, newText: (a.doc.text[v.start - 1] === ':' ? ' ' : '') + scalar(value) }];
}

/** A new action (next free id `aN`) in `actions`, and its id in the list at `refPath`. */
function withNewAction(a: Analysis, refPath: PlanPath, order: readonly string[], title: string, owner?: string): TextEdit[] | undefined {
  const used = new Set(a.facts.actions.map((x) => x.id).filter((x): x is string => !!x));
  let next = 1;
  for (const id of used) {
    const m = /^a(\d+)$/.exec(id);
    if (m) next = Math.max(next, Number(m[1]) + 1);
  }
  while (used.has(`a${next}`) || a.facts.references.some((r) => r.kind === 'action' && r.id === `a${next}`)) next++;
  const id = `a${next}`;
  const ref = appendItems(a.doc, refPath, [id], order);
  const action: Skeleton = owner ? { id, title, owner } : { id, title };
  const declare = appendItems(a.doc, ['actions'], [action], TOP_ORDER);
  if (!ref || !declare) return undefined;
  // The reference sits inside an earlier part than `actions` (or inside the list item above it): listed first.
  return [...ref, ...declare];
}

/** The first id `make(k)` that no partner uses. */
function freeId(a: Analysis, make: (k: number) => string): string {
  const ids = new Set(a.facts.partners.map((p) => p.id));
  let k = 0;
  while (ids.has(make(k))) k++;
  return make(k);
}
