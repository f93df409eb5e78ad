/**
 * The language of the extension's own words (notifications, status, quick
 * picks) and the language status item that shows and switches it.
 *
 * One resolution for everything (SPEC §6.1): the language server resolves it
 * (setting, `.scalingrc.yaml`, display language, OS locale) and the client
 * asks it with `scalingPlan/language` — the client never repeats the rules.
 * Until the first answer: the setting, else VS Code's display language.
 * Runtime strings come from our own nl/en pairs (`say`), picked by this
 * language; `vscode.l10n` would follow the display language only, which is
 * `en` for nearly every Dutch advisor (ARCHITECTURE.md, "Language").
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { say, type Lang } from './readiness';

export const LANGUAGE_ID = 'scaling-plan';
/** Repeats `LanguageRequest` in server/src/lsp/protocol.ts (the client cannot import the server). */
export const LANGUAGE_REQUEST = 'scalingPlan/language';

type Source = 'choice' | 'config' | 'display' | 'os' | 'default';
interface LanguageResult {
  lang: Lang;
  source: Source;
}

let resolved: LanguageResult | undefined;

/** The language the server speaks for the active plan (or the workspace). */
export function clientLang(scope?: vscode.Uri): Lang {
  const chosen = vscode.workspace.getConfiguration('scalingPlan', scope).get<string>('language');
  if (chosen === 'nl' || chosen === 'en') return chosen;
  if (resolved) return resolved.lang;
  return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

const SOURCE: Record<Source, [string, string]> = {
  choice: ['gekozen in de instelling scalingPlan.language', 'chosen in the setting scalingPlan.language'],
  config: ['uit lang in .scalingrc.yaml', 'from lang in .scalingrc.yaml'],
  display: ['de weergavetaal van VS Code', "VS Code's display language"],
  os: ['de taal van je computer (landinstelling)', "your computer's language (locale)"],
  default: ['standaard', 'the default'],
};

export class LanguageStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('scalingPlan.language', { language: LANGUAGE_ID });
  private readonly subscriptions: vscode.Disposable[] = [];
  private generation = 0;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Scaling plan language';
    this.subscriptions.push(
      client.onDidChangeState((e) => e.newState === State.Running && void this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        // The server pulls the new settings itself; ask again once it has.
        if (e.affectsConfiguration('scalingPlan.language')) setTimeout(() => void this.refresh(), 300);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => /\.scalingrc\.ya?ml$/.test(d.fileName) && void this.refresh()),
      vscode.commands.registerCommand('scalingPlan.switchLanguage', () => this.switch()),
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    if (this.client.state === State.Running) {
      const doc = vscode.window.activeTextEditor?.document;
      try {
        const r = await this.client.sendRequest<LanguageResult>(LANGUAGE_REQUEST, { uri: doc?.languageId === LANGUAGE_ID ? doc.uri.toString() : '' });
        if (generation !== this.generation) return;
        resolved = r;
      } catch {
        // The server restarted meanwhile; the next event asks again.
      }
    }
    const lang = clientLang();
    const source = resolved && resolved.lang === lang ? resolved.source : 'choice';
    const other: Lang = lang === 'nl' ? 'en' : 'nl';
    this.item.text = say(lang, '$(globe) Nederlands', '$(globe) English');
    this.item.detail = say(lang, `Taal van de meldingen: ${SOURCE[source][0]}`, `Language of the messages: ${SOURCE[source][1]}`);
    this.item.command = {
      title: say(lang, 'Switch to English', 'Wissel naar Nederlands'),
      command: 'scalingPlan.switchLanguage',
      arguments: [other],
      tooltip: say(lang, 'Zet scalingPlan.language in de instellingen van deze werkmap', 'Sets scalingPlan.language in the settings of this workspace'),
    };
  }

  /** One click: write the other language into the workspace settings; the server follows. */
  private async switch(to?: unknown): Promise<void> {
    const lang: Lang = to === 'nl' || to === 'en' ? to : clientLang() === 'nl' ? 'en' : 'nl';
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('scalingPlan').update('language', lang, target);
    await this.refresh();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
