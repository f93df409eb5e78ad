/**
 * Diagnostics on open and on every change, per document:
 *  - debounced adaptively: a plan is checked as soon as the edits already
 *    received are handled (that alone merges a burst of edits into one job);
 *    only a plan whose analysis is slow (≥ 50 ms) waits for a pause in typing,
 *    at most 100 ms — a fixed debounce would only add latency to the others;
 *  - a newer edit replaces the pending job (superseded work is skipped) and
 *    results for an old version or a closed document are never published;
 *  - before analysing, the messages already received are handled first (the
 *    JSON-RPC layer hands over one message per turn of the event loop), so
 *    a burst of edits becomes one job and pending requests are not held up;
 *  - one analysis per turn of the event loop, smallest document first (with
 *    aging), so a big plan never holds up the diagnostics or requests of others;
 *    a very big plan is analysed in a worker thread (offload.ts).
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../model/types.js';
import { docUrl } from '../i18n.js';
import type { ConfigService } from './config.js';
import { toLspDiagnostic } from './convert.js';
import { docKind, type AnalysisCache } from './documents.js';
import { OFFLOAD_CHARS, type AnalysisOffload as Offload } from './host.js';

interface Job {
  uri: string;
  version: number;
  due: number;
  queued: number;
  size: number;
}

/** Below this analysis cost a debounce only adds latency (measured: a 7,000-line plan re-analyses in ~20 ms). */
const SLOW_MS = 50;
const MAX_DEBOUNCE_MS = 100;
/** A job that waited this long goes first, whatever its size. */
const AGING_MS = 250;
/** Waiting for the message queue to drain never delays a job more than this. */
const SETTLE_MS = 50;
/**
 * Before an analysis that will hold the thread this long, wait for a few
 * quiet milliseconds: a message still on its way (a second document opened
 * right after a big one) is then handled first, not after the big analysis.
 */
const LONG_MS = 30;
const QUIET_MS = 5;
/** A first guess of the analysis cost of an unseen text: ~1.3 characters per microsecond on our 2-core machine. */
const CHARS_PER_MS = 1300;

/** This server's diagnostics service, for `openDiagnosticsPending()`. */
let current: DiagnosticsService | undefined;

/**
 * True while an open document's diagnostics are still to come (a job queued,
 * waiting for its debounce or running): the workspace scan (workspace.ts)
 * holds back until then, so a keystroke never waits behind closed plans. A
 * function of the module rather than a constructor argument of the scan, so
 * the wiring in server.ts stays as it is (one server per process or worker).
 */
export function openDiagnosticsPending(): boolean {
  return current?.pending ?? false;
}

