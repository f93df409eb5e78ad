/**
 * The analyses of one `lint` run: cache hits first (cli/cache.ts), the rest
 * in this thread or in worker threads (cli/pool.ts), then back in the order
 * of a serial run (collect.ts `settle`). Without --cache the workers start
 * as soon as the plans are found and get each plan as it is read, so their
 * start-up overlaps the main thread's reading; with --cache they start only
 * when enough plans missed the cache (an unchanged re-run starts none).
 * `SCALING_PLAN_DEBUG=cache,workers` prints on stderr how many plans came
 * from the cache and how many workers ran — for tests, and for a user who
 * wonders whether the cache is used.
 */
import { analysisDefaults } from '../lint.js';
import type { Lang } from '../model/types.js';
import { LintCache } from './cache.js';
import { gather, say, settle, type Collected, type CollectOptions } from './collect.js';
import type { Io } from './io.js';
import type { JobAnswer } from './planJob.js';
import { Pool, workerCount, workersAvailable, type Concurrency, type PoolOptions } from './pool.js';

export interface LintRunOptions {
  concurrency: Concurrency;
  cache?: LintCache;
}

/** The run's result; on a usage error (`usage` set) no plan was analysed. */
export async function lintRun(collectOpts: CollectOptions, o: LintRunOptions, io: Io): Promise<Collected> {
  const debug = new Set((io.env['SCALING_PLAN_DEBUG'] ?? '').split(',').map((s) => s.trim()));
  let lang: Lang = 'en'; // the run's, once gathered (a notice comes after that)
  const notice: PoolOptions['notice'] = (t) => io.err(say(lang, t));
  const poolOpts: PoolOptions = { budgetMs: analysisDefaults.budgetMs, exitAtOnce: debug.has('worker-exit'), notice };
  const answers: (JobAnswer | undefined)[] = [];
  const keys: string[] = [];
  const todo: number[] = [];
  let pool: Pool | undefined;
  let workers = 0;
  const g = gather(collectOpts, io, {
    found: (n) => {
      if (o.cache || !workersAvailable()) return;
      workers = workerCount(o.concurrency, n);
      if (workers > 0) pool = new Pool(workers, n, poolOpts);
    },
    plan: (p, i) => {
      if (o.cache) {
        keys[i] = LintCache.key(p.job);
        const hit = o.cache.get(p.abs, keys[i]);
        if (hit) {
          answers[i] = { ok: hit };
          return;
        }
      }
      todo.push(i);
      pool?.add(i, p.job);
    },
  });
  lang = g.lang;
  if (g.usage) {
    await pool?.close();
    return settle(g, [], (p) => p);
  }
  if (!pool && workersAvailable()) {
    workers = workerCount(o.concurrency, todo.length);
    if (workers > 0) {
      pool = new Pool(workers, todo.length, poolOpts);
      for (const i of todo) pool.add(i, g.plans[i]!.job);
    }
  }
  if (pool) {
    const got = await pool.close();
    for (const i of todo) answers[i] = got.get(i);
  } else {
    const { runJob } = await import('./planJob.js');
    for (const i of todo) answers[i] = runJob(g.plans[i]!.job);
  }
  if (o.cache) for (const i of todo) {
    const a = answers[i]!;
    if ('ok' in a) o.cache.set(g.plans[i]!.abs, keys[i]!, a.ok);
  }
  if (debug.has('workers')) io.err(`scaling-plan: debug: workers=${workers} analysed=${todo.length}\n`);
  if (o.cache) {
    if (debug.has('cache')) io.err(`scaling-plan: debug: cache hits=${o.cache.hits} misses=${o.cache.misses}\n`);
    const problem = o.cache.save();
    if (problem) notice(problem);
  }
  return settle(g, answers as JobAnswer[], (p) => p);
}
