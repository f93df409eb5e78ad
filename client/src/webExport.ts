/**
 * "Export canvas" in github.dev / vscode.dev: the standalone HTML page only,
 * written through VS Code's file system (the PDF needs a Chromium started on
 * this computer, which a browser tab cannot do: exportCanvas.ts). The page
 * prints as five A3 landscape sheets from any browser.
 */
import * as vscode from 'vscode';
import { say, type Lang } from './readiness';

export async function exportHtml(plan: vscode.Uri, page: string, lang: Lang): Promise<void> {
  const name = plan.path.slice(plan.path.lastIndexOf('/') + 1).replace(/\.scaling\.ya?ml$/i, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(plan, '..', `${name}.canvas.html`),
    filters: { HTML: ['html'] },
    title: say(lang, 'Canvas exporteren als HTML (PDF kan alleen in VS Code op je computer)', 'Export canvas as HTML (PDF only in VS Code on your computer)'),
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(page));
  const file = target.path.slice(target.path.lastIndexOf('/') + 1);
  void vscode.window.showInformationMessage(say(lang, `Canvas geëxporteerd naar ${file}.`, `Canvas exported to ${file}.`));
}
