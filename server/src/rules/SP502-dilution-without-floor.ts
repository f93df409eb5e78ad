import type { Rule } from './types.js';

// STUB: to be written (see issue 2).
export const rule: Rule = {
  code: 'SP502',
  name: 'dilution-without-floor',
  severity: 'warning',
  scope: 'plan',
  description: { nl: 'TODO', en: 'TODO' },
  messages: {},
  check() {},
};
