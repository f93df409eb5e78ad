/**
 * `scaling-plan render PLAN [-o OUT.html] [--lang nl|en] [--config FILE]`:
 * the canvas as one self-contained HTML file, for people without VS Code.
 * Without -o the page goes to stdout. Exit 0 when the page is written —
 * also when the plan has findings (they are on the page); 2 for a usage
 * error, a plan that cannot be read or an output that cannot be written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfigForFile, readConfig, type LoadedConfig } from '../../config/config.js';
import { analyse } from '../../lint.js';
import type { Lang, Localized } from '../../model/types.js';
import { renderStandalone } from '../../preview/render.js';
import { cliLang, guessLang, parseArgs, UsageError, type OptionSpec } from '../args.js';
import type { Io } from '../io.js';

const OPTIONS: OptionSpec[] = [
  { name: 'output', alias: 'o', type: 'string' },
  { name: 'lang', type: 'string', values: ['nl', 'en'] },
  { name: 'config', alias: 'c', type: 'string' },
  { name: 'help', alias: 'h', type: 'boolean' },
];

const HELP: Localized = {
  en: `Usage: scaling-plan render PLAN [options]

Writes the plan's canvas (the four parts, partners, strategy, floor monitor,
actions, learning agenda, readiness and every finding) as one self-contained
HTML file: no scripts, nothing loaded from elsewhere, printable on A3.

Options:
  -o, --output FILE     write the page to FILE (default: stdout)
      --lang nl|en      language of the canvas
  -c, --config FILE     use this config instead of the nearest .scalingrc.yaml
  -h, --help            show this help

Exit status: 0 the page was written (also when the plan has findings),
2 for a usage error, a plan that cannot be read or an output that cannot be written.
`,
  nl: `Gebruik: scaling-plan render PLAN [opties]

Schrijft het canvas van het plan (de vier onderdelen, partners, strategie,
ondergrens, acties, leeragenda, gereedheid en alle meldingen) als één
zelfstandig HTML-bestand: geen scripts, niets van elders geladen, af te
drukken op A3.

Opties:
  -o, --output BESTAND  schrijf de pagina naar BESTAND (standaard: stdout)
      --lang nl|en      taal van het canvas
  -c, --config BESTAND  gebruik deze configuratie in plaats van de dichtstbijzijnde .scalingrc.yaml
  -h, --help            deze hulp tonen

Afsluitcode: 0 de pagina is geschreven (ook als het plan meldingen heeft),
2 bij een verkeerde aanroep, een plan dat niet gelezen kan worden of een
uitvoer die niet geschreven kan worden.
`,
};

export async function run(args: string[], io: Io): Promise<number> {
  let opts: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ options: opts, positionals } = parseArgs(args, OPTIONS));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usage(io, e.text, guessLang(args, io.env));
  }
  const flagLang = opts['lang'] as Lang | undefined;
  if (opts['help']) {
    io.out(HELP[cliLang(flagLang, undefined, io.env)]);
    return 0;
  }
  const earlyLang = cliLang(flagLang, undefined, io.env);
  if (positionals.length !== 1) {
    return usage(io, positionals.length === 0
      ? { nl: 'geef één plan op', en: 'give one plan' }
      : { nl: `geef één plan op, niet ${positionals.length}`, en: `give one plan, not ${positionals.length}` }, earlyLang);
  }
  const planArg = positionals[0]!;
  const plan = resolve(io.cwd, planArg);
  const output = typeof opts['output'] === 'string' && opts['output'] !== '-' ? resolve(io.cwd, opts['output']) : undefined;
  if (output === plan) {
    return usage(io, { nl: 'de uitvoer zou het plan zelf overschrijven', en: 'the output would overwrite the plan itself' }, earlyLang);
  }

  let loaded: LoadedConfig;
  if (typeof opts['config'] === 'string') {
    const abs = resolve(io.cwd, opts['config']);
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (e) {
      return fail(io, earlyLang, { nl: `het configuratiebestand ‘${opts['config']}’ kan niet gelezen worden (${reason(e, 'nl')})`, en: `the config file '${opts['config']}' cannot be read (${reason(e, 'en')})` });
    }
    loaded = readConfig(text, abs, flagLang);
  } else {
    loaded = loadConfigForFile(plan, undefined, flagLang);
  }
  const lang = cliLang(flagLang, loaded.config.lang, io.env);
  if (loaded.diagnostics.length > 0) {
    const where = loaded.config.file ?? '.scalingrc.yaml';
    io.err(say(lang, {
      nl: `let op: ${where} bevat ${loaded.diagnostics.length} fout(en); 'scaling-plan lint' toont ze.`,
      en: `note: ${where} has ${loaded.diagnostics.length} problem(s); 'scaling-plan lint' shows them.`,
    }));
  }

  let text: string;
  try {
    text = readFileSync(plan, 'utf8');
  } catch (e) {
    return fail(io, lang, { nl: `‘${planArg}’ kan niet gelezen worden (${reason(e, 'nl')})`, en: `'${planArg}' cannot be read (${reason(e, 'en')})` });
  }
  const analysis = analyse(text, { lang, rules: loaded.config.rules });
  const html = renderStandalone(analysis, { lang });
  if (!output) {
    io.out(html);
    return 0;
  }
  try {
    writeFileSync(output, html, 'utf8');
  } catch (e) {
    return fail(io, lang, { nl: `‘${String(opts['output'])}’ kan niet geschreven worden (${reason(e, 'nl')})`, en: `'${String(opts['output'])}' cannot be written (${reason(e, 'en')})` });
  }
  const n = analysis.diagnostics.length;
  io.err(say(lang, {
    nl: `canvas geschreven naar ${String(opts['output'])} (${n} ${n === 1 ? 'melding' : 'meldingen'}).`,
    en: `canvas written to ${String(opts['output'])} (${n} ${n === 1 ? 'finding' : 'findings'}).`,
  }));
  return 0;
}

function usage(io: Io, text: Localized, lang: Lang): number {
  const more = lang === 'nl' ? "Zie 'scaling-plan render --help' voor de opties." : "Run 'scaling-plan render --help' for the options.";
  io.err(`scaling-plan render: ${text[lang]}\n${more}\n`);
  return 2;
}

function fail(io: Io, lang: Lang, text: Localized): number {
  io.err(`scaling-plan render: ${text[lang]}\n`);
  return 2;
}

function say(lang: Lang, text: Localized): string {
  return `scaling-plan: ${text[lang]}\n`;
}

/** Why a file could not be read or written, in plain words where we know them. */
function reason(e: unknown, lang: Lang): string {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as NodeJS.ErrnoException).code) : '';
  const plain: Record<string, Localized> = {
    ENOENT: { nl: 'niet gevonden', en: 'not found' },
    EACCES: { nl: 'geen toegang', en: 'permission denied' },
    EPERM: { nl: 'geen toegang', en: 'permission denied' },
    EISDIR: { nl: 'dit is een map', en: 'this is a folder' },
  };
  return (Object.hasOwn(plain, code) ? plain[code]![lang] : undefined) ?? (code || (e instanceof Error ? e.message : String(e)));
}
