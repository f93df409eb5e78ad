/**
 * One plan's analysis as `lint` needs it, in a form that crosses a thread
 * (structured clone) and a cache file (JSON): the findings, the silenced
 * findings and, with --fix, the fixed text — never the tree or the facts,
 * which would cost more to copy than to compute. The same function runs in
 * the main thread (`--concurrency off`, and the plans of a worker that died)
 * and in a worker (lintWorker.ts), so every path gives the same bytes.
 */
import { fixPlan } from '../edits/apply.js';
import { analyse, type Analysis, type LintOptions } from '../lint.js';
import type { Diagnostic, Localized } from '../model/types.js';
import type { Suppressed } from '../suppress.js';
import { reason } from './reason.js';

export interface PlanJob {
  text: string;
  /** Only what crosses a thread: `lang` and `rules` (the budget is the process's, set in each worker). */
  options: Pick<LintOptions, 'lang' | 'rules'>;
  fix: boolean;
}

export interface PlanOutcome {
  diagnostics: Diagnostic[];
  suppressed: Suppressed[];
  /** With `fix`: the fixed text, when a fix changed it. */
  fixed?: string;
  /** The time budget stopped the rules (findings may be missing): never cached. */
  truncated?: true;
}

/** An outcome, or the reason the engine failed on this plan (a bug: `lint` reports it as an internal error). */
export type JobAnswer = { ok: PlanOutcome } | { error: Localized };

export function runJob(job: PlanJob): JobAnswer {
  try {
    if (!job.fix) return { ok: outcome(analyse(job.text, job.options)) };
    const r = fixPlan(job.text, job.options);
    return { ok: outcome(r.analysis, r.text !== job.text ? r.text : undefined) };
  } catch (e) {
    return { error: reason(e) };
  }
}

/** Runs a job and keeps the whole analysis too (`report` needs the facts and the readiness). */
export function runJobKeeping(job: PlanJob): { ok: PlanOutcome; analysis: Analysis } | { error: Localized } {
  try {
    const r = job.fix ? fixPlan(job.text, job.options) : { text: job.text, analysis: analyse(job.text, job.options) };
    return { ok: outcome(r.analysis, r.text !== job.text ? r.text : undefined), analysis: r.analysis };
  } catch (e) {
    return { error: reason(e) };
  }
}

function outcome(a: Analysis, fixed?: string): PlanOutcome {
  return {
    diagnostics: a.diagnostics,
    suppressed: a.suppressed,
    ...(fixed !== undefined ? { fixed } : {}),
    ...(a.truncated ? { truncated: true as const } : {}),
  };
}
