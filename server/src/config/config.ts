/**
 * `.scalingrc.yaml`: discovery (from the plan's folder upward to the
 * workspace / repository root), reading, and validation. An invalid config
 * never throws: it yields diagnostics on the config file itself.
 *
 * STUB API — implemented by the CLI/config work (issue 2). Signatures are fixed.
 */
import type { Diagnostic, Lang } from '../model/types.js';
import type { SeveritySetting } from '../lint.js';

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

/** Reads config text; `file` is only used to fill `config.file`. */
export function readConfig(text: string, file?: string): LoadedConfig {
  void text;
  return { config: { rules: {}, ignore: [], file }, diagnostics: [] };
}

/** Nearest config file from `startDir` upward; stops at `stopDir` (inclusive) or a folder holding `.git`. */
export function findConfigFile(startDir: string, stopDir?: string): string | undefined {
  void startDir;
  void stopDir;
  return undefined;
}
