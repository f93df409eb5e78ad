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
import { Ctx } from './context.js';
import { child, esc, text } from './html.js';
import { label } from './labels.js';
import { actionsPart, learningPart } from './parts/actions.js';
import { header } from './parts/header.js';
import { impactPart } from './parts/impact.js';
import { ingredientsPart } from './parts/ingredients.js';
import { overview } from './parts/overview.js';
import { partnersPart } from './parts/partners.js';
import { pitfallsPart } from './parts/pitfalls.js';
import { readinessPart } from './parts/readiness.js';
import { routesPart } from './parts/routes.js';
import { floorPart, strategyPart } from './parts/strategy.js';
import { CANVAS_CSS } from './styles.js';

export interface CanvasHtml {
  /** The canvas markup; tiles carry data-start-line / data-end-line (1-based) for the two-way link with the editor. */
  body: string;
  /** The stylesheet (uses VS Code theme variables with fallbacks). */
  css: string;
}

export function renderCanvas(analysis: Analysis, options: { lang: Lang }): CanvasHtml {
  const lang: Lang = options.lang === 'nl' ? 'nl' : 'en';
  const ctx = new Ctx(analysis, lang);
  const html = `<main class="canvas" lang="${lang}">
${header(ctx)}
${overview(ctx)}
${impactPart(ctx)}
${routesPart(ctx)}
${ingredientsPart(ctx)}
${pitfallsPart(ctx)}
${partnersPart(ctx)}
<div class="bottom">${strategyPart(ctx)}${floorPart(ctx)}</div>
${actionsPart(ctx)}
${learningPart(ctx)}
${readinessPart(ctx)}
</main>`;
  return { body: ctx.resolve(html), css: CANVAS_CSS };
}

/** The strictest policy a page without scripts can have: nothing loads, inline styles only. */
export const STANDALONE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** One self-contained HTML file (inline CSS, no scripts, print stylesheet for A3 landscape). */
export function renderStandalone(analysis: Analysis, options: { lang: Lang; title?: string }): string {
  const lang: Lang = options.lang === 'nl' ? 'nl' : 'en';
  const { body, css } = renderCanvas(analysis, { lang });
  const name = options.title ?? text(child(nodeAt(analysis.doc, ['pilot']), 'name')) ?? label(lang, 'untitled');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(`${name} — ${label(lang, 'canvas')}`)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
