/** Turns a rule's report into a Diagnostic: message in the user's language, range from the tree. */
import { keyRange, missingRange, nodeRange, rangeAt, type PlanDoc } from './model/plan.js';
import type { Diagnostic, Lang, Range, Severity } from './model/types.js';
import { docUrl, format } from './i18n.js';
import type { Report, Rule, Target } from './rules/types.js';

export function toDiagnostic(rule: Rule, severity: Severity, doc: PlanDoc, lang: Lang, r: Report): Diagnostic {
  const template = rule.messages[r.messageId];
  const d: Diagnostic = {
    code: rule.code,
    rule: rule.name,
    severity,
    message: template ? format(template, lang, r.data) : r.messageId,
    range: targetRange(doc, r.target),
    docUrl: docUrl(rule.code, lang),
    item: r.item,
  };
  if (r.fix) d.data = r.fix;
  return d;
}

export function targetRange(doc: PlanDoc, t: Target): Range {
  if ('at' in t) return rangeAt(doc, t.at);
  if ('missing' in t) return missingRange(doc, t.missing);
  if ('node' in t) return nodeRange(doc, t.node);
  if ('key' in t) return keyRange(doc, t.key);
  return t.range;
}

