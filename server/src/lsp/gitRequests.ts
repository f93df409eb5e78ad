/**
 * The readiness diff and history of a plan from git (`scalingPlan/diff`,
 * `scalingPlan/history`): the Node host's (host.ts `GitRequests`), since git
 * runs the user's `git` in the plan's folder. The browser host has none.
 */
import { dirname } from 'node:path';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import * as git from '../git/readiness.js';
import type { SeveritySetting } from '../lint.js';
import type { Lang } from '../model/types.js';
import { historyBody } from '../preview/history.js';
import type { GitRequests } from './host.js';
import { uriToPath } from './nodeFiles.js';
import type { DiffParams, HistoryParams, ReportFormat, ReportResult } from './protocol.js';

function format(f: unknown): ReportFormat {
  return f === 'json' || f === 'markdown' || f === 'html' ? f : 'text';
}

/** A git problem (no repository, unknown revision) goes to the user as git.ts words it, in their language. */
async function gitAnswer<T>(lang: Lang, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof git.GitError) throw new ResponseError(LSPErrorCodes.RequestFailed, e.say(lang));
    throw e;
  }
}

async function diff(params: DiffParams, lang: Lang, rules: Record<string, SeveritySetting>): Promise<ReportResult | null> {
  const path = uriToPath(params.uri);
  if (!path) return null;
  const opts: git.DiffOptions = { cwd: dirname(path), lang, rules };
  if (typeof params.from === 'string' && params.from) opts.from = params.from;
  if (typeof params.to === 'string' && params.to) opts.to = params.to;
  const data = await gitAnswer(lang, () => git.diffPlan(path, opts));
  const f = format(params.format);
  return { output: git.formatDiff(data, f === 'html' ? 'text' : f, lang), data }; // no html diff (yet)
}

async function history(params: HistoryParams, lang: Lang, rules: Record<string, SeveritySetting>): Promise<ReportResult | null> {
  const path = uriToPath(params.uri);
  if (!path) return null;
  const data = await gitAnswer(lang, () => git.planHistory(path, { cwd: dirname(path), lang, rules }));
  const f = format(params.format);
  // html: the preview's history view (preview/history.ts), markup without scripts.
  return { output: f === 'html' ? historyBody(data, lang) : git.formatHistory(data, f, lang), data };
}

export const NODE_GIT: GitRequests = { diff, history };
