import { nodeAt, present, str } from '../model/plan.js';
import type { YMap, YNode } from '../model/yamlTree.js';
import type { Rule } from './types.js';

/**
 * SP102: an outcome of the theory of change has no indicator with both a
 * baseline (*nulmeting*) and a target (*streefwaarde*). One per outcome, at
 * the outcome — or, when it has an indicator that lacks a baseline or a
 * target, at that `indicator` (SPEC §6.5). A plain text outcome always fires; a block fires
 * unless its `indicator` holds a non-empty `baseline` and `target` (`0`
 * counts as a value). Our reading where the SPEC is silent: blank entries
 * (`- ` or `- ''`) are no outcome at all; `outcomes` written as one text or
 * one block instead of a list is one outcome. The item is
 * `impact/theory-of-change/outcomes/<index>`.
 */
export const rule: Rule = {
  code: 'SP102',
  name: 'outcome-without-indicator',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Een outcome in de verandertheorie heeft geen indicator met een nulmeting en een streefwaarde.',
    en: 'An outcome in the theory of change has no indicator with a baseline and a target.',
  },
  messages: {
    noIndicator: {
      nl: 'Outcome ‘{outcome}’ heeft geen indicator: hoe maak je zichtbaar of de aanpak verschil maakt? Geef een indicator met een nulmeting (`baseline`) en een streefwaarde (`target`).',
      en: "Outcome '{outcome}' has no indicator: how will you show whether the approach makes a difference? Give an indicator with a baseline and a target.",
    },
    noBaseline: {
      nl: 'De indicator van outcome ‘{outcome}’ heeft geen nulmeting (`baseline`): zonder beginwaarde zie je niet of er iets verandert.',
      en: "The indicator of outcome '{outcome}' has no baseline: without a starting value you cannot see whether anything changes.",
    },
    noTarget: {
      nl: 'De indicator van outcome ‘{outcome}’ heeft geen streefwaarde (`target`): leg vast wat je wilt bereiken.',
      en: "The indicator of outcome '{outcome}' has no target: note what you want to reach.",
    },
    noBaselineTarget: {
      nl: 'De indicator van outcome ‘{outcome}’ heeft geen nulmeting (`baseline`) en geen streefwaarde (`target`): vul beide in.',
      en: "The indicator of outcome '{outcome}' has neither a baseline nor a target: fill in both.",
    },
  },
  check(ctx) {
    const path = ['impact', 'theory-of-change', 'outcomes'];
    const outcomes = nodeAt(ctx.doc, path);
    if (!outcomes) return;
    const list = outcomes.kind === 'seq' ? outcomes.items.map((n, i) => [n, i] as const) : [[outcomes, undefined] as const];
    for (const [node, index] of list) {
      if (!present(node)) continue;
      const messageId = missingPart(node);
      if (!messageId) continue;
      const at = index === undefined ? path : [...path, index];
      // An indicator of a shape SP002 rejects (`indicator: tekst`) is SP002's alone (SPEC §6.5);
      // a text outcome is not: written as a list item it would lack an indicator just the same.
      if (node.kind === 'map' && ctx.rejected([...at, 'indicator'])) continue;
      // SPEC §6.5: an incomplete indicator is pointed at itself, a missing one at the outcome.
      const target = { at: messageId === 'noIndicator' ? at : [...at, 'indicator'] };
      const report = { messageId, data: { outcome: label(node) }, target, item: at.join('/') };
      ctx.report(index === undefined ? report : { ...report, fix: { index } });
    }
  },
};

/** Which message applies to this outcome, or undefined when its indicator is complete. */
function missingPart(outcome: YNode): string | undefined {
  if (outcome.kind !== 'map') return 'noIndicator';
  const indicator = outcome.byKey.get('indicator')?.value;
  if (indicator?.kind !== 'map') return 'noIndicator';
  const baseline = present(get(indicator, 'baseline'));
  const target = present(get(indicator, 'target'));
  if (baseline && target) return undefined;
  return !baseline && !target ? 'noBaselineTarget' : !baseline ? 'noBaseline' : 'noTarget';
}

const get = (m: YMap, key: string): YNode | undefined => m.byKey.get(key)?.value;

/** The outcome's text, shortened for a message. */
function label(outcome: YNode): string {
  const text = outcome.kind === 'scalar' ? String(outcome.value) : outcome.kind === 'map' ? str(get(outcome, 'text')) ?? '…' : '…';
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
