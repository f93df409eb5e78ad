/**
 * `scaling-plan lint [PATH…]`: find the plans, analyse each in this process
 * (sequentially: start-up and config look-ups dominate, not the rules), and
 * print one report. Exit 0 clean, 1 findings (errors, or more warnings than
 * --max-warnings), 2 usage errors and paths that cannot be read.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfigForFile, readConfig, type ConfigForFile } from '../../config/config.js';
import { analyse } from '../../lint.js';
import type { Diagnostic, Lang, Localized } from '../../model/types.js';
import { cliLang, guessLang, parseArgs, UsageError, type OptionSpec } from '../args.js';
import { MAX_LINE, oneLine } from '../../text.js';
import { findPlans, ignoreMatcher, toDisplay, unreadableDiagnostic } from '../files.js';
import { FORMATTERS, FORMAT_NAMES, formatReport } from '../formatters/index.js';
import type { FileResult } from '../formatters/types.js';
import { packageVersion, useColor, type Io } from '../io.js';

const OPTIONS: OptionSpec[] = [
  { name: 'format', alias: 'f', type: 'string', values: FORMAT_NAMES },
  { name: 'config', alias: 'c', type: 'string' },
  { name: 'lang', type: 'string', values: ['nl', 'en'] },
  { name: 'max-warnings', type: 'string', number: 'whole' },
  { name: 'quiet', alias: 'q', type: 'boolean' },
  { name: 'help', alias: 'h', type: 'boolean' },
];

const HELP: Localized = {
  en: `Usage: scaling-plan lint [PATH…] [options]

Checks plans (*.scaling.yaml, *.scaling.yml) against the scaling canvas.
PATH is a file, a folder (searched recursively, skipping node_modules and
.git) or a glob such as 'plans/**/*.scaling.yaml'; none = the current folder.

Options:
  -f, --format NAME     stylish (default), json, sarif, github, gitlab
  -c, --config FILE     use this config instead of the nearest .scalingrc.yaml
      --lang nl|en      language of the messages
      --max-warnings N  exit 1 when there are more than N warnings
  -q, --quiet           report errors only
  -h, --help            show this help

Exit status: 0 no errors (and warnings within --max-warnings), 1 otherwise,
2 for a usage error or a path that cannot be read.
`,
  nl: `Gebruik: scaling-plan lint [PAD…] [opties]

Controleert plannen (*.scaling.yaml, *.scaling.yml) aan de hand van het
opschalingscanvas. PAD is een bestand, een map (doorzocht inclusief submappen,
behalve node_modules en .git) of een patroon zoals 'plannen/**/*.scaling.yaml';
zonder PAD: de huidige map.

Opties:
  -f, --format NAAM     stylish (standaard), json, sarif, github, gitlab
  -c, --config BESTAND  gebruik deze configuratie in plaats van de dichtstbijzijnde .scalingrc.yaml
      --lang nl|en      taal van de meldingen
      --max-warnings N  afsluiten met 1 bij meer dan N waarschuwingen
  -q, --quiet           alleen fouten melden
  -h, --help            deze hulp tonen

