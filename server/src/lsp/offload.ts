/**
 * Big plans are analysed off the main thread, in one worker thread, so a
 * plan that takes seconds to read (a 2.5 MB plan: ~2.5 s on our 2-core
 * machine) never delays the diagnostics or the requests of other documents.
 * Per document at most one analysis is in flight and one waits (the newest
 * version: superseded work is skipped). A worker that dies (out of memory on
 * hostile input) takes only that answer with it; the next job starts a new one.
 * Below OFFLOAD_CHARS everything stays on the main thread, where one cached
 * analysis per version serves every feature.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { SeveritySetting } from '../lint.js';
export { budgetFromEnv } from '../budgetEnv.js';
import { OFFLOAD_CHARS, type AnalysisOffload, type WorkerResult } from './host.js';
import type { Lang } from '../model/types.js';
import type { ToWorker } from './analysisWorker.js';

export { OFFLOAD_CHARS, type WorkerResult };

interface Request {
  uri: string;
  text: string;
  lang: Lang;
  rules: Record<string, SeveritySetting>;
  resolve: (r: WorkerResult | undefined) => void;
  reject: (e: Error) => void;
}

/** Next to this file (server/out/lsp) or, in a bundle, next to the bundled server. */
const ENTRY = join(__dirname, 'analysisWorker.js');

export class Offload implements AnalysisOffload {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly inFlight = new Map<number, Request>();
  private readonly busy = new Set<string>();
  private readonly waiting = new Map<string, Request>();

  constructor(private readonly log: (message: string) => void) {}

  static available(): boolean {
    return existsSync(ENTRY);
  }

  /**
   * Analyses in the worker. Resolves undefined when a newer request for the
   * same document replaced this one before it started.
   */
  analyse(uri: string, text: string, lang: Lang, rules: Record<string, SeveritySetting>): Promise<WorkerResult | undefined> {
    return new Promise((resolve, reject) => {
      const req: Request = { uri, text, lang, rules, resolve, reject };
      if (this.busy.has(uri)) {
        this.waiting.get(uri)?.resolve(undefined);
        this.waiting.set(uri, req);
      } else this.post(req);
    });
  }

  forget(uri: string): void {
    this.waiting.get(uri)?.resolve(undefined);
    this.waiting.delete(uri);
    this.worker?.postMessage({ type: 'forget', uri } satisfies ToWorker);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private post(req: Request): void {
    const id = this.nextId++;
    this.busy.add(req.uri);
    this.inFlight.set(id, req);
    const msg: ToWorker = { type: 'analyse', id, uri: req.uri, text: req.text, lang: req.lang, rules: req.rules };
    this.start().postMessage(msg);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // worker_threads is loaded with the first big plan: start-up does without it (issue 17).
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const w = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    w.unref();
    w.on('message', (m: { id: number; error?: string } & WorkerResult) => {
      const req = this.inFlight.get(m.id);
      if (!req) return;
      this.done(m.id, req);
      if (m.error) req.reject(new Error(m.error));
      else req.resolve({ diagnostics: m.diagnostics, readiness: m.readiness, cost: m.cost });
    });
    const fail = (why: string): void => {
      if (this.worker !== w) return;
      this.worker = undefined;
      this.log(`analysis worker stopped: ${why}`);
      for (const [id, req] of [...this.inFlight]) {
        this.done(id, req);
        req.reject(new Error(why));
      }
    };
    w.on('error', (e) => fail(e.stack ?? e.message));
    w.on('exit', (code) => fail(`exit code ${code}`));
    this.worker = w;
    return w;
  }

  private done(id: number, req: Request): void {
    this.inFlight.delete(id);
    this.busy.delete(req.uri);
    const next = this.waiting.get(req.uri);
    if (next) {
      this.waiting.delete(req.uri);
      this.post(next);
    }
  }
}
