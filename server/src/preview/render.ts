/**
 * The canvas renderer (issue 4): one Analysis → the canvas as HTML. Pure —
 * no vscode import, no I/O. The VS Code preview gets the fragment + CSS
 * (the client wraps it in its webview document with its own CSP); `scaling-
 * plan render` gets one self-contained document.
 *
 * Tolerant by design: a plan with schema errors, missing parts, or no plan
 * at all (a list, a syntax error) still renders — missing parts say so.
 */
import type { Analysis } from '../lint.js';
import { nodeAt } from '../model/plan.js';
import type { Lang } from '../model/types.js';
import { Ctx, type SheetMeta } from './context.js';
import { child, esc, text } from './html.js';
import { label } from './labels.js';
import { actionsPart, evidencePart, learningPart } from './parts/actions.js';
import { header } from './parts/header.js';
import { impactPart } from './parts/impact.js';
import { ingredientsPart } from './parts/ingredients.js';
import { overview } from './parts/overview.js';
import { partnersPart } from './parts/partners.js';
import { pitfallsPart } from './parts/pitfalls.js';
import { readinessPart } from './parts/readiness.js';
import { routesPart } from './parts/routes.js';
import { sheet, sheetNav, sheetTitle } from './parts/sheet.js';
import { floorPart, strategyPart } from './parts/strategy.js';
import { CANVAS_CSS } from './styles.js';

export type { SheetMeta } from './context.js';

export interface CanvasHtml {
  /** The canvas markup; tiles carry data-start-line / data-end-line (1-based) for the two-way link with the editor. */
  body: string;
  /** The stylesheet (uses VS Code theme variables with fallbacks). */
  css: string;
}

export interface RenderOptions extends SheetMeta {
  lang: Lang;
}

/**
 * The handbook's five sheets (SPEC §6.6): 1 the overall canvas (pilot,
 * status per part — the team's assessment beside the findings —, strategy,
 * floor monitor, evidence, action list, learning agenda, readiness), 2–5 one
 * per part. The learning agenda sits on sheet 1, beside the action list it
 * feeds: its questions are about the pilot as a whole (docs/preview.md).
 */
export function renderCanvas(analysis: Analysis, options: RenderOptions): CanvasHtml {
  const lang: Lang = options.lang === 'nl' ? 'nl' : 'en';
  const meta: SheetMeta = {};
  if (options.date) meta.date = options.date;
  if (options.revision) meta.revision = options.revision;
  if (options.dirty) meta.dirty = true;
  const ctx = new Ctx(analysis, lang, meta);
  return { body: ctx.resolve(sheetsHtml(ctx)), css: CANVAS_CSS };
}

/** The five sheets drawn with `ctx` (the preview's, or the canvas editor's with its controls: preview/edit/). */
export function sheetsHtml(ctx: Ctx): string {
  const overall = `<div class="overall-top">${header(ctx)}</div>
${overview(ctx)}
<div class="overall-cols">
<div class="col col-strategy">${strategyPart(ctx)}${floorPart(ctx)}</div>
<div class="col col-evidence">${evidencePart(ctx)}${readinessPart(ctx)}</div>
<div class="col col-actions">${actionsPart(ctx)}</div>
<div class="col col-learning">${learningPart(ctx)}</div>
</div>`;
  return `<main class="canvas${ctx.edit ? ' canvas-editor' : ''}" lang="${ctx.lang}">
${sheetNav(ctx)}
${sheet(ctx, 1, 'overall', sheetTitle(ctx, 1), overall)}
${sheet(ctx, 2, 'impact', sheetTitle(ctx, 2), impactPart(ctx))}
${sheet(ctx, 3, 'routes', sheetTitle(ctx, 3), routesPart(ctx))}
${sheet(ctx, 4, 'ingredients', sheetTitle(ctx, 4), ingredientsPart(ctx))}
${sheet(ctx, 5, 'pitfalls', sheetTitle(ctx, 5), `${pitfallsPart(ctx)}${partnersPart(ctx)}`)}
</main>`;
}

/** The strictest policy a page without scripts can have: nothing loads, inline styles only. */
export const STANDALONE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** One self-contained HTML file (inline CSS, no scripts; printed, each sheet is one A3 landscape page). */
export function renderStandalone(analysis: Analysis, options: RenderOptions & { title?: string }): string {
  const lang: Lang = options.lang === 'nl' ? 'nl' : 'en';
  const { body, css } = renderCanvas(analysis, { ...options, lang });
  const name = options.title ?? text(child(nodeAt(analysis.doc, ['pilot']), 'name')) ?? label(lang, 'untitled');
  return standalonePage(lang, `${name} — ${label(lang, 'canvas')}`, css, body);
}

/** The shell of every self-contained page we write (`render`, `history --format html`): strict CSP, inline CSS, no scripts. */
export function standalonePage(lang: Lang, title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
