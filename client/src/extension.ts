/**
 * The VS Code extension: find the bundled language server, start it, wire
 * the commands, the status item, the preview and the history views, stop it
 * on deactivate. Everything about plans happens in the server; the client
 * never loads the engine (ARCHITECTURE.md).
 */
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction, LanguageClient, RevealOutputChannelOn, TransportKind,
  type CloseHandlerResult, type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { registerCanvasEditor } from './canvasEditor';
import { registerCommands } from './commands';
import { registerHistory } from './history';
import { LanguageStatus } from './language';
import { registerPreview } from './preview';
import { say } from './readiness';
import { clientLang, LANGUAGE_ID, ReadinessStatus } from './status';

let client: LanguageClient | undefined;

/** The bundle in a packaged extension; the tsc output when run from a checkout without `npm run bundle`. */
function serverModule(context: vscode.ExtensionContext): string | undefined {
  return ['dist/server.js', 'server/out/server.js'].map((p) => context.asAbsolutePath(p)).find(existsSync);
}

/** The library's default (restart up to 4 times in 3 minutes), with our own words when it gives up. */
function errorHandler(defaults: () => ErrorHandler): ErrorHandler {
  return {
    error: (error, message, count) => defaults().error(error, message, count),
    closed: async (): Promise<CloseHandlerResult> => {
      const result = await defaults().closed();
      if (result.action === CloseAction.Restart) return { ...result, handled: true }; // logged; the status item shows it
      const lang = clientLang();
      return {
        action: CloseAction.DoNotRestart,
        message: say(lang,
          'De taalserver voor opschalingsplannen is 5 keer vastgelopen in 3 minuten en wordt niet opnieuw gestart. Plannen worden nu niet gecontroleerd. Kies ‘Opschalingsplan: Taalserver opnieuw starten’ of bekijk de uitvoer ‘Scaling plan’.',
          'The scaling plan language server crashed 5 times in 3 minutes and will not be restarted. Plans are not checked now. Choose ‘Scaling plan: Restart language server’, or see the ‘Scaling plan’ output.'),
      };
    },
  };
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
  const chosen = vscode.workspace.getConfiguration('scalingPlan').get<string>('language');
  const configFiles = '**/.scalingrc.{yaml,yml}';
  let defaults: ErrorHandler | undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ scheme, language: LANGUAGE_ID })),
      { scheme: 'file', pattern: configFiles },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(configFiles) },
    initializationOptions: chosen === 'nl' || chosen === 'en' ? { lang: chosen } : {},
    diagnosticCollectionName: 'scaling-plan',
    outputChannelName: 'Scaling plan',
    // A policy advisor should not get the log thrown at them; the crash message below links to it.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: errorHandler(() => (defaults ??= client!.createDefaultErrorHandler(4))),
  };
  client = new LanguageClient('scalingPlan', 'Scaling plan', serverOptions, clientOptions);

  registerCommands(context, client);
  context.subscriptions.push(new ReadinessStatus(client), new LanguageStatus(client));
  registerPreview(context, client);
  registerCanvasEditor(context, client);
  // Comparing with git revisions runs git in the workspace: only once the workspace is trusted.
  if (vscode.workspace.isTrusted) registerHistory(context, client);
  else {
    const c = client;
    context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => registerHistory(context, c)));
  }

  try {
    await client.start();
  } catch (e) {
    // Shown by the library in the output; the status item offers a restart.
    client.error('Starting the language server failed', e, false);
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  try {
    await c?.stop();
  } catch {
    // It never started (or already stopped): nothing to stop.
  }
}
