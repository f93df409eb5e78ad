/**
 * The client's own commands: New scaling plan (the server's template, the
 * same `scaling-plan init` writes), Go to a canvas part (the walkthrough's
 * links), Fix all auto-fixable problems (`source.fixAll.scaling-plan`), Show
 * readiness summary, Show rule documentation (the server's "Show
 * documentation" action calls it) and Restart language server. The preview and history commands are
 * registered by preview.ts and history.ts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PART_SNIPPETS, READINESS_REQUEST, say, summaryLines, type Part, type ReadinessResult } from './readiness';
import { activePlan, clientLang, LANGUAGE_ID } from './status';

interface Snippet {
  body: string | string[];
}

/** A snippet we ship, by name (snippets/scaling-plan.code-snippets is plain JSON; read through VS Code, so also in github.dev). */
async function snippet(context: vscode.ExtensionContext, name: string): Promise<vscode.SnippetString | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'snippets', 'scaling-plan.code-snippets'));
    const all = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, Snippet>;
    const body = all[name]?.body;
    return body === undefined ? undefined : new vscode.SnippetString(Array.isArray(body) ? body.join('\n') : body);
  } catch {
    return undefined;
  }
}

/** Repeats `SkeletonRequest` in server/src/lsp/protocol.ts. */
const SKELETON_REQUEST = 'scalingPlan/skeleton';

async function newPlan(context: vscode.ExtensionContext, client: LanguageClient): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let content: string | undefined;
  try {
    const at = folder ? vscode.Uri.joinPath(folder, 'plan.scaling.yaml').toString() : '';
    content = (await client.sendRequest<{ text: string }>(SKELETON_REQUEST, { uri: at })).text || undefined;
  } catch {
    content = undefined; // The server is not running: fall back to the snippet.
  }
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, ...(content ? { content } : {}) });
  const editor = await vscode.window.showTextDocument(doc);
  if (!content) {
    const body = await snippet(context, 'Scaling plan');
    if (body) await editor.insertSnippet(body);
  }
  return doc;
}

/** The walkthrough's "go to part" links: the part in the active plan, or its snippet when it is missing. */
async function goToPartCommand(context: vscode.ExtensionContext, part: unknown): Promise<void> {
  const doc = activePlan() ?? vscode.workspace.textDocuments.find((d) => d.languageId === LANGUAGE_ID);
  const lang = clientLang(doc?.uri);
  if (!doc) {
    void vscode.window.showInformationMessage(say(lang, 'Open eerst een opschalingsplan (*.scaling.yaml), of maak er een met ‘Nieuw opschalingsplan’.', "Open a scaling plan (*.scaling.yaml) first, or make one with 'New scaling plan'."));
    return;
  }
  if (typeof part === 'string' && part in PART_SNIPPETS) await goToPart(context, doc, part as Part);
}

/** Applies the safe fixes of the active plan, as `editor.codeActionsOnSave` does. */
async function fixAll(): Promise<void> {
  const doc = activePlan();
  if (!doc) {
    void vscode.window.showInformationMessage(say(clientLang(), 'Open eerst een opschalingsplan (*.scaling.yaml).', 'Open a scaling plan (*.scaling.yaml) first.'));
    return;
  }
  await vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.scaling-plan', apply: 'first' });
}

/** The top-level part of the plan, located by the server (positions come from the YAML tree). */
async function partRange(doc: vscode.TextDocument, part: Part): Promise<vscode.Range | undefined> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
  return symbols?.find((s) => s.name === part)?.selectionRange;
}

