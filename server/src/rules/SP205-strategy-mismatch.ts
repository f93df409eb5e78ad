import type { Rule } from './types.js';

// STUB: to be written (see issue 2).
export const rule: Rule = {
  code: 'SP205',
  name: 'strategy-mismatch',
  severity: 'warning',
  scope: 'plan',
  description: { nl: 'TODO', en: 'TODO' },
  messages: {},
  check() {},
};
