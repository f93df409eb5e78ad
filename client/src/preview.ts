// STUB — the preview panel host (issue 4).
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
  void context;
  void client;
}
