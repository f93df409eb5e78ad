/**
 * "Compare readiness with…" and "Show readiness history" (issue 5). The
 * server runs git and writes the report as Markdown (`scalingPlan/diff`,
 * `scalingPlan/history`); the client only picks the revision and shows the
 * report in the Markdown preview of a read-only virtual document
 * (`scaling-plan-diff:` scheme) — no webview, no markup of our own.
 * Registered only in a trusted workspace (extension.ts): git runs there.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { say, type Lang } from './readiness';
import { activePlan, clientLang, LANGUAGE_ID } from './status';

/** Request names and shapes repeated from server/src/lsp/protocol.ts (the client must not import the server). */
export const DIFF_REQUEST = 'scalingPlan/diff';
export const HISTORY_REQUEST = 'scalingPlan/history';
export const COMPARE_COMMAND = 'scalingPlan.compareReadiness';
export const HISTORY_COMMAND = 'scalingPlan.showHistory';
export const REPORT_SCHEME = 'scaling-plan-diff';

interface DiffParams { uri: string; from?: string; to?: string; format: 'text' | 'json' | 'markdown' }
interface HistoryParams { uri: string; format: 'text' | 'json' | 'markdown' }
interface ReportResult { output: string; data: unknown }
interface HistoryCommit { commit: string; date: string; author: string; subject: string; change: string }

/** The same conservative check as the server's (server/src/git/git.ts); the server checks again. */
const REVISION = /^[A-Za-z0-9_@][A-Za-z0-9_.\/~^@{}+-]{0,199}$/;
function revisionProblem(rev: string, lang: Lang): string | undefined {
  const r = rev.trim();
  if (r === '') return say(lang, 'Geef een revisie op.', 'Give a revision.');
  if (!REVISION.test(r) || r.includes('..') || r.includes('//')) {
    return say(lang, 'Geef een branch, tag, commit-hash of iets als HEAD~2.', 'Give a branch, tag, commit hash or something like HEAD~2.');
  }
  return undefined;
}

/** Holds the reports; a document per plan and view, refreshed in place when asked again. */
class Reports implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
  dispose(): void {
    this.changed.dispose();
  }
}

interface RevisionItem extends vscode.QuickPickItem {
  rev?: string;
  typeOwn?: boolean;
}

export function registerHistory(context: vscode.ExtensionContext, client: LanguageClient): void {
  const reports = new Reports();
  context.subscriptions.push(
    reports,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports),
    vscode.commands.registerCommand(COMPARE_COMMAND, (uri?: vscode.Uri) => compare(client, reports, uri)),
    vscode.commands.registerCommand(HISTORY_COMMAND, (uri?: vscode.Uri) => history(client, reports, uri)),
  );
}

/** The plan the command is about: the one clicked, else the active editor's; it must be a saved file. */
async function planFor(uri: vscode.Uri | undefined, lang: Lang): Promise<vscode.TextDocument | undefined> {
  const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : activePlan();
  if (!doc || doc.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(say(lang, 'Open eerst een opschalingsplan (*.scaling.yaml).', 'Open a scaling plan (*.scaling.yaml) first.'));
    return undefined;
  }
  if (doc.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage(say(lang, 'Sla het plan eerst op in een git-repository.', 'Save the plan in a git repository first.'));
    return undefined;
  }
  return doc;
}

async function compare(client: LanguageClient, reports: Reports, uri: vscode.Uri | undefined): Promise<void> {
  const lang = clientLang(uri);
  const doc = await planFor(uri, lang);
  if (!doc) return;
  const from = await pickRevision(client, doc, lang);
  if (from === undefined) return;
  if (doc.isDirty) {
    void vscode.window.showInformationMessage(say(lang,
      'Het plan heeft niet-opgeslagen wijzigingen: de vergelijking gebruikt de opgeslagen versie.',
      'The plan has unsaved changes: the comparison uses the saved version.'));
  }
  const params: DiffParams = { uri: doc.uri.toString(), from, format: 'markdown' };
  const title = say(lang, `Gereedheid vergelijken met ${from}…`, `Comparing readiness with ${from}…`);
  const result = await ask(client, DIFF_REQUEST, params, title, lang);
  if (result) await show(reports, reportUri(doc, `${from} → ${say(lang, 'werkmap', 'working tree')}`, 'diff'), result.output);
}

async function history(client: LanguageClient, reports: Reports, uri: vscode.Uri | undefined): Promise<void> {
  const lang = clientLang(uri);
  const doc = await planFor(uri, lang);
  if (!doc) return;
  const params: HistoryParams = { uri: doc.uri.toString(), format: 'markdown' };
  const result = await ask(client, HISTORY_REQUEST, params, say(lang, 'Geschiedenis van de gereedheid ophalen…', 'Reading the readiness history…'), lang);
  if (result) await show(reports, reportUri(doc, say(lang, 'geschiedenis', 'history'), 'history'), result.output);
}

