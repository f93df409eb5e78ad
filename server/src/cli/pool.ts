/**
 * `lint --concurrency off|auto|N` (ESLint's option): the plans' analyses
 * spread over worker threads. The main thread has found, read and
 * configured every plan; workers get chunks of (text, lang, rules) from a
 * shared queue and send back only the findings (planJob.ts); once it has
 * read everything, the main thread takes chunks from the queue too. Answers are
 * stored by the plan's index, so the report is the same bytes whoever
 * analysed what. A worker that stops (a crash, out of memory) loses no
 * plan: what it had in hand, and whatever no worker got to, is analysed in
 * the main thread afterwards — as a serial run would have — and one line on
 * stderr says so.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Localized } from '../model/types.js';
import type { FromLintWorker, ToLintWorker, WorkerSetup } from './lintWorker.js';
import type { JobAnswer, PlanJob } from './planJob.js';

export type Concurrency = 'off' | 'auto' | number;

/**
 * `auto` starts workers only from this many plans to analyse (cache hits do
 * not count): below it, starting a thread (loading the engine again, ~50–100
 * ms) costs more than it saves (docs/cli.md has the measurement).
 */
export const AUTO_MIN_PLANS = 50;
/** `auto`: one more worker per this many plans, up to one fewer than the cores (the main thread takes plans too). */
export const AUTO_PLANS_PER_WORKER = 50;

const IN_HAND = 2;

/** Next to this file (server/out/cli) or, in the bundle, next to dist/cli.js. */
const ENTRY = join(__dirname, 'lintWorker.js');

/** `off`, `auto` or a whole number ≥ 1; anything else is undefined (a usage error). */
export function parseConcurrency(value: string | undefined): Concurrency | undefined {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  return /^[1-9]\d{0,3}$/.test(value) ? Number(value) : undefined;
}

/** How many workers to start for `plans` analyses. */
export function workerCount(c: Concurrency, plans: number, cores = availableParallelism()): number {
  if (c === 'off' || plans === 0) return 0;
  if (c !== 'auto') return Math.min(c, plans);
  if (plans < AUTO_MIN_PLANS || cores < 2) return 0;
  // The main thread analyses too once it has read every plan: one core is its.
  return Math.min(cores - 1, Math.ceil(plans / AUTO_PLANS_PER_WORKER));
}

export interface PoolOptions {
  budgetMs: number;
  /** `SCALING_PLAN_DEBUG=worker-exit` (tests): every worker stops at its first chunk. */
  exitAtOnce?: boolean;
  /** A line for stderr when a worker stopped. */
  notice: (text: Localized) => void;
}

/** Whether the worker entry is there (a bundle or tsc output without it: everything runs in this thread). */
export function workersAvailable(): boolean {
  return existsSync(ENTRY);
}

/**
 * Worker threads fed while the main thread is still finding and reading
 * plans (they start up meanwhile): `add` as plans come, then `close` for
 * the answers by index — each plan a worker did not answer (it stopped)
 * analysed in this thread.
 */
export class Pool {
  private readonly queue: number[] = [];
  private readonly jobs = new Map<number, PlanJob>();
  private readonly answers = new Map<number, JobAnswer>();
  /** Chunks each live worker has in hand, oldest first (it answers them in order). */
  private readonly inHand = new Map<Worker, number[][]>();
  private readonly stopped: string[] = [];
  private readonly chunk: number;
  private live: number;
  private closed = false;
  private finished = false;
  private finish: (() => void) | undefined;

  /** `expected`: about how many plans will come (the chunk size follows from it). */
  constructor(workers: number, expected: number, private readonly opts: PoolOptions) {
    // Small chunks balance the load; not too small, each is a message each way.
    this.chunk = Math.max(1, Math.min(16, Math.ceil(expected / (workers * 4))));
    this.live = workers;
    const setup: WorkerSetup = { budgetMs: opts.budgetMs, exitAtOnce: opts.exitAtOnce === true };
    for (let k = 0; k < workers; k++) this.start(setup);
  }

  add(i: number, job: PlanJob): void {
    this.jobs.set(i, job);
    this.queue.push(i);
    this.pump();
  }

  async close(): Promise<Map<number, JobAnswer>> {
    this.closed = true;
    this.pump();
    // Everything is read: the main thread takes chunks too, instead of waiting idle
    // (its engine is loaded and warm already). Between chunks it lets the workers' answers in.
    if (this.queue.length > 0) {
      const { runJob } = await import('./planJob.js');
      while (this.queue.length > 0) {
        for (const i of this.queue.splice(0, this.chunk)) this.answers.set(i, runJob(this.jobs.get(i)!));
        await new Promise((resolve) => setImmediate(resolve));
      }
      this.pump();
    }
    if (!this.done()) await new Promise<void>((resolve) => (this.finish = resolve));
    await Promise.all([...this.inHand.keys()].map((w) => w.terminate()));
    const lost = [...this.jobs.keys()].filter((i) => !this.answers.has(i));
    if (lost.length > 0) {
      const { runJob } = await import('./planJob.js');
      for (const i of lost) this.answers.set(i, runJob(this.jobs.get(i)!));
    }
    if (this.stopped.length > 0) {
      const n = this.stopped.length;
      this.opts.notice({
        nl: `${n === 1 ? 'Een werkthread is' : `${n} werkthreads zijn`} gestopt (${this.stopped[0]}); de plannen die nog niet klaar waren, zijn in de hoofdthread gecontroleerd.`,
        en: `${n === 1 ? 'A worker thread' : `${n} worker threads`} stopped (${this.stopped[0]}); the plans not done yet were checked in the main thread.`,
      });
    }
    return this.answers;
  }

  private start(setup: WorkerSetup): void {
    const w = new Worker(ENTRY, { workerData: setup });
    this.inHand.set(w, []);
    w.on('message', (m: FromLintWorker) => {
      for (const { i, answer } of m.answers) this.answers.set(i, answer);
      this.inHand.get(w)?.shift();
      this.pump();
    });
    let gone = false;
    const fail = (why: string): void => {
      if (gone || this.finished) return;
      gone = true;
      this.stopped.push(why);
      this.inHand.delete(w); // what it had in hand is answered in the main thread
      this.live--;
      void w.terminate();
      this.pump();
    };
    w.on('error', (e) => fail(e.message));
    w.on('exit', (code) => fail(`exit code ${code}`));
  }

  private pump(): void {
    // Two chunks in hand each: a worker starts the next while its answer to the last one travels.
    for (let depth = 1; depth <= IN_HAND; depth++) {
      for (const [w, chunks] of this.inHand) {
        if (chunks.length >= depth || !(this.queue.length >= this.chunk || (this.closed && this.queue.length > 0))) continue;
        const ids = this.queue.splice(0, this.chunk);
        chunks.push(ids);
        const msg: ToLintWorker = { jobs: ids.map((i) => ({ i, job: this.jobs.get(i)! })) };
        w.postMessage(msg);
      }
    }
    if (this.done()) {
      this.finished = true;
      this.finish?.();
    }
  }

  /** Closed, and nothing left that a worker will answer. */
  private done(): boolean {
    return this.closed && [...this.inHand.values()].every((c) => c.length === 0) && (this.queue.length === 0 || this.live === 0);
  }
}