Afsluitcode: 0 geen fouten (en niet meer waarschuwingen dan --max-warnings),
1 anders, 2 bij een verkeerde aanroep of een pad dat niet gelezen kan worden.
`,
};

export async function run(args: string[], io: Io): Promise<number> {
  let opts: Record<string, string | boolean | undefined>;
  let paths: string[];
  try {
    ({ options: opts, positionals: paths } = parseArgs(args, OPTIONS));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usage(io, e.text, guessLang(args, io.env));
  }
  const flagLang = opts['lang'] as Lang | undefined;
  const envLang = localeLang(io.env);
  if (opts['help']) {
    io.out(HELP[cliLang(flagLang, undefined, io.env)]);
    return 0;
  }

  let fixed: ConfigForFile | undefined;
  if (typeof opts['config'] === 'string') {
    const abs = resolve(io.cwd, opts['config']);
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (e) {
      const why = reason(e);
      const name = opts['config'];
      return usage(io, { nl: `het configuratiebestand ‘${name}’ kan niet gelezen worden (${why.nl})`, en: `the config file '${name}' cannot be read (${why.en})` }, cliLang(flagLang, undefined, io.env));
    }
    fixed = { ...readConfig(text, abs, flagLang, envLang), file: abs };
  }
  const configFor = (abs: string): ConfigForFile => fixed ?? loadConfigForFile(abs, undefined, flagLang, envLang);
  const lang = cliLang(flagLang, configFor(join(io.cwd, 'plan.scaling.yaml')).config.lang, io.env);
  const quiet = opts['quiet'] === true;
  const keep = (ds: Diagnostic[]): Diagnostic[] => (quiet ? ds.filter((d) => d.severity === 'error') : ds);

  const found = findPlans(paths, io.cwd);
  const failures: Localized[] = [...found.problems];
  const results: FileResult[] = [];
  const configsShown = new Set<string>();
  const ignores = new Map<string, (rel: string) => boolean>();

  for (const f of found.files) {
    const cfg = configFor(f.abs);
    if (cfg.file && !configsShown.has(cfg.file)) {
      configsShown.add(cfg.file);
      if (cfg.diagnostics.length > 0) results.push({ file: toDisplay(cfg.file, io.cwd), diagnostics: keep(cfg.diagnostics) });
    }
    if (cfg.file && cfg.config.ignore.length > 0) {
      let ignored = ignores.get(cfg.file);
      if (!ignored) ignores.set(cfg.file, (ignored = ignoreMatcher(cfg.config.ignore)));
      if (ignored(toDisplay(f.abs, dirname(cfg.file)))) {
        if (f.explicit) io.err(say(lang, { nl: `‘${f.display}’ wordt overgeslagen: het past bij een ‘ignore’-patroon in ${toDisplay(cfg.file, io.cwd)}.`, en: `'${f.display}' is skipped: it matches an 'ignore' pattern in ${toDisplay(cfg.file, io.cwd)}.` }));
        continue;
      }
    }
    const fileLang = cliLang(flagLang, cfg.config.lang, io.env);
    if (f.unreadable) {
      results.push({ file: f.display, diagnostics: [unreadableDiagnostic(f.unreadable, fileLang)] });
      continue;
    }
    let text: string;
    try {
      text = readFileSync(f.abs, 'utf8');
    } catch (e) {
      const why = reason(e);
      // A path the user named is exit 2 (SPEC §4); one found in a folder is one finding on it, and the others are linted.
      if (f.explicit) failures.push({ nl: `‘${f.display}’ kan niet gelezen worden (${why.nl}).`, en: `'${f.display}' cannot be read (${why.en}).` });
      else results.push({ file: f.display, diagnostics: [unreadableDiagnostic({ nl: `Dit plan kan niet gelezen worden (${why.nl}).`, en: `This plan cannot be read (${why.en}).` }, fileLang)] });
      continue;
    }
    try {
      const analysis = analyse(text, { lang: fileLang, rules: cfg.config.rules });
      results.push({ file: f.display, diagnostics: keep(analysis.diagnostics) });
    } catch (e) {
      // A bug in the engine must not cost the report on the other plans.
      const why = reason(e);
      failures.push({ nl: `interne fout bij het controleren van ‘${f.display}’: ${why.nl}`, en: `internal error while checking '${f.display}': ${why.en}` });
    }
  }

  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const format = FORMATTERS[(opts['format'] as string | undefined) ?? 'stylish']!;
  // Nothing read at all and a path failed: no report, so "no problems" is never claimed.
  if (results.length > 0 || failures.length === 0) {
    const report = formatReport(format, results, { lang, color: useColor(io), version: packageVersion() });
    io.out(report.output);
    for (const x of report.failed) {
      failures.push({ nl: `De meldingen voor ‘${x.file}’ konden niet geschreven worden (${x.reason}).`, en: `The findings for '${x.file}' could not be written (${x.reason}).` });
    }
  }

  for (const f of failures) io.err(say(lang, f));
  if (failures.length > 0) return 2;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  const max = typeof opts['max-warnings'] === 'string' ? Number(opts['max-warnings']) : Infinity;
  if (warnings > max) {
    io.err(say(lang, {
      nl: `Te veel waarschuwingen: ${warnings}, terwijl --max-warnings er hoogstens ${max} toestaat.`,
      en: `Too many warnings: ${warnings}, while --max-warnings allows at most ${max}.`,
    }));
  }
  return errors > 0 || warnings > max ? 1 : 0;
}

function usage(io: Io, text: Localized, lang: Lang): number {
  const more = lang === 'nl' ? "Zie 'scaling-plan lint --help' voor de opties." : "Run 'scaling-plan lint --help' for the options.";
  io.err(`scaling-plan lint: ${oneLine(text[lang], MAX_LINE)}\n${more}\n`);
  return 2;
}

/** One line on stderr: file names and reasons are user text (no escapes, bounded). */
function say(lang: Lang, text: Localized): string {
  return `scaling-plan: ${oneLine(text[lang], MAX_LINE)}\n`;
}

/** The OS locale's language (the fallback for messages about a config that has no valid `lang`). */
function localeLang(env: NodeJS.ProcessEnv): Lang {
  return cliLang(undefined, undefined, env);
}

function reason(e: unknown): Localized {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as NodeJS.ErrnoException).code) : '';
  if (code === 'ENOENT') return { nl: 'niet gevonden', en: 'not found' };
  if (code === 'EACCES' || code === 'EPERM') return { nl: 'geen toegang', en: 'permission denied' };
  if (code === 'EISDIR') return { nl: 'dit is een map', en: 'this is a folder' };
  const msg = code || (e instanceof Error ? e.message : String(e));
  return { nl: msg, en: msg };
}
