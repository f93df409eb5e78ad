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
import { isRejected } from './schema/validate.js';

export type SeveritySetting = Severity | 'off';

export interface LintOptions {
  lang?: Lang;
  /** Per-rule overrides from `.scalingrc.yaml`. */
  rules?: Record<string, SeveritySetting>;
  /** One per open document in the language server: re-read only the pieces an edit touched. */
  cache?: ChunkCache;
}

export interface Analysis {
  doc: PlanDoc;
  facts: PlanFacts;
  diagnostics: Diagnostic[];
  readiness: Readiness;
  lang: Lang;
  /** Findings a suppression comment silenced, with its reason (SARIF `suppressions`, hovers). */
  suppressed: Suppressed[];
}

/** A flood of findings helps nobody and costs memory: past this, one notice. */
export const MAX_DIAGNOSTICS = 1000;

export function analyse(text: string, options: LintOptions = {}): Analysis {
  const lang = options.lang ?? 'en';
  const doc = parsePlan(text, options.cache);
  const facts = collectFacts(doc);
  const found: Diagnostic[] = [];
  for (const rule of RULES) {
    const severity = options.rules?.[rule.code] ?? stageSeverity(rule, facts.stage);
    if (severity === 'off' || rule.code === 'SP007') continue;
    if (rule.scope === 'plan' && !doc.root) continue;
    runRule(rule, severity, doc, facts, lang, found);
  }
  const applied = applySuppressions(doc, found, lang, options.rules?.['SP007']);
  let diagnostics = applied.diagnostics;
  diagnostics.sort(byPosition);
  if (diagnostics.length > MAX_DIAGNOSTICS) {
    const rest = diagnostics.length - MAX_DIAGNOSTICS;
    diagnostics = diagnostics.slice(0, MAX_DIAGNOSTICS);
    diagnostics.push({
      code: 'SP002', rule: 'schema', severity: 'error', item: '', docUrl: docUrl('SP002', lang),
      range: doc.lines.lineRange(0),
      message: lang === 'nl' ? `Nog ${rest} meldingen niet getoond: los eerst de bovenstaande op.` : `${rest} more findings not shown: fix the ones above first.`,
    });
  }
  return { doc, facts, diagnostics, readiness: summarise(facts, diagnostics, doc), lang, suppressed: applied.suppressed };
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

function runRule(rule: Rule, severity: Severity, doc: PlanDoc, facts: PlanFacts, lang: Lang, out: Diagnostic[]): void {
  try {
    rule.check({
      doc, facts, lang,
      rejected: (path) => isRejected(doc, path),
      report: (r: Report) => out.push(toDiagnostic(rule, severity, doc, lang, r)),
    });
  } catch (e) {
    // One broken rule must not silence the others: report it on this file and go on.
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`[scaling-plan] rule ${rule.code} failed: ${e instanceof Error ? e.stack : msg}\n`);
    out.push({
      code: rule.code, rule: rule.name, severity: 'error', item: '', docUrl: docUrl(rule.code, lang),
      range: doc.lines.lineRange(0),
      message: lang === 'nl'
        ? `Interne fout: regel ${rule.code} kon dit plan niet controleren (${msg}). Meld dit aan de makers.`
        : `Internal error: rule ${rule.code} could not check this plan (${msg}). Please report this.`,
    });
  }
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line
    || a.range.start.character - b.range.start.character
    || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
    || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
