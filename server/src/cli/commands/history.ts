/**
 * `scaling-plan history PLAN [--format text|json|markdown|html]`: the plan's
 * readiness at each commit that touched it, newest first, following
 * renames. Exit 0 when the report is written; 2 for a usage error, a plan
 * outside a repository, or git not installed.
 */
import { formatHistory, GitError, planHistory, type ReportFormat } from '../../git/readiness.js';
import { historyPage } from '../../git/historyChart.js';
import type { Localized } from '../../model/types.js';
import { cliLang, type OptionSpec } from '../args.js';
import type { Io } from '../io.js';
import { fail, planConfig, startPlanCommand } from './diff.js';

const OPTIONS: OptionSpec[] = [
  { name: 'format', alias: 'f', type: 'string', values: ['text', 'json', 'markdown', 'html'] },
  { name: 'max-count', alias: 'n', type: 'string', number: 'whole' },
  { name: 'lang', type: 'string', values: ['nl', 'en'] },
  { name: 'config', alias: 'c', type: 'string' },
  { name: 'help', alias: 'h', type: 'boolean' },
];

const HELP: Localized = {
  en: `Usage: scaling-plan history PLAN [options]

Lists the plan's readiness (SPEC §5: counts per canvas part and findings by
severity) for each commit that touched it, newest first, following renames.

Options:
  -f, --format NAME     text (default), json, markdown, html (charts, one page)
  -n, --max-count N     only the newest N commits
      --lang nl|en      language of the report
  -c, --config FILE     use this config instead of the nearest .scalingrc.yaml
  -h, --help            show this help

Exit status: 0 the report was written, 2 for a usage error, a plan outside
a git repository, or git not installed.
`,
  nl: `Gebruik: scaling-plan history PLAN [opties]

Toont de gereedheid van het plan (aantallen per onderdeel van het canvas en
meldingen per ernst) bij elke commit die het plan veranderde, nieuwste eerst,
ook van vóór een hernoeming.

Opties:
  -f, --format NAAM     text (standaard), json, markdown, html (grafieken, één pagina)
  -n, --max-count N     alleen de nieuwste N commits
      --lang nl|en      taal van het verslag
  -c, --config BESTAND  gebruik deze configuratie in plaats van de dichtstbijzijnde .scalingrc.yaml
  -h, --help            deze hulp tonen

Afsluitcode: 0 het verslag is geschreven, 2 bij een verkeerde aanroep, een
plan buiten een git-repository of als git ontbreekt.
`,
};

export async function run(args: string[], io: Io): Promise<number> {
  const command = 'history';
  const start = startPlanCommand(command, args, io, OPTIONS, HELP);
  if ('exit' in start) return start.exit;
  const { opts, positionals, flagLang, earlyLang } = start;
  const cfg = planConfig(positionals[0]!, opts['config'], io, flagLang);
  if ('error' in cfg) return fail(io, command, earlyLang, cfg.error);
  const lang = cliLang(flagLang, cfg.config.lang, io.env);
  const max = typeof opts['max-count'] === 'string' ? Number(opts['max-count']) : undefined;
  try {
    const history = await planHistory(positionals[0]!, { cwd: io.cwd, lang, rules: cfg.config.rules, ...(max !== undefined ? { limit: max } : {}) });
    const format = (opts['format'] as string | undefined) ?? 'text';
    // html: the readiness over the commits as a picture (git/historyChart.ts), a page without scripts.
    io.out(format === 'html' ? historyPage(history, lang) : formatHistory(history, format as ReportFormat, lang));
    return 0;
  } catch (e) {
    if (e instanceof GitError) return fail(io, command, lang, e.text);
    throw e;
  }
}
