/**
 * The custom requests (names in protocol.ts), served from the cached
 * analysis: readiness for the status item, the canvas preview, and the
 * readiness diff / history from git.
 */
import { dirname } from 'node:path';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import * as git from '../git/readiness.js';
import { analyse, type Analysis, type SeveritySetting } from '../lint.js';
import type { Summary } from './documents.js';
import type { Lang } from '../model/types.js';
import { renderCanvas } from '../preview/render.js';
import { uriToPath } from './config.js';
import type { DiffParams, HistoryParams, PreviewParams, PreviewResult, ReadinessResult, ReportFormat, ReportResult } from './protocol.js';

export function readiness(a: Summary, version: number): ReadinessResult {
  return { version, readiness: a.readiness, counts: { ...a.readiness.diagnostics } };
}

export function preview(a: Analysis, text: string, version: number, params: PreviewParams, rules: Parameters<typeof analyse>[1]): PreviewResult {
  // Another language than the editor's: a one-off analysis, so the findings on the canvas speak it too.
  const lang: Lang = params.lang === 'nl' || params.lang === 'en' ? params.lang : a.lang;
  const analysis = lang === a.lang ? a : analyse(text, { ...rules, lang });
  const { body, css } = renderCanvas(analysis, { lang });
  return { version, lang, body, css };
}

function format(f: unknown): ReportFormat {
  return f === 'json' || f === 'markdown' ? f : 'text';
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

export async function diff(params: DiffParams, lang: Lang, rules: Record<string, SeveritySetting>): Promise<ReportResult | null> {
  const path = uriToPath(params.uri);
  if (!path) return null;
  const opts: git.DiffOptions = { cwd: dirname(path), lang, rules };
  if (typeof params.from === 'string' && params.from) opts.from = params.from;
  if (typeof params.to === 'string' && params.to) opts.to = params.to;
  const data = await gitAnswer(lang, () => git.diffPlan(path, opts));
  return { output: git.formatDiff(data, format(params.format), lang), data };
}

export async function history(params: HistoryParams, lang: Lang, rules: Record<string, SeveritySetting>): Promise<ReportResult | null> {
  const path = uriToPath(params.uri);
  if (!path) return null;
  const data = await gitAnswer(lang, () => git.planHistory(path, { cwd: dirname(path), lang, rules }));
  return { output: git.formatHistory(data, format(params.format), lang), data };
}
