/**
 * The wording of schema problems (SP002), for policy advisors: what is
 * wrong, what is expected, what was found. Templates take named data
 * (`{label}`, `{got}` …); phrases that differ per language are Localized.
 */
import type { Localized, PlanPath } from '../model/types.js';
import { MAX_QUOTED_SENTENCE } from '../i18n.js';

export const SCHEMA_MESSAGES = {
  unknownKey: {
    nl: 'Onbekende sleutel ‘{key}’ in {where}; hier kan: {allowed}.',
    en: 'Unknown key ‘{key}’ in {where}; allowed here: {allowed}.',
  },
  unknownKeySuggest: {
    nl: 'Onbekende sleutel ‘{key}’ in {where} — bedoel je {suggested}?',
    en: 'Unknown key ‘{key}’ in {where} — did you mean {suggested}?',
  },
  required: {
    nl: '{missing} ontbreekt in {where}.',
    en: '{missing} is missing from {where}.',
  },
  type: {
    nl: '{label} moet {expected} zijn — nu {got}',
    en: '{label} must be {expected} — got {got}',
  },
  notText: {
    nl: '{label} moet een tekst zijn — nu {got}, wat YAML als {reads} leest; zet het tussen aanhalingstekens: "{raw}"',
    en: '{label} must be a text — got {got}, which YAML reads as {reads}; put it in quotes: "{raw}"',
  },
  empty: {
    nl: '{label} is leeg; vul {expected} in.',
    en: '{label} is empty; fill in {expected}.',
  },
  enum: {
    nl: '{label} moet {allowed} zijn — nu {got}',
    en: '{label} must be {allowed} — got {got}',
  },
  enumSuggest: {
    nl: '{label} moet {allowed} zijn — nu {got}; bedoel je {suggested}?',
    en: '{label} must be {allowed} — got {got}; did you mean {suggested}?',
  },
  date: {
    nl: '{label} moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2025-06-30 — nu {got}',
    en: '{label} must be a date written as YYYY-MM-DD, such as 2025-06-30 — got {got}',
  },
  partnerId: {
    nl: '{label} moet een korte code zijn van kleine letters en cijfers, met streepjes ertussen, zoals ggz-noord — nu {got}',
    en: '{label} must be a short id of lowercase letters and digits joined by hyphens, such as ggz-noord — got {got}',
  },
  actionId: {
    nl: '{label} moet één woord zonder spaties zijn, zoals a1 — nu {got}',
    en: '{label} must be one word without spaces, such as a1 — got {got}',
  },
  tooLong: {
    nl: '{label} is te lang: hoogstens {limit} tekens (nu {actual}).',
    en: '{label} is too long: at most {limit} characters (now {actual}).',
  },
  tooMany: {
    nl: '{label} heeft te veel onderdelen: hoogstens {limit} (nu {actual}).',
    en: '{label} has too many items: at most {limit} (now {actual}).',
  },
  // No schema keyword or pattern in the text: a policy advisor cannot read `minItems {"limit":1}`.
  other: {
    nl: '{label} past niet in het planformaat; vergelijk het met het voorbeeld in de uitleg bij deze regel.',
    en: '{label} does not fit the plan format; compare it with the example in this rule\'s explanation.',
  },
} satisfies Record<string, Localized>;

export type SchemaMessageId = keyof typeof SCHEMA_MESSAGES;

const both = (nl: string, en: string): Localized => ({ nl, en });

/** `risk`, or "Item 2 of `strategy`" for a list item; "The plan" for the root. */
export function label(path: PlanPath): Localized {
  const last = path[path.length - 1];
  if (last === undefined) return both('Het plan', 'The plan');
  if (typeof last === 'string') return both(`\`${last}\``, `\`${last}\``);
  const parent = path[path.length - 2];
  if (typeof parent === 'string') return both(`Item ${last + 1} van \`${parent}\``, `Item ${last + 1} of \`${parent}\``);
  return both(`Item ${last + 1}`, `Item ${last + 1}`);
}

