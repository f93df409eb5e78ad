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
 *  - the scan yields to the user: it works in slices of at most SLICE_MS (at
 *    least one plan) between turns of the event loop, pauses for YIELD_MS after
 *    every open, edit or close of a document (that document's diagnostics go
 *    first), and publishes a slice only once the previous slice's messages are
 *    written — a scan that outruns the pipe to the editor would queue its
 *    publishes ahead of the answer to the next keystroke;
 *  - an open plan is skipped here (diagnostics.ts owns it), and when it is
 *    closed its text on disk is checked again, so its problems stay in the panel;
 *  - plans of OFFLOAD_CHARS or more are read in the worker thread while the
 *    scan goes on with the small ones; nothing of a closed plan's analysis is
 *    kept (only the uris we published for, to clear them later);
 *  - files created, changed, deleted or renamed on disk arrive as
 *    `workspace/didChangeWatchedFiles` (we register `**∕*.scaling.{yaml,yml}`):
 *    a deleted plan's diagnostics are cleared, the others are checked again;
 *    a config file change re-checks every closed plan.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection, type FileEvent, type InitializeParams, type TextDocuments, type WorkspaceFolder } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findPlans, PLAN_FILE } from '../cli/files.js';
import { analyse } from '../lint.js';
import type { Diagnostic } from '../model/types.js';
import type { ConfigService } from './config.js';
import { uriToPath } from './config.js';
import { toLspDiagnostic } from './convert.js';
import { OFFLOAD_CHARS, type Offload } from './offload.js';

export const PLAN_GLOB = '**/*.scaling.{yaml,yml}';

/** The longest the scan holds the thread at a time (it always checks one plan). */
const SLICE_MS = 4;
/** How long the scan waits after a document event: an edit's diagnostics cost ~3–10 ms end to end. */
const YIELD_MS = 20;
/** Big plans analysed in the worker at once (each holds its text until it is done). */
const MAX_OFFLOADED = 2;

export class WorkspacePlans {
  private folders = new Map<string, string>(); // uri → path
  private readonly queue = new Set<string>(); // uris of closed plans to check
  /** Closed plans we published diagnostics for (cleared when deleted or their folder goes). */
  private readonly published = new Set<string>();
  private running = false;
  private canWatch = false;
  /** When a document was last opened, changed or closed (performance.now()). */
  private documentEventAt = -Infinity;
  /** Big plans in the worker now (offload.ts); each settles once published. */
  private readonly offloaded = new Set<Promise<void>>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly config: ConfigService,
    private readonly offload?: Offload,
  ) {
    const touched = (): void => void (this.documentEventAt = performance.now());
    documents.onDidChangeContent(touched); // an open is a content change too
    documents.onDidClose(touched);
  }

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
      for (const uri of [...this.published]) if (path && (uriToPath(uri) ?? '').startsWith(path)) void this.clear(uri);
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
        if (!this.documents.get(c.uri)) void this.clear(c.uri);
      } else this.queue.add(c.uri);
    }
    this.schedule();
  }

  private inFolder(uri: string): boolean {
    const path = uriToPath(uri);
    return path !== undefined && [...this.folders.values()].some((f) => path === f || path.startsWith(f.endsWith('/') ? f : `${f}/`));
  }

  private clear(uri: string): Promise<void> {
    this.published.delete(uri);
    return this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private schedule(): void {
    if (this.running || this.queue.size === 0) return;
    this.running = true;
    void this.pump().finally(() => {
      this.running = false;
      this.schedule(); // queued meanwhile (a watcher event while the last slice was written)
    });
  }

  private async pump(): Promise<void> {
    while (this.queue.size > 0) {
      const wait = this.documentEventAt + YIELD_MS - performance.now();
      await new Promise<void>((resolve) => (wait > 0 ? setTimeout(resolve, wait) : setImmediate(resolve)));
      if (this.documentEventAt + YIELD_MS > performance.now()) continue; // another edit came in
      const start = performance.now();
      const writes: Promise<void>[] = [];
      do {
        const uri = this.queue.values().next().value as string;
        if (this.offload && this.offloaded.size >= MAX_OFFLOADED && this.isBig(uri)) {
          this.queue.delete(uri);
          this.queue.add(uri); // after the others: its turn comes when the worker has room
          if (writes.length === 0) writes.push(Promise.race(this.offloaded));
          break;
        }
        this.queue.delete(uri);
        const written = this.check(uri);
        if (written) writes.push(written);
      } while (this.queue.size > 0 && performance.now() - start < SLICE_MS);
      await Promise.all(writes);
    }
  }

  /** Checks one closed plan; resolves once its diagnostics are written (undefined: nothing to wait for). */
  private check(uri: string): Promise<void> | undefined {
    if (this.documents.get(uri)) return undefined; // open: diagnostics.ts publishes it
    const path = uriToPath(uri);
    let text: string;
    try {
      text = readFileSync(path ?? '', 'utf8');
    } catch {
      if (this.published.has(uri)) return this.clear(uri); // gone meanwhile
      return undefined;
    }
    const settings = this.config.settingsFor(uri);
    if (settings.ignored) return this.publish(uri, []);
    if (this.offload && text.length >= OFFLOAD_CHARS) {
      const job: Promise<void> = this.offload.analyse(uri, text, settings.lang, settings.rules).then(
        (r) => {
          if (!this.documents.get(uri)) this.offload?.forget(uri); // keep nothing of a closed plan
          if (r) return this.publish(uri, r.diagnostics);
        },
        (e: unknown) => this.failed(uri, e),
      ).finally(() => this.offloaded.delete(job));
      this.offloaded.add(job);
      return undefined; // the scan goes on with the small plans meanwhile
    }
    try {
      return this.publish(uri, analyse(text, { lang: settings.lang, rules: settings.rules }).diagnostics);
    } catch (e) {
      this.failed(uri, e);
      return undefined;
    }
  }

  /** A plan file the worker should read (by its size on disk: bytes ≥ UTF-16 units, near enough to route it). */
  private isBig(uri: string): boolean {
    try {
      return statSync(uriToPath(uri) ?? '').size >= OFFLOAD_CHARS;
    } catch {
      return false;
    }
  }

  private failed(uri: string, e: unknown): void {
    this.connection.console.error(`checking ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
  }

  private publish(uri: string, diagnostics: Diagnostic[]): Promise<void> | undefined {
    if (this.documents.get(uri)) return undefined; // opened while it was analysed
    this.published.add(uri);
    return this.connection.sendDiagnostics({ uri, diagnostics: diagnostics.map((d) => toLspDiagnostic(d, uri)) });
  }
}
