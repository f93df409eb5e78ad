/**
 * A small, strict argument reader: `--name value`, `--name=value`, short
 * aliases (`-f json`), flags, and `--` to end the options. Anything unknown or
 * malformed is a UsageError (exit 2) with a plain message, never a guess.
 */
import type { Lang, Localized } from '../model/types.js';
import { osLocale, resolveLang } from '../i18n.js';

export interface OptionSpec {
  /** Long name without dashes: `format`. */
  name: string;
  /** `string` takes a value; `boolean` is a flag. */
  type: 'string' | 'boolean';
  alias?: string;
  /** Allowed values (for `string`). */
  values?: readonly string[];
  /** `whole`: a whole number ≥ 0. */
  number?: 'whole';
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

export class UsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}

export function parseArgs(args: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], options: {} };
  const byName = new Map<string, OptionSpec>();
  for (const s of specs) {
    byName.set(`--${s.name}`, s);
    if (s.alias) byName.set(`-${s.alias}`, s);
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = byName.get(flag);
    if (!spec) {
      throw new UsageError({ nl: `onbekende optie '${flag}'`, en: `unknown option '${flag}'` });
    }
    if (spec.type === 'boolean') {
      if (eq > 0) throw new UsageError({ nl: `'--${spec.name}' heeft geen waarde`, en: `'--${spec.name}' takes no value` });
      out.options[spec.name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      i++;
    }
    if (value === undefined || (eq < 0 && value.startsWith('-') && value.length > 1 && !/^-\d/.test(value))) {
      throw new UsageError({ nl: `'--${spec.name}' heeft een waarde nodig`, en: `'--${spec.name}' needs a value` });
    }
    check(spec, value);
    out.options[spec.name] = value;
  }
  return out;
}

function check(spec: OptionSpec, value: string): void {
  if (spec.values && !spec.values.includes(value)) {
    const list = spec.values.join(', ');
    throw new UsageError({
      nl: `'--${spec.name}' is een van: ${list} (niet '${value}')`,
      en: `'--${spec.name}' must be one of: ${list} (not '${value}')`,
    });
  }
  if (spec.number === 'whole' && !/^\d{1,9}$/.test(value)) {
    throw new UsageError({
      nl: `'--${spec.name}' is een heel getal van 0 of meer (niet '${value}')`,
      en: `'--${spec.name}' must be a whole number, 0 or more (not '${value}')`,
    });
  }
}

/**
 * The language for the CLI's words and messages (SPEC §6.1): `--lang`, else
 * the config's `lang`, else the OS locale (LC_ALL, LC_MESSAGES, LANG — POSIX
 * order, C/POSIX skipped — else Intl) when it is Dutch, else English.
 */
export function cliLang(flag: string | undefined, configLang: Lang | undefined, env: NodeJS.ProcessEnv): Lang {
  return resolveLang({ choice: flag, config: configLang, os: osLocale(env) });
}

/** The language for a usage error, found before the arguments are known to be valid. */
export function guessLang(args: readonly string[], env: NodeJS.ProcessEnv): Lang {
  let flag: string | undefined;
  args.forEach((a, i) => {
    if (a === '--lang') flag = args[i + 1];
    else if (a.startsWith('--lang=')) flag = a.slice(7);
  });
  return cliLang(flag === 'nl' || flag === 'en' ? flag : undefined, undefined, env);
}
