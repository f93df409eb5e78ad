import { SCHEMA_MESSAGES } from '../schema/messages.js';
import { validatePlan } from '../schema/validate.js';
import type { Rule } from './types.js';

/**
 * SP002: a value does not fit the model — unknown key (with a "did you
 * mean"), wrong type, value outside its choices, missing required key; also
 * a file that is well-formed YAML but not shaped as one plan (a list or a
 * text at the top, a second document, a list or block used as a key).
 * The wording lives with the validator (schema/messages.ts).
 */
export const rule: Rule = {
  code: 'SP002',
  name: 'schema',
  severity: 'error',
  scope: 'file',
  description: {
    nl: 'Een waarde past niet in het planformaat: onbekende sleutel, verkeerd soort waarde, waarde buiten de keuzes, of een verplichte sleutel ontbreekt.',
    en: 'A value does not fit the plan format: unknown key, wrong kind of value, value outside its choices, or a required key is missing.',
  },
  messages: {
    ...SCHEMA_MESSAGES,
    notPlan: {
      nl: 'Een plan is een blok met sleutels (scaling-plan, pilot, …) — dit bestand bevat {got}.',
      en: 'A plan is a block of keys (scaling-plan, pilot, …) — this file holds {got}.',
    },
    // The reader (model/yamlTree.ts) already words these plainly, in both languages.
    shape: { nl: '{text}', en: '{text}' },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const p of doc.tree.problems) {
      if (p.kind !== 'extra-document' && p.kind !== 'complex-key') continue;
      ctx.report({ messageId: 'shape', data: { text: p.message }, target: { range: doc.lines.range(p.start, Math.max(p.end, p.start + 1)) }, item: '' });
    }
    const root = doc.tree.root;
    if (root && root.kind !== 'map' && !(root.kind === 'scalar' && root.value === null)) {
      const what = root.kind === 'seq'
        ? { nl: 'een lijst', en: 'a list' }
        : { nl: `de tekst ‘${String(root.value).slice(0, 40)}’`, en: `the text ‘${String(root.value).slice(0, 40)}’` };
      ctx.report({ messageId: 'notPlan', data: { got: what }, target: { at: [] }, item: '' });
      return;
    }
    for (const p of validatePlan(doc)) {
      // Text SP001 could not read is not judged as a plan: what the reader made of it is a guess (issue 13).
      const at = doc.lines.offset(p.range.start);
      if (doc.unreadable.some((s) => at >= s.start && at <= s.end)) continue;
      const r = { messageId: p.messageId, data: p.data, target: { range: p.range }, item: p.item };
      ctx.report(p.fix ? { ...r, fix: p.fix } : r);
    }
  },
};
