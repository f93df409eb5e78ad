/**
 * The plans one `lint` (or `report`) run reads, each analysed once with the
 * config that applies to it. `report` builds on exactly this, so its counts
 * are the counts of `lint --format json` by construction.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfigForFile, NODE_HOST, type ConfigForFile } from '../config/config.js';
import { forPlan, resolveFile, type ResolvedConfig } from '../config/layers.js';
import { fixPlan } from '../edits/apply.js';
import { analyse, type Analysis, type LintOptions } from '../lint.js';
import type { Diagnostic, Lang, Localized } from '../model/types.js';
import { cliLang } from './args.js';
import { MAX_LINE, oneLine } from '../text.js';
import { findPlans, ignoreMatcher, toDisplay, unreadableDiagnostic } from './files.js';
import type { FileResult } from './formatters/types.js';
import type { Io } from './io.js';

export interface CollectOptions {
  paths: string[];
  config?: string;
  lang?: Lang;
  /** Apply the safe fixes first (`--fix`); the analysis is then of the fixed text. */
  fix?: boolean;
  /** `--stdin`: this text instead of files, named `name` (relative to the cwd) for config and output. */
  stdin?: { text: string; name?: string };
}

export interface LintedPlan {
  /** As shown: relative to the cwd, forward slashes (`<stdin>` without a name). */
  file: string;
  abs: string;
  analysis: Analysis;
  options: LintOptions;
  /** With `fix`: the fixed text, when a fix changed it. */
  fixed?: string;
}

export interface Collected {
  lang: Lang;
  plans: LintedPlan[];
  /** Config files with problems, each once (shown as results of their own). */
  configs: FileResult[];
  /** Plans found but not read (a link out of the linted root, a name that is not UTF-8, no access): one SP001 each. */
  unread: FileResult[];
  failures: Localized[];
  /** Set when nothing could start (the `--config` file is unreadable): exit 2. */
  usage?: Localized;
}

export const STDIN_NAME = '<stdin>';

