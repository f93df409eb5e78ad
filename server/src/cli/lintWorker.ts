/**
 * A worker thread of `lint --concurrency` (cli/pool.ts): it analyses the
 * plans it is sent, a chunk at a time, with the same function the main
 * thread uses (planJob.ts), and answers with the serialisable outcome only.
 * It reads no file and no config: the main thread did that, once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analysisDefaults } from '../lint.js';
import { runJob, type JobAnswer, type PlanJob } from './planJob.js';

export interface WorkerSetup {
  /** The main thread's time budget per analysis (SCALING_PLAN_BUDGET_MS): the same in every thread. */
  budgetMs: number;
  /** `SCALING_PLAN_DEBUG=worker-exit`: stop at the first chunk, to test that no plan is lost. */
  exitAtOnce: boolean;
}
export interface ToLintWorker { jobs: { i: number; job: PlanJob }[] }
export interface FromLintWorker { answers: { i: number; answer: JobAnswer }[] }

const setup = workerData as WorkerSetup;
analysisDefaults.budgetMs = setup.budgetMs;

parentPort?.on('message', (m: ToLintWorker) => {
  if (setup.exitAtOnce) process.exit(3);
  const reply: FromLintWorker = { answers: m.jobs.map(({ i, job }) => ({ i, answer: runJob(job) })) };
  parentPort!.postMessage(reply);
});
