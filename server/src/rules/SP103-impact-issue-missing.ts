import { nodeAt, pairAt, present } from '../model/plan.js';
import type { Rule } from './types.js';

/**
 * SP103: part 1 does not say which societal issue is central (`impact.issue`)
 * or what the approach does to it (`impact.aim`: prevent, mitigate or
 * reduce). One per missing key (SPEC §3), so two when `impact` is absent.
 * A key with no value (`issue:` or `issue: ''`) counts as missing and is
 * pointed at; an absent key is reported at `impact` (the first line when
 * `impact` itself is absent). A value outside the three aims, or of the
 * wrong type (`issue: []`), is SP002's alone (SPEC §6.5).
 */
export const rule: Rule = {
  code: 'SP103',
  name: 'impact-issue-missing',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Bij de beoogde impact ontbreekt het maatschappelijk vraagstuk (issue) of wat de aanpak ermee beoogt (aim).',
    en: 'The intended impact lacks the societal issue (issue) or what the approach aims to do about it (aim).',
  },
  messages: {
    issue: {
      nl: 'Het maatschappelijk vraagstuk ontbreekt bij de beoogde impact (`impact.issue`): welk vraagstuk staat centraal en waarom is de aanpak nodig?',
      en: 'The intended impact does not name the societal issue (impact.issue): which issue is central, and why is the approach needed?',
    },
    aim: {
      nl: 'Bij de beoogde impact staat niet wat de aanpak beoogt (`impact.aim`): wil je het probleem voorkomen (`prevent`), verzachten (`mitigate`) of verminderen (`reduce`)?',
      en: 'The intended impact does not say what the approach aims for (impact.aim): do you want to prevent, mitigate or reduce the problem?',
    },
  },
  check(ctx) {
    const impact = nodeAt(ctx.doc, ['impact']);
    // `impact: tekst` is SP002's alone (SPEC §6.5); an absent `impact` gives both (SPEC §6.5).
    if (impact && impact.kind !== 'map' && ctx.rejected(['impact'])) return;
    for (const key of ['issue', 'aim'] as const) {
      const path = ['impact', key];
      if (present(nodeAt(ctx.doc, path)) || ctx.rejected(path)) continue;
      ctx.report({
        messageId: key,
        target: pairAt(ctx.doc, path) ? { at: path } : { missing: path },
        item: `impact/${key}`,
        fix: { key },
      });
    }
  },
};