/** The container a key is in: "the plan", ‘financing’, "item 2 of ‘partners’" (quote: ‘ or `). */
export function where(path: PlanPath, quote: '‘' | '`'): Localized {
  const close = quote === '‘' ? '’' : '`';
  const last = path[path.length - 1];
  if (last === undefined) return both('het plan', 'the plan');
  if (typeof last === 'string') return both(`${quote}${last}${close}`, `${quote}${last}${close}`);
  const parent = path[path.length - 2];
  const of = typeof parent === 'string' ? { nl: ` van ${quote}${parent}${close}`, en: ` of ${quote}${parent}${close}` } : { nl: '', en: '' };
  return both(`item ${last + 1}${of.nl}`, `item ${last + 1}${of.en}`);
}

/** "a, b or c" / "a, b of c". */
export function orList(words: readonly string[]): Localized {
  if (words.length <= 1) return both(words[0] ?? '', words[0] ?? '');
  const head = words.slice(0, -1).join(', ');
  const tail = words[words.length - 1]!;
  return both(`${head} of ${tail}`, `${head} or ${tail}`);
}

/** What a JSON Schema `type` asks for, in plain words. */
export function expected(types: readonly string[]): Localized {
  const t = types.filter((x) => x !== 'null');
  const has = (x: string): boolean => t.includes(x);
  if (has('string') && has('object')) return both('een tekst, of een blok met `text` en `indicator`', 'a text, or a block with `text` and `indicator`');
  if (has('string') && has('number')) return both('een tekst of een getal', 'a text or a number');
  const one: Record<string, Localized> = {
    object: both('een blok met sleutels (sleutel: waarde)', 'a block of keys (key: value)'),
    array: both('een lijst', 'a list'),
    string: both('een tekst', 'a text'),
    boolean: both('true of false', 'true or false'),
    number: both('een getal', 'a number'),
    integer: both('een geheel getal', 'a whole number'),
  };
  const parts = t.map((x) => one[x] ?? both(x, x));
  return {
    nl: orList(parts.map((p) => p.nl)).nl,
    en: orList(parts.map((p) => p.en)).en,
  };
}

/** What was found: ‘enormous’, ‘5’, a list, a block of keys, nothing. `raw` is the text as written, for numbers. */
export function got(value: unknown, raw?: string): Localized {
  if (value === null || value === undefined) return both('niets', 'nothing');
  if (Array.isArray(value)) return both('een lijst', 'a list');
  if (typeof value === 'object') return both('een blok met sleutels', 'a block of keys');
  const shown = typeof value === 'string' ? value : raw ?? String(value);
  return both(`‘${clip(shown)}’`, `‘${clip(shown)}’`);
}

function clip(s: string): string {
  const line = s.split(/\r?\n/)[0] ?? '';
  return line.length > 40 || line !== s ? `${line.slice(0, 40)}…` : line;
}

/**
 * The allowed keys of a block, whole: never cut mid-word by the clip of
 * quoted user text. Past `max`, "… en 4 andere" / "… and 4 more".
 */
export function keyList(keys: readonly string[], max = 8): Localized {
  if (keys.length <= max) return both(keys.join(', '), keys.join(', '));
  const shown = keys.slice(0, max).join(', ');
  const rest = keys.length - max;
  return both(`${shown} en ${rest} andere`, `${shown} and ${rest} more`);
}

/**
 * Dutch glosses of the plan's English keys and values (the canvas glossary,
 * shared/canvas/README.md), for a Dutch sentence: ‘sufficient’ (voldoende).
 */
