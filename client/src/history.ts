// STUB — "Compare readiness with…" and the readiness history view (issue 5).
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerHistory(context: vscode.ExtensionContext, client: LanguageClient): void {
  void context;
  void client;
}
