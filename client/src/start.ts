/**
 * What both entries of the extension share: the client options, the error
 * handler, and the features that only talk to the server (commands, status
 * items, preview). extension.ts (desktop: the server in a Node process) and
 * browserExtension.ts (github.dev / vscode.dev: the server in a web worker)
 * add what depends on where they run.
 */
import * as vscode from 'vscode';
import {
  CloseAction, RevealOutputChannelOn,
  type BaseLanguageClient, type CloseHandlerResult, type ErrorHandler, type LanguageClientOptions,
} from 'vscode-languageclient';
import { registerCanvasEditor } from './canvasEditor';
import { registerCommands } from './commands';
import { LanguageStatus } from './language';
import { registerPreview, type CanvasExporter } from './preview';
import { say } from './readiness';
import { clientLang, LANGUAGE_ID, ReadinessStatus } from './status';

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

/**
 * `planSchemes`: where plans are checked; `configSchemes`: where an open
 * `.scalingrc.yaml` is sent to the server too. `client()` is the client once made.
 */
export function clientOptions(planSchemes: string[], configSchemes: string[], client: () => BaseLanguageClient | undefined): LanguageClientOptions {
  const chosen = vscode.workspace.getConfiguration('scalingPlan').get<string>('language');
  const configFiles = '**/.scalingrc.{yaml,yml}';
  let defaults: ErrorHandler | undefined;
  return {
    documentSelector: [
      ...planSchemes.map((scheme) => ({ scheme, language: LANGUAGE_ID })),
      ...configSchemes.map((scheme) => ({ scheme, pattern: configFiles })),
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(configFiles) },
    initializationOptions: chosen === 'nl' || chosen === 'en' ? { lang: chosen } : {},
    diagnosticCollectionName: 'scaling-plan',
    outputChannelName: 'Scaling plan',
    // A policy advisor should not get the log thrown at them; the crash message below links to it.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: errorHandler(() => (defaults ??= client()!.createDefaultErrorHandler(4))),
  };
}

/** The features that need nothing but the server: commands, the status items, the canvas preview. */
export function registerShared(context: vscode.ExtensionContext, client: BaseLanguageClient, exportCanvas: CanvasExporter): void {
  registerCommands(context, client);
  context.subscriptions.push(new ReadinessStatus(client), new LanguageStatus(client));
  registerPreview(context, client, exportCanvas);
  registerCanvasEditor(context, client);
}

export async function startClient(client: BaseLanguageClient): Promise<void> {
  try {
    await client.start();
  } catch (e) {
    // Shown by the library in the output; the status item offers a restart.
    client.error('Starting the language server failed', e, false);
  }
}

export async function stopClient(client: BaseLanguageClient | undefined): Promise<void> {
  try {
    await client?.stop();
  } catch {
    // It never started (or already stopped): nothing to stop.
  }
}