async function goToPart(context: vscode.ExtensionContext, doc: vscode.TextDocument, part: Part): Promise<void> {
  if (part === 'findings') {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  const editor = await vscode.window.showTextDocument(doc);
  const range = await partRange(doc, part);
  if (range) {
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
    return;
  }
  // The plan lacks this part: add its skeleton at the end, ready to fill in.
  const body = await snippet(context, PART_SNIPPETS[part]);
  if (!body) return;
  const last = doc.lineAt(doc.lineCount - 1);
  const at = last.range.end;
  if (!last.isEmptyOrWhitespace) await editor.edit((e) => e.insert(at, '\n'));
  await editor.insertSnippet(body, doc.lineAt(doc.lineCount - 1).range.end);
}

/** Shows the summary and returns it (so tests and other extensions can read the same numbers). */
async function showReadiness(context: vscode.ExtensionContext, client: LanguageClient): Promise<ReadinessResult | null> {
  const doc = activePlan();
  const lang = clientLang(doc?.uri);
  if (!doc) {
    void vscode.window.showInformationMessage(say(lang, 'Open eerst een opschalingsplan (*.scaling.yaml).', 'Open a scaling plan (*.scaling.yaml) first.'));
    return null;
  }
  const result = await client.sendRequest<ReadinessResult | null>(READINESS_REQUEST, { uri: doc.uri.toString() });
  if (!result) {
    void vscode.window.showInformationMessage(say(lang, 'De taalserver heeft dit plan nog niet gelezen; probeer het zo opnieuw.', 'The language server has not read this plan yet; try again in a moment.'));
    return null;
  }
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
  const present = new Set((symbols ?? []).map((s) => s.name));
  const items = summaryLines(result.readiness, lang).map((line) => ({
    ...line,
    detail: line.part === 'findings' || present.has(line.part)
      ? undefined
      : say(lang, 'Dit onderdeel ontbreekt: kies het om het toe te voegen', 'This part is missing: choose it to add it'),
  }));
  void vscode.window
    .showQuickPick(items, { title: say(lang, 'Gereedheid van het opschalingsplan', 'Readiness of the scaling plan'), placeHolder: say(lang, 'Kies een onderdeel om erheen te gaan', 'Choose a part to go to it') })
    .then((picked) => (picked ? goToPart(context, doc, picked.part) : undefined));
  return result;
}

/** Opens a rule's page: the copy shipped in the extension when there is one (works offline), else the web page. */
async function showRuleDoc(context: vscode.ExtensionContext, url: unknown): Promise<void> {
  const target = typeof url === 'string' ? url : url instanceof vscode.Uri ? url.toString() : '';
  const page = /\/docs\/rules\/((?:nl\/)?SP\d{3})\.md$/.exec(target)?.[1];
  const local = page ? vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${page}.md`) : undefined;
  if (local && (await isFile(local))) {
    await vscode.commands.executeCommand('markdown.showPreview', local);
    return;
  }
  // Only web pages: the argument may come from a document, and other schemes could run something.
  if (/^https?:\/\//i.test(target)) await vscode.env.openExternal(vscode.Uri.parse(target));
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

async function restartServer(client: LanguageClient & { restart?: () => Promise<void> }): Promise<void> {
  try {
    // The browser client has no restart(): stop, then start (its server options make a new worker).
    if (client.restart) await client.restart();
    else {
      await client.stop();
      await client.start();
    }
  } catch (e) {
    const lang = clientLang();
    void vscode.window.showErrorMessage(say(lang, `De taalserver start niet: ${String(e)}`, `The language server does not start: ${String(e)}`));
  }
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('scalingPlan.newPlan', () => newPlan(context, client)),
    vscode.commands.registerCommand('scalingPlan.goToPart', (part: unknown) => goToPartCommand(context, part)),
    vscode.commands.registerCommand('scalingPlan.fixAll', () => fixAll()),
    vscode.commands.registerCommand('scalingPlan.showReadiness', () => showReadiness(context, client)),
    vscode.commands.registerCommand('scalingPlan.showRuleDoc', (url: unknown) => showRuleDoc(context, url)),
    vscode.commands.registerCommand('scalingPlan.restartServer', () => restartServer(client)),
  );
}
