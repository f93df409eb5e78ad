/**
 * The whole workspace in the Problems panel (issue 17): every plan in the
 * workspace folders gets diagnostics, also the closed ones.
 *
 * Chosen: a background scan that publishes (`textDocument/publishDiagnostics`
 * without a version), not LSP 3.17 pull diagnostics — every client shows
 * pushed diagnostics, and the open plans already use push (diagnostics.ts).
 *  - plans are found as the CLI finds them (cli/files.ts: no node_modules or
 *    .git, no link out of the folder) and a plan the config's `ignore` matches
 *    gets no diagnostics (ConfigService.settingsFor, the config module's loader);
 *  - one closed plan per turn of the event loop (setImmediate), so an edit or a
 *    request that arrives meanwhile is handled first; an open plan is skipped
 *    here (diagnostics.ts owns it), and when it is closed its text on disk is
 *    checked again, so its problems stay in the panel;
 *  - files created, changed, deleted or renamed on disk arrive as
 *    `workspace/didChangeWatchedFiles` (we register `**∕*.scaling.{yaml,yml}`):
 *    a deleted plan's diagnostics are cleared, the others are checked again;
 *    a config file change re-checks every closed plan.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection, type FileEvent, type InitializeParams, type TextDocuments, type WorkspaceFolder } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findPlans, PLAN_FILE } from '../cli/files.js';
import { analyse } from '../lint.js';
import type { Diagnostic } from '../model/types.js';
import type { ConfigService } from './config.js';
import { toLspDiagnostic } from './convert.js';
import { OFFLOAD_CHARS, type AnalysisOffload as Offload, type WorkspaceScan } from './host.js';
import { uriToPath } from './nodeFiles.js';

export const PLAN_GLOB = '**/*.scaling.{yaml,yml}';

export class WorkspacePlans implements WorkspaceScan {
  private folders = new Map<string, string>(); // uri → path
  private readonly queue = new Set<string>(); // uris of closed plans to check
  /** Closed plans we published diagnostics for (cleared when deleted or their folder goes). */
  private readonly published = new Set<string>();
  private scheduled = false;
  private canWatch = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly config: ConfigService,
    private readonly offload?: Offload,
  ) {}

  onInitialize(params: InitializeParams): void {
    this.canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    this.changeFolders(folders, []);
  }

  /** After `initialized`: watch plan files, then scan every folder once the settings are in. */
  onInitialized(): void {
    if (this.canWatch) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: PLAN_GLOB }] })
        .catch((e: unknown) => this.connection.console.error(`cannot watch plan files: ${String(e)}`));
    }
    void this.config.whenReady().then(() => this.rescan());
  }

  changeFolders(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void {
    for (const f of removed) {
      this.folders.delete(f.uri);
      const path = uriToPath(f.uri);
      for (const uri of [...this.published]) if (path && (uriToPath(uri) ?? '').startsWith(path)) this.clear(uri);
    }
    for (const f of added) {
      const path = uriToPath(f.uri);
      if (path) this.folders.set(f.uri, path);
    }
  }

  /** Every plan of every folder, checked again (start, folders or settings or a config file changed). */
  rescan(): void {
    for (const path of this.folders.values()) {
      for (const f of findPlans([path], path).files) if (!f.unreadable) this.queue.add(pathToFileURL(f.abs).href);
    }
    this.schedule();
  }

  /** An open plan was closed: its text on disk is what the panel shows now. */
  closed(uri: string): void {
    if (!this.inFolder(uri)) return;
    this.queue.add(uri);
    this.schedule();
  }

  watched(changes: FileEvent[]): void {
    for (const c of changes) {
      if (!PLAN_FILE.test(c.uri) || !this.inFolder(c.uri)) continue;
      // A rename arrives as a deletion and a creation.
      if (c.type === FileChangeType.Deleted) {
        this.queue.delete(c.uri);
        if (!this.documents.get(c.uri)) this.clear(c.uri);
      } else this.queue.add(c.uri);
    }
    this.schedule();
  }

  private inFolder(uri: string): boolean {
    const path = uriToPath(uri);
    return path !== undefined && [...this.folders.values()].some((f) => path === f || path.startsWith(f.endsWith('/') ? f : `${f}/`));
  }

  private clear(uri: string): void {
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.size === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const next = this.queue.values().next();
      if (next.done) return;
      this.queue.delete(next.value);
      void this.check(next.value).finally(() => this.schedule());
    });
  }

  private async check(uri: string): Promise<void> {
    if (this.documents.get(uri)) return; // open: diagnostics.ts publishes it
    const path = uriToPath(uri);
    let text: string;
    try {
      text = readFileSync(path ?? '', 'utf8');
    } catch {
      if (this.published.has(uri)) this.clear(uri); // gone meanwhile
      return;
    }
    const settings = this.config.settingsFor(uri);
    let diagnostics: Diagnostic[] = [];
    if (!settings.ignored) {
      try {
        if (this.offload && text.length >= OFFLOAD_CHARS) {
          diagnostics = (await this.offload.analyse(uri, text, settings.lang, settings.rules))?.diagnostics ?? [];
        } else diagnostics = analyse(text, { lang: settings.lang, rules: settings.rules }).diagnostics;
      } catch (e) {
        this.connection.console.error(`checking ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
    }
    if (this.documents.get(uri)) return; // opened while it was analysed
    this.published.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: diagnostics.map((d) => toLspDiagnostic(d, uri)) });
  }
}
