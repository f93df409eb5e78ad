/**
 * `ignore` globs (gitignore-like: a pattern without `/` matches at any depth,
 * a folder matches everything inside it) as one matcher of `/`-separated
 * relative paths. Pure, so the CLI (cli/files.ts) and the language server in
 * a browser worker match the same way.
 */
import { compileGlob } from './glob.js';

/** `windows`: patterns may use `\` as a folder separator (the CLI on Windows). */
export function ignoreMatcher(patterns: readonly string[], windows = false): (relPath: string) => boolean {
  if (patterns.length === 0) return () => false;
  const globs = patterns.map((p) => {
    let g = (windows ? p.replace(/\\/g, '/') : p).replace(/^\.\//, '');
    if (g.endsWith('/')) g = g.slice(0, -1);
    const anchored = g.includes('/');
    if (g.startsWith('/')) g = g.slice(1);
    return compileGlob(g, { anyFolder: !anchored, inside: true });
  });
  return (relPath) => globs.some((g) => g.test(relPath));
}
