/**
 * The VS Code extension: find the bundled language server, start it, wire
 * the commands, the status item, the preview and the history views, stop it
 * on deactivate. Everything about plans happens in the server; the client
 * never loads the engine (ARCHITECTURE.md).
 */
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { exportCanvas } from './exportCanvas';
import { registerHistory } from './history';
import { say } from './readiness';
import { clientOptions, registerShared, startClient, stopClient } from './start';
import { clientLang } from './status';

let client: LanguageClient | undefined;

/** The bundle in a packaged extension; the tsc output when run from a checkout without `npm run bundle`. */
function serverModule(context: vscode.ExtensionContext): string | undefined {
  return ['dist/server.js', 'server/out/server.js'].map((p) => context.asAbsolutePath(p)).find(existsSync);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = serverModule(context);
  if (!module) {
    void vscode.window.showErrorMessage(say(clientLang(),
      'Opschalingsplan: de taalserver ontbreekt in de extensie (dist/server.js). Installeer de extensie opnieuw.',
      'Scaling plan: the language server is missing from the extension (dist/server.js). Reinstall the extension.'));
    return;
  }
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const options = clientOptions(['file', 'untitled', 'vscode-vfs'], ['file'], () => client);
  client = new LanguageClient('scalingPlan', 'Scaling plan', serverOptions, options);

  registerShared(context, client, exportCanvas);
  // Comparing with git revisions runs git in the workspace: only once the workspace is trusted.
  if (vscode.workspace.isTrusted) registerHistory(context, client);
  else {
    const c = client;
    context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => registerHistory(context, c)));
  }
  await startClient(client);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await stopClient(c);
}
