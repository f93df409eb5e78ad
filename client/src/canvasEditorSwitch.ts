/**
 * Switching a plan between the text editor and the canvas editor in place
 * (the editor-title buttons, the unreadable page's link, the webview's
 * "open the text editor"): the other editor's tab goes when the plan is
 * saved; the document stays open.
 */
import * as vscode from 'vscode';
import { CANVAS_EDITOR_VIEW_TYPE } from './canvasEditorProtocol';

/** The plan of a command: the uri a menu passes (or our page's link, as a string), else the active editor's. */
export function planUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg.length < 4096) {
    try {
      return vscode.Uri.parse(arg, true);
    } catch {
      return undefined;
    }
  }
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputCustom || input instanceof vscode.TabInputText) return input.uri;
  return undefined;
}

export const isPlanUri = (uri: vscode.Uri): boolean => /\.scaling\.ya?ml$/i.test(uri.path);

/** Shows `uri` in another editor (`default`: the text editor) in place of the active one: a switch, not a second tab. */
export async function switchEditor(uri: vscode.Uri, viewType: string, column?: vscode.ViewColumn): Promise<void> {
  await vscode.commands.executeCommand('vscode.openWith', uri, viewType, column ?? vscode.window.tabGroups.activeTabGroup.viewColumn);
  // The plan's other editor in this group goes — only when the plan is saved: VS Code asks whether to
  // save when a tab of an unsaved document closes (even with another editor of it open), and
  // "Don't Save" there would throw the changes away. An unsaved plan keeps both tabs.
  if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) return;
  const group = vscode.window.tabGroups.activeTabGroup;
  const other = group.tabs.filter((t) => t !== group.activeTab && (viewType === 'default'
    ? t.input instanceof vscode.TabInputCustom && t.input.viewType === CANVAS_EDITOR_VIEW_TYPE
    : t.input instanceof vscode.TabInputText) && (t.input as { uri: vscode.Uri }).uri.toString() === uri.toString());
  if (other.length > 0) await vscode.window.tabGroups.close(other, true).then(undefined, () => false);
}

export function reopenAsText(uri: vscode.Uri, column?: vscode.ViewColumn): Promise<void> {
  return switchEditor(uri, 'default', column);
}
