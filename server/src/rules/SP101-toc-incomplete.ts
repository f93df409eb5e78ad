import { TOC_LINKS, term } from '../model/canvas.js';
import { nodeAt, pairAt, present } from '../model/plan.js';
import type { YNode } from '../model/yamlTree.js';
import type { Rule } from './types.js';

/**
 * SP101: the theory of change (part 1, *verandertheorie*) lacks one of its
 * five links: inputs, activities, outputs, outcomes, impact. One per
 * missing link; all five when `impact` or `impact.theory-of-change` is
 * absent (SPEC §3).
 *
 * Where the SPEC can be read two ways, our choice: a link "lacks" when its
 * key is absent *or* holds nothing — no value, an empty list, or only blank
 * entries. A link written as one text instead of a list does say something
 * (SP002 reports the shape). A theory of change or impact that is not a
 * block (`theory-of-change:` with no value, or a text) counts as absent.
 * Range: the link's key when it is written but empty, else the key of the
 * nearest parent (the first line when `impact` is absent). A link, theory
 * of change or impact whose value SP002 rejects (wrong type) is SP002's
 * alone (SPEC §6.5).
 */
export const rule: Rule = {
  code: 'SP101',
  name: 'toc-incomplete',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'De verandertheorie bij de beoogde impact mist een schakel: input, activiteiten, output, outcome of impact.',
    en: 'The theory of change of the intended impact lacks a link: inputs, activities, outputs, outcomes or impact.',
  },
  messages: {
    missing: {
      nl: 'De verandertheorie mist de schakel ‘{link}’: {question}',
      en: "The theory of change lacks the link '{link}': {question}",
    },
    noToc: {
      nl: 'De beoogde impact heeft geen verandertheorie, dus ook geen schakel ‘{link}’: {question}',
      en: "The intended impact has no theory of change, so no link '{link}' either: {question}",
    },
  },
  check(ctx) {
    const base = ['impact', 'theory-of-change'];
    const impact = nodeAt(ctx.doc, ['impact']);
    const toc = nodeAt(ctx.doc, base);
    const hasToc = toc?.kind === 'map';
    // `impact: tekst` or `theory-of-change: [..]` is SP002's alone (SPEC §6.5): the links do not follow from it.
    if (impact && impact.kind !== 'map' && ctx.rejected(['impact'])) return;
    if (toc && !hasToc && ctx.rejected(base)) return;
    for (const link of TOC_LINKS) {
      const path = [...base, link];
      if (hasToc && says(toc.byKey.get(link)?.value)) continue;
      // `inputs: {…}` or `inputs: ''` is SP002's alone; a list of blank entries still lacks the link
      // (SP002 names the entries, but without them the list is just as empty).
      const value = hasToc ? toc.byKey.get(link)?.value : undefined;
      if (value && value.kind !== 'seq' && ctx.rejected(path)) continue;
      ctx.report({
        messageId: hasToc ? 'missing' : 'noToc',
        data: { link: term(`toc.${link}`), question: QUESTIONS[link] },
        target: pairAt(ctx.doc, path) ? { at: path } : { missing: path },
        item: path.join('/'),
        fix: { link },
      });
    }
  },
};

/** Whether a link holds anything: a list with at least one non-blank entry, or a text. */
function says(n: YNode | undefined): boolean {
  if (n?.kind === 'seq') return n.items.some(present);
  return present(n);
}

/** The handbook's question for each column of the theory of change. */
const QUESTIONS = {
  inputs: { nl: 'welke mensen en middelen zijn nodig om de activiteiten uit te voeren?', en: 'which people and means are needed to carry out the activities?' },
  activities: { nl: 'welke acties onderneem je om de output te realiseren?', en: 'which actions do you take to achieve the outputs?' },
  outputs: { nl: 'wat zijn de directe resultaten, wat lever je concreet op?', en: 'what are the direct results, what do you concretely deliver?' },
  outcomes: { nl: 'welke verandering op middellange termijn is nodig om impact te bereiken?', en: 'which change in the medium term is needed to reach the impact?' },
  impact: { nl: 'wat is het uiteindelijke maatschappelijke doel dat je wilt bereiken?', en: 'what is the ultimate societal goal you want to reach?' },
} as const;
