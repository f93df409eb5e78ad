/**
 * The custom requests the VS Code client (and any other client) may send,
 * beside standard LSP. Names are part of the client/server contract: the
 * client cannot import this file (it must not import the engine), so it
 * repeats the strings — change them in both places or not at all.
 */
import { RequestType, type WorkspaceEdit } from 'vscode-languageserver';
import type { Readiness } from '../summary.js';
import type { Lang, Severity } from '../model/types.js';

/** The command a "Show documentation for SPxxx" action carries; argument: the page URL. */
export const SHOW_RULE_DOC_COMMAND = 'scalingPlan.showRuleDoc';
/** The code action kind of "fix all safe problems" (usable in `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.scaling-plan';
/** The `source` every diagnostic carries. */
export const SOURCE = 'scaling-plan';

export interface UriParams {
  uri: string;
}

export interface ReadinessResult {
  /** Document version the numbers belong to. */
  version: number;
  readiness: Readiness;
  /** Diagnostics by severity (the same as `readiness.diagnostics`, for a status item). */
  counts: Record<Severity, number>;
}
/** `scalingPlan/readiness` {uri} → the readiness summary of the open plan, or null when it is not open. */
export const ReadinessRequest = new RequestType<UriParams, ReadinessResult | null, void>('scalingPlan/readiness');

export interface PreviewParams extends UriParams {
  /** Overrides the document's language for the canvas. */
  lang?: Lang;
  /** What the sheets show as their date and revision (the client knows them; the renderer does not look them up). */
  date?: string;
  revision?: string;
  /** The plan differs from `revision`. */
  dirty?: boolean;
}
export interface PreviewResult {
  version: number;
  lang: Lang;
  /** The canvas markup (tiles carry data-start-line / data-end-line, 1-based). */
  body: string;
  css: string;
}
/** `scalingPlan/preview` {uri, lang?} → the canvas HTML of the open plan, or null when it is not open. */
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult | null, void>('scalingPlan/preview');

/** `html` (history only): the readiness over the commits as inline SVG charts, markup for the preview's history view. */
export type ReportFormat = 'text' | 'json' | 'markdown' | 'html';

export interface DiffParams extends UriParams {
  /** Default `HEAD`. */
  from?: string;
  /** Default: the working tree. */
  to?: string;
  format?: ReportFormat;
}
export interface ReportResult {
  /** The report formatted as asked (`json`: a JSON text). */
  output: string;
  /** The structured result, for clients that draw it themselves. */
  data: unknown;
}
/** `scalingPlan/diff` {uri, from?, to?, format} → readiness compared between two git revisions. */
export const DiffRequest = new RequestType<DiffParams, ReportResult | null, void>('scalingPlan/diff');

export interface HistoryParams extends UriParams {
  format?: ReportFormat;
}
/** `scalingPlan/history` {uri, format} → the plan's readiness for each commit that touched it. */
export const HistoryRequest = new RequestType<HistoryParams, ReportResult | null, void>('scalingPlan/history');

export interface LanguageResult {
  lang: Lang;
  /** What decided it (SPEC §6.1): the setting, `.scalingrc.yaml`, the display language, the OS locale, or the default. */
  source: 'choice' | 'config' | 'display' | 'os' | 'default';
}
/**
 * `scalingPlan/language` {uri} → the language the server speaks for that
 * document (any uri; an empty one gives the workspace's). The client uses it
 * for its own words, so they follow the same resolution as the diagnostics.
 */
export const LanguageRequest = new RequestType<UriParams, LanguageResult, void>('scalingPlan/language');

export interface SkeletonParams {
  /** The document (or folder) the new plan is for: decides the language like a plan there. */
  uri?: string;
  /** File name the pilot's name is taken from. */
  name?: string;
}
/** `scalingPlan/skeleton` {uri?, name?} → the new plan `scaling-plan init` writes, in the resolved language. */
export const SkeletonRequest = new RequestType<SkeletonParams, { lang: Lang; text: string }, void>('scalingPlan/skeleton');

/** `initializationOptions` a client may send. */
export interface InitOptions {
  /** Message language; overrides the config file and the client's locale. */
  lang?: string;
}

/** Client settings under the section `scalingPlan`. */
export interface ClientSettings {
  /** `auto` (default): config file, then the editor's locale. */
  language?: 'auto' | 'nl' | 'en';
}

export interface CanvasEditorParams extends UriParams {
  /** Overrides the document's language for the canvas editor. */
  lang?: Lang;
}
/** The editable canvas of one document version (preview/edit/: sheets with controls). */
export interface CanvasEditorCanvas {
  version: number;
  lang: Lang;
  body: string;
  css: string;
}
/** The plan does not parse: the editor shows these errors (0-based lines) and no controls. */
export interface CanvasEditorUnreadable {
  version: number;
  lang: Lang;
  unreadable: true;
  errors: { line: number; message: string }[];
}
export type CanvasEditorResult = CanvasEditorCanvas | CanvasEditorUnreadable;
/** `scalingPlan/canvasEditor` {uri, lang?} → the editable canvas, or the errors that keep it from being edited; null when not open. */
export const CanvasEditorRequest = new RequestType<CanvasEditorParams, CanvasEditorResult | null, void>('scalingPlan/canvasEditor');

export interface CanvasEditParams extends UriParams {
  /** The document version the webview showed when the user acted: a stale one is refused. */
  version: number;
  /** Untrusted (it comes from a webview): checked by `parseIntent` (edits/intents.ts). */
  intent: unknown;
  /** The language the canvas editor speaks (texts a fix inserts, the reason of a refusal). */
  lang?: Lang;
}
export type CanvasEditResult = { ok: true; edit: WorkspaceEdit } | { ok: false; reason: string };
/** `scalingPlan/canvasEdit` {uri, version, intent} → ONE WorkspaceEdit for the intent, or why nothing changes. */
export const CanvasEditRequest = new RequestType<CanvasEditParams, CanvasEditResult, void>('scalingPlan/canvasEdit');
