/**
 * What the preview asks of git, through VS Code's own git extension (no
 * process of ours): the revision the sheets show, and — for the history
 * view — the plan's diff at a commit (`vscode.diff` on `git:` URIs). The
 * readiness history itself comes from the server (`scalingPlan/history`,
 * format `html`), only in a trusted workspace: git runs there.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { say, type Lang } from './readiness';
import { safeRepoPath } from './previewProtocol';

/** The little of the git extension's API (`vscode.git`, API version 1) we use. */
interface GitRepository {
  rootUri: vscode.Uri;
  state: { HEAD?: { commit?: string }; workingTreeChanges: { uri: vscode.Uri }[]; indexChanges: { uri: vscode.Uri }[] };
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  toGitUri(uri: vscode.Uri, ref: string): vscode.Uri;
}

function gitApi(): GitApi | undefined {
  const ext = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!ext?.isActive) return undefined;
  try {
    return ext.exports.getAPI(1);
  } catch {
    return undefined;
  }
}

/** Today as the sheets show it (the user's local date). */
export function today(): string {
  const d = new Date();
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** The short revision of the plan's repository and whether the plan differs from it; {} outside git. */
export function sheetRevision(doc: vscode.TextDocument): { revision?: string; dirty?: boolean } {
  const repo = doc.uri.scheme === 'file' ? gitApi()?.getRepository(doc.uri) : undefined;
  const head = repo?.state.HEAD?.commit;
  if (!repo || !head || !/^[0-9a-f]{7,64}$/.test(head)) return {};
  const same = (u: vscode.Uri): boolean => u.fsPath === doc.uri.fsPath;
  const dirty = doc.isDirty || repo.state.workingTreeChanges.some((c) => same(c.uri)) || repo.state.indexChanges.some((c) => same(c.uri));
  return dirty ? { revision: head.slice(0, 7), dirty } : { revision: head.slice(0, 7) };
}

export const HISTORY_REQUEST = 'scalingPlan/history';

/** The history view's markup and the plan's path in its repository, or undefined (untrusted, not in git, no history). */
export async function historyView(client: LanguageClient, doc: vscode.TextDocument): Promise<{ body: string; file: string } | undefined> {
  if (!vscode.workspace.isTrusted || doc.uri.scheme !== 'file') return undefined;
  try {
    const r = await client.sendRequest<{ output: string; data: { file?: unknown } } | null>(HISTORY_REQUEST, { uri: doc.uri.toString(), format: 'html' });
    if (!r || typeof r.output !== 'string' || typeof r.data?.file !== 'string') return undefined;
    return { body: r.output, file: r.data.file };
  } catch {
    return undefined; // not a repository, no git: the preview simply has no history view
  }
}

/**
 * The plan's diff at `commit` (its parent → the commit), the plan being at
 * `path` then. The repository root is where the plan's path now (`file`)
 * ends in the document's own path.
 */
export async function openCommitDiff(doc: vscode.TextDocument, file: string, commit: string, path: string, lang: Lang): Promise<void> {
  const api = gitApi();
  const docPath = doc.uri.path;
  if (!api || !safeRepoPath(path) || !docPath.endsWith(`/${file}`)) {
    void vscode.window.showInformationMessage(say(lang, 'De wijziging kan niet getoond worden: de git-extensie van VS Code is niet actief.', 'The change cannot be shown: VS Code’s git extension is not active.'));
    return;
  }
  const root = doc.uri.with({ path: docPath.slice(0, docPath.length - file.length - 1) });
  const at = vscode.Uri.joinPath(root, ...path.split('/'));
  const title = say(lang, `${path} bij ${commit.slice(0, 7)}`, `${path} at ${commit.slice(0, 7)}`);
  await vscode.commands.executeCommand('vscode.diff', api.toGitUri(at, `${commit}^`), api.toGitUri(at, commit), title);
}
