/**
 * `scaling-plan report [PATH…] [-o OUT] [--format html|markdown|json]`: the
 * portfolio (SPEC §6.6) — every plan under the paths, found and analysed
 * exactly as `lint` does (same config, same `ignore`), one page. Exit 0 when
 * the report is written (findings are in it, not in the exit status); 2 for a
 * usage error, a path that cannot be read or an output that cannot be written.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang, Localized } from '../../model/types.js';
import { cliLang, type OptionSpec } from '../args.js';
import { startCommand, usage } from '../start.js';
import { collect, reason, say } from '../collect.js';
import type { Io } from '../io.js';
import { portfolio, portfolioHtml, portfolioMarkdown } from '../portfolio.js';

const OPTIONS: OptionSpec[] = [
  { name: 'format', alias: 'f', type: 'string', values: ['html', 'markdown', 'json'] },
  { name: 'output', alias: 'o', type: 'string' },
  { name: 'config', alias: 'c', type: 'string' },
  { name: 'lang', type: 'string', values: ['nl', 'en'] },
  { name: 'help', alias: 'h', type: 'boolean' },
];

const HELP: Localized = {
  en: `Usage: scaling-plan report [PATH…] [options]

The portfolio: every plan (*.scaling.yaml) under PATH (default: the current
folder) in one page — per plan its stage, its readiness per canvas part and
its findings by severity, sorted by plan name. The counts are those of
'scaling-plan lint --format json' on the same plans.

Options:
  -f, --format NAME     html (default; one self-contained page, sortable
                        without scripts), markdown (a wiki or a CI job
                        summary), json
  -o, --output FILE     write to FILE (default: stdout)
  -c, --config FILE     use this config instead of the nearest .scalingrc.yaml
      --lang nl|en      language of the report
  -h, --help            show this help

Exit status: 0 the report was written (also when plans have findings),
2 for a usage error, a path that cannot be read or an output that cannot be written.
`,
  nl: `Gebruik: scaling-plan report [PAD…] [opties]

Het portfolio: alle plannen (*.scaling.yaml) onder PAD (standaard: de huidige
map) op één pagina — per plan de fase, de stand per deel van het canvas en de
meldingen per ernst, gesorteerd op naam van het plan. De aantallen zijn die van
'scaling-plan lint --format json' op dezelfde plannen.

Opties:
  -f, --format NAAM     html (standaard; één losse pagina, te sorteren zonder
                        scripts), markdown (een wiki of de samenvatting van een
                        CI-job), json
  -o, --output BESTAND  naar BESTAND schrijven (standaard: stdout)
  -c, --config BESTAND  gebruik deze configuratie in plaats van de dichtstbijzijnde .scalingrc.yaml
      --lang nl|en      taal van het verslag
  -h, --help            deze hulp tonen

Afsluitcode: 0 het verslag is geschreven (ook als plannen meldingen hebben),
2 bij een verkeerde aanroep, een pad dat niet gelezen kan worden of een uitvoer
die niet geschreven kan worden.
`,
};

export async function run(args: string[], io: Io): Promise<number> {
  const started = startCommand('report', args, io, OPTIONS, HELP);
  if ('exit' in started) return started.exit;
  const { opts, flagLang } = started;
  const paths = started.positionals;
  const c = await collect({ paths, lang: flagLang, ...(typeof opts['config'] === 'string' ? { config: opts['config'] } : {}) }, io);
  if (c.usage) return usage(io, 'report', c.usage, c.lang);
  for (const f of c.failures) io.err(say(c.lang, f));
  if (c.failures.length > 0) return 2;
  const p = portfolio(c.plans, c.lang);
  const format = (opts['format'] as string | undefined) ?? 'html';
  const text = format === 'json' ? `${JSON.stringify(p, null, 2)}\n` : format === 'markdown' ? portfolioMarkdown(p) : portfolioHtml(p);
  const out = opts['output'];
  if (typeof out !== 'string') {
    io.out(text);
    return 0;
  }
  try {
    writeFileSync(resolve(io.cwd, out), text, 'utf8');
  } catch (e) {
    const why = reason(e);
    io.err(say(c.lang, { nl: `‘${out}’ kan niet geschreven worden (${why.nl}).`, en: `'${out}' cannot be written (${why.en}).` }));
    return 2;
  }
  return 0;
}

