/**
 * SCALING_PLAN_BUDGET_MS (milliseconds, or `Infinity`) sets the time budget
 * of every analysis in this process (lint.ts `analysisDefaults`): the CLI,
 * the language server's main thread and its worker call this at start. The
 * engine itself reads no environment, so it runs in a browser worker too.
 * For tests of huge plans on a loaded machine, and for a slow machine.
 */
import { analysisDefaults } from './lint.js';

export function budgetFromEnv(env: Record<string, string | undefined> = process.env): void {
  const raw = env['SCALING_PLAN_BUDGET_MS'];
  const ms = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  if (ms >= 0) analysisDefaults.budgetMs = ms;
}
