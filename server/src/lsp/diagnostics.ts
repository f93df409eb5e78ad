/**
 * Diagnostics on open and on every change, per document:
 *  - debounced adaptively: a plan that analyses in a few milliseconds is
 *    checked on the next turn of the event loop (which already merges a burst
 *    of queued edits); a big plan waits for a pause in typing, at most 100 ms;
 *  - a newer edit replaces the pending job (superseded work is skipped) and
 *    results for an old version or a closed document are never published;
 *  - one analysis per turn of the event loop, smallest document first (with
 *    aging), so a big plan never holds up the diagnostics or requests of others.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../model/types.js';
import { docUrl } from '../i18n.js';
import type { ConfigService } from './config.js';
import { toLspDiagnostic } from './convert.js';
import { docKind, type AnalysisCache } from './documents.js';

interface Job {
  uri: string;
  version: number;
  due: number;
  queued: number;
  size: number;
}

/** Below this analysis cost a debounce only adds latency. */
const CHEAP_MS = 15;
const MAX_DEBOUNCE_MS = 100;
/** A job that waited this long goes first, whatever its size. */
const AGING_MS = 250;

export class DiagnosticsService {
  private readonly jobs = new Map<string, Job>();
  private readonly lastChange = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private timerDue = Infinity;
  private running = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly config: ConfigService,
  ) {}

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
    const typing = since < 2 * cost + 30;
    const delay = cost < CHEAP_MS || !typing ? 0 : Math.min(MAX_DEBOUNCE_MS, cost);
    this.enqueue(doc, now + delay);
  }

  closed(uri: string): void {
    this.jobs.delete(uri);
    this.lastChange.delete(uri);
    this.cache.forget(uri);
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
    const wait = Math.max(0, due - performance.now());
    this.timerDue = due;
    // setTimeout(0) still lets the edits already received be read first, so a burst merges into one job.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerDue = Infinity;
      void this.pump();
    }, wait);
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      await this.config.whenReady();
      const job = this.next();
      if (job) {
        this.jobs.delete(job.uri);
        this.run(job);
      }
    } finally {
      this.running = false;
    }
    this.wake();
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
    let diagnostics: Diagnostic[];
    try {
      diagnostics = docKind(doc) === 'config' ? this.config.configDiagnostics(doc) : this.cache.get(doc).diagnostics;
    } catch (e) {
      this.connection.console.error(`checking ${job.uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      diagnostics = [internalError(this.config.settingsFor(job.uri).lang, e)];
    }
    // Still the same open version? (a close or an edit may have arrived meanwhile)
    if (this.documents.get(job.uri)?.version !== job.version) return;
    void this.connection.sendDiagnostics({ uri: job.uri, version: job.version, diagnostics: diagnostics.map(toLspDiagnostic) });
  }
}

function internalError(lang: 'nl' | 'en', e: unknown): Diagnostic {
  const msg = e instanceof Error ? e.message : String(e);
  return {
    code: 'SP001', rule: 'yaml-syntax', severity: 'error', item: '', docUrl: docUrl('SP001'),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: lang === 'nl'
      ? `Interne fout: dit plan kon niet gecontroleerd worden (${msg}). Meld dit aan de makers.`
      : `Internal error: this plan could not be checked (${msg}). Please report this.`,
  };
}
