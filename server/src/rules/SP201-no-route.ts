import type { Rule } from './types.js';

// STUB: to be written (see issue 2).
export const rule: Rule = {
  code: 'SP201',
  name: 'no-route',
  severity: 'warning',
  scope: 'plan',
  description: { nl: 'TODO', en: 'TODO' },
  messages: {},
  check() {},
};
