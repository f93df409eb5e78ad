/**
 * `lint --new-since REV`: each plan as it was at REV, so that only findings
 * new since then count for the exit status. Findings are matched as `diff`
 * matches them (rule code + canvas item, never the line: compare.ts), and
 * the plan at REV is analysed with today's config, so a config change is not
 * mistaken for a change in the plan. A plan absent at REV: all its findings
 * are new. Git runs through git/git.ts only (no working tree, no filters).
 */
import { pairDiagnostics } from '../git/compare.js';
import { readFileSync } from 'node:fs';
import { checkRevision, openRepo, readAtCommits, resolveCommit, type Repo } from '../git/git.js';
import { renamedInWorkingTree } from '../git/rename.js';
import type { Diagnostic } from '../model/types.js';

export type BaseReader = (abs: string) => Promise<string | undefined>;

/** A reader of plans at `rev`; the revision is checked before git runs, and resolved once per repository. */
export function baseReader(rev: string, cwd: string): BaseReader {
  checkRevision(rev);
  const commits = new Map<string, Promise<string>>();
  return async (abs) => {
    const repo = await openRepo(abs, cwd);
    let commit = commits.get(repo.root);
    if (!commit) commits.set(repo.root, (commit = resolveCommit(repo, rev)));
    const c = await commit;
    const text = await readAt(repo, c, repo.path);
    if (text !== undefined) return text;
    // Renamed since REV? Found in our own code from the text on disk: git never looks at the working tree.
    let onDisk: string;
    try {
      onDisk = readFileSync(abs, 'utf8');
    } catch {
      return undefined;
    }
    const old = await renamedInWorkingTree(repo, c, repo.path, onDisk);
    return old === undefined ? undefined : readAt(repo, c, old);
  };
}

async function readAt(repo: Repo, commit: string, path: string): Promise<string | undefined> {
  return (await readAtCommits(repo, [{ commit, path }]))[0];
}

/** The findings of `after` that have no match in `before` (all of them when there was no plan). */
export function newFindings(before: readonly Diagnostic[] | undefined, after: readonly Diagnostic[]): Set<Diagnostic> {
  if (!before) return new Set(after);
  return new Set(pairDiagnostics(before, after).appeared);
}
