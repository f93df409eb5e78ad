/**
 * The canvas editor's own words (issue 16): the accessible names of its
 * controls and the words on its buttons, Dutch ("je") and English. The
 * canvas concepts themselves (routes, ingredients, statuses …) come from
 * model/canvas.ts and the preview's labels, so the editor names them as the
 * preview does; option labels say the value in the reader's language with
 * the plan's key beside it ("gedeeltelijk (partial)").
 */
import type { Lang, Localized } from '../../model/types.js';
import { canvasTerm, value } from '../labels.js';

const L: Record<string, Localized> = {
  none: { nl: '— niet ingevuld', en: '— not set' },
  notInList: { nl: 'niet in de lijst', en: 'not in the list' },
  remove: { nl: 'Verwijder', en: 'Remove' },
  add: { nl: 'Voeg toe', en: 'Add' },
  link: { nl: 'Koppel', en: 'Link' },
  unlink: { nl: 'Ontkoppel actie {0}', en: 'Unlink action {0}' },
  linkAction: { nl: 'Koppel een actie aan {0}', en: 'Link an action to {0}' },
  noOwner: { nl: '— geen eigenaar', en: '— no owner' },
  noPartner: { nl: '— geen partner', en: '— no partner' },
  fixes: { nl: 'Snelle oplossingen', en: 'Quick fixes' },
  openText: { nl: 'Open de teksteditor', en: 'Open the text editor' },
  readOnly: { nl: 'Het plan is nu niet te lezen: los eerst de fout in de tekst op, dan kun je het canvas weer bewerken.', en: 'The plan cannot be read right now: fix the error in the text first, then you can edit the canvas again.' },
  // accessible names: "{0}" is the thing the control belongs to
  name: { nl: 'Naam van {0}', en: 'Name of {0}' },
  pilotName: { nl: 'Naam van de pilot', en: 'Name of the pilot' },
  summary: { nl: 'Samenvatting van de pilot', en: 'Summary of the pilot' },
  pilotOwner: { nl: 'Eigenaar van de pilot', en: 'Owner of the pilot' },
  stage: { nl: 'Fase van de pilot', en: 'Stage of the pilot' },
  status: { nl: 'Status van {0}', en: 'Status of {0}' },
  risk: { nl: 'Risico voor opschaling van {0}', en: 'Risk for scaling of {0}' },
  notes: { nl: 'Toelichting bij {0}', en: 'Notes on {0}' },
  issue: { nl: 'Maatschappelijk vraagstuk', en: 'Societal issue' },
  aim: { nl: 'Wat de aanpak met het probleem doet', en: 'What the approach does to the problem' },
  statement: { nl: 'Impactstatement', en: 'Impact statement' },
  tocItem: { nl: '{0}, onderdeel {1}', en: '{0}, item {1}' },
  newTocItem: { nl: 'Nieuw onderdeel voor {0}', en: 'New item for {0}' },
  pursued: { nl: 'Route {0} gekozen', en: 'Route {0} pursued' },
  withinPilot: { nl: 'Route {0} al binnen de pilot', en: 'Route {0} already within the pilot' },
  ambition: { nl: 'Ambitie van route {0}', en: 'Ambition of route {0}' },
  routeOwner: { nl: 'Eigenaar van route {0}', en: 'Owner of route {0}' },
  strategy: { nl: 'Opschalingsstrategie', en: 'Scaling strategy' },
  strategyN: { nl: 'Opschalingsstrategie {0}', en: 'Scaling strategy {0}' },
  assessment: { nl: 'Oordeel team over {0}', en: 'Team assessment of {0}' },
  scope: { nl: 'Valkuil 1, {0}', en: 'Pitfall 1, {0}' },
  sideEffects: { nl: 'Onbedoelde effecten (valkuil 2)', en: 'Side effects (pitfall 2)' },
  scalingPartnerNotes: { nl: 'Toelichting bij schalingspartners (valkuil 4)', en: 'Notes on scaling partners (pitfall 4)' },
  condition: { nl: 'pilotomstandigheid {0}', en: 'pilot condition {0}' },
  conditionKind: { nl: 'Soort van pilotomstandigheid {0}', en: 'Kind of pilot condition {0}' },
  description: { nl: 'Omschrijving van pilotomstandigheid {0}', en: 'Description of pilot condition {0}' },
  atScale: { nl: 'Bij opschaling, pilotomstandigheid {0}', en: 'At scale, pilot condition {0}' },
  newCondition: { nl: 'Nieuwe pilotomstandigheid', en: 'New pilot condition' },
  partner: { nl: 'partner {0}', en: 'partner {0}' },
  involvement: { nl: 'Betrokkenheid van {0}', en: 'Involvement of {0}' },
  friction: { nl: 'Verwachte wrijving bij {0}', en: 'Expected friction with {0}' },
  neededFor: { nl: '{0} nodig voor {1}', en: '{0} needed for {1}' },
  newPartner: { nl: 'Nieuwe partner', en: 'New partner' },
  partnerName: { nl: 'Naam van de nieuwe partner', en: 'Name of the new partner' },
  partnerType: { nl: 'Soort organisatie', en: 'Kind of organisation' },
  action: { nl: 'actie {0}', en: 'action {0}' },
  actionTitle: { nl: 'Omschrijving van actie {0}', en: 'Title of action {0}' },
  actionOwner: { nl: 'Eigenaar van actie {0}', en: 'Owner of action {0}' },
  actionDue: { nl: 'Uiterlijk klaar, actie {0}', en: 'Due date of action {0}' },
  actionStatus: { nl: 'Status van actie {0}', en: 'Status of action {0}' },
  newAction: { nl: 'Nieuwe actie', en: 'New action' },
  newActionTitle: { nl: 'Wat moet er gebeuren?', en: 'What needs to happen?' },
  newActionOwner: { nl: 'Wie is eigenaar?', en: 'Who owns it?' },
  newActionDue: { nl: 'Uiterlijk klaar op', en: 'Due by' },
  funder: { nl: 'financier {0}', en: 'funder {0}' },
  funderPartner: { nl: 'Partner van financier {0}', en: 'Partner of funder {0}' },
  funderKind: { nl: 'Soort financiering, financier {0}', en: 'Kind of funding, funder {0}' },
  funderStatus: { nl: 'Toezegging van financier {0}', en: 'Commitment of funder {0}' },
  scheme: { nl: 'Regeling van financier {0}', en: 'Scheme of funder {0}' },
  newFunder: { nl: 'Nieuwe financier', en: 'New funder' },
  question: { nl: 'leervraag {0}', en: 'learning question {0}' },
  questionText: { nl: 'Leervraag {0}', en: 'Learning question {0}' },
  questionLevel: { nl: 'Niveau van leervraag {0}', en: 'Level of learning question {0}' },
  questionStatus: { nl: 'Status van leervraag {0}', en: 'Status of learning question {0}' },
  newQuestion: { nl: 'Nieuwe leervraag (Hoe kan ik …, terwijl …?)', en: 'New learning question (How can I …, while …?)' },
  evidence: { nl: 'bewijs {0}', en: 'evidence {0}' },
  claim: { nl: 'Bewering van bewijs {0}', en: 'Claim of evidence {0}' },
  evidenceKind: { nl: 'Soort bewijs {0}', en: 'Kind of evidence {0}' },
  newEvidence: { nl: 'Nieuw bewijs: wat laat het zien?', en: 'New evidence: what does it show?' },
  newEvidenceKind: { nl: 'Soort bewijs', en: 'Kind of evidence' },
  driver: { nl: 'aanjager {0}', en: 'driver {0}' },
  driverName: { nl: 'Naam van aanjager {0}', en: 'Name of driver {0}' },
  driverEmbedded: { nl: 'Aanjager {0} is ingebed (formele rol, budget of beleid)', en: 'Driver {0} is embedded (formal role, budget or policy)' },
  newDriver: { nl: 'Nieuwe aanjager', en: 'New driver' },
  newDriverPartner: { nl: 'Partner van de nieuwe aanjager', en: 'Partner of the new driver' },
  kind: { nl: 'Soort', en: 'Kind' },
  descr: { nl: 'Omschrijving', en: 'Description' },
};

