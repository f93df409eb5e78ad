/**
 * The canvas editor's contract, free of `vscode` so tests can check it: the
 * two server requests (server/src/lsp/protocol.ts names them too), the
 * messages between the editor and its webview with their validation (the
 * webview shows plan text, so nothing it sends is trusted; the server checks
 * the intent itself again with `parseIntent`), the edit the server answers
 * reduced to the edits of this one document, and the two webview pages.
 */
import { escapeHtml } from './previewProtocol';
import { say, type Lang } from './readiness';

export const CANVAS_EDITOR_VIEW_TYPE = 'scalingPlan.canvasEditor';
/** `scalingPlan/canvasEditor` {uri, lang?} → the editable canvas, or the reading errors; null when not open. */
export const CANVAS_EDITOR_REQUEST = 'scalingPlan/canvasEditor';
/** `scalingPlan/canvasEdit` {uri, version, intent, lang?} → {ok: true, edit} | {ok: false, reason}. */
export const CANVAS_EDIT_REQUEST = 'scalingPlan/canvasEdit';

export type CanvasEditorResult =
  | { version: number; lang: Lang; body: string; css: string }
  | { version: number; lang: Lang; unreadable: true; errors: { line: number; message: string }[] };

interface Position { line: number; character: number }
export interface LspTextEdit { range: { start: Position; end: Position }; newText: string }
export type CanvasEditResult = { ok: true; edit: unknown } | { ok: false; reason: string };

/** Webview → editor. `reveal`: a 0-based line to show in the text editor; `openText`: back to the text. */
export type FromEditorWebview =
  | { type: 'ready' }
  | { type: 'intent'; version: number; intent: Record<string, unknown> }
  | { type: 'reveal'; line: number }
  | { type: 'openText' };

/** Editor → webview. */
export type ToEditorWebview =
  | { type: 'update'; version: number; body: string; lang: Lang }
  | { type: 'refused'; text: string };

/** The kinds edits/intentTypes.ts defines; anything else never reaches the server. */
const INTENT_KINDS = new Set(['set', 'remove', 'add', 'link', 'unlink', 'fix']);
/** An intent is a few paths and short texts; a webview sending more is not ours. */
export const MAX_INTENT_JSON = 64 * 1024;

const natural = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * A message from the webview, or undefined when it is not one we know, a
 * line is not inside the document (`lineCount` lines) or an intent is not a
 * plain object of a known kind within the size bound.
 */
export function parseEditorMessage(m: unknown, lineCount: number): FromEditorWebview | undefined {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return undefined;
  const x = m as Record<string, unknown>;
  const type = x['type'];
  if (type === 'ready' || type === 'openText') return { type };
  if (type === 'reveal') return natural(x['line']) && x['line'] < lineCount ? { type, line: x['line'] } : undefined;
  if (type !== 'intent' || !natural(x['version'])) return undefined;
  const intent = x['intent'];
  if (typeof intent !== 'object' || intent === null || Array.isArray(intent)) return undefined;
  const kind = (intent as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !INTENT_KINDS.has(kind)) return undefined;
  let json: string;
  try {
    json = JSON.stringify(intent);
  } catch {
    return undefined; // a cycle, a BigInt: not data
  }
  if (json.length > MAX_INTENT_JSON) return undefined;
  // A fresh copy: only what survives JSON goes on.
  return { type, version: x['version'], intent: JSON.parse(json) as Record<string, unknown> };
}

export function isCanvasEditorResult(r: unknown): r is CanvasEditorResult {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Record<string, unknown>;
  if (!natural(x['version']) || (x['lang'] !== 'nl' && x['lang'] !== 'en')) return false;
  if (x['unreadable'] === true) {
    const errors = x['errors'];
    return Array.isArray(errors) && errors.every((e) => typeof e === 'object' && e !== null && natural((e as { line?: unknown }).line) && typeof (e as { message?: unknown }).message === 'string');
  }
  return typeof x['body'] === 'string' && typeof x['css'] === 'string';
}

export function isCanvasEditResult(r: unknown): r is CanvasEditResult {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Record<string, unknown>;
  return (x['ok'] === true && typeof x['edit'] === 'object' && x['edit'] !== null) || (x['ok'] === false && typeof x['reason'] === 'string');
}

function isTextEdit(e: unknown): e is LspTextEdit {
  if (typeof e !== 'object' || e === null) return false;
  const { range, newText } = e as { range?: { start?: Partial<Position>; end?: Partial<Position> }; newText?: unknown };
  const pos = (p: Partial<Position> | undefined): boolean => natural(p?.line) && natural(p?.character);
  return typeof newText === 'string' && pos(range?.start) && pos(range?.end);
}

/**
 * The text edits a WorkspaceEdit makes to the document `uri` at `version`
 * (`changes` or versioned `documentChanges`), or undefined when it touches
 * anything else, names another version or is not well-formed: the canvas
 * of one plan edits that plan and nothing more.
 */
