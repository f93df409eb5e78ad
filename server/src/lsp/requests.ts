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
import { historyBody } from '../preview/history.js';
import { renderCanvas, type SheetMeta } from '../preview/render.js';
import { uriToPath } from './config.js';
import type { DiffParams, HistoryParams, PreviewParams, PreviewResult, ReadinessResult, ReportFormat, ReportResult } from './protocol.js';

export function readiness(a: Summary, version: number): ReadinessResult {
  return { version, readiness: a.readiness, counts: { ...a.readiness.diagnostics } };
}

export function preview(a: Analysis, text: string, version: number, params: PreviewParams, rules: Parameters<typeof analyse>[1]): PreviewResult {
  // Another language than the editor's: a one-off analysis, so the findings on the canvas speak it too.
  const lang: Lang = params.lang === 'nl' || params.lang === 'en' ? params.lang : a.lang;
  const analysis = lang === a.lang ? a : analyse(text, { ...rules, lang });
  const { body, css } = renderCanvas(analysis, { lang, ...sheetMeta(params) });
  return { version, lang, body, css };
}

/** The date and revision the client asks the sheets to show: short plain strings only. */
function sheetMeta(p: PreviewParams): SheetMeta {
  const meta: SheetMeta = {};
  if (typeof p.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.date)) meta.date = p.date;
  if (typeof p.revision === 'string' && /^[0-9a-f]{4,64}$/.test(p.revision)) meta.revision = p.revision;
  if (p.dirty === true) meta.dirty = true;
  return meta;
}

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

export async function diff(params: DiffParams, lang: Lang, rules: Record<string, SeveritySetting>): Promise<ReportResult | null> {
  const path = uriToPath(params.uri);
  if (!path) return null;
  const opts: git.DiffOptions = { cwd: dirname(path), lang, rules };
  if (typeof params.from === 'string' && params.from) opts.from = params.from;
  if (typeof params.to === 'string' && params.to) opts.to = params.to;
  const data = await gitAnswer(lang, () => git.diffPlan(path, opts));
  const f = format(params.format);
  return { output: git.formatDiff(data, f === 'html' ? 'text' : f, lang), data }; // no html diff (yet)
}

export async function history(params: HistoryParams, lang: Lang, rules: Record<string, SeveritySetting>): Promise<ReportResult | null> {
  const path = uriToPath(params.uri);
  if (!path) return null;
  const data = await gitAnswer(lang, () => git.planHistory(path, { cwd: dirname(path), lang, rules }));
  const f = format(params.format);
  // html: the preview's history view (preview/history.ts), markup without scripts.
  return { output: f === 'html' ? historyBody(data, lang) : git.formatHistory(data, f, lang), data };
}
