/**
 * The canvas's own words, Dutch and English. Canvas concepts (routes,
 * ingredients, pitfalls, links of the theory of change, statuses) come from
 * model/canvas.ts so every face names them alike; the rest is here.
 */
import { term } from '../model/canvas.js';
import type { Lang, Localized } from '../model/types.js';

const L: Record<string, Localized> = {
  canvas: { nl: 'Opschalingscanvas', en: 'Scaling canvas' },
  untitled: { nl: 'Opschalingsplan zonder naam', en: 'Untitled scaling plan' },
  notAPlan: { nl: 'Dit bestand is (nog) geen leesbaar plan; de meldingen hieronder zeggen waarom.', en: 'This file is not (yet) a readable plan; the findings below say why.' },
  overview: { nl: 'Overzicht', en: 'Overview' },
  part: { nl: 'Onderdeel', en: 'Part' },
  'part.impact': { nl: 'Beoogde impact', en: 'Intended impact' },
  'part.routes': { nl: 'Opschalingsroutes', en: 'Scaling routes' },
  'part.ingredients': { nl: 'Benodigde ingrediënten', en: 'Ingredients' },
  'part.pitfalls': { nl: 'Valkuilen', en: 'Pitfalls' },
  missing: { nl: 'ontbreekt', en: 'missing' },
  partMissing: { nl: 'Dit onderdeel ontbreekt in het plan.', en: 'This part is missing from the plan.' },
  findings: { nl: 'meldingen', en: 'findings' },
  wholePlan: { nl: 'Meldingen over het hele plan', en: 'Findings about the plan as a whole' },
  noFindings: { nl: 'Geen meldingen.', en: 'No findings.' },
  // pilot
  summary: { nl: 'Samenvatting', en: 'Summary' },
  owner: { nl: 'Eigenaar', en: 'Owner' },
  stage: { nl: 'Fase', en: 'Stage' },
  period: { nl: 'Periode', en: 'Period' },
  domains: { nl: 'Domeinen', en: 'Domains' },
  drivers: { nl: 'Aanjagers', en: 'Drivers' },
  embedded: { nl: 'ingebed (formele rol, budget of beleid)', en: 'embedded (formal role, budget or policy)' },
  notEmbedded: { nl: 'niet ingebed (‘erbij’)', en: 'not embedded (“on the side”)' },
  noDrivers: { nl: 'Geen aanjager genoemd.', en: 'No driver named.' },
  // part 1
  issue: { nl: 'Maatschappelijk vraagstuk', en: 'Societal issue' },
  aim: { nl: 'Beoogd', en: 'Aim' },
  statement: { nl: 'Impactstatement', en: 'Impact statement' },
  toc: { nl: 'Verandertheorie', en: 'Theory of change' },
  indicator: { nl: 'Indicator', en: 'Indicator' },
  baseline: { nl: 'nulmeting', en: 'baseline' },
  target: { nl: 'doel', en: 'target' },
  source: { nl: 'bron', en: 'source' },
  empty: { nl: 'leeg', en: 'empty' },
  // part 2
  pursued: { nl: 'gekozen', en: 'pursued' },
  notPursued: { nl: 'niet gekozen', en: 'not pursued' },
  withinPilot: { nl: 'al binnen de pilot', en: 'already within the pilot' },
  after: { nl: 'na', en: 'after' },
  ambition: { nl: 'Ambitie', en: 'Ambition' },
  actions: { nl: 'Acties', en: 'Actions' },
  unknownAction: { nl: 'onbekende actie', en: 'unknown action' },
  // part 3
  risk: { nl: 'risico', en: 'risk' },
  notes: { nl: 'Toelichting', en: 'Notes' },
  funders: { nl: 'Financiers', en: 'Funders' },
  until: { nl: 'tot', en: 'until' },
  // part 4
  examined: { nl: 'onderzocht', en: 'examined' },
  open: { nl: 'open', en: 'open' },
  components: { nl: 'Onderdelen', en: 'Components' },
  sideEffects: { nl: 'Onbedoelde effecten', en: 'Side effects' },
  conditions: { nl: 'Pilotomstandigheden', en: 'Pilot conditions' },
  atScale: { nl: 'Bij opschaling', en: 'At scale' },
  noAnswer: { nl: 'nog geen antwoord', en: 'no answer yet' },
  unanswered: { nl: 'niet beantwoord', en: 'not answered' },
  // partners
  partners: { nl: 'Partners en routes', en: 'Partners and routes' },
  partner: { nl: 'Partner', en: 'Partner' },
  pilot: { nl: 'pilot', en: 'pilot' },
  involvement: { nl: 'Betrokkenheid', en: 'Involvement' },
  friction: { nl: 'Verwachte wrijving', en: 'Expected friction' },
  noPartners: { nl: 'Nog geen partners.', en: 'No partners yet.' },
  needed: { nl: 'nodig', en: 'needed' },
  // strategy, floor
  strategy: { nl: 'Opschalingsstrategie', en: 'Scaling strategy' },
  transferable: { nl: 'Overdraagbare werkwijze', en: 'Transferable way of working' },
  noStrategy: { nl: 'Nog geen strategie gekozen.', en: 'No strategy chosen yet.' },
  floor: { nl: 'Ondergrens (monitor)', en: 'Floor monitor' },
  scale: { nl: 'Bij opschaling', en: 'At scale' },
  resources: { nl: 'middelen per casus', en: 'resources per case' },
  scaleAmbition: { nl: 'ambitie', en: 'ambition' },
  coreElements: { nl: 'Kernelementen', en: 'Core elements' },
  indicators: { nl: 'Indicatoren', en: 'Indicators' },
  noFloor: { nl: 'Geen ondergrens vastgelegd.', en: 'No floor set.' },
  // actions, learning
  actionList: { nl: 'Actielijst', en: 'Action list' },
  title: { nl: 'Actie', en: 'Action' },
  due: { nl: 'Uiterlijk', en: 'Due' },
  status: { nl: 'Status', en: 'Status' },
  noActions: { nl: 'Nog geen acties.', en: 'No actions yet.' },
  learning: { nl: 'Leeragenda', en: 'Learning agenda' },
  noLearning: { nl: 'Nog geen leervragen.', en: 'No learning questions yet.' },
  // readiness
  readiness: { nl: 'Gereedheid', en: 'Readiness' },
  'r.impact': { nl: 'schakels van de verandertheorie', en: 'links of the theory of change' },
  'r.routes': { nl: 'routes gekozen', en: 'routes pursued' },
  'r.ingredients': { nl: 'ingrediënten ingevuld', en: 'ingredients present' },
  'r.pitfalls': { nl: 'valkuilen onderzocht', en: 'pitfalls examined' },
  'r.partners': { nl: 'partners', en: 'partners' },
  'r.involved': { nl: 'betrokken', en: 'involved' },
  'r.neededNotInvolved': { nl: 'nodig maar nog niet betrokken', en: 'needed, not yet involved' },
  'r.actions': { nl: 'acties', en: 'actions' },
  'r.diagnostics': { nl: 'meldingen', en: 'findings' },
  of: { nl: 'van', en: 'of' },
};

