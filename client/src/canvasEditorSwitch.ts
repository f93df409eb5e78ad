/**
 * Switching a plan between the text editor and the canvas editor in place
 * (the editor-title buttons, the unreadable page's link, the webview's
 * "open the text editor"): the other editor's tab goes, the document stays.
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
  // The plan's other editor in this group goes (the document stays open, dirty or not, in the one shown).
  const group = vscode.window.tabGroups.activeTabGroup;
  const other = group.tabs.filter((t) => t !== group.activeTab && (viewType === 'default'
    ? t.input instanceof vscode.TabInputCustom && t.input.viewType === CANVAS_EDITOR_VIEW_TYPE
    : t.input instanceof vscode.TabInputText) && (t.input as { uri: vscode.Uri }).uri.toString() === uri.toString());
  if (other.length > 0) await vscode.window.tabGroups.close(other, true).then(undefined, () => false);
}

export function reopenAsText(uri: vscode.Uri, column?: vscode.ViewColumn): Promise<void> {
  return switchEditor(uri, 'default', column);
}
