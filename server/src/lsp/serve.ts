/**
 * The language server's wiring, whatever it runs in: one connection, the
 * open documents, one cached analysis per document version, every feature
 * (lsp/*) on its request. The host (host.ts) brings what depends on the
 * place: files and config discovery, a worker for big plans, the workspace
 * scan, git. server.ts (Node) and browserServer.ts (web worker) call serve().
 */
import {
  CodeActionKind, LSPErrorCodes, ResponseError, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../lint.js';
import type { Lang } from '../model/types.js';
import { skeleton } from '../skeleton.js';
import { codeActions } from './codeActions.js';
import { complete } from './completion.js';
import { ConfigService, isConfigUri } from './config.js';
import { DiagnosticsService } from './diagnostics.js';
import { AnalysisCache, docKind } from './documents.js';
import type { ServerHost } from './host.js';
import { hover } from './hover.js';
import { definition, prepareRename, references, rename } from './navigation.js';
import { DiffRequest, FIX_ALL_KIND, HistoryRequest, LanguageRequest, PreviewRequest, ReadinessRequest, SHOW_RULE_DOC_COMMAND, SkeletonRequest } from './protocol.js';
import * as requests from './requests.js';
import { guard, guardNotification } from './safe.js';
import { registerCanvasEditor } from './canvasEditor.js';
import { documentSymbols } from './symbols.js';
import { warmUp } from './warmup.js';

/** What diff and history answer where there is no git (github.dev): a plain message, in the user's language. */
export function needsCheckout(lang: Lang): string {
  return lang === 'nl'
    ? 'Gereedheid vergelijken met eerdere versies gebruikt git en werkt alleen in een lokale kopie van de repository (een checkout), niet in de browser. Open de repository in VS Code op je eigen computer.'
    : 'Comparing readiness with earlier versions uses git and works only in a local copy of the repository (a checkout), not in the browser. Open the repository in VS Code on your own computer.';
}

export function serve(connection: Connection, host: ServerHost): void {
  const { offload } = host;
  const documents = new TextDocuments(TextDocument);
  const config = new ConfigService(connection, () => documents.all(), host.files, host.env);
  const cache = new AnalysisCache((uri) => config.settingsFor(uri));
  const diagnostics = new DiagnosticsService(connection, documents, cache, config, host.messagesHandled, offload);
  // Closed plans of the workspace folders in the Problems panel too (lsp/workspace.ts; Node only).
  const workspacePlans = host.workspace?.(connection, documents, config, offload);
  // Settings that arrive after the first wait still count (lsp/config.ts).
  config.onLateSettings(() => {
    diagnostics.relintPlans();
    workspacePlans?.rescan();
  });
  const client = { documentChanges: false, showDocument: false, opensRuleDocs: false, folderEvents: false };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    config.onInitialize(params);
    workspacePlans?.onInitialize(params);
    const caps = params.capabilities;
    client.documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    client.showDocument = caps.window?.showDocument?.support === true;
    client.folderEvents = caps.workspace?.workspaceFolders === true;
    // VS Code's client registers `scalingPlan.showRuleDoc` itself; other editors get it from us.
    client.opensRuleDocs = /visual studio code|vscodium|code-server|code - oss/i.test(params.clientInfo?.name ?? '');
    return {
      serverInfo: { name: 'scaling-plan-language-server', version: '0.1.0' },
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [' ', ':', '[', ','] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'Scaling plan' },
        codeActionProvider: caps.textDocument?.codeAction?.codeActionLiteralSupport
          ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] }
          : true,
        ...(client.opensRuleDocs ? {} : { executeCommandProvider: { commands: [SHOW_RULE_DOC_COMMAND] } }),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
    };
  });

  connection.onInitialized(guardNotification(connection, 'initialized', () => {
    config.onInitialized();
    workspacePlans?.onInitialized();
    setTimeout(warmStep, 50);
    if (client.folderEvents) {
      // Only available once the client said it sends them (the library throws otherwise).
      connection.workspace.onDidChangeWorkspaceFolders(guardNotification(connection, 'didChangeWorkspaceFolders', (e) => {
        config.changeFolders(e.added, e.removed);
        diagnostics.relintPlans();
        workspacePlans?.changeFolders(e.added, e.removed);
        workspacePlans?.rescan();
      }));
    }
    if (documents.all().length > 0) diagnostics.relintPlans();
  }));

  /** The open plan and its analysis, or undefined (not open, or not a plan). */
  function plan(uri: string): { doc: TextDocument; analysis: Analysis } | undefined {
    const doc = documents.get(uri);
    if (!doc || docKind(doc) !== 'plan') return undefined;
    return { doc, analysis: cache.get(doc) };
  }

  // TextDocuments reports an open as a content change too: one handler covers both.
  documents.onDidChangeContent(guardNotification(connection, 'didChange', (e) => diagnostics.changed(e.document)));
  documents.onDidClose(guardNotification(connection, 'didClose', (e) => {
    diagnostics.closed(e.document.uri);
    workspacePlans?.closed(e.document.uri);
  }));

  connection.onDidChangeWatchedFiles(guardNotification(connection, 'didChangeWatchedFiles', (p) => {
    workspacePlans?.watched(p.changes);
    if (!p.changes.some((c) => isConfigUri(c.uri))) return;
    config.invalidate();
    diagnostics.relintPlans();
    workspacePlans?.rescan();
  }));
  connection.onDidChangeConfiguration(guardNotification(connection, 'didChangeConfiguration', async (p) => {
    if (await config.fetchSettings(p.settings)) {
      diagnostics.relintPlans();
      workspacePlans?.rescan();
    }
  }));

  connection.onCompletion(guard(connection, 'completion', [], (p) => {
    const x = plan(p.textDocument.uri);
    return x ? complete(x.analysis, x.doc.getText(), p.position) : [];
  }));
  connection.onHover(guard(connection, 'hover', null, (p) => {
    const x = plan(p.textDocument.uri);
    return x ? hover(x.analysis, p.position) : null;
  }));
  connection.onDefinition(guard(connection, 'definition', [], (p) => {
    const x = plan(p.textDocument.uri);
    return x ? definition(x.analysis, x.doc.uri, p.position) : [];
  }));
  connection.onReferences(guard(connection, 'references', [], (p) => {
    const x = plan(p.textDocument.uri);
    return x ? references(x.analysis, x.doc.uri, p.position, p.context?.includeDeclaration === true) : [];
  }));
  connection.onPrepareRename(guard(connection, 'prepareRename', null, (p) => {
    const x = plan(p.textDocument.uri);
    return x ? prepareRename(x.analysis, p.position) : null;
  }));
  connection.onRenameRequest(guard(connection, 'rename', null, (p) => {
    const x = plan(p.textDocument.uri);
    return x ? rename(x.analysis, x.doc.uri, x.doc.version, p.position, p.newName, client.documentChanges) : null;
  }));
  connection.onDocumentSymbol(guard(connection, 'documentSymbol', [], (p) => {
    const x = plan(p.textDocument.uri);
    return x ? documentSymbols(x.analysis) : [];
  }));
  connection.onCodeAction(guard(connection, 'codeAction', [], (p) => {
    const x = plan(p.textDocument.uri);
    return x ? codeActions(p, x.doc, x.analysis, { documentChanges: client.documentChanges }) : [];
  }));
  connection.onExecuteCommand(guard(connection, 'executeCommand', null, async (p) => {
    const url = p.arguments?.[0];
    if (p.command !== SHOW_RULE_DOC_COMMAND || typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
    if (client.showDocument) await connection.window.showDocument({ uri: url, external: true });
    else connection.window.showInformationMessage(url);
    return null;
  }));

  connection.onRequest(ReadinessRequest, guard(connection, 'readiness', null, (p) => {
    const doc = documents.get(p?.uri);
    if (!doc || docKind(doc) !== 'plan') return null;
    // A big plan's worker result serves the status item without analysing on this thread.
    return requests.readiness(cache.summary(doc) ?? cache.get(doc), doc.version);
  }));
  connection.onRequest(PreviewRequest, guard(connection, 'preview', null, (p) => {
    const x = plan(p?.uri);
    return x ? requests.preview(x.analysis, x.doc.getText(), x.doc.version, p, { rules: config.settingsFor(x.doc.uri).rules }) : null;
  }));
  registerCanvasEditor(connection, { plan, rules: (uri) => config.settingsFor(uri).rules, documentChanges: () => client.documentChanges });
  const git = host.git;
  connection.onRequest(DiffRequest, guard(connection, 'diff', null, (p) => {
    const { lang, rules } = config.settingsFor(p.uri);
    if (!git) throw new ResponseError(LSPErrorCodes.RequestFailed, needsCheckout(lang));
    return git.diff(p, lang, rules);
  }));
  connection.onRequest(HistoryRequest, guard(connection, 'history', null, (p) => {
    const { lang, rules } = config.settingsFor(p.uri);
    if (!git) throw new ResponseError(LSPErrorCodes.RequestFailed, needsCheckout(lang));
    return git.history(p, lang, rules);
  }));

  connection.onRequest(LanguageRequest, guard(connection, 'language', { lang: 'en', source: 'default' }, (p) => {
    const { lang, langSource } = config.settingsFor(p?.uri ?? '');
    return { lang, source: langSource };
  }));

  connection.onRequest(SkeletonRequest, guard(connection, 'skeleton', { lang: 'en', text: '' }, (p) => {
    const { lang } = config.settingsFor(p?.uri ?? '');
    return { lang, text: skeleton(lang, typeof p?.name === 'string' ? p.name : undefined) };
  }));

  connection.onShutdown(() => offload?.dispose());

  documents.listen(connection);
  connection.listen();
  // The engine is compiled while the editor has nothing for us yet (a moment after
  // `initialized`, when no document came with it): one sample
  // analysis per turn of the event loop, and none once a document is open (its own
  // analysis warms V8 as well) — so spawn → first diagnostics never waits for it.
  let warmRounds = 3;
  const warmStep = (): void => {
    if (warmRounds-- <= 0 || documents.all().length > 0) return;
    try {
      warmUp(1);
    } catch (e) {
      host.logError(`warm-up failed: ${String(e)}`);
      return;
    }
    setImmediate(warmStep);
  };
}