export function editsFor(edit: unknown, uri: string, version: number): LspTextEdit[] | undefined {
  if (typeof edit !== 'object' || edit === null) return undefined;
  const { changes, documentChanges } = edit as { changes?: unknown; documentChanges?: unknown };
  const out: LspTextEdit[] = [];
  if (changes !== undefined) {
    if (typeof changes !== 'object' || changes === null) return undefined;
    for (const [key, list] of Object.entries(changes)) {
      if (key !== uri || !Array.isArray(list) || !list.every(isTextEdit)) return undefined;
      out.push(...list);
    }
  }
  if (documentChanges !== undefined) {
    if (!Array.isArray(documentChanges)) return undefined;
    for (const c of documentChanges as { textDocument?: { uri?: unknown; version?: unknown }; edits?: unknown }[]) {
      if (c?.textDocument?.uri !== uri || (c.textDocument.version !== version && c.textDocument.version !== null)) return undefined;
      if (!Array.isArray(c.edits) || !c.edits.every(isTextEdit)) return undefined;
      out.push(...c.edits);
    }
  }
  return out;
}

/** The editor's own words (the webview shows them as given: plain text). */
export const EDITOR_TEXT = {
  stale: ['Het plan is intussen gewijzigd; het canvas is bijgewerkt. Probeer het nog eens.', 'The plan changed meanwhile; the canvas has been updated. Try again.'],
  noServer: ['De taalserver draait niet; er is niets gewijzigd. Probeer het zo opnieuw.', 'The language server is not running; nothing was changed. Try again in a moment.'],
  notApplied: ['VS Code heeft de wijziging niet toegepast (het plan veranderde net); het canvas is bijgewerkt.', 'VS Code did not apply the change (the plan just changed); the canvas has been updated.'],
  unreadable: ['Dit plan is niet te lezen, dus het canvas kan het niet bewerken. Herstel eerst deze fouten in de tekst:', 'This plan cannot be read, so the canvas cannot edit it. First fix these errors in the text:'],
  line: ['Regel', 'Line'],
  openText: ['Open de teksteditor', 'Open the text editor'],
  reading: ['Het plan wordt gelezen…', 'Reading the plan…'],
} satisfies Record<string, [string, string]>;

export function editorSay(lang: Lang, key: keyof typeof EDITOR_TEXT): string {
  return say(lang, ...EDITOR_TEXT[key]);
}

export interface EditorPage {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Fresh for every page load. */
  nonce: string;
  /** dist/media/canvasEditor.js as a webview URI. */
  scriptUri: string;
  css: string;
  lang: Lang;
  title: string;
}

function head(csp: string, nonce: string, css: string, lang: Lang, title: string): string {
  // The CSS is ours, but nothing in it may end the block early (`\3c` is `<` in CSS).
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${css.replace(/</g, '\\3c ')}</style>
</head>`;
}

/**
 * The editor page: the canvas arrives by message (`update`) into `#sp-root`,
 * refusals into the live region `#sp-refused`. Only our nonce'd script runs;
 * styles only from our nonce'd block; nothing remote, nothing inline.
 */
export function editorHtml(p: EditorPage): string {
  const csp = ["default-src 'none'", `style-src ${p.cspSource} 'nonce-${p.nonce}'`, `script-src 'nonce-${p.nonce}'`, `img-src ${p.cspSource} data:`].join('; ');
  return `${head(csp, p.nonce, p.css, p.lang, p.title)}
<body>
<div id="sp-refused" role="status" aria-live="polite"></div>
<main id="sp-root" class="sp-editor"></main>
<script nonce="${p.nonce}" src="${escapeHtml(p.scriptUri)}"></script>
</body>
</html>`;
}

/** The command the unreadable page links to (allowed by `enableCommandUris` for that one id). */
export const REOPEN_AS_TEXT_COMMAND = 'scalingPlan.reopenAsText';

/**
 * The page for a plan that does not parse: its errors and a link back to
 * the text editor, no controls and no script at all.
 */
export function unreadableHtml(p: { nonce: string; lang: Lang; title: string; uri: string; errors: { line: number; message: string }[] }): string {
  const csp = `default-src 'none'; style-src 'nonce-${p.nonce}'`;
  const css = `body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:1rem 2rem;line-height:1.5}
a.sp-open{display:inline-block;margin-top:1rem;padding:.4rem .9rem;color:var(--vscode-button-foreground);background:var(--vscode-button-background);border:1px solid var(--vscode-contrastBorder,transparent);text-decoration:none}
a.sp-open:hover{background:var(--vscode-button-hoverBackground)}
a.sp-open:focus-visible{outline:2px solid var(--vscode-focusBorder);outline-offset:2px}
li{margin:.25rem 0}`;
  const items = p.errors.map((e) => `<li>${editorSay(p.lang, 'line')} ${e.line + 1}: ${escapeHtml(e.message)}</li>`).join('\n');
  const href = `command:${REOPEN_AS_TEXT_COMMAND}?${encodeURIComponent(JSON.stringify([p.uri]))}`;
  return `${head(csp, p.nonce, css, p.lang, p.title)}
<body>
<main id="sp-unreadable">
<p role="alert">${editorSay(p.lang, 'unreadable')}</p>
<ul>
${items}
</ul>
<a class="sp-open" href="${escapeHtml(href)}">${editorSay(p.lang, 'openText')}</a>
</main>
</body>
</html>`;
}
