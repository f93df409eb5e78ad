/**
 * `scaling-plan diff PLAN [--from REV] [--to REV] [--format text|json|markdown]`:
 * the plan's readiness compared between two git revisions (default `HEAD`
 * against the working tree). A report, not a lint: exit 0 whatever moved;
 * 2 for a usage error, an unaccepted or unknown revision, no git, or a plan
 * outside a repository.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfigForFile, readConfig, type ScalingConfig } from '../../config/config.js';
import { checkRevision, diffPlan, formatDiff, GitError, type ReportFormat } from '../../git/readiness.js';
import type { Lang, Localized } from '../../model/types.js';
import { cliLang, guessLang, type OptionSpec } from '../args.js';
import { startPlanCommand, usage } from '../start.js';

export { startPlanCommand, usage } from '../start.js';
import type { Io } from '../io.js';

const OPTIONS: OptionSpec[] = [
  { name: 'from', type: 'string' },
  { name: 'to', type: 'string' },
  { name: 'format', alias: 'f', type: 'string', values: ['text', 'json', 'markdown'] },
  { name: 'lang', type: 'string', values: ['nl', 'en'] },
  { name: 'config', alias: 'c', type: 'string' },
  { name: 'help', alias: 'h', type: 'boolean' },
];

const HELP: Localized = {
  en: `Usage: scaling-plan diff PLAN [options]

Compares the plan's readiness between two git revisions: ingredient statuses
that moved, routes, partners, pilot conditions and actions added, dropped or
changed, and findings that were resolved or are new.

Options:
      --from REV        the older end (default: HEAD)
      --to REV          the newer end (default: the working tree)
  -f, --format NAME     text (default), json, markdown (a pull-request comment)
      --lang nl|en      language of the report
  -c, --config FILE     use this config instead of the nearest .scalingrc.yaml
  -h, --help            show this help

REV is a branch, tag, commit hash or something like HEAD~2 or origin/main.
Exit status: 0 the report was written, 2 for a usage error, an unknown
revision, a plan outside a git repository, or git not installed.
`,
  nl: `Gebruik: scaling-plan diff PLAN [opties]

Vergelijkt de gereedheid van het plan tussen twee git-revisies: ingrediënten
waarvan de status veranderde, routes, partners, pilotomstandigheden en acties
die erbij kwamen, vervielen of veranderden, en meldingen die opgelost of nieuw
zijn.

Opties:
      --from REV        het oudere punt (standaard: HEAD)
      --to REV          het nieuwere punt (standaard: de werkmap)
  -f, --format NAAM     text (standaard), json, markdown (een reactie bij een pull request)
      --lang nl|en      taal van het verslag
  -c, --config BESTAND  gebruik deze configuratie in plaats van de dichtstbijzijnde .scalingrc.yaml
  -h, --help            deze hulp tonen

REV is een branch, tag, commit-hash of iets als HEAD~2 of origin/main.
Afsluitcode: 0 het verslag is geschreven, 2 bij een verkeerde aanroep, een
onbekende revisie, een plan buiten een git-repository of als git ontbreekt.
`,
};

export async function run(args: string[], io: Io): Promise<number> {
  const command = 'diff';
  // `--from -p`: say what is wrong with the revision, not only that a value is missing.
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  const optionLike = args.findIndex((a, i) => i < end && (a === '--from' || a === '--to') && args[i + 1]?.startsWith('-'));
  if (optionLike >= 0) return fail(io, command, guessLang(args, io.env), revisionError(args[optionLike + 1]!));
  const start = startPlanCommand(command, args, io, OPTIONS, HELP);
  if ('exit' in start) return start.exit;
  const { opts, positionals, flagLang, earlyLang } = start;
  const from = opts['from'] as string | undefined;
  const to = opts['to'] as string | undefined;
  try {
    // Before anything else runs: a hostile revision never reaches git.
    if (from !== undefined) checkRevision(from);
    if (to !== undefined) checkRevision(to);
  } catch (e) {
    if (e instanceof GitError) return fail(io, command, earlyLang, e.text);
    throw e;
  }
  const cfg = planConfig(positionals[0]!, opts['config'], io, flagLang);
  if ('error' in cfg) return fail(io, command, earlyLang, cfg.error);
  const lang = cliLang(flagLang, cfg.config.lang, io.env);
  try {
    const diff = await diffPlan(positionals[0]!, { cwd: io.cwd, lang, rules: cfg.config.rules, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
    io.out(formatDiff(diff, ((opts['format'] as string | undefined) ?? 'text') as ReportFormat, lang));
    return 0;
  } catch (e) {
    if (e instanceof GitError) return fail(io, command, lang, e.text);
    throw e;
  }
}

function revisionError(rev: string): Localized {
  try {
    checkRevision(rev);
  } catch (e) {
    if (e instanceof GitError) return e.text;
  }
  return { nl: `‘${rev}’ is geen revisie`, en: `'${rev}' is not a revision` };
}

/** The config for the plan: `--config FILE`, else the nearest `.scalingrc.yaml` (the same as `lint` uses). */
export function planConfig(plan: string, configFlag: string | boolean | undefined, io: Io, lang: Lang | undefined): { config: ScalingConfig } | { error: Localized } {
  if (typeof configFlag !== 'string') return { config: loadConfigForFile(resolve(io.cwd, plan), undefined, lang).config };
  const abs = resolve(io.cwd, configFlag);
  try {
    return { config: readConfig(readFileSync(abs, 'utf8'), abs, lang).config };
  } catch {
    return { error: { nl: `het configuratiebestand ‘${configFlag}’ kan niet gelezen worden`, en: `the config file '${configFlag}' cannot be read` } };
  }
}

export function fail(io: Io, command: string, lang: Lang, text: Localized): number {
  io.err(`scaling-plan ${command}: ${text[lang]}\n`);
  return 2;
}
