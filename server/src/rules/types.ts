/**
 * The shape of a rule (like ESLint's `meta` + `create`): everything about a
 * rule lives in its own file under rules/, named `SPxxx-name.ts`.
 */
import type { PlanDoc } from '../model/plan.js';
import type { PlanFacts } from '../model/facts.js';
import type { Diagnostic, Lang, Localized, PlanPath, Range, Severity } from '../model/types.js';
import type { YNode, YPair } from '../model/yamlTree.js';

export interface RuleMeta {
  /** `SP301` */
  code: string;
  /** `ingredient-missing` */
  name: string;
  severity: Severity;
  /** One line on what the rule checks, in both languages (SARIF, docs, hovers). */
  description: Localized;
  /**
   * Message templates by id; `{name}` is replaced by `data.name` (a plain
   * string, or a Localized term picked in the user's language).
   */
  messages: Record<string, Localized>;
  /**
   * `file` rules (SP00x) run on anything; `plan` rules run only when the
   * file's root is a mapping — a list or a scalar is not a plan to judge.
   */
  scope: 'file' | 'plan';
  /**
   * `after` rules judge the other rules' findings (SP701): they run once the
   * others are done and their severities and suppressions applied, and see
   * those final findings in `ctx.findings`. Absent: the normal pass.
   */
  phase?: 'after';
}

/** Where a finding points: exactly one of these. */
export type Target =
  | { at: PlanPath } // the node at path (its key when it is a collection)
  | { missing: PlanPath } // something absent: the key of its nearest parent, else line 1
  | { node: YNode } // a node the rule already holds
  | { key: YPair } // the key of a map entry
  | { range: Range };

export interface Report {
  messageId: string;
  data?: Record<string, string | number | Localized>;
  target: Target;
  /** The canvas item concerned, `/`-separated (`ingredients/financing`); see Diagnostic.item. */
  item: string;
  /** Facts for quick fixes (kept on the diagnostic). */
  fix?: Record<string, string | number | boolean>;
  /** Related locations; `messageId` names one of the rule's messages (Diagnostic.related). */
  related?: { target: Target; messageId: string; data?: Record<string, string | number | Localized> }[];
}

export interface RuleContext {
  doc: PlanDoc;
  facts: PlanFacts;
  lang: Lang;
  report(r: Report): void;
  /**
   * True when SP002 rejects the value at `path` or one inside it (SPEC §6.5):
   * a finding that only follows from such a value is not reported
   * (`status: voldoende` is SP002 alone, not also SP302). An unknown key is
   * not "rejected": what it was meant to be is simply absent.
   */
  rejected(path: PlanPath): boolean;
  /**
   * True once the analysis has used up its time budget (lint.ts): a rule
   * with a long loop asks now and then and stops early. Cheap to call.
   */
  overBudget?(): boolean;
  /**
   * Only for `phase: 'after'` rules: the findings of the normal pass with
   * their final severities (stage, `.scalingrc.yaml`), suppressed ones left
   * out. Empty for the others.
   */
  findings: readonly Diagnostic[];
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}
