/**
 * SP701 as a post-pass: it sees the findings as the user does (stage,
 * `.scalingrc.yaml`, suppressions), is itself configured and suppressed like
 * any rule, and SP007 still knows whether a suppression of SP701 was used.
 * Also the related location of SP404 in the engine, SARIF and JSON.
 */
import { describe, expect, it } from 'vitest';
import { json } from '../server/src/cli/formatters/json.js';
import { sarif } from '../server/src/cli/formatters/sarif.js';
import { analyse } from '../server/src/lint.js';

const PLAN = [
  'scaling-plan: 1', // 1
  'pilot:', // 2
  '  name: Buurtcoach', // 3
  '  drivers:', // 4
  '    - { name: Ketenregisseur gemeente, embedded: true }', // 5
  'impact:', // 6
  '  issue: Eenzaamheid onder ouderen', // 7
  '  aim: reduce', // 8
  'assessment:', // 9
  '  impact: sufficient', // 10
  '  ingredients: sufficient', // 11
  '',
].join('\n');

const at = (text: string, code: string, rules = {}) =>
  analyse(text, { lang: 'en', rules }).diagnostics.filter((d) => d.code === code).map((d) => ({ line: d.range.start.line + 1, severity: d.severity, message: d.message }));

describe('SP701 assessment-contradicted', () => {
  it('one per contradicted part, at its key under `assessment`, naming the codes', () => {
    expect(at(PLAN, 'SP701')).toEqual([
      { line: 10, severity: 'info', message: "You mark 'intended impact' as sufficient, but that part still has warnings or errors: SP101 (5 in all). Resolve them or adjust the status (`assessment.impact`)." },
      { line: 11, severity: 'info', message: "You mark 'ingredients' as sufficient, but that part still has warnings or errors: SP301 (8 in all). Resolve them or adjust the status (`assessment.ingredients`)." },
    ]);
  });

  it('reads severities after `.scalingrc.yaml`: a part rule set to info or off no longer contradicts', () => {
    expect(at(PLAN, 'SP701', { SP101: 'info', SP301: 'off' })).toEqual([]);
    expect(at(PLAN, 'SP701', { SP101: 'off' }).map((d) => d.line)).toEqual([11]);
  });

  it('is configured like any rule', () => {
    expect(at(PLAN, 'SP701', { SP701: 'warning' }).map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(at(PLAN, 'SP701', { SP701: 'off' })).toEqual([]);
  });

  it('a suppressed finding does not count; SP007 sees that suppression used', () => {
    const text = `# scaling-disable SP301 -- financiering volgt in de evaluatie\n${PLAN}`;
    expect(at(text, 'SP701').map((d) => d.line)).toEqual([11]); // only impact (line 10 + 1)
    expect(at(text, 'SP007')).toEqual([]);
  });

  it('can itself be suppressed, and SP007 then stays quiet (and fires when nothing is silenced)', () => {
    const lines = PLAN.split('\n');
    lines.splice(9, 0, '  # scaling-disable-next-line SP701 -- we kennen de verandertheorie, hij staat in het projectplan');
    const text = lines.join('\n');
    expect(at(text, 'SP701').map((d) => d.line)).toEqual([12]);
    expect(at(text, 'SP007')).toEqual([]);
    const a = analyse(text, { lang: 'en' });
    expect(a.suppressed.filter((s) => s.diagnostic.code === 'SP701').map((s) => s.justification)).toEqual(['we kennen de verandertheorie, hij staat in het projectplan']);
    const unused = text.replace('  impact: sufficient', '  impact: partial');
    expect(at(unused, 'SP007').map((d) => d.line)).toEqual([10]);
  });

  it('stays quiet at stage design (the part rules report info there)', () => {
    expect(at(PLAN.replace('  name: Buurtcoach', '  name: Buurtcoach\n  stage: design'), 'SP701')).toEqual([]);
  });
});

describe('related locations (SP404)', () => {
  const text = [
    'scaling-plan: 1',
    'pilot:',
    '  name: Buurtcoach',
    'partners:',
    '  - { id: gemeente, name: Gemeente, type: municipality }',
    'ingredients:',
    '  financing:',
    '    funders:',
    '      - partner: gemeente', // 9: the evidence
    '        kind: temporary',
    'pitfalls:',
    '  pilot-conditions:', // 12: where the declaration belongs
    '    - { kind: enthusiasm, at-scale: Vroeg meenemen }',
    '',
  ].join('\n');

  it('points at the temporary funder and relates pitfalls.pilot-conditions', () => {
    const d = analyse(text, { lang: 'nl' }).diagnostics.find((x) => x.code === 'SP404')!;
    expect(d.range.start).toEqual({ line: 8, character: 8 });
    expect(d.related).toEqual([{
      range: { start: { line: 11, character: 2 }, end: { line: 11, character: 18 } },
      message: 'Hier hoort de omstandigheid bij valkuil ‘niet-schaalbare pilotomstandigheden’ (`pitfalls.pilot-conditions`).',
    }]);
  });

  it('relates `pitfalls`, else line 1, when pilot-conditions is absent', () => {
    const noConditions = text.split('\n').slice(0, 11).concat(['  coherence: { components: [a, b] }', '']).join('\n');
    expect(analyse(noConditions, { lang: 'en' }).diagnostics.find((x) => x.code === 'SP404')!.related![0]!.range.start).toEqual({ line: 10, character: 0 });
    const noPitfalls = text.split('\n').slice(0, 10).join('\n');
    expect(analyse(noPitfalls, { lang: 'en' }).diagnostics.find((x) => x.code === 'SP404')!.related![0]!.range.start).toEqual({ line: 0, character: 0 });
  });

  it('goes to SARIF relatedLocations and to JSON as an extra `related` field', () => {
    const diagnostics = analyse(text, { lang: 'en' }).diagnostics.filter((x) => x.code === 'SP404');
    const results = [{ file: 'plans/a.scaling.yaml', diagnostics }];
    const run = JSON.parse(sarif(results, { lang: 'en', color: false, version: '0.0.0' })).runs[0];
    expect(run.results[0].relatedLocations).toEqual([{
      id: 1,
      message: { text: "The condition belongs here, under pitfall 'pilot-only conditions' (pitfalls.pilot-conditions)." },
      physicalLocation: { artifactLocation: { uri: 'plans/a.scaling.yaml' }, region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 19 } },
    }]);
    const [file] = JSON.parse(json(results));
    expect(file.diagnostics[0].related).toEqual([{
      message: "The condition belongs here, under pitfall 'pilot-only conditions' (pitfalls.pilot-conditions).",
      line: 12, column: 3, endLine: 12, endColumn: 19,
    }]);
  });
});

