/**
 * `history`: one row per commit that touched the plan, newest first, with
 * the readiness summary at that commit. Follows renames (`git log
 * --follow`); the path at each commit comes from `--name-status`, so a
 * renamed plan is read under its old name in older commits. Every version
 * is read in one `git cat-file --batch` process.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfigForFile } from '../config/config.js';
import { analyse, type SeveritySetting } from '../lint.js';
import type { Lang } from '../model/types.js';
import type { Readiness } from '../summary.js';
import { readinessCells, type Part } from './format.js';
import { clean } from '../text.js';
import { failed, git, GitError, openRepo, readAtCommits, type Repo } from './git.js';
import { renamedBetween } from './rename.js';

export interface HistoryOptions {
  /** The folder `planPath` is relative to. */
  cwd: string;
  lang: Lang;
  /** Only the newest N commits. */
  limit?: number;
  /** Rule severities; default: the `.scalingrc.yaml` that applies to the plan in the working tree. */
  rules?: Record<string, SeveritySetting>;
}

/** What the commit did to the plan; `merged`: a merge that changed it (git lists no single change). */
export type PlanChange = 'added' | 'modified' | 'renamed' | 'copied' | 'deleted' | 'type-changed' | 'merged';

export interface HistoryRow {
  commit: string;
  /** Author date, ISO 8601 with the author's offset (`2025-03-01T10:00:00+01:00`). */
  date: string;
  author: string;
  subject: string;
  change: PlanChange;
  /** The plan's path in the repository after this commit. */
  path: string;
  /** The path before a rename or copy; otherwise null. */
  previousPath: string | null;
  /** The readiness summary (SPEC §5) after this commit; null when the commit deleted the plan. */
  readiness: Readiness | null;
  /** That summary as rows, the same rows `diff` prints (one summary, SPEC §5). */
  summary: Record<Part, string>;
}

export interface PlanHistory {
  /** Version of this JSON shape (docs/ci.md). */
  version: 1;
  /** The plan's path in the repository now (as asked), with forward slashes. */
  file: string;
  lang: Lang;
  /** Newest first. */
  commits: HistoryRow[];
}

const CHANGES: Record<string, PlanChange> = { A: 'added', M: 'modified', R: 'renamed', C: 'copied', D: 'deleted', T: 'type-changed' };

export async function planHistory(planPath: string, options: HistoryOptions): Promise<PlanHistory> {
  const repo = await openRepo(planPath, options.cwd);
  const limit = options.limit === undefined ? undefined : Math.max(0, Math.floor(options.limit));
  const rows = limit === 0 ? [] : await followLog(repo, limit);
  if (rows.length === 0 && limit !== 0 && !existsSync(resolve(repo.root, repo.path))) {
    throw new GitError('not-found', {
      nl: `het plan ‘${clean(repo.path)}’ bestaat niet en staat in geen enkele commit.`,
      en: `the plan '${clean(repo.path)}' does not exist and is in no commit.`,
    });
  }
  const texts = await readAtCommits(repo, rows.map((r) => ({ commit: r.commit, path: r.path })));
  const rules = options.rules ?? loadConfigForFile(resolve(repo.root, repo.path), repo.root, options.lang).config.rules;
  const commits = rows.map((r, i): HistoryRow => {
    const text = r.change === 'deleted' ? undefined : texts[i];
    const readiness = text === undefined ? null : analyse(text, { lang: options.lang, rules }).readiness;
    return { ...r, readiness, summary: readinessCells(readiness, options.lang) };
  });
  return { version: 1, file: repo.path, lang: options.lang, commits };
}

const FORMAT = '--format=%x1e%H%x00%aI%x00%an%x00%s';

/**
 * Like `git log --follow`, but keeping the merges that changed the plan
 * (`--follow` drops them, and with them the state a branch ended in): the
 * log of one path at a time; where a commit added the plan, ask git whether
 * it was a rename, and go on with the old path from that commit's parent.
 */
async function followLog(repo: Repo, limit: number | undefined): Promise<LogRow[]> {
  const rows: LogRow[] = [];
  let path = repo.path;
  let start: string | undefined;
  const seen = new Set<string>();
  while (!seen.has(`${start ?? ''}\u0000${path}`)) {
    seen.add(`${start ?? ''}\u0000${path}`);
    const args = ['log', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--no-show-signature', '-z', '--name-status', FORMAT];
    if (limit !== undefined) args.push(`--max-count=${limit - rows.length}`);
    if (start !== undefined) args.push(start);
    args.push('--', path);
    const log = await git(repo.root, args);
    if (log.code !== 0) {
      // A repository without any commit yet has no history: an empty list, not a failure.
      if (rows.length === 0 && /does not have any commits|bad default revision|unknown revision/i.test(log.stderr)) return [];
      throw failed(['log'], log.stderr);
    }
    let next: { path: string; commit: string } | undefined;
    for (const r of parseLog(log.stdout, path)) {
      const old = r.change === 'added' ? await renamedBetween(repo, `${r.commit}^`, r.commit, r.path) : undefined;
      if (old !== undefined) {
        rows.push({ ...r, change: 'renamed', previousPath: old });
        next = { path: old, commit: r.commit };
        break;
      }
      rows.push(r);
    }
    if (!next || (limit !== undefined && rows.length >= limit)) break;
    [path, start] = [next.path, `${next.commit}^`];
  }
  return rows;
}

type LogRow = Omit<HistoryRow, 'readiness' | 'summary'>;

/**
 * The log as NUL-separated tokens: a header (`\x1e` + hash, date, author,
 * subject — none can hold a NUL) and then status tokens, each followed by
 * one path (two for a rename or copy). Paths are taken by count, never
 * inspected, so no file name can pass for a commit.
 */
export function parseLog(out: string, path: string): LogRow[] {
  const tokens = out.split('\0');
  const rows: LogRow[] = [];
  let current = path;
  let i = 0;
  while (i < tokens.length) {
    const head = /^\n?\x1e([0-9a-f]{40,64})$/.exec(tokens[i]!);
    if (!head || i + 3 >= tokens.length) {
      i++;
      continue;
    }
    const [date, author, subject] = [tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]!];
    i += 4;
    let change: PlanChange = 'merged';
    let rowPath = current;
    let previousPath: string | null = null;
    // Normally one change (the path is limited); take the last, which names the plan after this commit.
    while (i < tokens.length) {
      const status = /^\n?([ACDMRTUXB])(\d*)$/.exec(tokens[i]!);
      if (!status) break;
      const letter = status[1]!;
      if (letter === 'R' || letter === 'C') {
        previousPath = tokens[i + 1] ?? null;
        rowPath = tokens[i + 2] ?? rowPath;
        i += 3;
      } else {
        rowPath = tokens[i + 1] ?? rowPath;
        previousPath = null;
        i += 2;
      }
      change = CHANGES[letter] ?? 'modified';
    }
    rows.push({ commit: head[1]!, date, author, subject, change, path: rowPath, previousPath });
    // Older commits knew the plan under its old name.
    current = change === 'renamed' && previousPath !== null ? previousPath : rowPath;
  }
  return rows;
}
