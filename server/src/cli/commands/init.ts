/**
 * `scaling-plan init [FILE]`: writes a new plan (server/src/skeleton.ts, the
 * same template as VS Code's "New scaling plan"): `stage: design`, every part
 * present with empty values and the prompts in comments beside them, so the
 * plan lints without errors to exactly the gaps still to fill, all `info`.
 * Never overwrites a file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang, Localized } from '../../model/types.js';
import { skeleton } from '../../skeleton.js';
import { cliLang, guessLang, parseArgs, UsageError, type OptionSpec } from '../args.js';
import { PLAN_FILE, toDisplay } from '../files.js';
import type { Io } from '../io.js';

const OPTIONS: OptionSpec[] = [
  { name: 'lang', type: 'string', values: ['nl', 'en'] },
  { name: 'help', alias: 'h', type: 'boolean' },
];

const HELP: Localized = {
  en: `Usage: scaling-plan init [FILE] [--lang nl|en]

Writes a new plan (default: plan.scaling.yaml) with every part of the scaling
canvas present, its values empty and the questions beside them as comments.
An existing file is never overwritten.
`,
  nl: `Gebruik: scaling-plan init [BESTAND] [--lang nl|en]

Schrijft een nieuw plan (standaard: plan.scaling.yaml) met alle onderdelen van
het opschalingscanvas, met lege waarden en de vragen erbij als commentaar.
Een bestaand bestand wordt nooit overschreven.
`,
};

export async function run(args: string[], io: Io): Promise<number> {
  let opts: Record<string, string | boolean | undefined>;
  let files: string[];
  try {
    ({ options: opts, positionals: files } = parseArgs(args, OPTIONS));
    if (files.length > 1) throw new UsageError({ nl: 'geef hooguit één bestandsnaam', en: 'give at most one file name' });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const l = guessLang(args, io.env);
    io.err(`scaling-plan init: ${e.text[l]}\n${l === 'nl' ? "Zie 'scaling-plan init --help'." : "Run 'scaling-plan init --help'."}\n`);
    return 2;
  }
  const lang = cliLang(opts['lang'] as Lang | undefined, undefined, io.env);
  if (opts['help']) {
    io.out(HELP[lang]);
    return 0;
  }
  const abs = resolve(io.cwd, files[0] ?? 'plan.scaling.yaml');
  const shown = toDisplay(abs, io.cwd);
  try {
    writeFileSync(abs, skeleton(lang, abs), { encoding: 'utf8', flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why: Localized = code === 'EEXIST'
      ? { nl: `‘${shown}’ bestaat al; init overschrijft niets. Kies een andere naam.`, en: `'${shown}' already exists; init overwrites nothing. Choose another name.` }
      : { nl: `‘${shown}’ kan niet geschreven worden (${plainWriteError(code, 'nl') ?? code ?? String(e)}).`, en: `'${shown}' cannot be written (${plainWriteError(code, 'en') ?? code ?? String(e)}).` };
    io.err(`scaling-plan init: ${why[lang]}\n`);
    return 2;
  }
  const done: Localized = {
    nl: `${shown} geschreven. Vul de lege waarden in (de vraag staat erachter) en controleer het plan met: scaling-plan lint ${shown}\n`,
    en: `Wrote ${shown}. Fill in the prompts, then check the plan with: scaling-plan lint ${shown}\n`,
  };
  io.out(done[lang]);
  if (!PLAN_FILE.test(abs)) {
    io.err(lang === 'nl'
      ? 'Let op: editors en lint herkennen een plan aan de naam *.scaling.yaml.\n'
      : 'Note: editors and lint recognise a plan by its name *.scaling.yaml.\n');
  }
  return 0;
}

/** A write error in plain words (the folder is missing, no access), not the system's code. */
function plainWriteError(code: string | undefined, lang: Lang): string | undefined {
  const plain: Record<string, Localized> = {
    ENOENT: { nl: 'de map bestaat niet', en: 'the folder does not exist' },
    ENOTDIR: { nl: 'de map bestaat niet', en: 'the folder does not exist' },
    EACCES: { nl: 'geen toegang', en: 'permission denied' },
    EPERM: { nl: 'geen toegang', en: 'permission denied' },
    EISDIR: { nl: 'dit is een map', en: 'this is a folder' },
  };
  return code !== undefined && Object.hasOwn(plain, code) ? plain[code]![lang] : undefined;
}
