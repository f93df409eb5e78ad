import type { Rule } from './types.js';

/** SP003: a key appears twice in one mapping; reported at the second (and later) occurrence. */
export const rule: Rule = {
  code: 'SP003',
  name: 'duplicate-key',
  severity: 'error',
  scope: 'file',
  description: {
    nl: 'Een sleutel staat twee keer in dezelfde lijst van sleutels.',
    en: 'A key appears twice in one mapping.',
  },
  messages: {
    duplicate: {
      nl: 'De sleutel ‘{key}’ staat hier voor de tweede keer; alleen de eerste telt. Voeg de twee samen of haal er één weg.',
      en: "The key '{key}' appears here a second time; only the first one counts. Merge the two or remove one.",
    },
  },
  check(ctx) {
    for (const d of ctx.doc.tree.duplicates) {
      // In text SP001 could not read, a "second" key is the reader's guess, not the user's (issue 13).
      if (ctx.doc.unreadable.some((s) => d.pair.keyStart >= s.start && d.pair.keyStart <= s.end)) continue;
      ctx.report({
        messageId: 'duplicate',
        data: { key: d.pair.key },
        target: { key: d.pair },
        item: d.path.slice(0, -1).join('/'),
      });
    }
  },
};
