/**
 * Which plans `lint` reads: files as given, folders searched recursively for
 * `*.scaling.yaml` / `*.scaling.yml` (skipping node_modules and .git), and
 * globs (`*`, `**`, `?`, `{a,b}`, `[abc]`) — Node 20 has no fs.glob, so the
 * matcher is ours (config/glob.ts: linear time, no RegExp). Also the
 * `ignore` patterns of the config.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compileGlob } from '../config/glob.js';
import type { Localized } from '../model/types.js';

export const PLAN_FILE = /\.scaling\.ya?ml$/;
const SKIP_DIRS = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?{[]/;

export interface FoundFile {
  abs: string;
  /** Relative to the cwd, forward slashes: what the user sees. */
  display: string;
  /** Named on the command line itself (not found in a folder or by a glob). */
  explicit: boolean;
}

export interface Discovery {
  files: FoundFile[];
  /** Paths that do not exist or cannot be read: each means exit 2. */
  problems: Localized[];
}

export function toDisplay(abs: string, cwd: string): string {
  const rel = relative(cwd, abs) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export function findPlans(paths: readonly string[], cwd: string): Discovery {
  const out: Discovery = { files: [], problems: [] };
  const seen = new Set<string>();
  const add = (abs: string, explicit: boolean): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.files.push({ abs, display: toDisplay(abs, cwd), explicit });
  };
  for (const given of paths.length > 0 ? paths : ['.']) {
    const abs = resolve(cwd, given);
    const stat = statOf(abs);
    if (stat?.isFile()) add(abs, true);
    else if (stat?.isDirectory()) walk(abs, Infinity, () => true, add, out.problems);
    else if (stat) out.problems.push({ nl: `‘${given}’ is geen bestand of map.`, en: `'${given}' is not a file or a folder.` });
    else if (GLOB_CHARS.test(given)) {
      let matched = 0;
      const problems = out.problems.length;
      expandGlob(given, cwd, (abs) => {
        matched++;
        add(abs, false);
      }, out.problems);
      if (matched === 0 && out.problems.length === problems) {
        out.problems.push({ nl: `Geen plan past bij het patroon ‘${given}’.`, en: `No plan matches the pattern '${given}'.` });
      }
    } else out.problems.push({ nl: `‘${given}’ bestaat niet.`, en: `'${given}' does not exist.` });
  }
  return out;
}

/** `plans/**\/*.scaling.yaml`: walk from the part without wildcards, match the rest. */
function expandGlob(glob: string, cwd: string, add: (abs: string, explicit: boolean) => void, problems: Localized[]): void {
  const pattern = sep === '/' ? glob : glob.split(sep).join('/');
  const segments = pattern.split('/');
  const firstWild = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = resolve(cwd, segments.slice(0, firstWild).join('/') || (isAbsolute(pattern) ? '/' : '.'));
  const rest = segments.slice(firstWild);
  const matcher = compileGlob(rest.join('/'));
  const depth = rest.some((s) => s.includes('**')) ? Infinity : rest.length;
  if (!statOf(base)?.isDirectory()) return;
  walk(base, depth, (abs) => matcher.test(toDisplay(abs, base)), (abs) => add(abs, false), problems);
}

/** Depth-first, sorted, never following symlinked folders (no loops). */
function walk(dir: string, depth: number, match: (abs: string) => boolean, add: (abs: string, explicit: boolean) => void, problems: Localized[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    problems.push({ nl: `De map ‘${dir}’ kan niet gelezen worden (${reason}).`, en: `The folder '${dir}' cannot be read (${reason}).` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = join(dir, e.name);
    const isFile = e.isFile() || (e.isSymbolicLink() && statOf(abs)?.isFile() === true);
    if (isFile && PLAN_FILE.test(e.name) && match(abs)) add(abs, false);
    else if (e.isDirectory() && !SKIP_DIRS.has(e.name) && depth > 1) walk(abs, depth - 1, match, add, problems);
  }
}

function statOf(abs: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(abs, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * The config's `ignore` patterns, matched against a path relative to the
 * config's folder, gitignore-style: a pattern without `/` matches at any
 * depth, and a pattern that matches a folder ignores all inside it.
 */
export function ignoreMatcher(patterns: readonly string[]): (relPath: string) => boolean {
  if (patterns.length === 0) return () => false;
  const globs = patterns.map((p) => {
    let g = (sep === '/' ? p : p.replace(/\\/g, '/')).replace(/^\.\//, '');
    if (g.endsWith('/')) g = g.slice(0, -1);
    const anchored = g.includes('/');
    if (g.startsWith('/')) g = g.slice(1);
    return compileGlob(g, { anyFolder: !anchored, inside: true });
  });
  return (relPath) => globs.some((g) => g.test(relPath));
}
