/**
 * The canvas preview panel (issue 4), like the Markdown preview: "Open
 * preview" / "Open preview to the side", one panel that follows the active
 * plan, updates as you type (debounced; the body is swapped by message, so
 * no flicker and the scroll position stays), and links both ways with the
 * editor. The canvas comes from the server (`scalingPlan/preview`); the
 * client renders nothing itself.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { say } from './readiness';
import { activePlan, clientLang, LANGUAGE_ID } from './status';
import { historyView, openCommitDiff, sheetRevision, today } from './previewGit';
import {
  isPreviewResult, parseWebviewMessage, PREVIEW_REQUEST, PREVIEW_VIEW_TYPE, standalonePage, webviewHtml, type PreviewResult, type ToWebview,
} from './previewProtocol';

export { PREVIEW_REQUEST } from './previewProtocol';
export const EXPORT_COMMAND = 'scalingPlan.exportCanvas';

const DEBOUNCE_MS = 150;

class CanvasPreview implements vscode.Disposable {
  private doc: vscode.TextDocument;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Only the newest request may update the panel (answers can arrive out of order). */
  private generation = 0;
  private latest: PreviewResult | undefined;
  private shownCss: string | undefined;
  private retries = 0;
  private pendingNotice: string | undefined;
  private lastEdit = 0;
  /** The history view shown (sixth view), and the plan's path in its repository. */
  private history: { body: string; file: string } | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly exportCanvas: CanvasExporter,
    readonly panel: vscode.WebviewPanel,
    doc: vscode.TextDocument,
    private readonly onDispose: () => void,
  ) {
    this.doc = doc;
    panel.webview.options = webviewOptions(context);
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'icon.png');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== this.doc || e.contentChanges.length === 0) return;
        this.lastEdit = Date.now();
        this.schedule(DEBOUNCE_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        // A changed .scalingrc.yaml re-lints the plan without an edit: the canvas follows.
        if (e.uris.some((u) => u.toString() === this.doc.uri.toString())) this.schedule(DEBOUNCE_MS);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const next = editor?.document;
        if (next && next.languageId === LANGUAGE_ID && next !== this.doc) this.show(next);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document !== this.doc) return;
        // The cursor moved by typing: mark the tile, but do not scroll the canvas away from where the reader is.
        const typing = Date.now() - this.lastEdit < 100;
        this.post({ type: 'highlight', line: e.selections[0]?.active.line ?? 0, scroll: !typing });
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('scalingPlan.language')) this.schedule(0);
      }),
      // A save may follow a commit (or come before one): the revision on the sheets and the history follow.
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d !== this.doc) return;
        this.schedule(0);
        void this.refreshHistory();
      }),
    );
    this.setTitle();
    this.schedule(0);
    void this.refreshHistory();
  }

  get uri(): vscode.Uri {
    return this.doc.uri;
  }

  show(doc: vscode.TextDocument): void {
    if (doc === this.doc) return;
    this.doc = doc;
    this.latest = undefined;
    this.history = undefined;
    this.post({ type: 'history', body: '' });
    this.setTitle();
    this.schedule(0);
    void this.refreshHistory();
  }

  /** The sixth view: readiness over the commits (server-drawn SVG), when the plan is in git and the workspace trusted. */
  private async refreshHistory(): Promise<void> {
    const doc = this.doc;
    const h = await historyView(this.client, doc);
    if (doc !== this.doc) return;
    this.history = h;
    this.post({ type: 'history', body: h?.body ?? '' });
  }

  /** The canvas as the standalone page (`render`'s), for export. */
  async exportPage(): Promise<void> {
    const lang = clientLang(this.doc.uri);
    const result = this.latest;
    if (!result) {
      void vscode.window.showInformationMessage(say(lang, 'Het canvas is nog niet klaar; probeer het zo opnieuw.', 'The canvas is not ready yet; try again in a moment.'));
      return;
    }
    await this.exportCanvas(this.doc.uri, standalonePage({ body: result.body, css: result.css, lang: result.lang, title: this.panel.title }), lang);
  }

  private setTitle(): void {
    const name = this.doc.uri.path.slice(this.doc.uri.path.lastIndexOf('/') + 1);
    this.panel.title = say(clientLang(this.doc.uri), `Canvas: ${name}`, `Canvas: ${name}`);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), ms);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const doc = this.doc;
    const lang = clientLang(doc.uri);
    if (doc.isClosed) {
      this.notice(say(lang, 'Dit plan is gesloten; open het opnieuw om het canvas bij te werken.', 'This plan was closed; open it again to update the canvas.'));
      return;
    }
    let result: unknown;
    try {
      result = await this.client.sendRequest(PREVIEW_REQUEST, { uri: doc.uri.toString(), date: today(), ...sheetRevision(doc) });
    } catch {
      if (generation === this.generation) this.notice(say(lang, 'De taalserver draait niet; het canvas wordt bijgewerkt zodra hij weer draait.', 'The language server is not running; the canvas updates once it runs again.'));
      this.retry();
      return;
    }
    if (generation !== this.generation || doc !== this.doc) return;
    if (!isPreviewResult(result)) {
      this.notice(say(lang, 'Het plan wordt gelezen…', 'Reading the plan…'));
      this.retry();
      return;
    }
    this.retries = 0;
    this.pendingNotice = undefined;
    this.latest = result;
    this.present(result);
    // The answer is for an older text (an edit raced the request): ask again.
    if (result.version < doc.version) this.schedule(DEBOUNCE_MS);
  }

  /** The server does not know the plan yet (starting, or just opened): try again, a few times. */
  private retry(): void {
    if (this.retries++ < 20) this.schedule(Math.min(3000, 250 * this.retries));
  }

  private present(result: PreviewResult): void {
    if (this.shownCss !== result.css) {
      // First page, or the stylesheet changed: a new document; its script asks for the body when ready.
      this.shownCss = result.css;
      const webview = this.panel.webview;
      const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
      webview.html = webviewHtml({
        cspSource: webview.cspSource,
        nonce: nonce(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
        css: result.css,
        lang: result.lang,
        title: this.panel.title,
      });
      return;
    }
    this.post({ type: 'update', uri: this.doc.uri.toString(), version: result.version, body: result.body });
  }

  private receive(raw: unknown): void {
    const m = parseWebviewMessage(raw, this.doc.lineCount);
    if (!m) return;
    if (m.type === 'ready') {
      if (this.latest) this.post({ type: 'update', uri: this.doc.uri.toString(), version: this.latest.version, body: this.latest.body });
      else if (this.pendingNotice) this.post({ type: 'notice', text: this.pendingNotice });
      if (this.history) this.post({ type: 'history', body: this.history.body });
      return;
    }
    if (m.type === 'openCommit') {
      if (this.history) void openCommitDiff(this.doc, this.history.file, m.commit, m.path, clientLang(this.doc.uri));
      return;
    }
    void this.reveal(m.line);
  }

  /** A click on a tile: the plan's line in the editor, cursor on its first word. */
  private async reveal(line: number): Promise<void> {
    const doc = this.doc;
    if (line >= doc.lineCount) return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false });
    const pos = new vscode.Position(line, doc.lineAt(line).firstNonWhitespaceCharacterIndex);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private notice(text: string): void {
    this.pendingNotice = text;
    // No page yet: a minimal one (our own words only); its script asks for the notice when ready.
    if (this.shownCss === undefined) this.present({ version: -1, lang: clientLang(this.doc.uri), body: '', css: '' });
    else this.post({ type: 'notice', text });
  }

  private post(m: ToWebview): void {
    void this.panel.webview.postMessage(m);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.generation++;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewOptions {
  return {
    enableScripts: true, // only our nonce'd media/preview.js can run (CSP)
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
  };
}

/** 16 random bytes, base64 (Web Crypto: the same in Node and in github.dev). */
function nonce(): string {
  return btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(16))));
}

