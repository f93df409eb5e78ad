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
 *  - the scan yields to the user: after an open, edit or close of a document
 *    it hands out no plan until that document's diagnostics are out
 *    (`openDiagnosticsPending`, diagnostics.ts) and YIELD_MS have passed; and
 *    it checks the next plan only once the last one's diagnostics are written
 *    — a scan that outruns the pipe to the editor queues its publishes ahead
 *    of the answer to the next keystroke;
 *  - an open plan is skipped here (diagnostics.ts owns it), and when it is
 *    closed its text on disk is checked again, so its problems stay in the panel;
 *  - the plans are analysed in the scan's own worker thread (offload.ts; the
 *    open plans' big-plan worker stays free), two at a time, so on two cores
 *    the main thread is left to the open documents; without workers (no
 *    worker entry next to the server) on the main thread, in slices of at most
 *    SLICE_MS. Nothing of a closed plan's analysis is kept (only the uris we
 *    published for, to clear them later);
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
import { openDiagnosticsPending } from './diagnostics.js';
import type { AnalysisOffload, WorkspaceScan } from './host.js';
import { uriToPath } from './nodeFiles.js';
import { Offload } from './offload.js';

export const PLAN_GLOB = '**/*.scaling.{yaml,yml}';

/** Plans handed to the scan's worker thread at once: one read, one waiting, so it never idles. */
const IN_WORKER = 2;
/** Without a worker: the longest the scan holds the main thread at a time (it always checks one plan). */
const SLICE_MS = 2;
/**
 * The scan's pause after a document event, counted from when its diagnostics
 * are out: keystrokes come in bursts, and a process that is idle is the one
 * the OS runs first when the next one arrives. A typist's ~100–300 ms between
 * keys leaves the scan most of each interval.
 */
const YIELD_MS = 50;
/** How often the scan looks again while the user goes first. */
const POLL_MS = 2;

export class WorkspacePlans implements WorkspaceScan {
  private folders = new Map<string, string>(); // uri → path
  private readonly queue = new Set<string>(); // uris of closed plans to check
  /** Closed plans we published diagnostics for (cleared when deleted or their folder goes). */
  private readonly published = new Set<string>();
  private running = false;
  private canWatch = false;
  /** When a document was last opened, changed or closed, or its diagnostics last pending (performance.now()). */
  private userAt = -Infinity;
  /** The scan's own worker thread (offload.ts): the main thread stays free for the open documents. */
  private scanner: Offload | undefined;
  /** Plans in the scan's worker now, by uri; each settles once published. */
  private readonly inWorker = new Map<string, Promise<void>>();
  /** Plans deleted while in the worker: their answer is not published. */
  private readonly dropped = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly config: ConfigService,
    private readonly offload?: AnalysisOffload,
  ) {
    const touched = (): void => void (this.userAt = performance.now());
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
        if (this.inWorker.has(c.uri)) this.dropped.add(c.uri); // its answer is for a file that is gone
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
      await this.userFirst();
      const scanner = this.worker();
      if (!scanner) {
        await this.slice();
        continue;
      }
      for (const uri of this.queue) {
        if (this.inWorker.size >= IN_WORKER) break;
        if (this.inWorker.has(uri)) continue; // changed again while in the worker: after that answer
        this.queue.delete(uri);
        const job = this.check(uri, scanner);
        if (job) this.inWorker.set(uri, job.finally(() => this.inWorker.delete(uri)));
      }
      if (this.inWorker.size > 0) await Promise.race(this.inWorker.values());
    }
  }

  /** Resolves once no open document's diagnostics are pending and YIELD_MS have passed since. */
  private async userFirst(): Promise<void> {
    for (;;) {
      if (openDiagnosticsPending()) this.userAt = performance.now();
      const wait = this.userAt + YIELD_MS - performance.now();
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(POLL_MS, openDiagnosticsPending() ? 0 : wait)));
    }
  }

  private worker(): Offload | undefined {
    if (this.offload && !this.scanner) this.scanner = new Offload((m) => this.connection.console.error(m));
    return this.scanner;
  }

  /** Without a worker: plans on the main thread for up to SLICE_MS, published before the next slice. */
  private async slice(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    const start = performance.now();
    const writes: Promise<void>[] = [];
    do {
      const uri = this.queue.values().next().value as string;
      this.queue.delete(uri);
      const written = this.check(uri);
      if (written) writes.push(written);
    } while (this.queue.size > 0 && performance.now() - start < SLICE_MS);
    await Promise.all(writes);
  }

  /** Checks one closed plan (in `scanner`, when given); resolves once its diagnostics are written. */
  private check(uri: string, scanner?: Offload): Promise<void> | undefined {
    if (this.documents.get(uri)) return undefined; // open: diagnostics.ts publishes it
    let text: string;
    try {
      text = readFileSync(uriToPath(uri) ?? '', 'utf8');
    } catch {
      return this.published.has(uri) ? this.clear(uri) : undefined; // gone meanwhile
    }
    const settings = this.config.settingsFor(uri);
    if (settings.ignored) return this.publish(uri, []);
    if (scanner) {
      return scanner.analyse(uri, text, settings.lang, settings.rules).then(
        (r) => {
          scanner.forget(uri); // keep nothing of a closed plan (one job per uri at a time: none waits)
          if (!this.dropped.delete(uri) && r) return this.publish(uri, r.diagnostics);
        },
        (e: unknown) => {
          this.dropped.delete(uri);
          this.failed(uri, e);
        },
      );
    }
    try {
      return this.publish(uri, analyse(text, { lang: settings.lang, rules: settings.rules }).diagnostics);
    } catch (e) {
      this.failed(uri, e);
      return undefined;
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