export class DiagnosticsService {
  private readonly jobs = new Map<string, Job>();
  private readonly lastChange = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerDue = Infinity;
  private running = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly config: ConfigService,
    /** Counts the messages the connection has handled (see server.ts). */
    private readonly messagesHandled: () => number,
    private readonly offload?: Offload,
  ) {
    current = this;
  }

  get pending(): boolean {
    return this.running || this.jobs.size > 0;
  }

  changed(doc: TextDocument): void {
    const kind = docKind(doc);
    if (kind === 'other') return;
    if (kind === 'config') {
      this.config.invalidate();
      this.relintPlans();
    }
    const now = performance.now();
    const since = now - (this.lastChange.get(doc.uri) ?? -Infinity);
    this.lastChange.set(doc.uri, now);
    const cost = this.cache.lastCost(doc.uri) ?? 0;
    const typing = since < 2 * cost;
    const delay = cost >= SLOW_MS && typing ? Math.min(MAX_DEBOUNCE_MS, cost) : 0;
    this.enqueue(doc, now + delay);
  }

  closed(uri: string): void {
    this.jobs.delete(uri);
    this.lastChange.delete(uri);
    this.cache.forget(uri);
    this.offload?.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    if (docKind({ uri, languageId: '' }) === 'config') {
      this.config.invalidate(); // the file on disk counts again
      this.relintPlans();
    }
  }

  /** Settings or a config file changed: check every open plan again. */
  relintPlans(): void {
    const now = performance.now();
    for (const doc of this.documents.all()) if (docKind(doc) === 'plan') this.enqueue(doc, now);
  }

  private enqueue(doc: TextDocument, due: number): void {
    const old = this.jobs.get(doc.uri);
    this.jobs.set(doc.uri, { uri: doc.uri, version: doc.version, due, queued: old?.queued ?? performance.now(), size: doc.getText().length });
    this.wake();
  }

  private wake(): void {
    if (this.running || this.jobs.size === 0) return;
    const due = Math.min(...[...this.jobs.values()].map((j) => j.due));
    if (this.timer && due >= this.timerDue) return;
    if (this.timer) clearTimeout(this.timer);
    const wait = due - performance.now();
    if (wait <= 0) {
      // Due now: pump() first lets the messages already received be handled (settle), so a burst merges.
      this.timer = undefined;
      this.timerDue = Infinity;
      this.running = true;
      setImmediate(() => void this.pump());
      return;
    }
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerDue = Infinity;
      void this.pump();
    }, wait);
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      await this.settle(this.longJobDue() ? QUIET_MS : 0);
      const job = this.next();
      if (job) {
        this.jobs.delete(job.uri);
        if (!this.config.isSettled()) {
          // The client's first settings are still on their way (a workspace/configuration
          // round trip): analyse meanwhile with what is known, publish once they are in —
          // run() then finds this analysis in the cache, or redoes it when they change it.
          this.prepare(job);
          await this.config.whenReady();
        }
        this.run(job);
      }
    } finally {
      this.running = false;
    }
    this.wake();
  }

  /**
   * Resolves once the messages already received are handled and none came
   * for `quietMs` (at most SETTLE_MS in all).
   */
  private settle(quietMs: number): Promise<void> {
    const start = performance.now();
    return new Promise((resolve) => {
      let seen = this.messagesHandled();
      let since = start;
      let quietTurns = 0;
      const check = (): void => {
        const now = performance.now();
        const count = this.messagesHandled();
        if (count !== seen) [seen, since, quietTurns] = [count, now, 0];
        // Two quiet turns: the JSON-RPC layer handles one queued message per turn, so its queue is empty.
        else if (++quietTurns >= 2 && now - since >= quietMs) return resolve();
        if (now - start > SETTLE_MS) return resolve();
        setImmediate(check);
      };
      setImmediate(check);
    });
  }

  private longJobDue(): boolean {
    const now = performance.now();
    for (const j of this.jobs.values()) {
      if (j.due <= now && (this.cache.lastCost(j.uri) ?? j.size / CHARS_PER_MS) >= LONG_MS) return true;
    }
    return false;
  }

  private next(): Job | undefined {
    const now = performance.now();
    let best: Job | undefined;
    for (const j of this.jobs.values()) {
      if (j.due > now) continue;
      if (!best) best = j;
      else if (now - j.queued > AGING_MS || now - best.queued > AGING_MS) best = j.queued < best.queued ? j : best;
      else if (j.size < best.size) best = j;
    }
    return best;
  }

  private run(job: Job): void {
    const doc = this.documents.get(job.uri);
    if (!doc || doc.version !== job.version) return; // closed, or a newer job replaces it
    const kind = docKind(doc);
    // A plan the config's `ignore` matches is not checked, as in the CLI (an empty list clears old ones).
    if (kind === 'plan' && this.config.settingsFor(job.uri).ignored) return this.publish(job, []);
    const known = kind === 'plan' ? this.cache.summary(doc) : undefined;
    if (known) return this.publish(job, known.diagnostics);
    if (kind === 'plan' && this.offload && job.size >= OFFLOAD_CHARS) return this.runInWorker(job, doc, this.offload);
    let diagnostics: Diagnostic[];
    try {
      diagnostics = kind === 'config' ? this.config.configDiagnostics(doc) : this.cache.get(doc).diagnostics;
    } catch (e) {
      diagnostics = this.failed(job, e);
    }
    this.publish(job, diagnostics);
  }

  /** The analysis run() will ask for, computed ahead (a failure is left for run() to report). */
  private prepare(job: Job): void {
    const doc = this.documents.get(job.uri);
    if (!doc || doc.version !== job.version || docKind(doc) !== 'plan' || (this.offload && job.size >= OFFLOAD_CHARS)) return;
    if (this.config.settingsFor(job.uri).ignored) return;
    try {
      this.cache.get(doc);
    } catch {
      // run() analyses again and reports it
    }
  }

  private runInWorker(job: Job, doc: TextDocument, offload: Offload): void {
    const settings = this.config.settingsFor(job.uri);
    offload.analyse(job.uri, doc.getText(), settings.lang, settings.rules).then(
      (result) => {
        const current = this.documents.get(job.uri);
        if (!result || current?.version !== job.version) return; // replaced, edited or closed meanwhile
        this.cache.storeSummary(current, result);
        this.publish(job, result.diagnostics);
      },
      (e: unknown) => this.publish(job, this.failed(job, e)),
    );
  }

  private failed(job: Job, e: unknown): Diagnostic[] {
    this.connection.console.error(`checking ${job.uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return [internalError(this.config.settingsFor(job.uri).lang, e)];
  }

  private publish(job: Job, diagnostics: Diagnostic[]): void {
    // Still the same open version? (a close or an edit may have arrived meanwhile)
    if (this.documents.get(job.uri)?.version !== job.version) return;
    void this.connection.sendDiagnostics({ uri: job.uri, version: job.version, diagnostics: diagnostics.map((d) => toLspDiagnostic(d, job.uri)) });
  }
}

function internalError(lang: 'nl' | 'en', e: unknown): Diagnostic {
  const msg = e instanceof Error ? e.message : String(e);
  return {
    code: 'SP001', rule: 'yaml-syntax', severity: 'error', item: '', docUrl: docUrl('SP001', lang),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: lang === 'nl'
      ? `Interne fout: dit plan kon niet gecontroleerd worden (${msg}). Meld dit aan de makers.`
      : `Internal error: this plan could not be checked (${msg}). Please report this.`,
  };
}
