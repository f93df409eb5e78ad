/**
 * The plans one `lint` (or `report`) run reads, each with the config that
 * applies to it. `gather` finds them and reads their text (main thread);
 * the analyses run elsewhere — in this thread, in worker threads
 * (cli/pool.ts) or not at all on a cache hit (cli/cache.ts) — and `settle`
 * puts the answers back in the order a serial run has. `report` builds on
 * exactly this, so its counts are the counts of `lint --format json` by
 * construction.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfigForFile, NODE_HOST, type ConfigForFile } from '../config/config.js';
import { forPlan, resolveFile, type ResolvedConfig } from '../config/layers.js';
import type { Analysis, LintOptions } from '../lint.js';
import type { Diagnostic, Lang, Localized } from '../model/types.js';
import type { Suppressed } from '../suppress.js';
import { cliLang } from './args.js';
import { MAX_LINE, oneLine } from '../text.js';
import { findPlans, ignoreMatcher, toDisplay, unreadableDiagnostic } from './files.js';
import type { FileResult } from './formatters/types.js';
import type { Io } from './io.js';
import type { JobAnswer, PlanJob } from './planJob.js';
import { reason } from './reason.js';

export { reason };

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
  options: LintOptions;
  diagnostics: Diagnostic[];
  suppressed: Suppressed[];
  /** With `fix`: the fixed text, when a fix changed it. */
  fixed?: string;
}

/** A plan analysed in this thread, with the whole analysis (`report`: facts, readiness). */
export interface AnalysedPlan extends LintedPlan {
  analysis: Analysis;
}

/** A plan found and read, not analysed yet. */
export interface GatheredPlan {
  file: string;
  abs: string;
  job: PlanJob;
  /** Where its internal error (if any) goes in `failures`: where a serial run would have put it. */
  slot: number;
}

interface Parts {
  lang: Lang;
  /** Config files with problems, each once (shown as results of their own). */
  configs: FileResult[];
  /** Plans found but not read (a link out of the linted root, a name that is not UTF-8, no access): one SP001 each. */
  unread: FileResult[];
  failures: Localized[];
  /** Set when nothing could start (the `--config` file is unreadable): exit 2. */
  usage?: Localized;
}

export interface Gathered extends Parts {
  plans: GatheredPlan[];
}

export interface Collected<P extends LintedPlan = LintedPlan> extends Parts {
  plans: P[];
}

export const STDIN_NAME = '<stdin>';

/** Called while gathering, so plans can be analysed (in workers) while the rest are still read. */
export interface GatherHooks {
  /** How many plan files were found (before `ignore` and reading). */
  found?: (count: number) => void;
  /** A plan read; `index` is its place in `Gathered.plans`. */
  plan?: (p: GatheredPlan, index: number) => void;
}

export function gather(opts: CollectOptions, io: Io, hooks: GatherHooks = {}): Gathered {
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
  const out: Gathered = { lang, plans: [], configs: [], unread: [], failures: [] };
  const configsShown = new Set<string>();
  // Once per config language, not per plan: without LANG, the OS locale comes from Intl (~1 ms a call).
  const langs = new Map<Lang | undefined, Lang>();
  const langOf = (configLang: Lang | undefined): Lang => {
    let l = langs.get(configLang);
    if (l === undefined) langs.set(configLang, (l = cliLang(flagLang, configLang, io.env)));
    return l;
  };
  const ignores = new Map<string, (rel: string) => boolean>();

  const lintOne = (file: string, abs: string, text: string, cfg: ConfigForFile): void => {
    const options = { lang: langOf(cfg.config.lang), rules: cfg.config.rules };
    const p: GatheredPlan = { file, abs, job: { text, options, fix: opts.fix === true }, slot: out.failures.length };
    out.plans.push(p);
    hooks.plan?.(p, out.plans.length - 1);
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
  hooks.found?.(found.files.length);
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
    const fileLang = langOf(cfg.config.lang);
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
  return out;
}

/**
 * The answers (one per gathered plan, same order) as a run's result: plans
 * sorted by file, an engine failure in the place of `failures` where a
 * serial run reports it — so the output never depends on who analysed what.
 */
export function settle<P extends LintedPlan>(g: Gathered, answers: readonly (JobAnswer & { analysis?: Analysis })[], make: (p: LintedPlan, a: Analysis | undefined) => P): Collected<P> {
  const { plans: gathered, ...parts } = g;
  const failures = [...parts.failures];
  const plans: P[] = [];
  for (let i = gathered.length - 1; i >= 0; i--) {
    const p = gathered[i]!;
    const a = answers[i]!;
    if ('error' in a) {
      // A bug in the engine must not cost the report on the other plans.
      failures.splice(p.slot, 0, { nl: `interne fout bij het controleren van ‘${p.file}’: ${a.error.nl}`, en: `internal error while checking '${p.file}': ${a.error.en}` });
      continue;
    }
    const base: LintedPlan = { file: p.file, abs: p.abs, options: p.job.options, diagnostics: a.ok.diagnostics, suppressed: a.ok.suppressed, ...(a.ok.fixed !== undefined ? { fixed: a.ok.fixed } : {}) };
    plans.push(make(base, a.analysis));
  }
  plans.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ...parts, failures, plans };
}

/** `report`: every plan analysed in this thread, keeping the whole analysis. */
export async function collect(opts: CollectOptions, io: Io): Promise<Collected<AnalysedPlan>> {
  const g = gather(opts, io);
  const { runJobKeeping } = await import('./planJob.js');
  return settle(g, g.plans.map((p) => runJobKeeping(p.job)), (p, analysis) => ({ ...p, analysis: analysis! }));
}

/** Config results and plan results in one list, sorted by file as `lint` prints them. */
export function fileResults(c: Collected, keep: (ds: Diagnostic[]) => Diagnostic[] = (ds) => ds): FileResult[] {
  const all: FileResult[] = [
    ...c.configs.map((r) => ({ ...r, diagnostics: keep(r.diagnostics) })),
    ...c.unread.map((r) => ({ ...r, diagnostics: keep(r.diagnostics) })),
    ...c.plans.map((p) => ({ file: p.file, diagnostics: keep(p.diagnostics), suppressed: p.suppressed })),
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