/** HEAD first (the default), HEAD~1, the plan's recent commits as they arrive, or a revision typed in. */
async function pickRevision(client: LanguageClient, doc: vscode.TextDocument, lang: Lang): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick<RevisionItem>();
  pick.title = say(lang, `Gereedheid van ${fileName(doc.uri)} vergelijken met…`, `Compare readiness of ${fileName(doc.uri)} with…`);
  pick.placeholder = say(lang, 'Kies een revisie (standaard HEAD) of typ er een', 'Pick a revision (HEAD by default) or type one');
  const fixed: RevisionItem[] = [
    { label: '$(git-commit) HEAD', description: say(lang, 'de laatste commit (standaard)', 'the last commit (default)'), rev: 'HEAD' },
    { label: '$(git-commit) HEAD~1', description: say(lang, 'de commit daarvoor', 'the commit before'), rev: 'HEAD~1' },
  ];
  const typeOwn: RevisionItem = { label: say(lang, '$(edit) Andere revisie typen…', '$(edit) Type another revision…'), alwaysShow: true, typeOwn: true };
  pick.items = [...fixed, typeOwn];
  pick.busy = true;
  const recent = client.sendRequest<ReportResult | null>(HISTORY_REQUEST, { uri: doc.uri.toString(), format: 'json' } satisfies HistoryParams)
    .then((r) => commitsOf(r?.data).slice(0, 15), () => [] as HistoryCommit[]);
  void recent.then((commits) => {
    pick.busy = false;
    if (commits.length === 0) return;
    const active = pick.activeItems;
    pick.items = [
      ...fixed,
      { label: say(lang, 'Recente commits van dit plan', 'Recent commits of this plan'), kind: vscode.QuickPickItemKind.Separator },
      ...commits.map((c): RevisionItem => ({
        label: `$(git-commit) ${c.commit.slice(0, 7)}`, description: c.subject, detail: `${c.date.slice(0, 10)} · ${c.author}`, rev: c.commit,
      })),
      typeOwn,
    ];
    pick.activeItems = active.length > 0 ? active : [fixed[0]!];
  });
  const chosen = await new Promise<RevisionItem | undefined>((done) => {
    pick.onDidAccept(() => done(pick.selectedItems[0] ?? pick.activeItems[0]));
    pick.onDidHide(() => done(undefined));
    pick.show();
  });
  const [title, value] = [pick.title, pick.value];
  pick.dispose();
  if (!chosen) return undefined;
  if (chosen.rev) return chosen.rev;
  const typed = await vscode.window.showInputBox({
    title,
    prompt: say(lang, 'Een branch, tag, commit-hash of iets als HEAD~3 of origin/main', 'A branch, tag, commit hash or something like HEAD~3 or origin/main'),
    value,
    validateInput: (v) => revisionProblem(v, lang),
  });
  return typed?.trim() || undefined;
}

function commitsOf(data: unknown): HistoryCommit[] {
  const commits = (data as { commits?: unknown } | null | undefined)?.commits;
  if (!Array.isArray(commits)) return [];
  return commits.filter((c): c is HistoryCommit =>
    !!c && typeof c === 'object' && typeof (c as HistoryCommit).commit === 'string' && /^[0-9a-f]{40,64}$/.test((c as HistoryCommit).commit)
    && typeof (c as HistoryCommit).subject === 'string' && typeof (c as HistoryCommit).date === 'string' && typeof (c as HistoryCommit).author === 'string'
    && (c as HistoryCommit).change !== 'deleted');
}

/** Sends a report request with a progress note; a git problem (no repository, unknown revision) is shown as the server words it. */
async function ask(client: LanguageClient, method: string, params: DiffParams | HistoryParams, title: string, lang: Lang): Promise<ReportResult | undefined> {
  try {
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title },
      () => client.sendRequest<ReportResult | null>(method, params));
    if (result && typeof result.output === 'string') return result;
    void vscode.window.showWarningMessage(say(lang,
      'Dit lukte niet. Staat het plan in een git-repository en is git geïnstalleerd? Zie de uitvoer ‘Scaling plan’.',
      'This did not work. Is the plan in a git repository, and is git installed? See the ‘Scaling plan’ output.'));
  } catch (e) {
    void vscode.window.showWarningMessage(e instanceof Error ? e.message : String(e));
  }
  return undefined;
}

/** `scaling-plan-diff:/ns-stations.scaling.yaml (HEAD → working tree).md?<plan>`: one per plan and view. */
function reportUri(doc: vscode.TextDocument, what: string, kind: 'diff' | 'history'): vscode.Uri {
  const name = `${fileName(doc.uri)} (${what.replace(/[\\/?#]/g, '_')}).md`;
  return vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}`, query: `${kind}=${encodeURIComponent(doc.uri.toString())}` });
}

async function show(reports: Reports, uri: vscode.Uri, markdown: string): Promise<void> {
  reports.set(uri, markdown);
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  try {
    // Not looked up first: the built-in Markdown extension registers it only once activated (by this call).
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // Without the built-in Markdown extension: the report as text, still readable.
    await vscode.window.showTextDocument(doc, { preview: true });
  }
}

/** The plan's file name (without node:path, so this file also builds for the browser). */
function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
