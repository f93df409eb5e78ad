/**
 * The custom requests (names in protocol.ts), served from the cached
 * analysis: readiness for the status item and the canvas preview (the
 * readiness diff / history from git are the Node host's: gitRequests.ts).
 */
import { analyse, type Analysis } from '../lint.js';
import type { Summary } from './documents.js';
import type { Lang } from '../model/types.js';
import { renderCanvas, type SheetMeta } from '../preview/render.js';
import type { PreviewParams, PreviewResult, ReadinessResult } from './protocol.js';

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
