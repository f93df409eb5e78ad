/**
 * `scaling-plan lint [PATH…]`: find the plans, analyse them (in worker
 * threads when there are enough: `--concurrency`; from `--cache` when
 * unchanged), and print one report — the same bytes however it ran. Exit 0
 * clean, 1 findings (errors, or more warnings than --max-warnings), 2 usage
 * errors and paths that cannot be read.
 */
import { writeFileSync } from 'node:fs';
import type { Diagnostic, Lang, Localized } from '../../model/types.js';
import { cliLang, type OptionSpec } from '../args.js';
import { startCommand, usage } from '../start.js';
import { fileResults, reason, say, type Collected } from '../collect.js';
import { lintRun } from '../lintRun.js';
import { parseConcurrency } from '../pool.js';
import { FORMATTERS, FORMAT_NAMES, formatReport } from '../formatters/index.js';
import { MAX_LINE, oneLine } from '../../text.js';
import type { FileResult } from '../formatters/types.js';
import { packageVersion, useColor, type Io } from '../io.js';
import { analyse } from '../../lint.js';

const OPTIONS: OptionSpec[] = [
  { name: 'format', alias: 'f', type: 'string', values: FORMAT_NAMES },
  { name: 'config', alias: 'c', type: 'string' },
  { name: 'lang', type: 'string', values: ['nl', 'en'] },
  { name: 'max-warnings', type: 'string', number: 'whole' },
  { name: 'quiet', alias: 'q', type: 'boolean' },
  { name: 'fix', type: 'boolean' },
  { name: 'stdin', type: 'boolean' },
  { name: 'stdin-filename', type: 'string' },
  { name: 'new-since', type: 'string' },
  { name: 'concurrency', type: 'string' },
  { name: 'cache', type: 'boolean' },
  { name: 'cache-location', type: 'string' },
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
      --fix             apply the safe fixes (those of 'Fix all' in the
                        editor), write the files, and report what stays
      --stdin           lint standard input instead of files; with --fix,
                        print the fixed text (the report goes to stderr)
      --stdin-filename NAME  the name of standard input: its config is
                        found from NAME's folder, and NAME is shown
      --new-since REV   only findings new since git revision REV count for
                        the exit status (all are shown; new ones marked)
      --concurrency N|auto|off  check plans in N worker threads; auto
                        (default): threads only when there are enough plans
                        to gain from them; off: all in one thread
      --cache           keep the findings in .scalingplancache and reuse
                        them for plans whose text and config did not change
      --cache-location PATH  the cache file (or a folder to hold it)
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
      --fix             de veilige oplossingen toepassen (die van ‘Alle
                        automatisch op te lossen problemen oplossen’ in de
                        editor), de bestanden schrijven en melden wat overblijft
      --stdin           standaardinvoer controleren in plaats van bestanden;
                        met --fix: de gerepareerde tekst afdrukken (het
                        verslag gaat naar stderr)
      --stdin-filename NAAM  de naam van de standaardinvoer: de configuratie
                        wordt vanaf de map van NAAM gezocht, en NAAM getoond
      --new-since REV   alleen meldingen die nieuw zijn sinds git-revisie REV
                        tellen mee voor de afsluitcode (alle worden getoond;
                        nieuwe gemarkeerd)
      --concurrency N|auto|off  plannen in N werkthreads controleren; auto
                        (standaard): alleen threads als er genoeg plannen
                        zijn om er tijd mee te winnen; off: alles in één thread
      --cache           de meldingen bewaren in .scalingplancache en opnieuw
                        gebruiken voor plannen waarvan de tekst en de
                        configuratie niet veranderd zijn
      --cache-location PAD  het cachebestand (of een map om het in te zetten)
  -h, --help            deze hulp tonen

Afsluitcode: 0 geen fouten (en niet meer waarschuwingen dan --max-warnings),
1 anders, 2 bij een verkeerde aanroep of een pad dat niet gelezen kan worden.
`,
};

export async function run(args: string[], io: Io): Promise<number> {
  const started = startCommand('lint', args, io, OPTIONS, HELP);
  if ('exit' in started) return started.exit;
  const { opts, flagLang } = started;
  const paths = started.positionals;
  const stdin = opts['stdin'] === true;
  const stdinName = opts['stdin-filename'] as string | undefined;
  if (stdinName !== undefined && !stdin) {
    return usage(io, 'lint', { nl: "'--stdin-filename' hoort bij '--stdin'", en: "'--stdin-filename' goes with '--stdin'" }, cliLang(flagLang, undefined, io.env));
  }
  if (stdin && paths.length > 0) {
    return usage(io, 'lint', { nl: "met '--stdin' geef je geen PAD", en: "'--stdin' takes no PATH" }, cliLang(flagLang, undefined, io.env));
  }
  const concurrency = parseConcurrency(opts['concurrency'] as string | undefined);
  if (concurrency === undefined) {
    return usage(io, 'lint', { nl: `'--concurrency' is een heel getal van 1 of meer, auto of off (niet '${String(opts['concurrency'])}')`, en: `'--concurrency' must be a whole number from 1, auto or off (not '${String(opts['concurrency'])}')` }, cliLang(flagLang, undefined, io.env));
  }
  const cacheAt = opts['cache-location'] as string | undefined;
  if (cacheAt !== undefined && opts['cache'] !== true) {
    return usage(io, 'lint', { nl: "'--cache-location' hoort bij '--cache'", en: "'--cache-location' goes with '--cache'" }, cliLang(flagLang, undefined, io.env));
  }
  const fix = opts['fix'] === true;
  const text = stdin ? await (io.stdin ?? (() => Promise.resolve('')))() : undefined;
  // Standard input has no path to keep a cache entry under: --cache does nothing there.
  const cache = opts['cache'] === true && !stdin ? (await import('../cache.js')).LintCache.open(cacheAt, io.cwd) : undefined;
  const c = await lintRun({
    paths, lang: flagLang, fix,
    ...(typeof opts['config'] === 'string' ? { config: opts['config'] } : {}),
    ...(text !== undefined ? { stdin: { text, ...(stdinName !== undefined ? { name: stdinName } : {}) } } : {}),
  }, { concurrency, ...(cache ? { cache } : {}) }, io);
  if (c.usage) return usage(io, 'lint', c.usage, c.lang);
  const lang = c.lang;
  if (fix && !stdin) writeFixes(c, io);
  const quiet = opts['quiet'] === true;
  const keep = (ds: Diagnostic[]): Diagnostic[] => (quiet ? ds.filter((d) => d.severity === 'error') : ds);
  const results = fileResults(c, keep);
  const rev = opts['new-since'] as string | undefined;
  if (rev !== undefined) {
    const marked = await markNew(c, results, rev, io);
    if (marked) return usage(io, 'lint', marked, lang);
  }

  const format = FORMATTERS[(opts['format'] as string | undefined) ?? 'stylish']!;
  // With --stdin --fix, stdout is the fixed text (an editor replaces the buffer with it); the report goes to stderr.
  const report = stdin && fix ? io.err.bind(io) : io.out.bind(io);
  if (stdin && fix && c.plans[0]) io.out(c.plans[0].fixed ?? text ?? '');
  // Nothing read at all and a path failed: no report, so "no problems" is never claimed.
  if (results.length > 0 || c.failures.length === 0) {
    const out = formatReport(format, results, { lang, color: useColor(io) && !(stdin && fix), version: packageVersion(), ...(rev !== undefined ? { newSince: rev } : {}) });
    report(out.output);
    for (const x of out.failed) {
      c.failures.push({ nl: `De meldingen voor ‘${x.file}’ konden niet geschreven worden (${x.reason}).`, en: `The findings for '${x.file}' could not be written (${x.reason}).` });
    }
  }

  for (const f of c.failures) io.err(say(lang, f));
  if (c.failures.length > 0) return 2;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (r.fresh && !r.fresh.has(d)) continue; // --new-since: what was there already does not count
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

/** `--fix`: write each plan a fix changed; a file that cannot be written is a failure (exit 2), never silent. */
function writeFixes(c: Collected, io: Io): void {
  for (const p of c.plans) {
    if (p.fixed === undefined) continue;
    try {
      writeFileSync(p.abs, p.fixed, 'utf8');
    } catch (e) {
      const why = reason(e);
      c.failures.push({ nl: `‘${p.file}’ kan niet geschreven worden (${why.nl}).`, en: `'${p.file}' cannot be written (${why.en}).` });
    }
  }
  void io;
}

/** `--new-since REV`: mark in each plan's result the findings that REV's plan does not have. A git problem is a usage error. */
async function markNew(c: Collected, results: FileResult[], rev: string, io: Io): Promise<Localized | undefined> {
  // Loaded here: a plain `lint` must not load git (start-up, issue 17).
  const [{ GitError }, { baseReader, newFindings }] = await Promise.all([import('../../git/git.js'), import('../newSince.js')]);
  try {
    const read = baseReader(rev, io.cwd);
    const byFile = new Map(results.map((r) => [r.file, r]));
    for (const p of c.plans) {
      const r = byFile.get(p.file);
      if (!r) continue;
      const old = await read(p.abs);
      const before = old === undefined ? undefined : analyse(old, p.options).diagnostics;
      const fresh = newFindings(before, p.diagnostics);
      r.fresh = new Set(r.diagnostics.filter((d) => fresh.has(d)));
    }
    for (const r of results) r.fresh ??= new Set(r.diagnostics); // config files: not in git's past here
    return undefined;
  } catch (e) {
    if (e instanceof GitError) return { nl: `--new-since: ${e.text.nl}`, en: `--new-since: ${e.text.en}` };
    throw e;
  }
}


