/**
 * Field names and values of a diff in the reader's language, keys and
 * values alike: Dutch output says betrokkenheid ‘nog niet betrokken’ →
 * ‘gepland’, never `involvement not-yet → planned`. Canvas terms come from
 * model/canvas.ts and the preview's labels (one vocabulary); what neither
 * has — the field names and the 1.1 enums — lives here, under `field.*`
 * and `value.*`. A field or value we do not know is shown as written.
 */
import { term, TERMS } from '../model/canvas.js';
import type { Lang, Localized } from '../model/types.js';
import { value as previewValue } from '../preview/labels.js';
import { flat, say } from './format.js';

const FIELDS: Record<string, Localized> = {
  'field.involvement': { nl: 'betrokkenheid', en: 'involvement' },
  'field.type': { nl: 'soort organisatie', en: 'type' },
  'field.roles': { nl: 'rollen', en: 'roles' },
  'field.needed-for': { nl: 'nodig voor', en: 'needed for' },
  'field.friction': { nl: 'verwachte wrijving', en: 'expected friction' },
  'field.actions': { nl: 'acties', en: 'actions' },
  'field.name': { nl: 'naam', en: 'name' },
  'field.ambition': { nl: 'ambitie', en: 'ambition' },
  'field.after': { nl: 'volgt op', en: 'after' },
  'field.owner': { nl: 'eigenaar', en: 'owner' },
  'field.within-pilot': { nl: 'al binnen de pilot', en: 'within the pilot' },
  'field.kind': { nl: 'soort', en: 'kind' },
  'field.scheme': { nl: 'regeling', en: 'scheme' },
  'field.until': { nl: 'tot', en: 'until' },
  'field.status': { nl: 'status', en: 'status' },
  'field.embedded': { nl: 'ingebed', en: 'embedded' },
  'field.partner': { nl: 'partner', en: 'partner' },
  'field.title': { nl: 'titel', en: 'title' },
  'field.due': { nl: 'uiterlijk', en: 'due' },
  'field.description': { nl: 'omschrijving', en: 'description' },
  'field.at-scale': { nl: 'bij opschaling', en: 'at scale' },
  'field.notes': { nl: 'toelichting', en: 'notes' },
  'field.risk': { nl: 'risico', en: 'risk' },
  'field.level': { nl: 'niveau', en: 'level' },
  'field.reviewed': { nl: 'laatst besproken', en: 'reviewed' },
  'field.source': { nl: 'bron', en: 'source' },
  'field.date': { nl: 'datum', en: 'date' },
  'field.indicator': { nl: 'indicator', en: 'indicator' },
  'field.value': { nl: 'waarde', en: 'value' },
  'field.summary': { nl: 'samenvatting', en: 'summary' },
  'field.domains': { nl: 'domeinen', en: 'domains' },
  'field.period': { nl: 'periode', en: 'period' },
  'field.stage': { nl: 'fase', en: 'stage' },
  'field.impact': { nl: 'beoogde impact', en: 'intended impact' },
  'field.routes': { nl: 'opschalingsroutes', en: 'scaling routes' },
  'field.ingredients': { nl: 'ingrediënten', en: 'ingredients' },
  'field.pitfalls': { nl: 'valkuilen', en: 'pitfalls' },
  'field.impact.issue': { nl: 'maatschappelijk vraagstuk', en: 'societal issue' },
  'field.impact.aim': { nl: 'doel (voorkomen, verzachten, verminderen)', en: 'aim' },
  'field.impact.statement': { nl: 'impactstatement', en: 'impact statement' },
  'field.impact.theory-of-change': { nl: 'verandertheorie', en: 'theory of change' },
  'field.strategy': { nl: 'opschalingsstrategie', en: 'scaling strategy' },
  'field.transferable': { nl: 'overdraagbare werkwijze', en: 'transferable way of working' },
  'field.scale.resources': { nl: 'middelen per casus bij opschaling', en: 'resources per case at scale' },
  'field.scale.ambition': { nl: 'ambitie bij opschaling', en: 'ambition at scale' },
  'field.pitfalls.limited-scope': { nl: 'valkuil 1: beperkte scope van de pilot', en: 'pitfall 1: limited scope of the pilot' },
  'field.pitfalls.coherence': { nl: 'valkuil 2: samenhang van onderdelen', en: 'pitfall 2: coherence of components' },
  'field.pitfalls.scaling-partners': { nl: 'valkuil 4: schalingspartners', en: 'pitfall 4: scaling partners' },
  'value.funder-status.committed': { nl: 'toegezegd', en: 'committed' },
  'value.funder-status.expected': { nl: 'verwacht', en: 'expected' },
  'value.funder-status.exploring': { nl: 'wordt verkend', en: 'exploring' },
  'value.question-status.open': { nl: 'open', en: 'open' },
  'value.question-status.answered': { nl: 'beantwoord', en: 'answered' },
  'value.question-status.dropped': { nl: 'vervallen', en: 'dropped' },
  'value.evidence-kind.monitoring': { nl: 'monitoring', en: 'monitoring' },
  'value.evidence-kind.evaluation': { nl: 'evaluatie', en: 'evaluation' },
  'value.evidence-kind.study': { nl: 'onderzoek', en: 'study' },
  'value.evidence-kind.experience': { nl: 'ervaring', en: 'experience' },
  'value.needed-for.pilot': { nl: 'de pilot', en: 'the pilot' },
};