/** Writes the standalone canvas page (desktop: HTML or PDF, exportCanvas.ts; browser: HTML, webExport.ts). */
export type CanvasExporter = (plan: vscode.Uri, page: string, lang: 'nl' | 'en') => Promise<void>;

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient, exportCanvas: CanvasExporter): void {
  let preview: CanvasPreview | undefined;

  const attach = (panel: vscode.WebviewPanel, doc: vscode.TextDocument): CanvasPreview => {
    const p = new CanvasPreview(context, client, exportCanvas, panel, doc, () => {
      if (preview === p) preview = undefined;
    });
    preview = p;
    return p;
  };

  const open = async (arg: unknown, toSide: boolean): Promise<void> => {
    const doc = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : activePlan();
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage(say(clientLang(), 'Open eerst een opschalingsplan (*.scaling.yaml).', 'Open a scaling plan (*.scaling.yaml) first.'));
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (preview) {
      preview.show(doc);
      preview.panel.reveal(toSide ? undefined : column, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE, 'Canvas', { viewColumn: column, preserveFocus: toSide },
      { ...webviewOptions(context), enableFindWidget: true },
    );
    attach(panel, doc);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('scalingPlan.openPreview', (uri?: unknown) => open(uri, false)),
    vscode.commands.registerCommand('scalingPlan.openPreviewToSide', (uri?: unknown) => open(uri, true)),
    vscode.commands.registerCommand(EXPORT_COMMAND, () => {
      if (preview) return preview.exportPage();
      void vscode.window.showInformationMessage(say(clientLang(), 'Open eerst het canvas (voorbeeld) van een plan.', 'Open the canvas preview of a plan first.'));
      return undefined;
    }),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        // The state was written by the webview: treat it as untrusted.
        const uri = typeof state === 'object' && state !== null && typeof (state as { uri?: unknown }).uri === 'string' ? (state as { uri: string }).uri : undefined;
        let doc: vscode.TextDocument | undefined;
        try {
          doc = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true)) : undefined;
        } catch {
          doc = undefined;
        }
        if (!doc || doc.languageId !== LANGUAGE_ID || preview) {
          panel.dispose();
          return;
        }
        attach(panel, doc);
      },
    }),
    { dispose: () => preview?.dispose() },
  );
}
