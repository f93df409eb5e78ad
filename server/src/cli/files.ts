/**
 * Which plans `lint` reads: files as given, folders searched recursively for
 * `*.scaling.yaml` / `*.scaling.yml` (skipping node_modules and .git), and
 * globs (`*`, `**`, `?`, `{a,b}`, `[abc]`) — Node 20 has no fs.glob, so the
 * matcher is ours (config/glob.ts: linear time, no RegExp). Also the
 * `ignore` patterns of the config.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compileGlob } from '../config/glob.js';
import { ignoreMatcher as portableIgnoreMatcher } from '../config/ignore.js';
import { docUrl } from '../i18n.js';
import type { Diagnostic, Lang, Localized } from '../model/types.js';

export const PLAN_FILE = /\.scaling\.ya?ml$/;
const SKIP_DIRS = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?{[]/;

export interface FoundFile {
  abs: string;
  /** Relative to the cwd, forward slashes: what the user sees. */
  display: string;
  /** Named on the command line itself (not found in a folder or by a glob). */
  explicit: boolean;
  /** Why the file is not read (a link out of the linted root, a name that is not UTF-8): reported as one SP001 on it. */
  unreadable?: Localized;
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

/**
 * The linted root (docs/security.md): the folder given, the folder holding
 * a file given, a glob's folder before its first wildcard, the current
 * folder when no path is given. A plan is read only when its real path (all
 * links resolved) lies inside the root's: a link out of the checkout
 * (`leak.scaling.yaml -> ../secret.env`) is reported, never read. Links in
 * the part of the root below the current folder count too (a linked folder
 * is not a way out).
 */
export function findPlans(paths: readonly string[], cwd: string): Discovery {
  const out: Discovery = { files: [], problems: [] };
  const seen = new Set<string>();
  for (const given of paths.length > 0 ? paths : ['.']) {
    const abs = resolve(cwd, given);
    const stat = statOf(abs);
    const add = (root: string) => (file: string, explicit: boolean, unreadable?: Localized): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const why = unreadable ?? outsideRoot(file, realRoot(root, cwd));
      out.files.push({ abs: file, display: toDisplay(file, cwd), explicit, ...(why ? { unreadable: why } : {}) });
    };
    if (stat?.isFile()) add(dirname(abs))(abs, true);
    else if (stat?.isDirectory()) walk(abs, Infinity, () => true, add(abs), out.problems);
    else if (stat) out.problems.push({ nl: `‘${given}’ is geen bestand of map.`, en: `'${given}' is not a file or a folder.` });
    else if (GLOB_CHARS.test(given)) {
      let matched = 0;
      const problems = out.problems.length;
      expandGlob(given, cwd, (root) => {
        const into = add(root);
        return (file, explicit, unreadable) => {
          matched++;
          into(file, explicit, unreadable);
        };
      }, out.problems);
      if (matched === 0 && out.problems.length === problems) {
        out.problems.push({ nl: `Geen plan past bij het patroon ‘${given}’.`, en: `No plan matches the pattern '${given}'.` });
      }
    } else out.problems.push({ nl: `‘${given}’ bestaat niet.`, en: `'${given}' does not exist.` });
  }
  return out;
}

type Add = (abs: string, explicit: boolean, unreadable?: Localized) => void;

/** `plans/**\/*.scaling.yaml`: walk from the part without wildcards, match the rest. */
function expandGlob(glob: string, cwd: string, add: (root: string) => Add, problems: Localized[]): void {
  const pattern = sep === '/' ? glob : glob.split(sep).join('/');
  const segments = pattern.split('/');
  const firstWild = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = resolve(cwd, segments.slice(0, firstWild).join('/') || (isAbsolute(pattern) ? '/' : '.'));
  const rest = segments.slice(firstWild);
  const matcher = compileGlob(rest.join('/'));
  const depth = rest.some((s) => s.includes('**')) ? Infinity : rest.length;
  if (!statOf(base)?.isDirectory()) return;
  const into = add(base);
  walk(base, depth, (abs) => matcher.test(toDisplay(abs, base)), (abs, _explicit, unreadable) => into(abs, false, unreadable), problems);
}

/** Depth-first, sorted, never following symlinked folders (no loops, no way out of the root). */
function walk(dir: string, depth: number, match: (abs: string) => boolean, add: Add, problems: Localized[]): void {
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
    // A name that is not UTF-8 arrives with U+FFFD in it, and that path does not exist.
    const badName = e.name.includes('\uFFFD') && !exists(abs);
    const isFile = e.isFile() || (e.isSymbolicLink() && !badName && statOf(abs)?.isFile() === true);
    if (isFile && PLAN_FILE.test(e.name) && match(abs)) add(abs, false, badName ? NOT_UTF8 : undefined);
    else if (e.isDirectory() && badName && depth > 1) add(abs, false, NOT_UTF8_FOLDER);
    else if (e.isDirectory() && !SKIP_DIRS.has(e.name) && depth > 1) walk(abs, depth - 1, match, add, problems);
  }
}

const NOT_UTF8: Localized = {
  nl: 'Dit bestand kan niet gelezen worden: de naam is geen geldige UTF-8. Geef het bestand een nieuwe naam.',
  en: 'This file cannot be read: its name is not valid UTF-8. Rename the file.',
};
const NOT_UTF8_FOLDER: Localized = {
  nl: 'Deze map kan niet doorzocht worden: de naam is geen geldige UTF-8. Geef de map een nieuwe naam.',
  en: 'This folder cannot be searched: its name is not valid UTF-8. Rename the folder.',
};

/** The root's real path: below the current folder, its links are not resolved (so they cannot lead out). */
function realRoot(root: string, cwd: string): string {
  const rel = relative(cwd, root);
  if (rel === '' || (!isUp(rel) && !isAbsolute(rel))) return join(realOr(cwd), rel);
  return realOr(root);
}

function outsideRoot(file: string, root: string): Localized | undefined {
  const real = realOr(file);
  const rel = relative(root, real);
  if (rel !== '' && !isUp(rel) && !isAbsolute(rel)) return undefined;
  return {
    nl: 'Dit plan wordt niet gelezen: het is een koppeling (symlink) naar een bestand buiten de map die gecontroleerd wordt.',
    en: 'This plan is not read: it is a link (symlink) to a file outside the folder being checked.',
  };
}

const isUp = (rel: string): boolean => rel === '..' || rel.startsWith(`..${sep}`);

function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function exists(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
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
  return portableIgnoreMatcher(patterns, sep !== '/');
}

/** What `lint` reports for a plan it does not read: one SP001 error at its start (docs/security.md). */
export function unreadableDiagnostic(reason: Localized, lang: Lang): Diagnostic {
  const at = { line: 0, character: 0 };
  return { code: 'SP001', rule: 'yaml-syntax', severity: 'error', message: reason[lang], range: { start: at, end: at }, docUrl: docUrl('SP001'), item: '' };
}
