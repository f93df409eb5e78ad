import type { Lang, Localized } from './model/types.js';

/** Fills `{name}` placeholders; Localized values are picked in `lang`. */
export function format(template: Localized, lang: Lang, data: Record<string, string | number | Localized> = {}): string {
  return template[lang].replace(/\{([\w-]+)\}/g, (m, name: string) => {
    const v = data[name];
    if (v === undefined) return m;
    return typeof v === 'object' ? v[lang] : clip(String(v));
  });
}

/** User text quoted in a message is cut: a 1 MB key must not make a 1 MB message. */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
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
