/**
 * A small LSP client for tests: starts the real server process
 * (`node bin/scaling-plan-language-server.js --stdio`) and speaks JSON-RPC to
 * it over its stdin/stdout, like any editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type Diagnostic, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'bin', 'scaling-plan-language-server.js');

export interface StartOptions {
  initializationOptions?: unknown;
  /** Answers to workspace/configuration, by section (`scalingPlan`). Omit to not advertise the capability. */
  settings?: Record<string, unknown>;
  /** Answers to workspace/configuration wait for this (a client that is slow to answer). */
  settingsGate?: Promise<unknown>;
  workspaceFolders?: string[];
  locale?: string;
  clientName?: string;
  documentChanges?: boolean;
  env?: Record<string, string>;
}

export interface LspClient {
  conn: ProtocolConnection;
  proc: ChildProcess;
  /** `window/logMessage` texts (errors the server logged). */
  logs: string[];
  /** Every publishDiagnostics received, in order. */
  published: PublishDiagnosticsParams[];
  /** Requests the server made of the client (method names). */
  serverRequests: string[];
  settings: Record<string, unknown>;
  /** What the server answered to `initialize` (its capabilities). */
  initializeResult: InitializeResult;
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): void;
  open(uri: string, text: string, version?: number, languageId?: string): void;
  change(uri: string, version: number, text: string): void;
  close(uri: string): void;
  /** The next publishDiagnostics for `uri` (with `version` ≥ the given one, when given). */
  diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  exited(): boolean;
  stop(): Promise<void>;
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

export async function startServer(options: StartOptions = {}): Promise<LspClient> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    // A neutral OS locale unless a test sets one (LC_ALL and LC_MESSAGES would win over LANG).
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...options.env },
  });
  let exited = false;
  const waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void; reject: (e: Error) => void }[] = [];
  let stderr = '';
  proc.on('exit', (code, signal) => {
    exited = true;
    for (const w of waiters.splice(0)) w.reject(new Error(`the server exited (${code ?? signal}): ${stderr.slice(-2000)}`));
  });
  proc.stderr!.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-10_000)));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const logs: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const serverRequests: string[] = [];
  const settings = options.settings ?? {};
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri !== p.uri) continue;
      if (w.version !== undefined && p.version !== undefined && p.version < w.version) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(p);
    }
  });
  conn.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  conn.onNotification('window/showMessage', (p: { message: string }) => logs.push(p.message));
  conn.onRequest('workspace/configuration', async (p: { items: { section?: string }[] }) => {
    serverRequests.push('workspace/configuration');
    await options.settingsGate;
    return p.items.map((i) => (i.section ? settings[i.section] ?? null : settings));
  });
  conn.onRequest('client/registerCapability', () => {
    serverRequests.push('client/registerCapability');
    return null;
  });
  conn.onRequest('window/showDocument', () => {
    serverRequests.push('window/showDocument');
    return { success: true };
  });
  conn.listen();
  const folders = (options.workspaceFolders ?? []).map((p) => ({ uri: fileUri(p), name: p }));
  const initializeResult: InitializeResult = await conn.sendRequest('initialize', {
    processId: process.pid,
    clientInfo: { name: options.clientName ?? 'scaling-plan tests' },
    locale: options.locale,
    rootUri: folders[0]?.uri ?? null,
    workspaceFolders: folders.length > 0 ? folders : null,
    initializationOptions: options.initializationOptions,
    capabilities: {
      general: { positionEncodings: ['utf-16'] },
      workspace: {
        configuration: options.settings !== undefined,
        workspaceFolders: true,
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: options.documentChanges ?? false },
      },
      textDocument: {
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        rename: { prepareSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
      window: { showDocument: { support: true } },
    },
  });
  conn.sendNotification('initialized', {});
  return {
    conn, proc, logs, published, serverRequests, settings, initializeResult,
    request: <R>(method: string, params: unknown) => conn.sendRequest(method, params) as Promise<R>,
    notify: (method, params) => void conn.sendNotification(method, params),
    open(uri, text, version = 1, languageId = 'scaling-plan') {
      void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, text) {
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    close(uri) {
      void conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    diagnostics(uri, version, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} (version ${version}) within ${timeoutMs} ms`)), timeoutMs);
        if (exited) return reject(new Error(`the server has exited: ${stderr.slice(-2000)}`));
        waiters.push({ uri, version, resolve: (p) => { clearTimeout(timer); resolve(p); }, reject: (e) => { clearTimeout(timer); reject(e); } });
      });
    },
    exited: () => exited,
    async stop() {
      if (!exited) {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]).catch(() => undefined);
        void conn.sendNotification('exit');
        await new Promise((r) => setTimeout(r, 100));
        if (!exited) proc.kill('SIGKILL');
      }
      conn.dispose();
    },
  };
}

/** Applies the edits a WorkspaceEdit makes to one document. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [
    ...(edit.changes?.[uri] ?? []),
    ...(edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits.filter((e): e is TextEdit => 'range' in e) : [])),
  ];
  return TextDocument.applyEdits(TextDocument.create(uri, 'scaling-plan', 0, text), edits);
}

/** `{code, line, character}` (0-based) of each diagnostic, sorted: easy to compare exactly. */
export function codesAt(diagnostics: Diagnostic[]): { code: string; start: [number, number]; end: [number, number] }[] {
  return diagnostics
    .map((d) => ({ code: String(d.code), start: [d.range.start.line, d.range.start.character] as [number, number], end: [d.range.end.line, d.range.end.character] as [number, number] }))
    .sort((a, b) => a.start[0] - b.start[0] || a.start[1] - b.start[1] || a.code.localeCompare(b.code));
}
