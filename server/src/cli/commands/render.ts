/**
 * `scaling-plan render PLAN [-o OUT.html] [--pdf OUT.pdf] [--lang nl|en]
 * [--config FILE]`: the handbook's five sheets as one self-contained HTML
 * file, for people without VS Code, or as a PDF (one A3 landscape page per
 * sheet) printed through a locally installed Chromium (pdf.ts). Without -o
 * or --pdf the page goes to stdout. Each sheet shows today's date (or
 * SOURCE_DATE_EPOCH's, for reproducible output) and, inside git, the
 * revision. Exit 0 when the output is written — also when the plan has
 * findings (they are on the page); 2 for a usage error, a plan that cannot
 * be read, an output that cannot be written, or no Chromium for --pdf.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfigForFile, readConfig, type LoadedConfig } from '../../config/config.js';
import { analyse } from '../../lint.js';
import type { Lang, Localized } from '../../model/types.js';
import { git, openRepo } from '../../git/git.js';
import { renderStandalone, type SheetMeta } from '../../preview/render.js';
import { cliLang, type OptionSpec } from '../args.js';
import { startPlanCommand, usage } from '../start.js';
import type { Io } from '../io.js';
import { findChromium, printPdf } from '../pdf.js';

const OPTIONS: OptionSpec[] = [
  { name: 'output', alias: 'o', type: 'string' },
  { name: 'pdf', type: 'string' },
  { name: 'lang', type: 'string', values: ['nl', 'en'] },
  { name: 'config', alias: 'c', type: 'string' },
  { name: 'help', alias: 'h', type: 'boolean' },
];

const HELP: Localized = {
  en: `Usage: scaling-plan render PLAN [options]

Writes the plan's canvas as the handbook's five sheets — 1 the overall
canvas (pilot, status per part: the team's assessment beside the findings,
strategy, floor monitor, evidence, action list, learning agenda), 2–5 one
per part — as one self-contained HTML file: no scripts, nothing loaded from
elsewhere. Printed, each sheet is one A3 landscape page. Each sheet names
the plan, the date and, inside git, the revision.

Options:
  -o, --output FILE     write the page to FILE (default: stdout)
      --pdf FILE        print the sheets to FILE as PDF with a Chromium or
                        Google Chrome installed here (or $SCALING_PLAN_CHROMIUM)
      --lang nl|en      language of the canvas
  -c, --config FILE     use this config instead of the nearest .scalingrc.yaml
  -h, --help            show this help

Exit status: 0 the page was written (also when the plan has findings),
2 for a usage error, a plan that cannot be read, an output that cannot be
written, or no Chromium for --pdf.
`,
  nl: `Gebruik: scaling-plan render PLAN [opties]

Schrijft het canvas van het plan als de vijf bladen van het handboek — 1 het
overkoepelende canvas (pilot, status per onderdeel: het oordeel van het team
naast de meldingen, strategie, ondergrens, bewijsmateriaal, actielijst,
leeragenda), 2–5 één per onderdeel — als één zelfstandig HTML-bestand: geen
scripts, niets van elders geladen. Afgedrukt is elk blad één A3-pagina
liggend. Elk blad noemt het plan, de datum en, in git, de revisie.

Opties:
  -o, --output BESTAND  schrijf de pagina naar BESTAND (standaard: stdout)
      --pdf BESTAND     druk de bladen af naar BESTAND als PDF, met een hier
                        geïnstalleerde Chromium of Google Chrome (of $SCALING_PLAN_CHROMIUM)
      --lang nl|en      taal van het canvas
  -c, --config BESTAND  gebruik deze configuratie in plaats van de dichtstbijzijnde .scalingrc.yaml
  -h, --help            deze hulp tonen

Afsluitcode: 0 de pagina is geschreven (ook als het plan meldingen heeft),
2 bij een verkeerde aanroep, een plan dat niet gelezen kan worden, een
uitvoer die niet geschreven kan worden, of geen Chromium voor --pdf.
`,
};

export async function run(args: string[], io: Io): Promise<number> {
  const started = startPlanCommand('render', args, io, OPTIONS, HELP);
  if ('exit' in started) return started.exit;
  const { opts, flagLang, earlyLang, positionals } = started;
  const planArg = positionals[0]!;
  const plan = resolve(io.cwd, planArg);
  const output = typeof opts['output'] === 'string' && opts['output'] !== '-' ? resolve(io.cwd, opts['output']) : undefined;
  const pdfOut = typeof opts['pdf'] === 'string' ? resolve(io.cwd, opts['pdf']) : undefined;
  if (output === plan || pdfOut === plan) {
    return usage(io, 'render', { nl: 'de uitvoer zou het plan zelf overschrijven', en: 'the output would overwrite the plan itself' }, earlyLang);
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
      nl: `let op: ${where} bevat ${loaded.diagnostics.length === 1 ? '1 fout' : `${loaded.diagnostics.length} fouten`}; 'scaling-plan lint' toont ze.`,
      en: `note: ${where} has ${loaded.diagnostics.length === 1 ? '1 problem' : `${loaded.diagnostics.length} problems`}; 'scaling-plan lint' shows ${loaded.diagnostics.length === 1 ? 'it' : 'them'}.`,
    }));
  }

  let text: string;
  try {
    text = readFileSync(plan, 'utf8');
  } catch (e) {
    return fail(io, lang, { nl: `‘${planArg}’ kan niet gelezen worden (${reason(e, 'nl')})`, en: `'${planArg}' cannot be read (${reason(e, 'en')})` });
  }
  const analysis = analyse(text, { lang, rules: loaded.config.rules });
  // Before any work on a PDF: say plainly when there is no browser to print with.
  const chromium = pdfOut ? findChromium(io.env) : undefined;
  if (chromium && 'error' in chromium) return fail(io, lang, chromium.error);
  const html = renderStandalone(analysis, { lang, ...(await sheetMeta(plan, io.env)) });
  const n = analysis.diagnostics.length;
  const written = (file: string): string => say(lang, {
    nl: `canvas geschreven naar ${file} (${n} ${n === 1 ? 'melding' : 'meldingen'}).`,
    en: `canvas written to ${file} (${n} ${n === 1 ? 'finding' : 'findings'}).`,
  });
  if (!output && !pdfOut) {
    io.out(html);
    return 0;
  }
  if (output) {
    try {
      writeFileSync(output, html, 'utf8');
    } catch (e) {
      return fail(io, lang, { nl: `‘${String(opts['output'])}’ kan niet geschreven worden (${reason(e, 'nl')})`, en: `'${String(opts['output'])}' cannot be written (${reason(e, 'en')})` });
    }
    io.err(written(String(opts['output'])));
  }
  if (pdfOut && chromium && 'path' in chromium) {
    const printed = await printPdf(chromium.path, html, pdfOut);
    if ('error' in printed) return fail(io, lang, printed.error);
    io.err(written(String(opts['pdf'])));
  }
  return 0;
}

/**
 * The date and revision the sheets show (the renderer takes them, it does
 * not look them up). The date is today's, or SOURCE_DATE_EPOCH's (seconds,
 * the reproducible-builds convention) so a CI artefact can be the same bytes.
 * The revision: `git rev-parse --short HEAD` where the plan is in a
 * repository, marked when the file differs from it; outside git, none.
 */
async function sheetMeta(plan: string, env: NodeJS.ProcessEnv): Promise<SheetMeta> {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const when = epoch && /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  const meta: SheetMeta = { date: epoch ? when.toISOString().slice(0, 10) : localDay(when) };
  try {
    const repo = await openRepo(plan, dirname(plan));
    const head = await git(repo.root, ['rev-parse', '--short', 'HEAD']);
    const rev = head.stdout.trim();
    if (head.code !== 0 || !/^[0-9a-f]{4,64}$/.test(rev)) return meta;
    meta.revision = rev;
    const status = await git(repo.root, ['status', '--porcelain', '-z', '--', repo.path]);
    if (status.code === 0 && status.stdout !== '') meta.dirty = true;
  } catch {
    // Not in a repository, or no git: the sheets show no revision.
  }
  return meta;
}

function localDay(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
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
