import type { Lang, Localized } from './model/types.js';
import { MAX_MESSAGE, oneLine } from './text.js';

/** The most of a Localized data value (a whole sentence, e.g. the reader's SP001 text) a message holds. */
export const MAX_QUOTED_SENTENCE = 200;

/**
 * Fills `{name}` placeholders; Localized values are picked in `lang`. Every
 * value is one clean line and bounded (plain values by `clip`, sentences by
 * MAX_QUOTED_SENTENCE), and so is the result (MAX_MESSAGE): whatever a plan
 * holds, a message quotes at most a short, sanitised fragment of it.
 */
export function format(template: Localized, lang: Lang, data: Record<string, string | number | Localized> = {}): string {
  const filled = template[lang].replace(/\{([\w-]+)\}/g, (m, name: string) => {
    const v = data[name];
    if (v === undefined) return m;
    return typeof v === 'object' ? oneLine(v[lang], MAX_QUOTED_SENTENCE) : clip(String(v));
  });
  return oneLine(filled, MAX_MESSAGE);
}

/**
 * User text quoted in a message: one line, control characters (terminal
 * escapes, bidi overrides) as `?`, and cut — a 1 MB key must not make a
 * 1 MB message.
 */
export function clip(text: string, max = 80): string {
  return oneLine(text, max);
}

/** `lang` from an explicit choice, else a locale string (`nl-NL`, `nl_NL.UTF-8`), else English. */
export function resolveLang(...candidates: (string | undefined)[]): Lang {
  for (const c of candidates) {
    if (!c) continue;
    const l = c.toLowerCase();
    if (l.startsWith('nl')) return 'nl';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Where each rule's documentation page lives. One place, so every face links the same page. */
export const DOCS_BASE = 'https://github.com/scaling-plans/scaling-plan/blob/main/docs/rules/';
export function docUrl(code: string): string {
  return `${DOCS_BASE}${code}.md`;
}
