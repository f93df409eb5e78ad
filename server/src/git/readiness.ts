/**
 * Plan history from git (issue 5): the public face of server/src/git for
 * the CLI (`diff`, `history`) and the language server (`scalingPlan/diff`,
 * `scalingPlan/history`). Runs the user's own `git` with argument arrays,
 * never a shell (git.ts).
 */
export type { ReportFormat } from './format.js';
export { GitError, checkRevision, type GitErrorKind } from './git.js';
export { diffPlan, type DiffEnd, type DiffOptions, type PlanDiff } from './diff.js';
export { planHistory, type HistoryOptions, type HistoryRow, type PlanChange, type PlanHistory } from './history.js';
export { STATUS_ORDER, RISK_ORDER, type Comparison, type DiagnosticEntry, type Direction, type FieldChange, type IngredientMove, type ItemChange } from './compare.js';
export { formatDiff, DIFF_MARKER } from './formatDiff.js';
export { formatHistory } from './formatHistory.js';
