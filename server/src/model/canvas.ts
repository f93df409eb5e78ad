/**
 * The canvas vocabulary (SPEC §2): the closed lists every face shares.
 * Dutch names follow the glossary in shared/canvas/README.md.
 */
import type { Localized } from './types.js';

export const ROUTES = ['in', 'out', 'up', 'deep', 'beyond'] as const;
export type RouteKey = (typeof ROUTES)[number];

export const INGREDIENTS = ['collaboration', 'needs', 'governance', 'value', 'financing', 'skills', 'technology', 'privacy'] as const;
export type IngredientKey = (typeof INGREDIENTS)[number];

export const PITFALLS = ['limited-scope', 'coherence', 'pilot-conditions', 'scaling-partners'] as const;
export type PitfallKey = (typeof PITFALLS)[number];

export const TOC_LINKS = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'] as const;
export type TocLink = (typeof TOC_LINKS)[number];

export const STATUSES = ['sufficient', 'partial', 'insufficient', 'unknown'] as const;
export const INVOLVEMENTS = ['involved', 'planned', 'not-yet', 'none'] as const;
export const STRATEGIES = ['growth', 'franchise', 'configuration', 'institutionalisation'] as const;
export const SCOPE_QUESTIONS = ['situations', 'target-groups', 'wishes', 'environment'] as const;
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

/** Display names of canvas concepts, in both languages. */
export const TERMS: Record<string, Localized> = {
  'route.in': { nl: 'In (inbedden)', en: 'In (embed)' },
  'route.out': { nl: 'Uit (uitbreiden in aantal en bereik)', en: 'Out (spread)' },
  'route.up': { nl: 'Op (beleid, wet- en regelgeving)', en: 'Up (policy, law and regulation)' },
  'route.deep': { nl: 'Diep (fundamentele gedragsverandering)', en: 'Deep (values, norms, beliefs)' },
  'route.beyond': { nl: 'Voorbij (andere domeinen)', en: 'Beyond (other domains)' },
  'ingredient.collaboration': { nl: 'samenwerking', en: 'collaboration' },
  'ingredient.needs': { nl: 'wensen en behoeften', en: 'needs' },
  'ingredient.governance': { nl: 'governance', en: 'governance' },
  'ingredient.value': { nl: 'waarde', en: 'value' },
  'ingredient.financing': { nl: 'financiering', en: 'financing' },
  'ingredient.skills': { nl: 'kennis en vaardigheden', en: 'skills' },
  'ingredient.technology': { nl: 'technologie en systemen', en: 'technology' },
  'ingredient.privacy': { nl: 'privacy en gegevensdeling', en: 'privacy' },
  'pitfall.limited-scope': { nl: 'beperkte scope van de pilot', en: 'limited scope of the pilot' },
  'pitfall.coherence': { nl: 'samenhang van onderdelen', en: 'coherence of components' },
  'pitfall.pilot-conditions': { nl: 'niet-schaalbare pilotomstandigheden', en: 'pilot-only conditions' },
  'pitfall.scaling-partners': { nl: 'schalingspartners', en: 'scaling partners' },
  'toc.inputs': { nl: 'input', en: 'inputs' },
  'toc.activities': { nl: 'activiteiten', en: 'activities' },
  'toc.outputs': { nl: 'output', en: 'outputs' },
  'toc.outcomes': { nl: 'outcome', en: 'outcomes' },
  'toc.impact': { nl: 'impact', en: 'impact' },
  'strategy.growth': { nl: 'groei', en: 'growth' },
  'strategy.franchise': { nl: 'franchise', en: 'franchise' },
  'strategy.configuration': { nl: 'configuratie', en: 'configuration' },
  'strategy.institutionalisation': { nl: 'institutionaliseren', en: 'institutionalisation' },
  'status.sufficient': { nl: 'voldoende', en: 'sufficient' },
  'status.partial': { nl: 'gedeeltelijk', en: 'partial' },
  'status.insufficient': { nl: 'onvoldoende', en: 'insufficient' },
  'status.unknown': { nl: 'onbekend', en: 'unknown' },
  'scope.situations': { nl: 'situaties', en: 'situations' },
  'scope.target-groups': { nl: 'doelgroepen', en: 'target groups' },
  'scope.wishes': { nl: 'wensen', en: 'wishes' },
  'scope.environment': { nl: 'omgeving', en: 'environment' },
  'condition.extra-funding': { nl: 'extra geld en ondersteuning', en: 'extra funding and support' },
  'condition.frontrunners': { nl: 'gemotiveerde koplopers', en: 'motivated frontrunners' },
  'condition.rule-exemption': { nl: 'vrijstelling van regels', en: 'exemption from rules' },
  'condition.enthusiasm': { nl: 'extra enthousiasme', en: 'extra enthusiasm' },
  'condition.other': { nl: 'andere pilotomstandigheid', en: 'other pilot condition' },
  'involvement.involved': { nl: 'betrokken', en: 'involved' },
  'involvement.planned': { nl: 'gepland', en: 'planned' },
  'involvement.not-yet': { nl: 'nog niet betrokken', en: 'not yet involved' },
  'involvement.none': { nl: 'niet betrokken', en: 'not involved' },
  'friction.confusion': { nl: 'verwarring', en: 'confusion' },
  'friction.resistance': { nl: 'weerstand', en: 'resistance' },
  'friction.chaos': { nl: 'chaos', en: 'chaos' },
  'friction.frustration': { nl: 'frustratie', en: 'frustration' },
  'friction.fear': { nl: 'angst', en: 'fear' },
  // SPEC §6.2 (canvas 1.1): evidence kinds, learning levels, funder and question statuses.
  'evidence.monitoring': { nl: 'monitoring', en: 'monitoring' },
  'evidence.evaluation': { nl: 'evaluatie', en: 'evaluation' },
  'evidence.study': { nl: 'onderzoek', en: 'study' },
  'evidence.experience': { nl: 'ervaring', en: 'experience' },
  'level.operational': { nl: 'operationeel', en: 'operational' },
  'level.tactical': { nl: 'tactisch (organisatie)', en: 'tactical (organisation)' },
  'level.strategic': { nl: 'strategisch', en: 'strategic' },
  'level.network': { nl: 'netwerk', en: 'network' },
  'level.none': { nl: 'zonder niveau', en: 'without a level' },
  'funding.committed': { nl: 'toegezegd', en: 'committed' },
  'funding.expected': { nl: 'verwacht', en: 'expected' },
  'funding.exploring': { nl: 'verkend', en: 'exploring' },
  'funding.structural': { nl: 'structureel', en: 'structural' },
  'funding.temporary': { nl: 'tijdelijk', en: 'temporary' },
  'question.open': { nl: 'open', en: 'open' },
  'question.answered': { nl: 'beantwoord', en: 'answered' },
  'question.dropped': { nl: 'vervallen', en: 'dropped' },
};

export function term(key: string): Localized {
  return TERMS[key] ?? { nl: key, en: key };
}

/** Partner types that can change policy, law or regulation (SPEC §2, `partners`). */
export const POLICY_TYPES = ['government', 'municipality', 'insurer'];
