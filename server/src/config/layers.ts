/**
 * Config for teams (docs/config.md): the `.scalingrc.yaml` files from the
 * plan's folder up to the repository root (or a `root: true` config), each
 * with what it `extends`, merged — nearest wins per key (`lang`, each rule
 * code, `ignore`) — and then the `overrides` whose `files` match the plan,
 * farthest first, so the nearest and last override wins.
 *
 * Data only: `extends` names a YAML file (a relative path, or a package in
 * `node_modules` whose `package.json` field `scaling-plan` names the file,
 * else its `index.scalingrc.yaml` / `.scalingrc.yaml`); nothing is ever
 * loaded as code, so a restricted (untrusted) workspace is safe. Pure: the
 * file system comes in through ConfigHost, so this runs in a browser worker.
 */
import { docUrl } from '../i18n.js';
import type { Diagnostic, Lang, Range } from '../model/types.js';
import type { ScalingConfig } from './config.js';
import { globMatcher } from './glob.js';
import { validateConfig } from './validate.js';

export interface ConfigHost {
  /** The file's text; undefined when it is absent or cannot be read. */
  readFile(path: string): string | undefined;
  /** Why `readFile` gave nothing, in the user's language, when the face knows (a link out of the folder). */
  readError?(path: string, nl: boolean): string | undefined;
  isFile(path: string): boolean;
  exists(path: string): boolean;
  dirname(path: string): string;
  join(...parts: string[]): string;
  /** `to` relative to `from`, with `/` separators (`../x` when outside). */
  relative(from: string, to: string): string;
}

export const CONFIG_FILE_NAMES = ['.scalingrc.yaml', '.scalingrc.yml'];
const PACKAGE_FILES = ['index.scalingrc.yaml', '.scalingrc.yaml', '.scalingrc.yml'];
/** Deeper than any team needs; a longer chain is a mistake, reported like a cycle. */
const MAX_DEPTH = 16;

export interface ConfigSource {
  file: string;
  diagnostics: Diagnostic[];
}

export interface ResolvedConfig {
  config: ScalingConfig;
  /** The nearest config file (where `ignore` and messages point); undefined when none applies. */
  file: string | undefined;
  /** Every config file that took part, nearest first, with its own problems. */
  sources: ConfigSource[];
}

interface Layer {
  config: ScalingConfig;
  /** Folder the globs of this layer are relative to. */
  base: string;
}

export interface ResolveOptions {
  stopDir?: string;
  lang?: Lang;
  fallbackLang?: Lang;
}

/** The config files that apply to a folder, nearest first. */
export function configChain(dir: string, host: ConfigHost, stopDir?: string): string[] {
  const out: string[] = [];
  let d = dir;
  for (let i = 0; i < 256; i++) {
    const found = CONFIG_FILE_NAMES.map((n) => host.join(d, n)).find((p) => host.isFile(p));
    if (found) out.push(found);
    if (d === stopDir || host.exists(host.join(d, '.git'))) break;
    const up = host.dirname(d);
    if (up === d) break;
    d = up;
  }
  return out;
}

/** The merged config of a folder, before `overrides` (those depend on the plan: see `forPlan`). */
export function resolveFolder(dir: string, host: ConfigHost, options: ResolveOptions = {}): ResolvedConfig & { layers: Layer[] } {
  const sources: ConfigSource[] = [];
  const layers: Layer[] = [];
  for (const file of configChain(dir, host, options.stopDir)) {
    const own = load(file, host, options, sources, []).layers;
    layers.push(...own.reverse()); // nearest first: the file, then what it extends
    if (own[0]?.config.root) break;
  }
  return { ...merged(layers, sources), layers };
}

/** One config file (`lint --config FILE`) with what it extends, without the folder chain. */
export function resolveFile(file: string, host: ConfigHost, options: ResolveOptions = {}): ResolvedConfig {
  const sources: ConfigSource[] = [];
  return merged(load(file, host, options, sources, []).layers.reverse(), sources);
}

/** Layers nearest first → one config: merged from the farthest, so nearer ones overwrite. */
function merged(layers: Layer[], sources: ConfigSource[]): ResolvedConfig {
  const config: ScalingConfig = { rules: {}, ignore: [] };
  for (const l of [...layers].reverse()) {
    if (l.config.lang) config.lang = l.config.lang;
    Object.assign(config.rules, l.config.rules);
    if (l.config.ignore.length > 0) [config.ignore, config.ignoreBase] = [[...l.config.ignore], l.base];
    if (l.config.overrides) config.overrides = [...(config.overrides ?? []), ...l.config.overrides.map((o) => ({ ...o, files: o.files.map((g) => rebase(l.base, g)) }))];
  }
  const file = sources[0]?.file;
  if (file !== undefined) config.file = file;
  return { config, file, sources };
}

/** A glob relative to `base` as a glob over absolute, `/`-separated paths. */
function rebase(base: string, glob: string): string {
  const b = base.replace(/\\/g, '/').replace(/\/$/, '');
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  return g.startsWith('/') ? `${b}${g}` : g.includes('/') ? `${b}/${g}` : `${b}/**/${g}`;
}

/** The config for one plan: the folder's config with the matching `overrides` applied in order. */
export function forPlan(folder: ResolvedConfig, planPath: string): ScalingConfig {
  const overrides = folder.config.overrides ?? [];
  if (overrides.length === 0) return folder.config;
  const path = planPath.replace(/\\/g, '/');
  const config: ScalingConfig = { ...folder.config, rules: { ...folder.config.rules } };
  for (const o of overrides) {
    if (!globMatcher(o.files)(path)) continue;
    Object.assign(config.rules, o.rules);
    if (o.lang) config.lang = o.lang;
  }
  return config;
}

