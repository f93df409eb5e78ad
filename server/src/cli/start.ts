/**
 * What every command does before its own work: parse the options, answer
 * --help in the user's language, and word a usage error the same way
 * (`scaling-plan lint: … / Run 'scaling-plan lint --help' …`, exit 2).
 */
import type { Lang, Localized } from '../model/types.js';
import { MAX_LINE, oneLine } from '../text.js';
import { cliLang, guessLang, parseArgs, UsageError, type OptionSpec } from './args.js';
import type { Io } from './io.js';

export type Options = Record<string, string | boolean | undefined>;

export type Started = { exit: number } | { opts: Options; positionals: string[]; flagLang: Lang | undefined; earlyLang: Lang };

/** Parsed options, or the exit code when the command ends here (a usage error: 2; --help: 0). */
export function startCommand(command: string, args: string[], io: Io, options: readonly OptionSpec[], help: Localized): Started {
  let opts: Options;
  let positionals: string[];
  try {
    ({ options: opts, positionals } = parseArgs(args, options));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { exit: usage(io, command, e.text, guessLang(args, io.env)) };
  }
  const flagLang = opts['lang'] as Lang | undefined;
  const earlyLang = cliLang(flagLang, undefined, io.env);
  if (opts['help']) {
    io.out(help[earlyLang]);
    return { exit: 0 };
  }
  return { opts, positionals, flagLang, earlyLang };
}

/** A usage error on stderr, one bounded line (the text may quote what the user typed), then where the help is. */
export function usage(io: Io, command: string, text: Localized, lang: Lang): number {
  const more = lang === 'nl' ? `Zie 'scaling-plan ${command} --help' voor de opties.` : `Run 'scaling-plan ${command} --help' for the options.`;
  io.err(`scaling-plan ${command}: ${oneLine(text[lang], MAX_LINE)}\n${more}\n`);
  return 2;
}

/** `diff`, `history` and `render` take exactly one plan. */
export function startPlanCommand(command: string, args: string[], io: Io, options: readonly OptionSpec[], help: Localized): Started {
  const started = startCommand(command, args, io, options, help);
  if ('exit' in started) return started;
  if (started.positionals.length !== 1) return { exit: usage(io, command, onePlan(started.positionals.length), started.earlyLang) };
  return started;
}

export function onePlan(n: number): Localized {
  return n === 0 ? { nl: 'geef één plan op', en: 'give one plan' } : { nl: `geef één plan op, niet ${n}`, en: `give one plan, not ${n}` };
}
