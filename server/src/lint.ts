/**
 * One plan → one analysis. `analyse` is what every face calls: the CLI, the
 * language server, the preview and `diff`. It knows nothing of LSP or the
 * terminal and never throws.
 */
import { collectFacts, type PlanFacts } from './model/facts.js';
import type { ChunkCache } from './model/chunks.js';
import { parsePlan, type PlanDoc } from './model/plan.js';
import type { Diagnostic, Lang, Severity } from './model/types.js';
import { toDiagnostic } from './report.js';
import { docUrl } from './i18n.js';
import { RULES } from './rules/index.js';
import type { Report, Rule } from './rules/types.js';
import { applySuppressions, type Suppressed } from './suppress.js';
import { summarise, type Readiness } from './summary.js';
import { isUnreadable, validatePlan } from './schema/validate.js';

export type SeveritySetting = Severity | 'off';

export interface LintOptions {
  lang?: Lang;
  /** Per-rule overrides from `.scalingrc.yaml`. */
  rules?: Record<string, SeveritySetting>;
  /** One per open document in the language server: re-read only the pieces an edit touched. */
  cache?: ChunkCache;
  /** Time for one analysis, in ms (default: analysisDefaults.budgetMs); past it, the rules stop. */
  budgetMs?: number;
  /** The clock the budget is read from, in ms (a test passes one that jumps). */
  now?: () => number;
  /** Where a rule's internal failure is logged (default: console.error); never stdout. */
  log?: (line: string) => void;
}

/**
 * Process-wide defaults: a face may set them once at start (the language
 * server reads SCALING_PLAN_BUDGET_MS); the engine itself reads no
 * environment, so it runs in a browser worker as well.
 */
export const analysisDefaults = { budgetMs: 5000 };

export interface Analysis {
  doc: PlanDoc;
  facts: PlanFacts;
  diagnostics: Diagnostic[];
  readiness: Readiness;
  lang: Lang;
  /** Findings a suppression comment silenced, with its reason (SARIF `suppressions`, hovers). */
  suppressed: Suppressed[];
  /** Set when the time budget stopped the rules: findings may be missing (the CLI does not cache such a result). */
  truncated?: true;
}

/** A flood of findings helps nobody and costs memory: past this, one notice. */
export const MAX_DIAGNOSTICS = 1000;

export function analyse(text: string, options: LintOptions = {}): Analysis {
  const lang = options.lang ?? 'en';
  const doc = parsePlan(text, options.cache);
  // The clock starts once the text is read and checked against the schema: the
  // reader has its own bounds (depth, tokens, repairs), and a one-time start-up
  // cost (compiling the validator, a slow process start on a busy machine) is no
  // reason to tell a user their plan is too large. The budget guards the rules.
  validatePlan(doc);
  const start = (options.now ?? clock)();
  const facts = collectFacts(doc);
  const found: Diagnostic[] = [];
  const budget = new Budget(options, start);
  for (const rule of RULES) {
    const severity = options.rules?.[rule.code] ?? stageSeverity(rule, facts.stage);
    if (severity === 'off' || rule.code === 'SP007') continue;
    if (rule.scope === 'plan' && !doc.root) continue;
    if (rule.phase === 'after') continue;
    // The reading's own problems (SP001) are already known: always reported.
    if (rule.code !== 'SP001' && budget.over()) break;
    runRule(rule, severity, doc, facts, lang, found, budget, options.log ?? defaultLog);
  }
  if (!budget.over()) found.push(...afterPass(doc, facts, lang, options, found, budget));
  // Rules that did not run silence nothing: no "unused suppression" for them.
  const applied = applySuppressions(doc, found, lang, budget.exceeded ? 'off' : options.rules?.['SP007']);
  let diagnostics = applied.diagnostics;
  diagnostics.sort(byPosition);
  if (diagnostics.length > MAX_DIAGNOSTICS) {
    const rest = diagnostics.length - MAX_DIAGNOSTICS;
    diagnostics = diagnostics.slice(0, MAX_DIAGNOSTICS);
    diagnostics.push({
      code: 'SP002', rule: 'schema', severity: 'error', item: '', docUrl: docUrl('SP002', lang),
      range: doc.lines.lineRange(0),
      message: lang === 'nl' ? `Nog ${rest === 1 ? '1 melding' : `${rest} meldingen`} niet getoond: los eerst de bovenstaande op.` : `${rest === 1 ? '1 more finding' : `${rest} more findings`} not shown: fix the ones above first.`,
    });
  }
  if (budget.exceeded) diagnostics.unshift(outOfTime(doc, lang, budget.ms));
  return { doc, facts, diagnostics, readiness: summarise(facts, diagnostics, doc), lang, suppressed: applied.suppressed, ...(budget.exceeded ? { truncated: true as const } : {}) };
}

/**
 * SPEC §6.3: `pilot.stage` moves default severities — at `design` "known
 * unknowns" are normal (warnings of SP1xx–SP7xx become info), at `scaling`
 * readiness is judged (warnings of SP3xx–SP4xx become errors). Any other or
 * no stage keeps the defaults; `.scalingrc.yaml` always wins (the caller).
 */
export function stageSeverity(rule: Pick<Rule, 'code' | 'severity'>, stage: string | undefined): Severity {
  if (rule.severity !== 'warning') return rule.severity;
  const family = rule.code.slice(2, 3);
  if (stage === 'design' && family >= '1' && family <= '7') return 'info';
  if (stage === 'scaling' && (family === '3' || family === '4')) return 'error';
  return rule.severity;
}

