/**
 * `diff`: the plan's readiness at two revisions (default `HEAD` against the
 * working tree), each end analysed with the same rules as `lint` — the
 * working tree's `.scalingrc.yaml` for both, so a change in config is not
 * mistaken for a change in the plan. A plan absent at one end is "absent"
 * (everything added or dropped); renames are followed — between commits by
 * git, against the working tree by us (rename.ts), so git never looks at the
 * working tree (issue 11.1).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { loadConfigForFile } from '../config/config.js';
import { analyse, type Analysis, type SeveritySetting } from '../lint.js';
import type { Lang } from '../model/types.js';
import type { Readiness } from '../summary.js';
import { compare, type FullComparison } from './compare.js';
import { readinessCells, type Part } from './format.js';
import { clean } from '../text.js';
import { checkRevision, GitError, openRepo, readAtCommits, resolveCommit, type Repo } from './git.js';
import { renamedBetween, renamedInWorkingTree } from './rename.js';

export interface DiffOptions {
  /** The folder `planPath` is relative to (the CLI's current folder). */
  cwd: string;
  /** Default `HEAD`. */
  from?: string;
  /** Default: the working tree. */
  to?: string;
  lang: Lang;
  /** Rule severities; default: the `.scalingrc.yaml` that applies to the plan in the working tree. */
  rules?: Record<string, SeveritySetting>;
}

export interface DiffEnd {
  /** The revision as given (`HEAD`, `main~2`); null for the working tree. */
  rev: string | null;
  /** The full commit hash; null for the working tree. */
  commit: string | null;
  /** The plan's path in the repository at this end (differs from `file` after a rename). */
  path: string;
  present: boolean;
  /** The readiness summary (SPEC §5); null when the plan is absent. */
  readiness: Readiness | null;
  /** That summary as the rows `diff` and `history` print, in the chosen language (one summary, SPEC §5). */
  summary: Record<Part, string>;
}

export interface PlanDiff extends FullComparison {
  /** Version of this JSON shape (docs/ci.md). */
  version: 1;
  /** The plan's path in the repository, with forward slashes. */
  file: string;
  /** The language of the messages. */
  lang: Lang;
  from: DiffEnd;
  to: DiffEnd;
}

export async function diffPlan(planPath: string, options: DiffOptions): Promise<PlanDiff> {
  // Check both revisions before git runs at all.
  const fromRev = options.from ?? 'HEAD';
  checkRevision(fromRev);
  if (options.to !== undefined) checkRevision(options.to);
  const repo = await openRepo(planPath, options.cwd);
  const fromCommit = await resolveCommit(repo, fromRev);
  const toCommit = options.to !== undefined ? await resolveCommit(repo, options.to) : null;

  const onDisk = readWorkingTree(resolve(options.cwd, planPath), repo);
  let toPath = repo.path;
  let toText = toCommit ? await readAt(repo, toCommit, toPath) : onDisk;
  if (toText === undefined && toCommit && onDisk !== undefined) {
    // Not at `to` under this name: renamed since, in the working tree?
    const old = await renamedInWorkingTree(repo, toCommit, toPath, onDisk);
    if (old !== undefined) [toPath, toText] = [old, await readAt(repo, toCommit, old)];
  }
  let fromPath = toPath;
  let fromText = await readAt(repo, fromCommit, fromPath);
  if (fromText === undefined) {
    const old = toCommit
      ? await renamedBetween(repo, fromCommit, toCommit, toPath)
      : toText === undefined ? undefined : await renamedInWorkingTree(repo, fromCommit, toPath, toText);
    if (old !== undefined) [fromPath, fromText] = [old, await readAt(repo, fromCommit, old)];
  }
  if (fromText === undefined && toText === undefined) {
    const toName = options.to === undefined ? { nl: 'in de werkmap', en: 'in the working tree' } : { nl: `in ‘${clean(options.to)}’`, en: `at '${clean(options.to)}'` };
    throw new GitError('not-found', {
      nl: `het plan ‘${clean(repo.path)}’ bestaat niet in ‘${clean(fromRev)}’ en niet ${toName.nl}.`,
      en: `the plan '${clean(repo.path)}' exists neither at '${clean(fromRev)}' nor ${toName.en}.`,
    });
  }

  const rules = options.rules ?? loadConfigForFile(resolve(repo.root, repo.path), repo.root, options.lang).config.rules;
  const run = (text: string | undefined): Analysis | undefined => (text === undefined ? undefined : analyse(text, { lang: options.lang, rules }));
  const [before, after] = [run(fromText), run(toText)];
  return {
    version: 1,
    file: repo.path,
    lang: options.lang,
    from: { rev: fromRev, commit: fromCommit, path: fromPath, present: before !== undefined, readiness: before?.readiness ?? null, summary: readinessCells(before?.readiness ?? null, options.lang) },
    to: { rev: options.to ?? null, commit: toCommit, path: toPath, present: after !== undefined, readiness: after?.readiness ?? null, summary: readinessCells(after?.readiness ?? null, options.lang) },
    ...compare(before, after),
  };
}

async function readAt(repo: Repo, commit: string, path: string): Promise<string | undefined> {
  return (await readAtCommits(repo, [{ commit, path }]))[0];
}

/**
 * The plan on disk; gone (or not a file) is "absent", like a revision
 * without it. A link out of the repository is not read (docs/security.md).
 */
function readWorkingTree(abs: string, repo: Repo): string | undefined {
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return undefined;
  }
  const rel = relative(repo.root, real);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new GitError('failed', {
      nl: `het plan ‘${clean(repo.path)}’ is een koppeling (symlink) naar een bestand buiten de repository en wordt niet gelezen.`,
      en: `the plan '${clean(repo.path)}' is a link (symlink) to a file outside the repository and is not read.`,
    });
  }
  try {
    return readFileSync(real, 'utf8');
  } catch {
    return undefined;
  }
}