const GLOSS_NL: Record<string, string> = {
  ingredients: 'ingrediënten', pitfalls: 'valkuilen', routes: 'opschalingsroutes', strategy: 'strategie', actions: 'acties',
  'learning-agenda': 'leeragenda', floor: 'ondergrens', partners: 'partners', impact: 'impact', scale: 'schaal',
  collaboration: 'samenwerking', needs: 'wensen en behoeften', value: 'waarde', financing: 'financiering',
  skills: 'kennis en vaardigheden', technology: 'technologie en systemen', privacy: 'privacy en gegevensdeling',
  'limited-scope': 'beperkte scope', coherence: 'samenhang', 'pilot-conditions': 'pilotomstandigheden', 'scaling-partners': 'schalingspartners',
  components: 'onderdelen', funders: 'financiers', drivers: 'aanjagers', 'theory-of-change': 'verandertheorie',
  sufficient: 'voldoende', partial: 'gedeeltelijk', insufficient: 'onvoldoende', unknown: 'onbekend',
  low: 'laag', medium: 'gemiddeld', high: 'hoog', temporary: 'tijdelijk', structural: 'structureel',
  committed: 'toegezegd', expected: 'verwacht', exploring: 'verkend',
  growth: 'groei', franchise: 'franchise', configuration: 'configuratie', institutionalisation: 'institutionaliseren',
  prevent: 'voorkomen', mitigate: 'verzachten', reduce: 'verminderen',
  in: 'inbedden', out: 'uitbreiden in aantal en bereik', up: 'beleid, wet- en regelgeving', deep: 'fundamentele gedragsverandering', beyond: 'andere domeinen',
  lower: 'lager', same: 'gelijk', higher: 'hoger', open: 'open', doing: 'bezig', done: 'klaar', answered: 'beantwoord', dropped: 'vervallen',
  confusion: 'verwarring', resistance: 'weerstand', chaos: 'chaos', frustration: 'frustratie', fear: 'angst',
  involved: 'betrokken', planned: 'gepland', 'not-yet': 'nog niet betrokken', none: 'niet betrokken',
  'extra-funding': 'extra geld', frontrunners: 'koplopers', 'rule-exemption': 'vrijstelling van regels', enthusiasm: 'enthousiasme', other: 'anders',
  design: 'ontwerp', running: 'uitvoering', evaluating: 'evaluatie', scaling: 'opschaling',
  operational: 'operationeel', tactical: 'tactisch', strategic: 'strategisch', network: 'netwerk',
  social: 'sociaal domein', care: 'zorg', safety: 'veiligheid', health: 'gezondheid', education: 'onderwijs', work: 'werk en inkomen',
  housing: 'wonen', justice: 'justitie', municipality: 'gemeente', welfare: 'welzijn', police: 'politie', employer: 'werkgever',
  funder: 'financier', insurer: 'zorgverzekeraar', government: 'rijksoverheid', knowledge: 'kennis', residents: 'inwoners',
  owner: 'eigenaar', implementer: 'uitvoerder', policy: 'beleid', receiver: 'ontvanger', client: 'cliënt', pilot: 'pilot',
  monitoring: 'monitoring', evaluation: 'evaluatie', study: 'onderzoek', experience: 'ervaring',
};

/** ‘sufficient’ (voldoende) in Dutch, ‘sufficient’ in English; no gloss where the words are the same. */
export function glossed(word: string): Localized {
  const nl = GLOSS_NL[word];
  return both(nl && nl !== word ? `‘${word}’ (${nl})` : `‘${word}’`, `‘${word}’`);
}

/**
 * "sufficient (voldoende), partial (gedeeltelijk) of unknown (onbekend)" — the
 * English values as written in the plan. Always whole: a list too long for a
 * message with its glosses (the fourteen partner types) drops the glosses
 * rather than be cut mid-word.
 */
export function glossedList(words: readonly string[]): Localized {
  const nl = orList(words.map((w) => (GLOSS_NL[w] && GLOSS_NL[w] !== w ? `${w} (${GLOSS_NL[w]})` : w))).nl;
  return both(nl.length <= MAX_QUOTED_SENTENCE - 30 ? nl : orList(words).nl, orList(words).en);
}
