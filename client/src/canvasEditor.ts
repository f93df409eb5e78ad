/**
 * The canvas editor (issue 16): a CustomTextEditorProvider for plans, shown
 * by *Open With… → Scaling canvas* or the editor-title button; the text
 * editor stays the default. The YAML document is the only state: the
 * webview sends intents, the server turns each into ONE WorkspaceEdit
 * (`scalingPlan/canvasEdit`), and VS Code applies it to the document — so
 * undo/redo, dirty state, save, git and a text editor beside it just work.
 * Any change of the document (ours, the text editor's, a checkout) redraws
 * the canvas from the server (`scalingPlan/canvasEditor`). An intent made
 * against an older version is never applied: the canvas is redrawn instead.
 */
import * as vscode from 'vscode';
import {
  CANVAS_EDIT_REQUEST, CANVAS_EDITOR_REQUEST, CANVAS_EDITOR_VIEW_TYPE, editorHtml, editorSay, editsFor, isCanvasEditorResult, isCanvasEditResult,
  parseEditorMessage, REOPEN_AS_TEXT_COMMAND, unreadableHtml, type CanvasEditorResult, type EDITOR_TEXT, type ToEditorWebview,
} from './canvasEditorProtocol';
import { isPlanUri, planUri, reopenAsText, switchEditor } from './canvasEditorSwitch';
import { clientLang } from './status';

/** What the editor needs of the language client: its requests (the Node and the browser client both have them). */
export interface RequestClient {
  sendRequest(method: string, params: unknown): Promise<unknown>;
}

export const OPEN_CANVAS_EDITOR_COMMAND = 'scalingPlan.openCanvasEditor';
const DEBOUNCE_MS = 150;

