/**
 * The language status item of a plan ({} in the status bar): the plan's
 * readiness in counts ("6/8 ingredients · 2 routes · 3 warnings") and the
 * language server's state. Refreshed when the plan's diagnostics change, so
 * the numbers belong to the same analysis as the Problems panel.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { READINESS_REQUEST, say, statusText, type ReadinessResult } from './readiness';

import { clientLang, LANGUAGE_ID } from './language';

// The language of the client's own words is the server's (language.ts).
export { clientLang, LANGUAGE_ID };

export function activePlan(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === LANGUAGE_ID ? doc : undefined;
}

export class ReadinessStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('scalingPlan.readiness', { language: LANGUAGE_ID });
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Only the newest request may write the item (answers can arrive out of order). */
  private generation = 0;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Scaling plan';
    this.subscriptions.push(
      client.onDidChangeState(() => this.schedule(0)),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const doc = activePlan();
        if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) this.schedule(100);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('scalingPlan.language')) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), ms);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const doc = activePlan();
    const lang = clientLang(doc?.uri);
    const item = this.item;
    item.busy = false;
    item.severity = vscode.LanguageStatusSeverity.Information;
    if (this.client.state === State.Starting) {
      item.busy = true;
      item.text = say(lang, 'Opschalingsplan: taalserver start…', 'Scaling plan: starting the language server…');
      item.detail = undefined;
      item.command = undefined;
      return;
    }
    if (this.client.state === State.Stopped) {
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.text = say(lang, 'Opschalingsplan: taalserver gestopt', 'Scaling plan: language server stopped');
      item.detail = say(lang, 'Geen controle van plannen tot de taalserver weer draait', 'Plans are not checked until the language server runs again');
      item.command = { title: say(lang, 'Opnieuw starten', 'Restart'), command: 'scalingPlan.restartServer' };
      return;
    }
    const serverState = say(lang, 'taalserver actief', 'language server running');
    let result: ReadinessResult | null = null;
    if (doc) {
      try {
        result = await this.client.sendRequest<ReadinessResult | null>(READINESS_REQUEST, { uri: doc.uri.toString() });
      } catch {
        result = null; // The server restarted or the plan closed meanwhile; the next change refreshes.
      }
    }
    if (generation !== this.generation) return;
    if (!result) {
      item.text = say(lang, 'Opschalingsplan', 'Scaling plan');
      item.detail = serverState;
      item.command = undefined;
      return;
    }
    const r = result.readiness;
    item.text = statusText(r, lang);
    item.detail = serverState;
    if (r.diagnostics.error > 0) item.severity = vscode.LanguageStatusSeverity.Warning;
    item.command = { title: say(lang, 'Overzicht', 'Summary'), command: 'scalingPlan.showReadiness', tooltip: say(lang, 'Gereedheid per onderdeel van het canvas', 'Readiness per canvas part') };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
