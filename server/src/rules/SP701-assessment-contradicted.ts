import type { Localized } from '../model/types.js';
import type { Rule } from './types.js';

/** The four parts of the canvas and the rule family that judges each (SPEC §6.4). */
const PARTS: Record<string, { family: string; term: Localized }> = {
  impact: { family: '1', term: { nl: 'beoogde impact', en: 'intended impact' } },
  routes: { family: '2', term: { nl: 'opschalingsroutes', en: 'scaling routes' } },
  ingredients: { family: '3', term: { nl: 'benodigde ingrediënten', en: 'ingredients' } },
  pitfalls: { family: '4', term: { nl: 'valkuilen', en: 'pitfalls' } },
};

/**
 * SP701: the team's own status of a part (`assessment`, the overall canvas)
 * is `sufficient`, yet that part has findings of severity warning or error —
 * as the user sees them: after the stage (SPEC §6.3), `.scalingrc.yaml` and
 * suppression comments. A post-pass rule (`phase: 'after'`): it reads the
 * other rules' final findings from `ctx.findings`.
 *
 * One per contradicted part, at the part's key under `assessment`. A part
 * belongs to a rule family by the code's first digit (impact SP1xx, routes
 * SP2xx, ingredients SP3xx, pitfalls SP4xx), so rules added to a family
 * later count without a change here. The message names how many findings
 * and which codes.
 */
export const rule: Rule = {
  code: 'SP701',
  name: 'assessment-contradicted',
  severity: 'info',
  scope: 'plan',
  phase: 'after',
  description: {
    nl: 'De eigen status van een onderdeel (assessment) is ‘voldoende’, terwijl er voor dat onderdeel nog waarschuwingen of fouten zijn.',
    en: "The team's own status of a part (assessment) is 'sufficient' while that part still has warnings or errors.",
  },
  messages: {
    contradicted: {
      nl: 'Je duidt de status van ‘{part}’ als ‘voldoende’ (`sufficient`), maar bij dat onderdeel staan nog waarschuwingen of fouten: {codes} ({count} in totaal). Los die op of stel de status bij (`assessment.{key}`).',
      en: "You mark '{part}' as sufficient, but that part still has warnings or errors: {codes} ({count} in all). Resolve them or adjust the status (`assessment.{key}`).",
    },
  },
  check(ctx) {
    for (const [part, { value, pair }] of ctx.facts.assessment) {
      const known = PARTS[part];
      if (!known || value !== 'sufficient' || ctx.rejected(['assessment', part])) continue;
      const against = ctx.findings.filter((d) => /^SP\d{3}$/.test(d.code) && d.code[2] === known.family
        && (d.severity === 'warning' || d.severity === 'error'));
      if (against.length === 0) continue;
      const codes = [...new Set(against.map((d) => d.code))].sort().join(', ');
      ctx.report({
        messageId: 'contradicted',
        data: { part: known.term, count: against.length, codes, key: part },
        target: { key: pair },
        item: `assessment/${part}`,
        fix: { part },
      });
    }
  },
};
