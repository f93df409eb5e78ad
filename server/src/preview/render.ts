/**
 * STUB API — the canvas renderer (issue 4). Pure: no vscode import.
 * One renderer for the VS Code preview (fragment + css, wrapped by the
 * client's webview document with its CSP) and for `scaling-plan render`
 * (one self-contained HTML document).
 */
import type { Analysis } from '../lint.js';
import type { Lang } from '../model/types.js';

export interface CanvasHtml {
  /** The canvas markup; tiles carry data-start-line / data-end-line (1-based) for the two-way link with the editor. */
  body: string;
  /** The stylesheet (uses VS Code theme variables with fallbacks). */
  css: string;
}

export function renderCanvas(analysis: Analysis, options: { lang: Lang }): CanvasHtml {
  void analysis;
  void options;
  return { body: '', css: '' };
}

/** One self-contained HTML file (inline CSS, no scripts, print stylesheet). */
export function renderStandalone(analysis: Analysis, options: { lang: Lang; title?: string }): string {
  const { body, css } = renderCanvas(analysis, options);
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
}
