/**
 * The language server's Node entry: LSP over stdio/IPC, started by
 * bin/scaling-plan-language-server.js (`--stdio`, `--node-ipc` or
 * `--socket=N`, as vscode-languageserver reads them from argv). The wiring
 * is lsp/serve.ts (shared with the web worker, browserServer.ts); this file
 * brings what needs Node: files and `.scalingrc.yaml` from disk, a worker
 * thread for big plans, the workspace scan, git.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { budgetFromEnv } from './budgetEnv.js';
import { NODE_GIT } from './lsp/gitRequests.js';
import { NODE_FILES } from './lsp/nodeFiles.js';
import { Offload } from './lsp/offload.js';
import { serve } from './lsp/serve.js';
import { WorkspacePlans } from './lsp/workspace.js';

budgetFromEnv(); // every analysis of this server (the worker thread reads it too)

let messagesHandled = 0;
const connection = createConnection(ProposedFeatures.all, {
  // Counting messages lets the diagnostics wait until those already received are handled.
  messageStrategy: { handleMessage: (message, next) => { messagesHandled++; next(message); } },
});

serve(connection, {
  files: NODE_FILES,
  env: process.env,
  messagesHandled: () => messagesHandled,
  ...(Offload.available() ? { offload: new Offload((m) => connection.console.error(m)) } : {}),
  workspace: (conn, documents, config, offload) => new WorkspacePlans(conn, documents, config, offload),
  git: NODE_GIT,
  logError: (m) => process.stderr.write(`${m}\n`),
});

process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${String(e)}`));
