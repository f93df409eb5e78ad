/**
 * Facts about a plan that several rules, the readiness summary, the preview
 * and the language server all need — derived once per analysis, tolerant of
 * any shape (a value of the wrong type is simply not a fact; SP002 reports it).
 */
import { INGREDIENTS, ROUTES, type IngredientKey, type RouteKey } from './canvas.js';
import { present, str, type PlanDoc } from './plan.js';
import type { PlanPath } from './types.js';
import type { YMap, YNode, YPair, YScalar } from './yamlTree.js';

export interface PartnerFact {
  index: number;
  id: string | undefined;
  name: string | undefined;
  node: YMap;
  type: string | undefined;
  roles: string[];
  neededFor: string[];
  /** `not-yet` when absent (SPEC §3). */
  involvement: string;
  friction: string | undefined;
  hasActions: boolean;
}

export interface ActionFact {
  index: number;
  id: string | undefined;
  title: string | undefined;
  node: YMap;
  owner: string | undefined;
  due: string | undefined;
  status: string | undefined;
}

export interface RouteFact {
  key: RouteKey;
  pair: YPair;
  node: YMap | undefined;
  ambition: string | undefined;
  actions: string[];
  after: { value: string; node: YScalar; index: number }[];
  withinPilot: boolean;
  /** `routes.<r>.owner` (partner id): who is responsible for this route. */
  owner: string | undefined;
}

export interface IngredientFact {
  key: IngredientKey;
  pair: YPair;
  node: YMap | undefined;
  /** `unknown` when absent or not one of the four (SPEC §3). */
  status: string;
  /** Whether `status` is written as one of the four (else it only counts as `unknown`). */
  statusWritten: boolean;
  risk: string | undefined;
  actions: string[];
}

export interface FunderFact {
  index: number;
  node: YMap;
  partner: string | undefined;
  kind: string | undefined;
  scheme: string | undefined;
  until: string | undefined;
  /** `committed` when absent (SPEC §6.2): `committed | expected | exploring`, or what was written. */
  status: string;
}

export interface DriverFact {
  index: number;
  node: YNode;
  name: string | undefined;
  partner: string | undefined;
  /**
   * Embedded for SP501/SP404: `embedded: true` and no `until` before
   * `pilot.period.end` (SPEC §6.2: a role that ends before the pilot does
   * counts as not embedded).
   */
  embedded: boolean;
  /** `embedded: true` as written, whatever `until` says. */
  declaredEmbedded: boolean;
  until: string | undefined;
}

/** An entry of `evidence` (bewijsmateriaal, SPEC §6.2). */
export interface EvidenceFact {
  index: number;
  node: YNode;
  claim: string | undefined;
  kind: string | undefined;
}

/** An entry of `learning-agenda` (the dynamic learning agenda). */
export interface LearningQuestionFact {
  index: number;
  node: YNode;
  question: string | undefined;
  /** As written; undefined when absent (questions without a level share one level of their own, SP603). */
  level: string | undefined;
  owner: string | undefined;
  /** `open` when absent (SPEC §6.2). */
  status: string;
  actions: string[];
  reviewed: string | undefined;
}

/** An entry of `pitfalls.pilot-conditions` (pitfall 3); entries that are not mappings are not facts. */
export interface PilotConditionFact {
  index: number;
  node: YMap;
  kind: string | undefined;
  /** Whether `at-scale` holds a non-empty answer. */
  atScale: boolean;
  actions: string[];
}

/** A place where a partner id or an action id is used. */
export interface ReferenceFact {
  kind: 'partner' | 'action';
  id: string;
  node: YScalar;
  path: (string | number)[];
}

export interface PlanFacts {
  partners: PartnerFact[];
  actions: ActionFact[];
  routes: Map<RouteKey, RouteFact>;
  ingredients: Map<IngredientKey, IngredientFact>;
  funders: FunderFact[];
  drivers: DriverFact[];
  pilotConditions: PilotConditionFact[];
  strategies: { value: string; node: YScalar }[];
  references: ReferenceFact[];
  pilotEnd: string | undefined;
  /** `pilot.stage` as written (valid or not; SP002 reports an invalid one). */
  stage: string | undefined;
  evidence: EvidenceFact[];
  learningQuestions: LearningQuestionFact[];
  /** `assessment.<part>` as written: the team's own status per part. */
  assessment: Map<string, { value: string | undefined; pair: YPair }>;
  /** Non-empty entries of `transferable` (the transferable way of working). */
  transferable: string[];
  /** Non-empty entries of `pitfalls.coherence.components` (pitfall 2). */
  coherenceComponents: string[];
}

