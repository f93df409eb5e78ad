/**
 * The language server: connection and wiring only. Every feature lives in
 * lsp/ and is served from one cached analysis per document version.
 * Started by bin/scaling-plan-language-server.js (`--stdio`, `--node-ipc`
 * or `--socket=N`, as vscode-languageserver reads them from argv).
 */
import { basename } from 'node:path';
import {
  CodeActionKind, createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_NAMES } from './config/config.js';
import type { Analysis } from './lint.js';
import { codeActions } from './lsp/codeActions.js';
import { complete } from './lsp/completion.js';
import { ConfigService, uriToPath } from './lsp/config.js';
import { skeleton } from './skeleton.js';
import { DiagnosticsService } from './lsp/diagnostics.js';
import { AnalysisCache, docKind } from './lsp/documents.js';
import { registerCanvasEditor } from './lsp/canvasEditor.js';
import { hover } from './lsp/hover.js';
import { Offload } from './lsp/offload.js';
import { definition, prepareRename, references, rename } from './lsp/navigation.js';
import { DiffRequest, FIX_ALL_KIND, HistoryRequest, LanguageRequest, PreviewRequest, ReadinessRequest, SHOW_RULE_DOC_COMMAND, SkeletonRequest } from './lsp/protocol.js';
import * as requests from './lsp/requests.js';
import { guard, guardNotification } from './lsp/safe.js';
import { documentSymbols } from './lsp/symbols.js';
import { warmUp } from './lsp/warmup.js';
import { WorkspacePlans } from './lsp/workspace.js';

let messagesHandled = 0;
const connection = createConnection(ProposedFeatures.all, {
  // Counting messages lets the diagnostics wait until those already received are handled.
  messageStrategy: { handleMessage: (message, next) => { messagesHandled++; next(message); } },
});
const documents = new TextDocuments(TextDocument);
const config = new ConfigService(connection, () => documents.all());
const cache = new AnalysisCache((uri) => config.settingsFor(uri));
const offload = Offload.available() ? new Offload((m) => connection.console.error(m)) : undefined;
const diagnostics = new DiagnosticsService(connection, documents, cache, config, () => messagesHandled, offload);
// Closed plans of the workspace folders in the Problems panel too (lsp/workspace.ts).
const workspacePlans = new WorkspacePlans(connection, documents, config, offload);
const client = { documentChanges: false, showDocument: false, opensRuleDocs: false, folderEvents: false };

connection.onInitialize((params: InitializeParams): InitializeResult => {
  config.onInitialize(params);
  workspacePlans.onInitialize(params);
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
  workspacePlans.onInitialized();
  setTimeout(warmStep, 50);
  if (client.folderEvents) {
    // Only available once the client said it sends them (the library throws otherwise).
    connection.workspace.onDidChangeWorkspaceFolders(guardNotification(connection, 'didChangeWorkspaceFolders', (e) => {
      config.changeFolders(e.added, e.removed);
      diagnostics.relintPlans();
      workspacePlans.changeFolders(e.added, e.removed);
      workspacePlans.rescan();
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
  workspacePlans.closed(e.document.uri);
}));

connection.onDidChangeWatchedFiles(guardNotification(connection, 'didChangeWatchedFiles', (p) => {
  workspacePlans.watched(p.changes);
  if (!p.changes.some((c) => CONFIG_NAMES.includes(basename(uriToPath(c.uri) ?? c.uri)))) return;
  config.invalidate();
  diagnostics.relintPlans();
  workspacePlans.rescan();
}));
connection.onDidChangeConfiguration(guardNotification(connection, 'didChangeConfiguration', async (p) => {
  if (await config.fetchSettings(p.settings)) {
    diagnostics.relintPlans();
    workspacePlans.rescan();
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
connection.onRequest(DiffRequest, guard(connection, 'diff', null, (p) => {
  const { lang, rules } = config.settingsFor(p.uri);
  return requests.diff(p, lang, rules);
}));
connection.onRequest(HistoryRequest, guard(connection, 'history', null, (p) => {
  const { lang, rules } = config.settingsFor(p.uri);
  return requests.history(p, lang, rules);
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
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${String(e)}`));

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
    process.stderr.write(`warm-up failed: ${String(e)}\n`);
    return;
  }
  setImmediate(warmStep);
};