/** What list a diff entry belongs to decides which vocabulary its values use. */
export type Context = 'partner' | 'route' | 'action' | 'condition' | 'funder' | 'driver' | 'floor' | 'evidence' | 'question' | 'assessment' | 'ingredient' | 'pilot' | 'part';

export function fieldName(field: string, lang: Lang): string {
  return FIELDS[`field.${field}`]?.[lang] ?? flat(field, 60);
}

/** The vocabulary of a field's values in a context: a key prefix of TERMS, labels or ours. */
function vocabulary(ctx: Context, field: string): string | undefined {
  if (field === 'status') {
    return ({ funder: 'value.funder-status', question: 'value.question-status', action: 'action', assessment: 'status', ingredient: 'status' } as Partial<Record<Context, string>>)[ctx];
  }
  if (ctx === 'assessment') return 'status';
  if (field === 'kind') return ({ funder: 'kind', evidence: 'value.evidence-kind', condition: 'condition' } as Partial<Record<Context, string>>)[ctx];
  const byField: Record<string, string> = {
    involvement: 'involvement', friction: 'friction', type: 'type', roles: 'role', 'needed-for': 'needed-for', after: 'route', level: 'level',
    risk: 'risk', stage: 'stage', domains: 'domain', 'impact.aim': 'aim', strategy: 'strategy', 'scale.resources': 'scale', 'scale.ambition': 'scale',
  };
  return byField[field];
}

function one(v: unknown, vocab: string | undefined, lang: Lang): string {
  if (typeof v === 'boolean') return say(lang, v ? 'ja' : 'nee', v ? 'yes' : 'no');
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') return say(lang, '(samengesteld)', '(nested)');
  const s = String(v);
  if (vocab === undefined) return flat(s, 60);
  if (vocab === 'needed-for' && s !== 'pilot') return term(`route.${s}`)[lang];
  const own = FIELDS[`${vocab === 'needed-for' ? 'value.needed-for' : vocab}.${s}`];
  if (own) return own[lang];
  if (Object.hasOwn(TERMS, `${vocab}.${s}`)) return TERMS[`${vocab}.${s}`]![lang];
  return flat(previewValue(lang, vocab, s), 60);
}

/** A field's value in one short line, in the reader's words: lists joined, nested values elided, long text cut. */
export function valueWords(v: unknown, ctx: Context, field: string, lang: Lang): string {
  const vocab = vocabulary(ctx, field);
  if (Array.isArray(v)) return v.length === 0 ? say(lang, '(leeg)', '(empty)') : v.map((x) => (x !== null && typeof x === 'object' ? '…' : one(x, vocab, lang))).join(', ');
  return one(v, vocab, lang);
}
