import { nodeAt } from '../model/plan.js';
import { asks } from './asks.js';
import type { Rule } from './types.js';

/**
 * SP206: the plan spreads the approach — route `out` or `beyond` pursued, or
 * strategy `growth` or `franchise` — and `evidence` is missing or empty.
 * One in all, at the first route key or strategy value in the file that
 * asks for evidence (document order). Any entry of `evidence` counts, also
 * one whose fields are still empty (`- claim:`): the list is what the spec
 * asks for, and a plan made at the start may leave the claim to fill in.
 * `evidence` that SP002 rejects (a text, an entry that is not a mapping)
 * is SP002's alone (SPEC §6.5).
 */
export const rule: Rule = {
  code: 'SP206',
  name: 'scaling-without-evidence',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'De aanpak wordt verspreid (route uit of voorbij, strategie groei of franchise), maar het plan noemt geen bewijsmateriaal dat ze werkt.',
    en: 'The approach is to spread (route out or beyond, strategy growth or franchise), but the plan names no evidence that it works.',
  },
  messages: {
    noEvidence: {
      nl: 'Je kiest {what}, maar het plan noemt geen bewijsmateriaal: leg onder `evidence` vast wat laat zien dat de aanpak werkt (`claim`, `kind`, `source`).',
      en: "You chose {what}, but the plan names no evidence: note under 'evidence' what shows that the approach works (claim, kind, source).",
    },
  },
  check(ctx) {
    const first = asks(ctx.facts, ['out', 'beyond'], ['growth', 'franchise'])[0];
    if (!first) return;
    const evidence = nodeAt(ctx.doc, ['evidence']);
    if (evidence?.kind === 'seq' && evidence.items.length > 0) return;
    if (ctx.rejected(['evidence'])) return;
    ctx.report({ messageId: 'noEvidence', data: { what: first.what }, target: first.target, item: 'evidence', fix: {} });
  },
};
