/** Turns a rule's report into a Diagnostic: message in the user's language, range from the tree. */
import { keyRange, missingRange, nodeRange, rangeAt, type PlanDoc } from './model/plan.js';
import type { Diagnostic, Lang, Range, Severity } from './model/types.js';
import { docUrl, format } from './i18n.js';
import { MAX_MESSAGE, oneLine } from './text.js';
import type { Report, Rule, Target } from './rules/types.js';

export function toDiagnostic(rule: Rule, severity: Severity, doc: PlanDoc, lang: Lang, r: Report): Diagnostic {
  const template = rule.messages[r.messageId];
  const d: Diagnostic = {
    code: rule.code,
    rule: rule.name,
    severity,
    // format() bounds what it fills in; the bound here covers every message, also a bare id.
    message: oneLine(template ? format(template, lang, r.data) : r.messageId, MAX_MESSAGE),
    range: targetRange(doc, r.target),
    docUrl: docUrl(rule.code, lang),
    item: r.item,
  };
  if (r.fix) d.data = r.fix;
  if (r.related?.length) {
    d.related = r.related.map((x) => {
      const t = rule.messages[x.messageId];
      return { range: targetRange(doc, x.target), message: t ? format(t, lang, x.data) : x.messageId };
    });
  }
  return d;
}

export function targetRange(doc: PlanDoc, t: Target): Range {
  if ('at' in t) return rangeAt(doc, t.at);
  if ('missing' in t) return missingRange(doc, t.missing);
  if ('node' in t) return nodeRange(doc, t.node);
  if ('key' in t) return keyRange(doc, t.key);
  return t.range;
}