/** A label of the editor, `{0}`, `{1}` filled in; an unknown key shows as itself (a bug, not a crash). */
export function editLabel(lang: Lang, key: string, ...args: (string | number)[]): string {
  const s = L[key]?.[lang] ?? key;
  return s.replace(/\{(\d)\}/g, (m, n: string) => (args[Number(n)] === undefined ? m : String(args[Number(n)])));
}

/**
 * How the values of each closed list are named: a canvas term (model/canvas.ts)
 * or a preview value label (preview/labels.ts), by list.
 */
const NAMES: Record<string, (lang: Lang, v: string) => string> = {
  status: (lang, v) => canvasTerm(lang, `status.${v}`),
  risk: (lang, v) => value(lang, 'risk', v),
  involvement: (lang, v) => canvasTerm(lang, `involvement.${v}`),
  friction: (lang, v) => canvasTerm(lang, `friction.${v}`),
  stage: (lang, v) => value(lang, 'stage', v),
  aim: (lang, v) => value(lang, 'aim', v),
  strategy: (lang, v) => canvasTerm(lang, `strategy.${v}`),
  action: (lang, v) => value(lang, 'action', v),
  condition: (lang, v) => canvasTerm(lang, `condition.${v}`),
  kind: (lang, v) => value(lang, 'kind', v),
  funderStatus: (lang, v) => value(lang, 'funderStatus', v),
  level: (lang, v) => canvasTerm(lang, `level.${v}`),
  question: (lang, v) => canvasTerm(lang, `question.${v}`),
  evidence: (lang, v) => canvasTerm(lang, `evidence.${v}`),
  type: (lang, v) => value(lang, 'type', v),
};

/** An option's text: the value in the reader's language, with the plan's key beside it when they differ. */
export function optionLabel(lang: Lang, list: string, v: string): string {
  const name = NAMES[list]?.(lang, v) ?? v;
  return name === v ? v : `${name} (${v})`;
}
