/**
 * The language server's browser entry (github.dev, vscode.dev): a web worker
 * the client starts from dist/web/server.js, speaking LSP with postMessage.
 * The same wiring and engine as on the desktop (lsp/serve.ts); what needs
 * Node is absent (docs/web.md): no worker thread for big plans, no scan of
 * closed plans on disk, no git (diff and history say they need a local
 * checkout), and `.scalingrc.yaml` counts when it is open in the editor
 * (lsp/webFiles.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { serve } from './lsp/serve.js';
import { WEB_FILES } from './lsp/webFiles.js';

type Scope = ConstructorParameters<typeof BrowserMessageReader>[0];
const scope = globalThis as unknown as Scope & { setImmediate?: unknown };

// The diagnostics scheduler yields with setImmediate (one turn, after the
// messages already queued); a worker has none. A MessageChannel message is
// such a turn, without the clamping of setTimeout(0).
if (typeof scope.setImmediate !== 'function') {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  (globalThis as Record<string, unknown>)['setImmediate'] = (fn: (...args: unknown[]) => void, ...args: unknown[]) => {
    queue.push(() => fn(...args));
    channel.port2.postMessage(0);
  };
}

let messagesHandled = 0;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope), {
  messageStrategy: { handleMessage: (message, next) => { messagesHandled++; next(message); } },
});

serve(connection, {
  files: WEB_FILES,
  env: {},
  messagesHandled: () => messagesHandled,
  logError: (m) => connection.console.error(m),
});
