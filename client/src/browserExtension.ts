/**
 * The extension's `browser` entry (github.dev, vscode.dev): the same client
 * as extension.ts, with the language server in a web worker
 * (dist/web/server.js, server/src/browserServer.ts) instead of a Node
 * process. Nothing here or in what it imports uses a Node API (esbuild's
 * browser build refuses them). What needs the computer (docs/web.md): the
 * git commands say they need a local checkout; export writes HTML only.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { say } from './readiness';
import { clientOptions, registerShared, startClient, stopClient } from './start';
import { activePlan, clientLang } from './status';
import { exportHtml } from './webExport';

let client: LanguageClient | undefined;

/** Compare readiness / Show history: git runs on a checkout, not in a browser tab. */
function needsCheckout(uri?: unknown): void {
  const doc = uri instanceof vscode.Uri ? uri : activePlan()?.uri;
  void vscode.window.showInformationMessage(say(clientLang(doc),
    'Gereedheid vergelijken met eerdere versies en de geschiedenis gebruiken git en werken alleen in een lokale kopie van de repository (een checkout), niet in de browser. Open de repository in VS Code op je eigen computer.',
    'Comparing readiness with earlier versions and the history use git and work only in a local copy of the repository (a checkout), not in the browser. Open the repository in VS Code on your own computer.'));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const worker = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // A new worker on every start, so "Restart language server" (stop, start) gets a fresh one.
  const serverOptions = (): Promise<Worker> => Promise.resolve(new Worker(worker.toString(true)));
  const schemes = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'];
  client = new LanguageClient('scalingPlan', 'Scaling plan', serverOptions, clientOptions(schemes, schemes.filter((s) => s !== 'untitled'), () => client));
  registerShared(context, client, exportHtml);
  context.subscriptions.push(
    vscode.commands.registerCommand('scalingPlan.compareReadiness', needsCheckout),
    vscode.commands.registerCommand('scalingPlan.showHistory', needsCheckout),
  );
  await startClient(client);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await stopClient(c);
}