class CanvasEditorSession implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Only the newest request may draw (answers can arrive out of order). */
  private generation = 0;
  private latest: Extract<CanvasEditorResult, { body: string }> | undefined;
  /** What the webview document is: the canvas shell (with its CSS), or the unreadable page. */
  private page: { kind: 'canvas'; css: string } | { kind: 'unreadable'; key: string } | undefined;
  private retries = 0;
  /** The version and body last posted: the same canvas again is not re-posted (it would reset a field being typed in). */
  private posted: string | undefined;
  /** Post the next canvas even when it is unchanged: after a refusal the controls must show the plan again. */
  private force = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: RequestClient,
    private readonly doc: vscode.TextDocument,
    private readonly panel: vscode.WebviewPanel,
  ) {
    panel.webview.options = {
      enableScripts: true, // only our nonce'd dist/media/canvasEditor.js can run (CSP)
      enableCommandUris: [REOPEN_AS_TEXT_COMMAND], // the unreadable page's one link
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'media')],
    };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.doc && e.contentChanges.length > 0) this.schedule(DEBOUNCE_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        // A changed .scalingrc.yaml re-lints the plan without an edit: the canvas follows.
        if (e.uris.some((u) => u.toString() === this.doc.uri.toString())) this.schedule(DEBOUNCE_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('scalingPlan.language')) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  private get lang(): 'nl' | 'en' {
    return clientLang(this.doc.uri);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), ms);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    let result: unknown;
    try {
      result = await this.client.sendRequest(CANVAS_EDITOR_REQUEST, { uri: this.doc.uri.toString(), lang: this.lang });
    } catch {
      result = undefined;
    }
    if (generation !== this.generation) return;
    if (!isCanvasEditorResult(result)) {
      // The server is starting or does not know the plan yet: try again, a few times.
      if (this.retries++ < 20) this.schedule(Math.min(3000, 250 * this.retries));
      return;
    }
    this.retries = 0;
    this.present(result);
    // The answer is for an older text (an edit raced the request): ask again.
    if (result.version < this.doc.version) this.schedule(DEBOUNCE_MS);
  }

  private present(result: CanvasEditorResult): void {
    const webview = this.panel.webview;
    const title = this.doc.uri.path.split('/').pop() ?? '';
    if ('unreadable' in result) {
      this.latest = undefined;
      // Only the errors and a way back to the text: nothing on this page can edit.
      const key = JSON.stringify([result.lang, result.errors]);
      if (this.page?.kind === 'unreadable' && this.page.key === key) return;
      this.page = { kind: 'unreadable', key };
      webview.html = unreadableHtml({ nonce: nonce(), lang: result.lang, title, uri: this.doc.uri.toString(), errors: result.errors });
      return;
    }
    this.latest = result;
    if (this.page?.kind !== 'canvas' || this.page.css !== result.css) {
      // A new document (first page, back from unreadable, new stylesheet): its script asks for the body when ready.
      this.page = { kind: 'canvas', css: result.css };
      this.posted = undefined;
      webview.html = editorHtml({
        cspSource: webview.cspSource,
        nonce: nonce(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'media', 'canvasEditor.js')).toString(),
        css: result.css,
        lang: result.lang,
        title,
      });
      return;
    }
    this.postCanvas(result);
  }

  private postCanvas(result: Extract<CanvasEditorResult, { body: string }>): void {
    const key = `${result.version}\u0000${result.lang}\u0000${result.body}`;
    if (key === this.posted && !this.force) return;
    this.posted = key;
    this.force = false;
    this.post({ type: 'update', version: result.version, body: result.body, lang: result.lang });
  }

  private async receive(raw: unknown): Promise<void> {
    const m = parseEditorMessage(raw, this.doc.lineCount);
    if (!m) return;
    if (m.type === 'ready') {
      // A new page (first load, or shown again after being hidden): it has no canvas yet.
      this.posted = undefined;
      if (this.latest) this.postCanvas(this.latest);
      return;
    }
    if (m.type === 'openText') return void reopenAsText(this.doc.uri, this.panel.viewColumn);
    if (m.type === 'reveal') return this.reveal(m.line);
    await this.applyIntent(m.version, m.intent);
  }

  /** One intent → one WorkspaceEdit on the document, only if it still is the version the user saw. */
  private async applyIntent(version: number, intent: Record<string, unknown>): Promise<void> {
    const doc = this.doc;
    if (version !== doc.version) return this.refuse('stale');
    let result: unknown;
    try {
      result = await this.client.sendRequest(CANVAS_EDIT_REQUEST, { uri: doc.uri.toString(), version, intent, lang: this.lang });
    } catch {
      return this.refuse('noServer');
    }
    if (!isCanvasEditResult(result)) return this.refuse('noServer');
    if (!result.ok) {
      this.post({ type: 'refused', text: result.reason });
      this.redraw();
      return;
    }
    const edits = editsFor(result.edit, doc.uri.toString(), version);
    // Checked in the same turn as applyEdit: VS Code then refuses it itself if the text moves on before it lands.
    if (!edits || doc.version !== version) return this.refuse('stale');
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits) {
      edit.replace(doc.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
    }
    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) return this.refuse('notApplied');
    this.schedule(0);
  }

  private refuse(key: keyof typeof EDITOR_TEXT): void {
    this.post({ type: 'refused', text: editorSay(this.lang, key) });
    this.redraw();
  }

  /** The controls show the plan again, not what was refused. */
  private redraw(): void {
    this.force = true;
    this.schedule(0);
  }

  /** "Show in the text editor": the plan's line beside the canvas, cursor on its first word. */
  private async reveal(line: number): Promise<void> {
    const doc = this.doc;
    if (line >= doc.lineCount) return;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false });
    const pos = new vscode.Position(line, doc.lineAt(line).firstNonWhitespaceCharacterIndex);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(m: ToEditorWebview): void {
    void this.panel.webview.postMessage(m);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.generation++;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** Fresh for every page; Web Crypto, so the same code runs in the browser extension host (no node:crypto). */
function nonce(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function registerCanvasEditor(context: vscode.ExtensionContext, client: RequestClient): void {
  const provider: vscode.CustomTextEditorProvider = {
    resolveCustomTextEditor(doc, panel) {
      // The session ends with its panel (VS Code disposes the panels on deactivate).
      new CanvasEditorSession(context, client, doc, panel);
    },
  };
  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(CANVAS_EDITOR_VIEW_TYPE, provider, { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand(OPEN_CANVAS_EDITOR_COMMAND, async (arg?: unknown) => {
      const uri = planUri(arg);
      if (!uri || !isPlanUri(uri)) return;
      await switchEditor(uri, CANVAS_EDITOR_VIEW_TYPE);
    }),
    vscode.commands.registerCommand(REOPEN_AS_TEXT_COMMAND, async (arg?: unknown) => {
      const uri = planUri(arg);
      if (uri && isPlanUri(uri)) await reopenAsText(uri);
    }),
  );
}