/**
 * One config file and what it extends, as layers nearest-last (the file
 * itself after its bases, so it wins over them), and how many problems it
 * and its bases have. `chain` holds the files being read, to report cycles;
 * only the files of the folder chain are sources of their own (an extended
 * file's problems are reported once, on the `extends` that names it).
 */
function load(file: string, host: ConfigHost, options: ResolveOptions, sources: ConfigSource[], chain: string[]): { layers: Layer[]; problems: string[] } {
  const text = host.readFile(file);
  const nl = (options.lang ?? options.fallbackLang) === 'nl';
  const diagnostics: Diagnostic[] = [];
  if (chain.length === 0) sources.push({ file, diagnostics });
  if (text === undefined) {
    const why = host.readError?.(file, nl);
    diagnostics.push(problem(line0(), nl
      ? `Het configuratiebestand kan niet gelezen worden${why ? ` (${why})` : ''}.`
      : `The config file cannot be read${why ? ` (${why})` : ''}.`));
    return { layers: [], problems: [diagnostics[0]!.message] };
  }
  const read = validateConfig(text, options.lang, options.fallbackLang);
  diagnostics.push(...read.diagnostics);
  const lang: Lang = options.lang ?? read.config.lang ?? options.fallbackLang ?? 'en';
  const layers: Layer[] = [];
  const problems = read.diagnostics.map((d) => d.message);
  for (const ext of read.config.extends ?? []) {
    const target = findExtended(ext.name, host.dirname(file), host);
    const say = (n: string, e: string): void => {
      diagnostics.push(problem(ext.range, lang === 'nl' ? n : e));
      problems.push(lang === 'nl' ? n : e);
    };
    if (!target) {
      say(`‘${ext.name}’ is niet gevonden: geef een pad naar een YAML-bestand (\`./team.scalingrc.yaml\`) of een pakket in node_modules met een veld ‘scaling-plan’ in package.json of een index.scalingrc.yaml.`,
        `'${ext.name}' is not found: give a path to a YAML file (\`./team.scalingrc.yaml\`) or a package in node_modules with a 'scaling-plan' field in package.json or an index.scalingrc.yaml.`);
      continue;
    }
    const cycle = [...chain, file];
    if (cycle.includes(target) || cycle.length > MAX_DEPTH) {
      const names = [...cycle, target].map((f) => host.relative(host.dirname(file), f) || f).join(' → ');
      say(`‘extends’ maakt een kring: ${names}. Haal één van de verwijzingen weg.`, `'extends' makes a cycle: ${names}. Remove one of the references.`);
      continue;
    }
    const inner = load(target, host, options, sources, cycle);
    layers.push(...inner.layers);
    const [n, first] = [inner.problems.length, inner.problems[0]];
    if (first !== undefined) say(n === 1 ? `In ‘${ext.name}’ staat 1 probleem (de geldige instellingen ervan gelden wel): ${first}` : `In ‘${ext.name}’ staan ${n} problemen (de geldige instellingen ervan gelden wel); het eerste: ${first}`, n === 1 ? `'${ext.name}' has 1 problem (its valid settings still apply): ${first}` : `'${ext.name}' has ${n} problems (its valid settings still apply); the first: ${first}`);
  }
  layers.push({ config: { ...read.config, file }, base: host.dirname(file) });
  return { layers, problems };
}

/** Where `extends: NAME` points: a path (relative to the config's folder), or a package in node_modules upward. */
export function findExtended(name: string, dir: string, host: ConfigHost): string | undefined {
  if (/^(\.{1,2}[\\/]|\/|[A-Za-z]:[\\/])/.test(name)) {
    const p = /^(\/|[A-Za-z]:[\\/])/.test(name) ? name : host.join(dir, name);
    return host.isFile(p) ? p : undefined;
  }
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(name)) return undefined;
  for (let d = dir, i = 0; i < 256; i++) {
    const pkg = host.join(d, 'node_modules', ...name.split('/'));
    if (host.exists(pkg)) return packageConfig(pkg, host);
    const up = host.dirname(d);
    if (up === d) break;
    d = up;
  }
  return undefined;
}

/** The YAML file a config package offers; a `scaling-plan` field that leaves the package is refused. */
function packageConfig(pkg: string, host: ConfigHost): string | undefined {
  const manifest = host.readFile(host.join(pkg, 'package.json'));
  if (manifest !== undefined) {
    try {
      const field = (JSON.parse(manifest) as Record<string, unknown>)['scaling-plan'];
      if (typeof field === 'string' && /\.ya?ml$/i.test(field) && !field.split(/[\\/]/).includes('..') && !/^(\/|[A-Za-z]:)/.test(field)) {
        const p = host.join(pkg, field);
        if (host.isFile(p)) return p;
      }
    } catch {
      // Not JSON: fall back to the conventional names.
    }
  }
  return PACKAGE_FILES.map((n) => host.join(pkg, n)).find((p) => host.isFile(p));
}

function line0(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function problem(range: Range, message: string): Diagnostic {
  return { code: 'SP002', rule: 'schema', severity: 'error', item: 'extends', docUrl: docUrl('SP002'), range, message };
}