describe('readiness summary: the 1.1 items (SPEC §5)', () => {
  it('counts evidence, learning questions by status and level, the assessment and embedded drivers', () => {
    const text = [
      'scaling-plan: 1',
      'pilot:',
      '  name: Geweld hoort nergens thuis',
      '  period: { start: 2024-01-01, end: 2025-12-31 }',
      '  drivers:',
      '    - { name: Ketenregisseur, embedded: true, until: 2026-12-31 }',
      '    - { name: Kwartiermaker, embedded: true, until: 2025-06-30 }',
      '    - { name: Aandachtsfunctionaris }',
      'evidence:',
      '  - { claim: Start hulpverlening van 120 naar 33 werkdagen, kind: monitoring }',
      '  - { claim: Lerende evaluatie, kind: evaluation }',
      '  - { claim: Professionals zien minder herhaling }',
      'learning-agenda:',
      '  - { question: Hoe kan ik …, terwijl …?, level: network }',
      '  - { question: Hoe kan ik …, terwijl …?, level: operational, status: answered }',
      '  - { question: Hoe kan ik …, terwijl …?, status: dropped }',
      '  - { question: Hoe kan ik …, terwijl …?, level: network }',
      'assessment:',
      '  impact: partial',
      '  routes: voldoende',
      '',
    ].join('\n');
    const r = analyse(text, { lang: 'en' }).readiness;
    expect(r.evidence).toEqual({ total: 3, byKind: { monitoring: 1, evaluation: 1, study: 0, experience: 0 } });
    expect(r.learningAgenda).toEqual({ total: 4, open: 2, answered: 1, dropped: 1, levels: ['operational', 'network'], withoutLevel: 1 });
    expect(r.assessment).toEqual({ impact: 'partial', routes: null, ingredients: null, pitfalls: null });
    expect(r.drivers).toEqual({ total: 3, embedded: 1, notEmbedded: 2 });
    expect(r.routes.pursued).toBe(0); // the existing fields stay
  });
});
