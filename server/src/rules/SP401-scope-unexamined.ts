import { SCOPE_QUESTIONS, term } from '../model/canvas.js';
import { nodeAt, present } from '../model/plan.js';
import type { Localized } from '../model/types.js';
import type { Rule } from './types.js';
import { missingTarget } from './follows.js';

/**
 * SP401: pitfall 1 (limited scope) is missing, or leaves one of its four
 * questions — situations, target groups, wishes, environment — unanswered.
 * One in all (SPEC §3), naming every open question. A question counts as
 * answered when it holds non-empty text; actions under `limited-scope` do
 * not answer a question, so they do not silence this rule.
 */
export const rule: Rule = {
  code: 'SP401',
  name: 'scope-unexamined',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Valkuil 1 (beperkte scope van de pilot) ontbreekt of laat een van de vier vragen open.',
    en: 'Pitfall 1 (limited scope of the pilot) is missing or leaves one of its four questions open.',
  },
  messages: {
    missing: {
      nl: 'Valkuil ‘{pitfall}’ (`limited-scope`) ontbreekt: voeg `limited-scope:` toe onder `pitfalls` en beschrijf voor welke situaties, doelgroepen, wensen en omgeving de aanpak geldt, en wat dat betekent voor opschaling.',
      en: "Pitfall '{pitfall}' is missing: add `limited-scope:` under `pitfalls` and describe for which situations, target groups, wishes and environment the approach holds, and what that means for scaling.",
    },
    open: {
      nl: 'Valkuil ‘{pitfall}’ laat nog open: {questions}. Beschrijf ook daarvoor wat het betekent voor opschaling.',
      en: "Pitfall '{pitfall}' still leaves open: {questions}. Describe for these too what they mean for scaling.",
    },
  },
  check(ctx) {
    const scope = nodeAt(ctx.doc, ['pitfalls', 'limited-scope']);
    const pitfall = term('pitfall.limited-scope');
    const item = 'pitfalls/limited-scope';
    if (!scope) {
      if (ctx.rejected(['pitfalls', 'limited-scope'])) return; // `pitfalls: ja` is SP002's; unreadable text may hold it
      ctx.report({ messageId: 'missing', data: { pitfall }, target: missingTarget(ctx, ['pitfalls', 'limited-scope']), item });
      return;
    }
    const answers = scope.kind === 'map' ? scope : undefined;
    const open = SCOPE_QUESTIONS.filter((q) => !present(answers?.byKey.get(q)?.value) && !ctx.rejected(['pitfalls', 'limited-scope', q]));
    if (open.length === 0) return;
    const questions: Localized = {
      // The key to fill beside each Dutch question word: ‘doelgroepen’ (`target-groups`).
      nl: andList(open.map((q) => `‘${term(`scope.${q}`).nl}’ (\`${q}\`)`), 'en'),
      en: andList(open.map((q) => `${term(`scope.${q}`).en} (\`${q}\`)`), 'and'),
    };
    ctx.report({ messageId: 'open', data: { pitfall, questions }, target: { at: ['pitfalls', 'limited-scope'] }, item, fix: { open: open.join(',') } });
  },
};

/** "a, b en c" / "a, b and c". */
function andList(xs: string[], and: string): string {
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`;
}
