import { term } from '../model/canvas.js';
import { nodeAt, present } from '../model/plan.js';
import type { Rule } from './types.js';
import { missingTarget } from './follows.js';

/**
 * SP402: pitfall 2 (coherence of components) is missing or lists fewer than
 * two components — one component has nothing to cohere with. One in all.
 * Only non-empty entries count as components. Points at `components` when
 * it is written, else at the key it is missing from.
 */
export const rule: Rule = {
  code: 'SP402',
  name: 'coherence-unexamined',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Valkuil 2 (samenhang van onderdelen) ontbreekt of noemt minder dan twee onderdelen.',
    en: 'Pitfall 2 (coherence of components) is missing or lists fewer than two components.',
  },
  messages: {
    missing: {
      nl: 'Valkuil ‘{pitfall}’ (`coherence`) ontbreekt: voeg `coherence:` toe onder `pitfalls` en noem onder `components` de onderdelen van de aanpak die elkaar versterken, en wat er gebeurt als je er maar één opschaalt.',
      en: "Pitfall '{pitfall}' is missing: add `coherence:` under `pitfalls` and list under `components` the components of the approach that reinforce each other, and what happens if only one is scaled.",
    },
    none: {
      nl: 'Valkuil ‘{pitfall}’ noemt geen onderdelen: noem onder `components` ten minste twee onderdelen van de aanpak die samen het effect geven.',
      en: "Pitfall '{pitfall}' lists no components: list under `components` at least two components of the approach that together give the effect.",
    },
    one: {
      nl: 'Valkuil ‘{pitfall}’ noemt maar één onderdeel: noem ook de onderdelen waarmee het samen het effect geeft.',
      en: "Pitfall '{pitfall}' lists only one component: name the components that give the effect together with it.",
    },
  },
  check(ctx) {
    const coherence = nodeAt(ctx.doc, ['pitfalls', 'coherence']);
    const pitfall = term('pitfall.coherence');
    const item = 'pitfalls/coherence';
    if (!coherence) {
      if (ctx.rejected(['pitfalls', 'coherence'])) return; // `pitfalls: ja` is SP002's; unreadable text may hold it
      ctx.report({ messageId: 'missing', data: { pitfall }, target: missingTarget(ctx, ['pitfalls', 'coherence']), item });
      return;
    }
    const path = ['pitfalls', 'coherence', 'components'];
    const components = nodeAt(ctx.doc, path);
    const count = components?.kind === 'seq' ? components.items.filter(present).length : 0;
    if (count >= 2 || ctx.rejected(path)) return; // `components: training` is SP002's alone (SPEC §6.5)
    ctx.report({ messageId: count === 0 ? 'none' : 'one', data: { pitfall }, target: components ? { at: path } : { missing: path }, item });
  },
};