export function collect(opts: CollectOptions, io: Io): Collected {
  const flagLang = opts.lang;
  const envLang = localeLang(io.env);
  let fixedConfig: ConfigForFile | undefined;
  let fixedFolder: ResolvedConfig | undefined;
  if (opts.config !== undefined) {
    const abs = resolve(io.cwd, opts.config);
    try {
      readFileSync(abs, 'utf8'); // an unreadable --config is a usage error, before anything is linted
    } catch (e) {
      const why = reason(e);
      return {
        lang: cliLang(flagLang, undefined, io.env), plans: [], configs: [], unread: [], failures: [],
        usage: { nl: `het configuratiebestand ‘${opts.config}’ kan niet gelezen worden (${why.nl})`, en: `the config file '${opts.config}' cannot be read (${why.en})` },
      };
    }
    // The given file with what it extends (not the folder chain); its overrides still apply per plan.
    const r = resolveFile(abs, NODE_HOST, { ...(flagLang ? { lang: flagLang } : {}), ...(envLang ? { fallbackLang: envLang } : {}) });
    fixedConfig = { config: r.config, diagnostics: r.sources[0]?.diagnostics ?? [], file: abs, sources: r.sources };
    fixedFolder = r;
  }
  const configFor = (abs: string): ConfigForFile => (fixedConfig && fixedFolder ? { ...fixedConfig, config: forPlan(fixedFolder, abs) } : loadConfigForFile(abs, undefined, flagLang, envLang));
  const lang = cliLang(flagLang, configFor(join(io.cwd, 'plan.scaling.yaml')).config.lang, io.env);
  const out: Collected = { lang, plans: [], configs: [], unread: [], failures: [] };
  const configsShown = new Set<string>();
  const ignores = new Map<string, (rel: string) => boolean>();

  const lintOne = (file: string, abs: string, text: string, cfg: ConfigForFile): void => {
    const options: LintOptions = { lang: cliLang(flagLang, cfg.config.lang, io.env), rules: cfg.config.rules };
    try {
      if (opts.fix) {
        const r = fixPlan(text, options);
        out.plans.push({ file, abs, analysis: r.analysis, options, ...(r.text !== text ? { fixed: r.text } : {}) });
      } else out.plans.push({ file, abs, analysis: analyse(text, options), options });
    } catch (e) {
      // A bug in the engine must not cost the report on the other plans.
      const why = reason(e);
      out.failures.push({ nl: `interne fout bij het controleren van ‘${file}’: ${why.nl}`, en: `internal error while checking '${file}': ${why.en}` });
    }
  };
  const showConfig = (cfg: ConfigForFile): void => {
    // Each config file of the chain once, with its own problems (an extended file's are on its `extends`).
    for (const s of cfg.sources ?? (cfg.file ? [{ file: cfg.file, diagnostics: cfg.diagnostics }] : [])) {
      if (configsShown.has(s.file)) continue;
      configsShown.add(s.file);
      if (s.diagnostics.length > 0) out.configs.push({ file: toDisplay(s.file, io.cwd), diagnostics: s.diagnostics });
    }
  };

  if (opts.stdin) {
    // Named or not, standard input is linted: `ignore` is for files the CLI finds.
    const abs = resolve(io.cwd, opts.stdin.name ?? 'stdin.scaling.yaml');
    const cfg = configFor(abs);
    showConfig(cfg);
    lintOne(opts.stdin.name !== undefined ? toDisplay(abs, io.cwd) : STDIN_NAME, abs, opts.stdin.text, cfg);
    return out;
  }

  const found = findPlans(opts.paths, io.cwd);
  out.failures.push(...found.problems);
  for (const f of found.files) {
    const cfg = configFor(f.abs);
    showConfig(cfg);
    if (cfg.file && cfg.config.ignore.length > 0) {
      let ignored = ignores.get(cfg.file);
      if (!ignored) ignores.set(cfg.file, (ignored = ignoreMatcher(cfg.config.ignore)));
      if (ignored(toDisplay(f.abs, cfg.config.ignoreBase ?? dirname(cfg.file)))) {
        if (f.explicit) io.err(say(lang, { nl: `‘${f.display}’ wordt overgeslagen: het past bij een ‘ignore’-patroon in ${toDisplay(cfg.file, io.cwd)}.`, en: `'${f.display}' is skipped: it matches an 'ignore' pattern in ${toDisplay(cfg.file, io.cwd)}.` }));
        continue;
      }
    }
    const fileLang = cliLang(flagLang, cfg.config.lang, io.env);
    if (f.unreadable) {
      out.unread.push({ file: f.display, diagnostics: [unreadableDiagnostic(f.unreadable, fileLang)] });
      continue;
    }
    let text: string;
    try {
      text = readFileSync(f.abs, 'utf8');
    } catch (e) {
      const why = reason(e);
      // A path the user named is exit 2 (SPEC §4); one found in a folder is one finding on it, and the others are linted.
      if (f.explicit) out.failures.push({ nl: `‘${f.display}’ kan niet gelezen worden (${why.nl}).`, en: `'${f.display}' cannot be read (${why.en}).` });
      else out.unread.push({ file: f.display, diagnostics: [unreadableDiagnostic({ nl: `Dit plan kan niet gelezen worden (${why.nl}).`, en: `This plan cannot be read (${why.en}).` }, fileLang)] });
      continue;
    }
    lintOne(f.display, f.abs, text, cfg);
  }
  out.plans.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return out;
}

/** Config results and plan results in one list, sorted by file as `lint` prints them. */
export function fileResults(c: Collected, keep: (ds: Diagnostic[]) => Diagnostic[] = (ds) => ds): FileResult[] {
  const all: FileResult[] = [
    ...c.configs.map((r) => ({ ...r, diagnostics: keep(r.diagnostics) })),
    ...c.unread.map((r) => ({ ...r, diagnostics: keep(r.diagnostics) })),
    ...c.plans.map((p) => ({ file: p.file, diagnostics: keep(p.analysis.diagnostics), suppressed: p.analysis.suppressed })),
  ];
  return all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** One line on stderr: file names and reasons are user text (no escapes, bounded). */
export function say(lang: Lang, text: Localized): string {
  return `scaling-plan: ${oneLine(text[lang], MAX_LINE)}\n`;
}

/** The OS locale's language (the fallback for messages about a config that has no valid `lang`). */
function localeLang(env: NodeJS.ProcessEnv): Lang {
  return cliLang(undefined, undefined, env);
}

export function reason(e: unknown): Localized {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as NodeJS.ErrnoException).code) : '';
  if (code === 'ENOENT') return { nl: 'niet gevonden', en: 'not found' };
  if (code === 'EACCES' || code === 'EPERM') return { nl: 'geen toegang', en: 'permission denied' };
  if (code === 'EISDIR') return { nl: 'dit is een map', en: 'this is a folder' };
  const msg = code || (e instanceof Error ? e.message : String(e));
  return { nl: msg, en: msg };
}
