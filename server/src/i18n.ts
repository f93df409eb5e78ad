import type { Lang, Localized } from './model/types.js';
import { MAX_MESSAGE, oneLine } from './text.js';

/** The most of a Localized data value (a whole sentence, e.g. the reader's SP001 text) a message holds. */
export const MAX_QUOTED_SENTENCE = 320;

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

/** Fills `{0}`, `{1}` … (the titles of quick fixes and edits) in `lang`. */
export function fill(template: Localized, lang: Lang, args: readonly (string | number)[]): string {
  return template[lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/**
 * User text quoted in a message: one line, control characters (terminal
 * escapes, bidi overrides) as `?`, and cut — a 1 MB key must not make a
 * 1 MB message.
 */
export function clip(text: string, max = 80): string {
  return oneLine(text, max);
}

/** What decides the language (SPEC §6.1); the faces gather it, the engine never reads `process.env`. */
export interface LangInputs {
  /** `--lang` or the editor setting `scalingPlan.language` (`auto` = not chosen). */
  choice?: string | undefined;
  /** `lang` in `.scalingrc.yaml`. */
  config?: string | undefined;
  /** The editor's display language (LSP `initialize` `locale`, `vscode.env.language`). */
  display?: string | undefined;
  /** The operating system's locale, from `osLocale()`. */
  os?: string | undefined;
}

/** Where the language came from: shown by the editor's language status item. */
export type LangSource = 'choice' | 'config' | 'display' | 'os' | 'default';

/** SPEC §6.1, first that applies: choice, config, a Dutch display language, a Dutch OS locale, else English. */
export function resolveLanguage(i: LangInputs): { lang: Lang; source: LangSource } {
  const explicit = (v: string | undefined): Lang | undefined => (v === 'nl' || v === 'en' ? v : undefined);
  const choice = explicit(i.choice?.toLowerCase());
  if (choice) return { lang: choice, source: 'choice' };
  const config = explicit(i.config?.toLowerCase());
  if (config) return { lang: config, source: 'config' };
  if (i.display && isDutch(i.display)) return { lang: 'nl', source: 'display' };
  if (i.os && isDutch(i.os)) return { lang: 'nl', source: 'os' };
  return { lang: 'en', source: 'default' };
}

export function resolveLang(i: LangInputs): Lang {
  return resolveLanguage(i).lang;
}

function isDutch(locale: string): boolean {
  return /^nl([-_.@]|$)/i.test(locale.trim());
}

/**
 * The OS locale: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and
 * not `C`/`POSIX` (POSIX order: `LC_ALL=en_US.UTF-8 LANG=nl_NL.UTF-8` is
 * English), else `Intl` (on Windows and macOS the user's region settings).
 * `env` is passed in: the engine never reads `process.env` itself.
 */
export function osLocale(env: Readonly<Record<string, string | undefined>>, intl: () => string | undefined = intlLocale): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name]?.trim();
    if (!v || /^(C|POSIX)([._@].*)?$/i.test(v)) continue;
    return v;
  }
  return intl();
}

function intlLocale(): string | undefined {
  try {
    return new Intl.PluralRules().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}

/** Where each rule's documentation page lives, per language. One place, so every face links the same page. */
export const DOCS_BASE = 'https://github.com/scaling-plans/scaling-plan/blob/main/docs/rules/';
export function docUrl(code: string, lang: Lang = 'en'): string {
  return `${DOCS_BASE}${lang === 'nl' ? 'nl/' : ''}${code}.md`;
}