const asMap = (n: YNode | undefined): YMap | undefined => (n?.kind === 'map' ? n : undefined);
const items = (n: YNode | undefined): YNode[] => (n?.kind === 'seq' ? n.items : []);
const get = (m: YMap | undefined, key: string): YNode | undefined => m?.byKey.get(key)?.value;
const strings = (n: YNode | undefined): string[] =>
  items(n).flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [i.value] : []));
/** List entries that say something (blank or null entries are nothing written); one text instead of a list is one entry. */
const texts = (n: YNode | undefined): string[] =>
  (n?.kind === 'scalar' ? [n] : items(n)).flatMap((i) => (i.kind === 'scalar' && i.value !== null && String(i.value).trim() !== '' ? [String(i.value)] : []));
/** Dates may be written as YAML dates or strings; both arrive here as `YYYY-MM-DD` text. */
const dateText = (n: YNode | undefined): string | undefined => str(n);

export function collectFacts(doc: PlanDoc): PlanFacts {
  const root = doc.root;
  const facts: PlanFacts = {
    partners: [], actions: [], routes: new Map(), ingredients: new Map(), funders: [], drivers: [], pilotConditions: [],
    strategies: [], references: [], pilotEnd: undefined, stage: undefined, evidence: [], learningQuestions: [],
    assessment: new Map(), transferable: [], coherenceComponents: [],
  };
  if (!root) return facts;

  items(get(root, 'partners')).forEach((n, index) => {
    const m = asMap(n);
    if (!m) return;
    facts.partners.push({
      index, node: m, id: str(get(m, 'id')), name: str(get(m, 'name')), type: str(get(m, 'type')),
      roles: strings(get(m, 'roles')), neededFor: strings(get(m, 'needed-for')),
      involvement: str(get(m, 'involvement')) ?? 'not-yet', friction: str(get(m, 'friction')),
      hasActions: strings(get(m, 'actions')).length > 0,
    });
  });

  items(get(root, 'actions')).forEach((n, index) => {
    const m = asMap(n);
    if (!m) return;
    facts.actions.push({
      index, node: m, id: str(get(m, 'id')), title: str(get(m, 'title')), owner: str(get(m, 'owner')),
      due: dateText(get(m, 'due')), status: str(get(m, 'status')),
    });
  });

  const routes = asMap(get(root, 'routes'));
  for (const key of ROUTES) {
    const pair = routes?.byKey.get(key);
    if (!pair) continue;
    const m = asMap(pair.value);
    const after: RouteFact['after'] = [];
    items(get(m, 'after')).forEach((a, index) => {
      if (a.kind === 'scalar' && typeof a.value === 'string') after.push({ value: a.value, node: a, index });
    });
    facts.routes.set(key, {
      key, pair, node: m, ambition: str(get(m, 'ambition')), actions: strings(get(m, 'actions')), after, owner: str(get(m, 'owner')),
      withinPilot: get(m, 'within-pilot')?.kind === 'scalar' && (get(m, 'within-pilot') as YScalar).value === true,
    });
  }

  const ingredients = asMap(get(root, 'ingredients'));
  for (const key of INGREDIENTS) {
    const pair = ingredients?.byKey.get(key);
    if (!pair) continue;
    const m = asMap(pair.value);
    const status = str(get(m, 'status'));
    facts.ingredients.set(key, {
      key, pair, node: m,
      status: status && ['sufficient', 'partial', 'insufficient', 'unknown'].includes(status) ? status : 'unknown',
      statusWritten: status !== undefined && ['sufficient', 'partial', 'insufficient', 'unknown'].includes(status),
      risk: str(get(m, 'risk')), actions: strings(get(m, 'actions')),
    });
  }

  items(get(asMap(get(ingredients, 'financing')), 'funders')).forEach((n, index) => {
    const m = asMap(n);
    if (!m) return;
    facts.funders.push({
      index, node: m, partner: str(get(m, 'partner')), kind: str(get(m, 'kind')), scheme: str(get(m, 'scheme')),
      until: dateText(get(m, 'until')), status: str(get(m, 'status')) ?? 'committed',
    });
  });

  const pilot = asMap(get(root, 'pilot'));
  facts.pilotEnd = dateText(get(asMap(get(pilot, 'period')), 'end'));
  facts.stage = str(get(pilot, 'stage'));
  items(get(pilot, 'drivers')).forEach((n, index) => {
    const m = asMap(n);
    const embedded = get(m, 'embedded');
    const declaredEmbedded = embedded?.kind === 'scalar' && embedded.value === true;
    const until = dateText(get(m, 'until'));
    // ISO dates compare as text; a role ending before the pilot does is itself temporary.
    const endsEarly = until !== undefined && facts.pilotEnd !== undefined && until < facts.pilotEnd;
    facts.drivers.push({
      index, node: n, name: str(get(m, 'name')), partner: str(get(m, 'partner')),
      embedded: declaredEmbedded && !endsEarly, declaredEmbedded, until,
    });
  });

  items(get(root, 'evidence')).forEach((n, index) => {
    const m = asMap(n);
    facts.evidence.push({ index, node: n, claim: str(get(m, 'claim')), kind: str(get(m, 'kind')) });
  });
  items(get(root, 'learning-agenda')).forEach((n, index) => {
    const m = asMap(n);
    facts.learningQuestions.push({
      index, node: n, question: str(get(m, 'question')), level: str(get(m, 'level')), owner: str(get(m, 'owner')),
      status: str(get(m, 'status')) ?? 'open', actions: strings(get(m, 'actions')), reviewed: dateText(get(m, 'reviewed')),
    });
  });
  for (const pair of asMap(get(root, 'assessment'))?.pairs ?? []) {
    facts.assessment.set(pair.key, { value: str(pair.value), pair });
  }

  items(get(asMap(get(root, 'pitfalls')), 'pilot-conditions')).forEach((n, index) => {
    const m = asMap(n);
    if (!m) return;
    facts.pilotConditions.push({
      index, node: m, kind: str(get(m, 'kind')), atScale: present(get(m, 'at-scale')), actions: strings(get(m, 'actions')),
    });
  });

  const strategy = get(root, 'strategy');
  for (const s of strategy?.kind === 'seq' ? strategy.items : strategy ? [strategy] : []) {
    if (s.kind === 'scalar' && typeof s.value === 'string') facts.strategies.push({ value: s.value, node: s });
  }

  facts.transferable = texts(get(root, 'transferable'));
  facts.coherenceComponents = texts(get(asMap(get(asMap(get(root, 'pitfalls')), 'coherence')), 'components'));

  collectReferences(root, [], facts.references);
  return facts;
}

/**
 * Partner ids are used under `owner` and `partner`; action ids in every
 * `actions` list except the top-level action list itself. Walking the whole
 * tree (rather than listing places) keeps new canvas fields covered.
 */
function collectReferences(node: YNode, path: (string | number)[], out: ReferenceFact[]): void {
  if (node.kind === 'seq') {
    node.items.forEach((item, i) => collectReferences(item, [...path, i], out));
    return;
  }
  if (node.kind !== 'map') return;
  for (const pair of node.pairs) {
    const p = [...path, pair.key];
    const v = pair.value;
    if ((pair.key === 'owner' || pair.key === 'partner') && v.kind === 'scalar' && typeof v.value === 'string' && path.length > 0) {
      out.push({ kind: 'partner', id: v.value, node: v, path: p });
    } else if (pair.key === 'actions' && path.length > 0 && v.kind === 'seq') {
      v.items.forEach((item, i) => {
        if (item.kind === 'scalar' && typeof item.value === 'string') out.push({ kind: 'action', id: item.value, node: item, path: [...p, i] });
      });
    } else {
      collectReferences(v, p, out);
    }
  }
}

export type { PlanPath };
