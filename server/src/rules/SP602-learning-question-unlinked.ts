import type { Rule } from './types.js';

/**
 * SP602: an open learning question (`status` absent or `open`) has no
 * actions — it has not been turned into something the team does and
 * monitors. One per such question, at the question (its list entry).
 * `answered` and `dropped` questions are done. `actions: []` is none;
 * action ids that are not declared still count (SP004 reports them). A
 * `status` or `actions` SP002 rejects (`status: onbekend`, `actions: a7`)
 * is SP002's alone.
 */
export const rule: Rule = {
  code: 'SP602',
  name: 'learning-question-unlinked',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'Een open leervraag heeft geen acties: de vraag is niet omgezet in iets dat je doet en volgt.',
    en: 'An open learning question has no actions: it has not been turned into something you do and monitor.',
  },
  messages: {
    unlinked: {
      nl: 'Leervraag ‘{question}’ staat open, maar er staat geen actie bij: leg vast met welke actie je de vraag oppakt en volgt (`actions`).',
      en: "Learning question '{question}' is open but has no actions: note which action takes it up and how you follow it ('actions').",
    },
  },
  check(ctx) {
    const anyRejected = ctx.rejected(['learning-agenda']);
    for (const q of ctx.facts.learningQuestions) {
      if (q.status !== 'open' || q.actions.length > 0 || q.node.kind !== 'map') continue;
      const at = ['learning-agenda', q.index];
      if (anyRejected && (ctx.rejected([...at, 'status']) || ctx.rejected([...at, 'actions']))) continue;
      const text = q.question?.trim();
      ctx.report({
        messageId: 'unlinked',
        data: { question: text || { nl: `nr. ${q.index + 1}`, en: `no. ${q.index + 1}` } },
        target: { at },
        item: `learning-agenda/${q.index}`,
        fix: { question: q.index },
      });
    }
  },
};
