/**
 * The preview's contract, kept free of `vscode` so tests can check it: the
 * request to the server, the messages between panel and webview (and their
 * validation — the webview shows plan text, so nothing it sends is trusted),
 * and the webview document with its Content-Security-Policy.
 */

/** `scalingPlan/preview` {uri, lang?} → the canvas (server/src/lsp/protocol.ts names it too). */
export const PREVIEW_REQUEST = 'scalingPlan/preview';
export const PREVIEW_VIEW_TYPE = 'scalingPlan.preview';

export interface PreviewResult {
  version: number;
  lang: 'nl' | 'en';
  body: string;
  css: string;
}

/** Webview → extension. Lines are 0-based, as in the editor. `openCommit`: a commit clicked in the history view. */
export type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number } | { type: 'openCommit'; commit: string; path: string };

/** Extension → webview. */
export type ToWebview =
  | { type: 'update'; uri: string; version: number; body: string }
  /** `scroll`: bring the tile into view when it is out of sight (not while typing: the canvas keeps still). */
  | { type: 'highlight'; line: number; scroll: boolean }
  | { type: 'notice'; text: string }
  /** The history view (sixth view): markup from the server's history chart, or '' to hide it. */
  | { type: 'history'; body: string };

/**
 * A message from the webview, or undefined when it is not one we know or a
 * line is not a whole number inside the document (`lineCount` lines).
 */
export function parseWebviewMessage(m: unknown, lineCount: number): FromWebview | undefined {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return undefined;
  const type = (m as { type?: unknown }).type;
  if (type === 'ready') return { type };
  if (type === 'reveal') {
    const line = (m as { line?: unknown }).line;
    if (typeof line === 'number' && Number.isInteger(line) && line >= 0 && line < lineCount) return { type, line };
  }
  if (type === 'openCommit') {
    const { commit, path } = m as { commit?: unknown; path?: unknown };
    if (typeof commit === 'string' && COMMIT.test(commit) && typeof path === 'string' && safeRepoPath(path)) return { type, commit, path };
  }
  return undefined;
}

/** A full commit hash (SHA-1 or SHA-256), nothing else: it becomes a git ref. */
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** A path inside the repository as git names it: relative, forward slashes, no `..`, no control characters. */
export function safeRepoPath(p: string): boolean {
  if (p === '' || p.length > 1000 || p.startsWith('/') || /^[A-Za-z]:/.test(p) || /[\u0000-\u001f\\]/.test(p)) return false;
  return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** The strictest policy a page without scripts can have (the same as server/src/preview/render.ts STANDALONE_CSP). */
export const STANDALONE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The canvas as one self-contained page, for "Export canvas (HTML)": the
 * server's canvas body and CSS, no scripts, nothing loaded — what
 * `scaling-plan render` writes.
 */
export function standalonePage(p: { body: string; css: string; lang: string; title: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(p.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(p.title)}</title>
<style>${p.css.replace(/</g, '\\3c ')}</style>
</head>
<body>
${p.body}
</body>
</html>
`;
}

/** A plausible server answer (the server is ours, but a restart mid-request can answer null). */
export function isPreviewResult(r: unknown): r is PreviewResult {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Record<string, unknown>;
  return typeof x['body'] === 'string' && typeof x['css'] === 'string' && typeof x['version'] === 'number';
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface WebviewPage {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Fresh for every page load. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** The canvas stylesheet from the server. */
  css: string;
  lang: string;
  title: string;
}

/**
 * The webview document: the canvas arrives later by message (so updates do
 * not reload the page). Only our nonce'd script runs; styles only from the
 * extension's media folder or our nonce'd block; nothing remote.
 */
export function webviewHtml(p: WebviewPage): string {
  const csp = [
    "default-src 'none'",
    `style-src ${p.cspSource} 'nonce-${p.nonce}'`,
    `script-src 'nonce-${p.nonce}'`,
    `img-src ${p.cspSource} data:`,
  ].join('; ');
  // The CSS is ours, but nothing in it may end the block early: `<` is never needed in CSS (`\3c` is its escape).
  const css = p.css.replace(/</g, '\\3c ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(p.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<style nonce="${p.nonce}">${css}</style>
<link rel="stylesheet" href="${escapeHtml(p.styleUri)}" nonce="${p.nonce}">
</head>
<body>
<div id="sp-notice" role="status" hidden></div>
<div id="sp-root"></div>
<div id="sp-history" class="canvas"></div>
<script nonce="${p.nonce}" src="${escapeHtml(p.scriptUri)}"></script>
</body>
</html>`;
}
