/**
 * `.scalingrc.yaml`: discovery (from the plan's folder upward to the
 * workspace / repository root), reading, and validation. An invalid config
 * never throws: it yields diagnostics on the config file itself, and the
 * valid parts still apply.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic, Lang } from '../model/types.js';
import type { SeveritySetting } from '../lint.js';
import { docUrl } from '../i18n.js';
import { validateConfig } from './validate.js';

export const CONFIG_NAMES = ['.scalingrc.yaml', '.scalingrc.yml'];

export interface ScalingConfig {
  lang?: Lang;
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  /** Absolute path of the file it came from, if any. */
  file?: string;
}

export interface LoadedConfig {
  config: ScalingConfig;
  /** Problems in the config file (positions in that file). */
  diagnostics: Diagnostic[];
}

/** What `loadConfigForFile` returns: the config that applies and where it came from. */
export interface ConfigForFile extends LoadedConfig {
  /** Absolute path of the config file; undefined when none applies. */
  file: string | undefined;
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

// Caches: one look-up per folder, one read per config file. A CLI run over
// 1,000 plans in one folder therefore reads the config once.
const fileForDir = new Map<string, string | null>();
const loadedFiles = new Map<string, LoadedConfig>();

/** The config that applies to a plan: nearest `.scalingrc.yaml` upward (see findConfigFile). Never throws. */
export function loadConfigForFile(planPath: string, stopDir?: string, lang?: Lang, fallbackLang?: Lang): ConfigForFile {
  const dir = dirname(resolve(planPath));
  const key = `${dir}\u0000${stopDir ?? ''}`;
  let file = fileForDir.get(key);
  if (file === undefined) {
    file = findConfigFile(dir, stopDir) ?? null;
    fileForDir.set(key, file);
  }
  if (file === null) return { config: { rules: {}, ignore: [] }, diagnostics: [], file: undefined };
  const cacheKey = `${file}\u0000${lang ?? ''}\u0000${fallbackLang ?? ''}`;
  let loaded = loadedFiles.get(cacheKey);
  if (!loaded) {
    loaded = loadConfigFile(file, lang, fallbackLang);
    loadedFiles.set(cacheKey, loaded);
  }
  return { ...loaded, file };
}

/** Forgets every cached look-up (a config file was added, changed or removed). */
export function clearConfigCache(): void {
  fileForDir.clear();
  loadedFiles.clear();
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