/** Values of the closed lists in SPEC §2, by `list.value`. */
const VALUES: Record<string, Localized> = {
  'aim.prevent': { nl: 'voorkomen', en: 'prevent' },
  'aim.mitigate': { nl: 'verzachten', en: 'mitigate' },
  'aim.reduce': { nl: 'verminderen', en: 'reduce' },
  'stage.design': { nl: 'ontwerp', en: 'design' },
  'stage.running': { nl: 'loopt', en: 'running' },
  'stage.evaluating': { nl: 'evaluatie', en: 'evaluating' },
  'stage.scaling': { nl: 'opschaling', en: 'scaling' },
  'domain.social': { nl: 'sociaal', en: 'social' },
  'domain.care': { nl: 'zorg', en: 'care' },
  'domain.safety': { nl: 'veiligheid', en: 'safety' },
  'domain.health': { nl: 'gezondheid', en: 'health' },
  'domain.education': { nl: 'onderwijs', en: 'education' },
  'domain.work': { nl: 'werk', en: 'work' },
  'domain.housing': { nl: 'wonen', en: 'housing' },
  'domain.justice': { nl: 'justitie', en: 'justice' },
  'domain.other': { nl: 'overig', en: 'other' },
  'risk.low': { nl: 'laag', en: 'low' },
  'risk.medium': { nl: 'gemiddeld', en: 'medium' },
  'risk.high': { nl: 'hoog', en: 'high' },
  'kind.temporary': { nl: 'tijdelijk', en: 'temporary' },
  'kind.structural': { nl: 'structureel', en: 'structural' },
  'condition.extra-funding': { nl: 'extra geld', en: 'extra funding' },
  'condition.frontrunners': { nl: 'gemotiveerde voorlopers', en: 'motivated frontrunners' },
  'condition.rule-exemption': { nl: 'uitzondering op regels', en: 'rule exemption' },
  'condition.enthusiasm': { nl: 'extra enthousiasme', en: 'extra enthusiasm' },
  'condition.other': { nl: 'overig', en: 'other' },
  'involvement.involved': { nl: 'betrokken', en: 'involved' },
  'involvement.planned': { nl: 'gepland', en: 'planned' },
  'involvement.not-yet': { nl: 'nog niet', en: 'not yet' },
  'involvement.none': { nl: 'niet', en: 'none' },
  'friction.confusion': { nl: 'verwarring', en: 'confusion' },
  'friction.resistance': { nl: 'weerstand', en: 'resistance' },
  'friction.chaos': { nl: 'chaos', en: 'chaos' },
  'friction.frustration': { nl: 'frustratie', en: 'frustration' },
  'friction.fear': { nl: 'angst', en: 'fear' },
  'scale.lower': { nl: 'lager', en: 'lower' },
  'scale.same': { nl: 'gelijk', en: 'same' },
  'scale.higher': { nl: 'hoger', en: 'higher' },
  'action.open': { nl: 'open', en: 'open' },
  'action.doing': { nl: 'bezig', en: 'doing' },
  'action.done': { nl: 'klaar', en: 'done' },
  'level.operational': { nl: 'operationeel', en: 'operational' },
  'level.tactical': { nl: 'tactisch', en: 'tactical' },
  'level.strategic': { nl: 'strategisch', en: 'strategic' },
  'level.network': { nl: 'netwerk', en: 'network' },
  'severity.error': { nl: 'fout', en: 'error' },
  'severity.warning': { nl: 'waarschuwing', en: 'warning' },
  'severity.info': { nl: 'info', en: 'info' },
  'severity.hint': { nl: 'tip', en: 'hint' },
};

/** A label of the canvas page; unknown keys show as themselves (a bug, not a crash). */
export function label(lang: Lang, key: string): string {
  return L[key]?.[lang] ?? key;
}

/** A value of a closed list in the reader's language; a value outside the list (SP002 reports it) shows as written. */
export function value(lang: Lang, list: string, v: string): string {
  return VALUES[`${list}.${v}`]?.[lang] ?? v;
}

/** A canvas term (route, ingredient, pitfall, link, strategy, status) from model/canvas.ts. */
export function canvasTerm(lang: Lang, key: string): string {
  return term(key)[lang];
}
