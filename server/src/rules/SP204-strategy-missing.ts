import { nodeAt, present } from '../model/plan.js';
import type { Rule } from './types.js';
import { missingTarget } from './follows.js';

/**
 * SP204: the plan names no scaling strategy. One in all (SPEC §3), at
 * `strategy` when it is written but empty (no value, `[]`), else the first
 * line. A strategy outside the four is still a strategy written down
 * (SP002 reports the value).
 */
export const rule: Rule = {
  code: 'SP204',
  name: 'strategy-missing',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'Het plan noemt geen opschalingsstrategie.',
    en: 'The plan names no scaling strategy.',
  },
  messages: {
    missing: {
      nl: 'Het plan noemt geen opschalingsstrategie (`strategy`). Kies (eventueel later in de pilot) uit ‘groei’ (`growth`), ‘franchise’, ‘configuratie’ (`configuration`) of ‘institutionaliseren’ (`institutionalisation`).',
      en: 'The plan names no scaling strategy (`strategy`). Choose (if need be later in the pilot) from growth, franchise, configuration or institutionalisation.',
    },
  },
  check(ctx) {
    if (present(nodeAt(ctx.doc, ['strategy'])) || ctx.rejected(['strategy'])) return; // `strategy: []` is SP002's
    ctx.report({ messageId: 'missing', target: nodeAt(ctx.doc, ['strategy']) ? { at: ['strategy'] } : missingTarget(ctx, ['strategy', '']), item: 'strategy' });
  },
};
