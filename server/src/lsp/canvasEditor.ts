/**
 * The canvas editor's two requests (issue 16; names in protocol.ts):
 * `scalingPlan/canvasEditor` draws the editable sheets of the open version
 * (preview/edit/), or — when the plan does not parse — only its reading
 * errors, so the editor offers no control that could edit text it cannot
 * read; `scalingPlan/canvasEdit` turns one intent from the webview into ONE
 * WorkspaceEdit (edits/intents.ts), which the client applies, so undo,
 * dirty state and save are the editor's own.
 *
 * Host-independent (no Node API): the server entry hands in how to find an
 * open plan, so the same wiring serves the browser build.
 */
import type { Connection, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { intentEdits, parseIntent } from '../edits/intents.js';
import { analyse, type Analysis, type LintOptions } from '../lint.js';
import type { Lang, Localized } from '../model/types.js';
import { renderCanvasEditor } from '../preview/edit/render.js';
import {
  CanvasEditorRequest, CanvasEditRequest,
  type CanvasEditorParams, type CanvasEditorResult, type CanvasEditParams, type CanvasEditResult,
} from './protocol.js';
import { guard } from './safe.js';

export interface CanvasEditorHost {
  /** The open plan and its cached analysis, or undefined (not open, or not a plan). */
  plan(uri: string): { doc: TextDocument; analysis: Analysis } | undefined;
  /** The rule settings for a one-off analysis in another language than the document's. */
  rules(uri: string): LintOptions['rules'];
  /** The client takes versioned `documentChanges` (so a stale edit is refused by the editor too). */
  documentChanges(): boolean;
}

const REASONS = {
  notOpen: { nl: 'Dit plan is niet (meer) geopend; er is niets gewijzigd.', en: 'This plan is not open (any more); nothing was changed.' },
  stale: { nl: 'Het plan is intussen gewijzigd; het canvas is bijgewerkt. Probeer het nog eens.', en: 'The plan changed meanwhile; the canvas has been updated. Try again.' },
  unknown: { nl: 'Deze wijziging begrijpt de taalserver niet; er is niets gewijzigd.', en: 'The language server does not understand this change; nothing was changed.' },
} satisfies Record<string, Localized>;

function chosenLang(lang: unknown, a: Analysis): Lang {
  return lang === 'nl' || lang === 'en' ? lang : a.lang;
}

/** The cached analysis, or a one-off in the language asked (findings and fix texts then speak it). */
function inLang(host: CanvasEditorHost, uri: string, x: { doc: TextDocument; analysis: Analysis }, lang: Lang): Analysis {
  return lang === x.analysis.lang ? x.analysis : analyse(x.doc.getText(), { rules: host.rules(uri), lang });
}

/** The reading errors (SP001) that keep the plan from being edited on the canvas; none: it can be edited. */
export function readingErrors(a: Analysis): { line: number; message: string }[] {
  return a.diagnostics.filter((d) => d.code === 'SP001').map((d) => ({ line: d.range.start.line, message: d.message }));
}

export function canvasEditor(host: CanvasEditorHost, params: CanvasEditorParams): CanvasEditorResult | null {
  const x = host.plan(params?.uri);
  if (!x) return null;
  const lang = chosenLang(params.lang, x.analysis);
  const a = inLang(host, params.uri, x, lang);
  const version = x.doc.version;
  const errors = readingErrors(a);
  if (errors.length > 0) return { version, lang, unreadable: true, errors };
  const { body, css } = renderCanvasEditor(a, { lang });
  return { version, lang, body, css };
}

export function canvasEdit(host: CanvasEditorHost, params: CanvasEditParams): CanvasEditResult {
  const x = host.plan(params?.uri);
  const lang0: Lang = params?.lang === 'nl' || params?.lang === 'en' ? params.lang : 'en';
  if (!x) return { ok: false, reason: REASONS.notOpen[lang0] };
  const lang = chosenLang(params.lang, x.analysis);
  // Never edit text the user did not see: the webview's version must be the document's.
  if (params.version !== x.doc.version) return { ok: false, reason: REASONS.stale[lang] };
  const intent = parseIntent(params.intent);
  if (!intent) return { ok: false, reason: REASONS.unknown[lang] };
  const result = intentEdits(inLang(host, params.uri, x, lang), intent, { lang });
  if (!result.ok) return { ok: false, reason: result.reason[lang] };
  const edits: TextEdit[] = result.edits.map((e) => ({ range: e.range, newText: e.newText }));
  const edit: WorkspaceEdit = host.documentChanges()
    ? { documentChanges: [{ textDocument: { uri: x.doc.uri, version: x.doc.version }, edits }] }
    : { changes: { [x.doc.uri]: edits } };
  return { ok: true, edit };
}

export function registerCanvasEditor(connection: Connection, host: CanvasEditorHost): void {
  connection.onRequest(CanvasEditorRequest, guard(connection, 'canvasEditor', null, (p) => canvasEditor(host, p)));
  connection.onRequest(CanvasEditRequest, guard<CanvasEditParams, CanvasEditResult>(connection, 'canvasEdit', { ok: false, reason: REASONS.unknown.en }, (p) => canvasEdit(host, p)));
}
