/**
 * The canvas explanation of a key or a value, in the user's language: the
 * schema's wording (drawn from the handbook) plus the Dutch canvas term.
 * Shared by hover and completion so both say the same thing.
 */
import { term, TERMS } from '../model/canvas.js';
import type { Lang, Localized } from '../model/types.js';
import type { Path } from './context.js';
import { schemaAt } from './schemaInfo.js';

/** Namespace of the canvas terms for keys under a parent path. */
function keyTermKey(path: Path): string | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  const parent = path.slice(0, -1).join('/');
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
  return { term: k && TERMS[k] ? term(k) : undefined, description: schemaAt(path)?.description };
}

export function explainValue(path: Path, value: string): Explanation {
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
