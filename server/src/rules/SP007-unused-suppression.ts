import type { Rule } from './types.js';

/**
 * SP007: a suppression comment silences nothing. It is computed after all
 * other rules, by suppress.ts, which takes its messages from here.
 */
export const rule: Rule = {
  code: 'SP007',
  name: 'unused-suppression',
  severity: 'hint',
  scope: 'file',
  description: {
    nl: 'Een onderdrukkingscommentaar onderdrukt niets.',
    en: 'A suppression comment silences nothing.',
  },
  messages: {
    unusedCode: {
      nl: 'Deze onderdrukking van {code} onderdrukt niets; haal haar weg.',
      en: 'This suppression of {code} silences nothing; remove it.',
    },
    unusedAll: {
      nl: 'Deze onderdrukking onderdrukt niets; haal haar weg.',
      en: 'This suppression silences nothing; remove it.',
    },
  },
  check() {
    // See suppress.ts: only the outcome of all other rules tells what was silenced.
  },
};
