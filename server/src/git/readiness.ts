/**
 * STUB API — plan history from git (issue 5). Runs the user's own `git`
 * with argument arrays (never a shell).
 */
import type { Lang } from '../model/types.js';

export type ReportFormat = 'text' | 'json' | 'markdown';

export interface DiffOptions {
  /** Working directory inside the repository. */
  cwd: string;
  /** Default `HEAD`. */
  from?: string;
  /** Default: the working tree. */
  to?: string;
  lang: Lang;
}

export interface PlanDiff {
  file: string;
  from: string;
  to: string;
}

export async function diffPlan(planPath: string, options: DiffOptions): Promise<PlanDiff> {
  return { file: planPath, from: options.from ?? 'HEAD', to: options.to ?? 'working tree' };
}

export function formatDiff(diff: PlanDiff, format: ReportFormat, lang: Lang): string {
  void lang;
  return format === 'json' ? JSON.stringify(diff) : `${diff.file}\n`;
}
