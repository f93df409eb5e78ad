import { nodeAt } from '../model/plan.js';
import type { Localized } from '../model/types.js';
import type { Rule } from './types.js';

/** The stages in which the pilot runs and can learn from what it does. */
const STAGES: Record<string, Localized> = {
  running: { nl: '‘uitvoering’ (`running`)', en: "'running'" },
  evaluating: { nl: '‘evaluatie’ (`evaluating`)', en: "'evaluating'" },
  scaling: { nl: '‘opschaling’ (`scaling`)', en: "'scaling'" },
};

/**
 * SP601: `pilot.stage` is `running`, `evaluating` or `scaling` and
 * `learning-agenda` is missing or empty — the pilot is under way but keeps
 * no learning questions. One in all, at the `pilot.stage` value. At
 * `design`, without a stage or with one SP002 rejects, nothing. Any entry
 * counts as a question (SP602 asks for its actions). A `learning-agenda`
 * value SP002 rejects (a text) is SP002's alone.
 */
export const rule: Rule = {
  code: 'SP601',
  name: 'learning-agenda-missing',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'De pilot loopt, maar er is geen leeragenda met leervragen.',
    en: 'The pilot is under way, but there is no learning agenda with learning questions.',
  },
  messages: {
    missing: {
      nl: 'De pilot is in de fase {stage}, maar er is geen leeragenda: leg onder `learning-agenda` de leervragen vast waarmee je van de uitvoering leert („Hoe kan ik …, terwijl …?”).',
      en: "The pilot is {stage}, but there is no learning agenda: note under 'learning-agenda' the learning questions you learn from as you go (\"How can I …, while …?\").",
    },
  },
  check(ctx) {
    const stage = ctx.facts.stage;
    if (!stage || !STAGES[stage]) return;
    const agenda = nodeAt(ctx.doc, ['learning-agenda']);
    if (agenda?.kind === 'seq' && agenda.items.length > 0) return;
    if (ctx.rejected(['learning-agenda'])) return;
    ctx.report({ messageId: 'missing', data: { stage: STAGES[stage]! }, target: { at: ['pilot', 'stage'] }, item: 'learning-agenda', fix: {} });
  },
};
