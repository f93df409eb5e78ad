/**
 * `.scalingrc.yaml`: discovery (from the plan's folder upward to the
 * workspace / repository root), reading, and validation. An invalid config
 * never throws: it yields diagnostics on the config file itself, and the
 * valid parts still apply.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic, Lang, Range } from '../model/types.js';
import type { SeveritySetting } from '../lint.js';
import { docUrl } from '../i18n.js';
import { forPlan, resolveFolder, type ConfigHost, type ConfigSource, type ResolvedConfig } from './layers.js';
import { validateConfig } from './validate.js';

export const CONFIG_NAMES = ['.scalingrc.yaml', '.scalingrc.yml'];

export interface ScalingConfig {
  lang?: Lang;
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  /** Absolute path of the file it came from, if any. */
  file?: string;
  /** `root: true`: configs in the folders above do not apply. */
  root?: boolean;
  /** `extends`: configs this one builds on (paths or package names), where they are written. */
  extends?: { name: string; range: Range }[];
  /** `overrides`: settings for the plans matching `files` (globs relative to the config's folder). */
  overrides?: { files: string[]; rules: Record<string, SeveritySetting>; lang?: Lang }[];
  /** The folder `ignore` globs are relative to (the config that set them); default the config's own folder. */
  ignoreBase?: string;
}

export interface LoadedConfig {
  config: ScalingConfig;
  /** Problems in the config file (positions in that file). */
  diagnostics: Diagnostic[];
}

/** What `loadConfigForFile` returns: the config that applies and where it came from. */
export interface ConfigForFile extends LoadedConfig {
  /** Absolute path of the nearest config file; undefined when none applies. */
  file: string | undefined;
  /** Every config file that took part (the folder chain), nearest first, each with its own problems. */
  sources?: ConfigSource[];
}

/**
 * Reads config text; `file` is only used to fill `config.file`. Messages are
 * in `lang` when given, else in the config's own `lang`, else in
 * `fallbackLang` (the user's locale), else English.
 */
export function readConfig(text: string, file?: string, lang?: Lang, fallbackLang?: Lang): LoadedConfig {
  const { config, diagnostics } = validateConfig(text, lang, fallbackLang);
  if (file !== undefined) config.file = file;
  return { config, diagnostics };
}

/** Nearest config file from `startDir` upward; stops at `stopDir` (inclusive) or a folder holding `.git`. */
export function findConfigFile(startDir: string, stopDir?: string): string | undefined {
  const stop = stopDir === undefined ? undefined : resolve(stopDir);
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    if (dir === stop || exists(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates one config file; an unreadable file is a diagnostic on it, not an exception. */
export function loadConfigFile(file: string, lang?: Lang, fallbackLang?: Lang): LoadedConfig {
  const abs = resolve(file);
  let text: string;
  try {
    // A config that links out of its folder (`.scalingrc.yaml -> ../../secret.env`) is not read (docs/security.md).
    if (linksOut(abs)) throw new Error(lang === 'nl' || fallbackLang === 'nl' ? 'het is een koppeling naar een bestand buiten deze map' : 'it is a link to a file outside this folder');
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const nl = (lang ?? fallbackLang) === 'nl';
    return {
      config: { rules: {}, ignore: [], file: abs },
      diagnostics: [{
        code: 'SP002', rule: 'schema', severity: 'error', item: '', docUrl: docUrl('SP002', nl ? 'nl' : 'en'),
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: nl ? `Het configuratiebestand kan niet gelezen worden (${reason}).` : `The config file cannot be read (${reason}).`,
      }],
    };
  }
  return readConfig(text, abs, lang, fallbackLang);
}

function linksOut(abs: string): boolean {
  try {
    const rel = relative(realpathSync(dirname(abs)), realpathSync(abs));
    return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  } catch {
    return false; // not there: the read below says so
  }
}

// Caches: one resolution per folder (the chain of configs and what they extend),
// so a CLI run over 1,000 plans in one folder reads each config once.
const resolvedForDir = new Map<string, ResolvedConfig>();

/** The Node face of the config module: the file system behind ConfigHost. */
export const NODE_HOST: ConfigHost = {
  readFile: (p) => {
    try {
      // A config that links out of its folder (`.scalingrc.yaml -> ../../secret.env`) is not read (docs/security.md).
      return linksOut(p) ? undefined : readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
  readError: (p, nl) => (linksOut(p) ? (nl ? 'het is een koppeling naar een bestand buiten deze map' : 'it is a link to a file outside this folder') : undefined),
  isFile: (p) => isFile(p),
  exists: (p) => exists(p),
  dirname: (p) => dirname(p),
  join: (...parts) => join(...parts),
  relative: (from, to) => relative(from, to).split(sep).join('/'),
};

/**
 * The config that applies to a plan: every `.scalingrc.yaml` from its folder
 * up to the repository root (or `stopDir`, or a `root: true` config), with
 * what each extends, nearest winning per key, then the matching `overrides`
 * (layers.ts). Never throws.
 */
export function loadConfigForFile(planPath: string, stopDir?: string, lang?: Lang, fallbackLang?: Lang, host: ConfigHost = NODE_HOST): ConfigForFile {
  const abs = resolve(planPath);
  const dir = dirname(abs);
  const key = `${dir}\u0000${stopDir ?? ''}\u0000${lang ?? ''}\u0000${fallbackLang ?? ''}`;
  let folder = host === NODE_HOST ? resolvedForDir.get(key) : undefined;
  if (!folder) {
    folder = resolveFolder(dir, host, { ...(stopDir !== undefined ? { stopDir: resolve(stopDir) } : {}), ...(lang ? { lang } : {}), ...(fallbackLang ? { fallbackLang } : {}) });
    if (host === NODE_HOST) resolvedForDir.set(key, folder);
  }
  if (folder.file === undefined) return { config: { rules: {}, ignore: [] }, diagnostics: [], file: undefined, sources: [] };
  return { config: forPlan(folder, abs), diagnostics: folder.sources[0]?.diagnostics ?? [], file: folder.file, sources: folder.sources };
}

/** Forgets every cached look-up (a config file was added, changed or removed). */
export function clearConfigCache(): void {
  resolvedForDir.clear();
}

function isFile(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
