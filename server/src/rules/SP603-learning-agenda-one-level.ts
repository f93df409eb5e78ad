import { nodeAt } from '../model/plan.js';
import { gloss } from './asks.js';
import type { Rule } from './types.js';

/**
 * SP603: the learning agenda has two or more questions (any status) and
 * they all share one `level` — the agenda looks at one level only, while
 * each level (operational, tactical, strategic, network) has barriers of its
 * own. Questions without a level share one level of their own: two of them
 * fire; one with and one without a level do not. One in all, at the
 * `learning-agenda` key. A `level` SP002 rejects (`level: operationeel`)
 * gives nothing here. Entries that are not mappings are SP002's, not questions.
 */
export const rule: Rule = {
  code: 'SP603',
  name: 'learning-agenda-one-level',
  severity: 'info',
  scope: 'plan',
  description: {
    nl: 'Alle leervragen staan op één niveau: de leeragenda kijkt niet naar de andere niveaus (operationeel, tactisch, strategisch, netwerk).',
    en: 'All learning questions are on one level: the learning agenda does not look at the other levels (operational, tactical, strategic, network).',
  },
  messages: {
    oneLevel: {
      nl: '{all} staan op niveau {level}: leg ook leervragen vast voor een ander niveau (`level`), want op ieder niveau spelen andere barrières.',
      en: "{all} are on level {level}: add learning questions for another level too ('level'), as each level has barriers of its own.",
    },
    noLevel: {
      nl: '{none} noemt een niveau: leg per vraag vast op welk niveau ze speelt (`level`): ‘operationeel’ (`operational`), ‘tactisch’ (`tactical`), ‘strategisch’ (`strategic`) of ‘netwerk’ (`network`).',
      en: "{none} names a level: note for each question the level it plays at ('level'): operational, tactical, strategic or network.",
    },
  },
  check(ctx) {
    const questions = ctx.facts.learningQuestions.filter((q) => q.node.kind === 'map');
    if (questions.length < 2) return;
    if (ctx.rejected(['learning-agenda']) && questions.some((q) => ctx.rejected(['learning-agenda', q.index, 'level']))) return;
    // A blank `level:` is no level.
    const levels = new Set(questions.map((q) => q.level?.trim() || undefined));
    if (levels.size !== 1) return;
    const level = [...levels][0];
    const pair = nodeAt(ctx.doc, ['learning-agenda']) && ctx.doc.root?.byKey.get('learning-agenda');
    if (!pair) return;
    ctx.report({
      messageId: level ? 'oneLevel' : 'noLevel',
      // "Beide leervragen" / "Alle 3 leervragen": Dutch says "alle 2" of no pair.
      data: {
        count: questions.length,
        all: questions.length === 2 ? { nl: 'Beide leervragen', en: 'Both learning questions' } : { nl: `Alle ${questions.length} leervragen`, en: `All ${questions.length} learning questions` },
        none: questions.length === 2 ? { nl: 'Geen van beide leervragen', en: 'Neither of the two learning questions' } : { nl: `Geen van de ${questions.length} leervragen`, en: `None of the ${questions.length} learning questions` },
        ...(level ? { level: gloss(`level.${level}`, level) } : {}),
      },
      target: { key: pair },
      item: 'learning-agenda',
      fix: {},
    });
  },
};
