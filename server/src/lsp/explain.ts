/**
 * The canvas explanation of a key or a value, in the user's language: the
 * schema's wording (drawn from the handbook) plus the Dutch canvas term.
 * Shared by hover and completion so both say the same thing.
 */
import { term, TERMS } from '../model/canvas.js';
import type { Lang, Localized } from '../model/types.js';
import type { Path } from './context.js';
import { schemaAt } from './schemaInfo.js';

/**
 * Dutch terms of the 1.1 fields (SPEC §6.2), from the source texts: the
 * overall canvas's parts, evidence kinds, learning-question levels and
 * statuses, how firm a funder's money is. Kept here, beside their only use.
 */
const TERMS_11: Record<string, Localized> = {
  'part.impact': { nl: 'beoogde impact', en: 'intended impact' },
  'part.routes': { nl: 'opschalingsroutes', en: 'scaling routes' },
  'part.ingredients': { nl: 'benodigde ingrediënten', en: 'ingredients' },
  'part.pitfalls': { nl: 'valkuilen', en: 'pitfalls' },
  'evidence.monitoring': { nl: 'monitoring', en: 'monitoring' },
  'evidence.evaluation': { nl: 'evaluatie', en: 'evaluation' },
  'evidence.study': { nl: 'onderzoek', en: 'study' },
  'evidence.experience': { nl: 'ervaring', en: 'experience' },
  'level.operational': { nl: 'operationeel', en: 'operational' },
  'level.tactical': { nl: 'tactisch (organisatie)', en: 'tactical' },
  'level.strategic': { nl: 'strategisch', en: 'strategic' },
  'level.network': { nl: 'netwerk', en: 'network' },
  'question.open': { nl: 'open', en: 'open' },
  'question.answered': { nl: 'beantwoord', en: 'answered' },
  'question.dropped': { nl: 'vervallen', en: 'dropped' },
  'funder.committed': { nl: 'toegezegd', en: 'committed' },
  'funder.expected': { nl: 'verwacht', en: 'expected' },
  'funder.exploring': { nl: 'verkend', en: 'exploring' },
};

/** The 1.1 term of a value, by where it stands (a `status` means something else in each place). */
function termOf11(path: Path, value: string): Localized | undefined {
  const p = path.filter((s) => typeof s === 'string').join('/');
  const ns = p === 'assessment' ? undefined
    : p.startsWith('assessment/') ? 'status'
      : p === 'evidence/kind' ? 'evidence'
        : p === 'learning-agenda/level' ? 'level'
          : p === 'learning-agenda/status' ? 'question'
            : p === 'ingredients/financing/funders/status' ? 'funder' : undefined;
  if (ns === 'status') return TERMS[`status.${value}`];
  return ns ? TERMS_11[`${ns}.${value}`] : undefined;
}

/** Namespace of the canvas terms for keys under a parent path. */
function keyTermKey(path: Path): string | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  const parent = path.slice(0, -1).join('/');
  if (parent === 'assessment') return `part.${key}`;
  const ns: Record<string, string> = {
    routes: 'route', ingredients: 'ingredient', pitfalls: 'pitfall',
    'impact/theory-of-change': 'toc', 'pitfalls/limited-scope': 'scope',
  };
  return ns[parent] ? `${ns[parent]}.${key}` : undefined;
}

/** Namespace of the canvas terms for the values of a key. */
function valueTermKey(path: Path, value: string): string | undefined {
  const last = path[path.length - 1];
  const key = typeof last === 'number' ? path[path.length - 2] : last;
  const ns: Record<string, string> = {
    status: 'status', strategy: 'strategy', after: 'route', 'needed-for': 'route', involvement: 'involvement', friction: 'friction',
  };
  // `kind` names a pilot condition only under pitfall 3 (a funder's or evidence's kind is something else).
  if (key === 'kind' && path.includes('pilot-conditions')) return `condition.${value}`;
  return typeof key === 'string' && ns[key] ? `${ns[key]}.${value}` : undefined;
}

export interface Explanation {
  /** Canvas term (e.g. `financiering`), when the key or value names a canvas concept. */
  term?: Localized;
  description?: Localized;
}

export function explainKey(path: Path): Explanation {
  const k = keyTermKey(path);
  return { term: k ? (TERMS[k] ? term(k) : TERMS_11[k]) : undefined, description: schemaAt(path)?.description };
}

export function explainValue(path: Path, value: string): Explanation {
  const t11 = termOf11(path, value);
  if (t11) return { term: t11, description: schemaAt(path)?.values.find((v) => String(v.value) === value)?.description };
  const k = valueTermKey(path, value);
  const fromSchema = schemaAt(path)?.values.find((v) => String(v.value) === value)?.description;
  return { term: k && TERMS[k] ? term(k) : undefined, description: fromSchema };
}

/** `**financing** · financiering` + the explanation, as Markdown. */
export function explanationMarkdown(label: string, e: Explanation, lang: Lang): string | undefined {
  const t = e.term?.[lang];
  const head = t && t.toLowerCase() !== label.toLowerCase() ? `**${label}** · ${t}` : `**${label}**`;
  const body = e.description?.[lang];
  if (!body && !t) return undefined;
  return body ? `${head}\n\n${body}` : head;
}
