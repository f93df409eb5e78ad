import type { Rule } from './types.js';

/** SP001: the file is not well-formed YAML — one diagnostic per parser error, at its position. */
export const rule: Rule = {
  code: 'SP001',
  name: 'yaml-syntax',
  severity: 'error',
  scope: 'file',
  description: {
    nl: 'Het bestand is geen geldige YAML.',
    en: 'The file is not well-formed YAML.',
  },
  messages: {
    // The reader (model/yamlTree.ts) already words each problem plainly, in both languages.
    problem: { nl: '{text}', en: '{text}' },
  },
  check(ctx) {
    for (const p of ctx.doc.tree.problems) {
      if (p.kind === 'extra-document' || p.kind === 'complex-key') continue; // SP002: well-formed YAML, wrong shape
      ctx.report({
        messageId: 'problem',
        data: { text: p.message },
        target: { range: ctx.doc.lines.range(p.start, Math.max(p.end, p.start + 1)) },
        item: '',
      });
    }
  },
};