/**
 * The post-pass: `phase: 'after'` rules (SP701) judge the findings as the
 * user will see them — final severities, suppressed ones left out. Their own
 * findings then go through the same suppressions as every other finding, so
 * SP701 can be suppressed and SP007 still sees whether such a comment was used.
 */
function afterPass(doc: PlanDoc, facts: PlanFacts, lang: Lang, options: LintOptions, found: readonly Diagnostic[], budget: Budget): Diagnostic[] {
  const after: [Rule, Severity][] = [];
  for (const rule of RULES) {
    const severity = rule.phase === 'after' ? options.rules?.[rule.code] ?? stageSeverity(rule, facts.stage) : 'off';
    if (severity !== 'off') after.push([rule, severity]);
  }
  if (after.length === 0 || !doc.root) return [];
  const visible = applySuppressions(doc, [...found], lang, 'off').diagnostics;
  const out: Diagnostic[] = [];
  for (const [rule, severity] of after) runRule(rule, severity, doc, facts, lang, out, budget, options.log ?? defaultLog, visible);
  return out;
}

function runRule(
  rule: Rule, severity: Severity, doc: PlanDoc, facts: PlanFacts, lang: Lang, out: Diagnostic[],
  budget: Budget, log: (line: string) => void, findings: readonly Diagnostic[] = [],
): void {
  try {
    rule.check({
      doc, facts, lang, findings,
      rejected: (path) => rejectedAt(doc, path),
      overBudget: () => budget.over(),
      report: (r: Report) => out.push(toDiagnostic(rule, severity, doc, lang, r)),
    });
  } catch (e) {
    // One broken rule must not silence the others: report it on this file and go on.
    const msg = e instanceof Error ? e.message : String(e);
    log(`[scaling-plan] rule ${rule.code} failed: ${e instanceof Error ? e.stack : msg}`);
    out.push({
      code: rule.code, rule: rule.name, severity: 'error', item: '', docUrl: docUrl(rule.code, lang),
      range: doc.lines.lineRange(0),
      message: lang === 'nl'
        ? `Interne fout: regel ${rule.code} kon dit plan niet controleren (${msg}). Meld dit aan de makers.`
        : `Internal error: rule ${rule.code} could not check this plan (${msg}). Please report this.`,
    });
  }
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** By position; at one position errors first, so the SP002 that explains its consequences leads them. */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line
    || a.range.start.character - b.range.start.character
    || RANK[a.severity] - RANK[b.severity]
    || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
    || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** performance.now where there is one (Node, browsers), else Date.now: globals only, no Node API. */
function clock(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function defaultLog(line: string): void {
  console.error(line);
}

/**
 * The time budget of one analysis (issue 11): rules run while it lasts, and
 * a rule with a long loop asks `over()`. Once over, it stays over, so the
 * answer does not depend on when the clock is read next.
 */
class Budget {
  readonly ms: number;
  private readonly now: () => number;
  private readonly deadline: number;
  private spent = false;

  /** True when a rule was stopped or skipped for time (not merely when the clock has passed since). */
  get exceeded(): boolean {
    return this.spent;
  }

  constructor(options: LintOptions, start: number) {
    this.ms = Math.max(0, options.budgetMs ?? analysisDefaults.budgetMs);
    this.now = options.now ?? clock;
    this.deadline = start + this.ms;
  }

  over(): boolean {
    if (!this.spent && this.now() >= this.deadline) this.spent = true;
    return this.spent;
  }
}

/** The one finding for a plan the rules could not finish in time: what was found so far stands. */
function outOfTime(doc: PlanDoc, lang: Lang, ms: number): Diagnostic {
  const s = (ms / 1000).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  return {
    code: 'SP001', rule: 'yaml-syntax', severity: 'error', item: '', docUrl: docUrl('SP001'),
    range: doc.lines.lineRange(0),
    message: lang === 'nl'
      ? `Dit plan is te groot of te ingewikkeld om binnen ${s} s te controleren; de controle is gestopt, dus er kunnen meldingen ontbreken. Splits het plan of maak lijsten korter.`
      : `This plan is too large or too complex to check within ${s} s; checking stopped, so findings may be missing. Split the plan or shorten its lists.`,
  };
}

/**
 * `ctx.rejected` as set lookups, with the meaning of `isRejected` in
 * schema/validate.ts: the value at `path` holds a value SP002 rejects, or sits
 * inside one, or overlaps text SP001 could not read (unknown and required keys
 * are not "rejected"). Built once per plan, so rules may ask per item without
 * making a hostile plan (thousands of items and problems) quadratic.
 */
export function rejectedAt(doc: PlanDoc, path: readonly (string | number)[]): boolean {
  const { holds, exact } = rejectedPaths(doc);
  if (holds.has(pathKey(path))) return true;
  for (let i = 0; i < path.length; i++) if (exact.has(pathKey(path.slice(0, i)))) return true;
  return isUnreadable(doc, path);
}
const rejectedMemo = new WeakMap<PlanDoc, { holds: Set<string>; exact: Set<string> }>();
function rejectedPaths(doc: PlanDoc): { holds: Set<string>; exact: Set<string> } {
  let sets = rejectedMemo.get(doc);
  if (sets) return sets;
  sets = { holds: new Set(), exact: new Set() };
  for (const p of validatePlan(doc)) {
    if (p.kind === 'unknown-key' || p.kind === 'required') continue;
    sets.exact.add(pathKey(p.path));
    for (let i = 0; i <= p.path.length; i++) sets.holds.add(pathKey(p.path.slice(0, i)));
  }
  rejectedMemo.set(doc, sets);
  return sets;
}
const pathKey = (path: readonly (string | number)[]): string => JSON.stringify(path);
