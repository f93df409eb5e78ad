/**
 * `scaling-plan diff` against a throwaway repository: a plan committed,
 * improved (financing, a municipality as partner), renamed, another plan
 * added and one deleted. JSON is compared whole; text and Markdown as exact
 * strings with the hashes taken from git and the messages from the engine
 * (their wording belongs to the rules, not to diff).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readinessCells } from '../server/src/git/format.js';
import { diffPlan, formatDiff } from '../server/src/git/readiness.js';
import { analyse, type Analysis } from '../server/src/lint.js';
import { cleanup, cli, ensureBuilt, gitEnv, makeRepo, planText, tmpBase, V1, V2, type Repo } from './git-helpers.js';

let base: string;
let repo: Repo;
const hashes: string[] = [];
const [a1, a2] = [analyse(planText(V1), { lang: 'en' }), analyse(planText(V2), { lang: 'en' })];
const OTHER = 'scaling-plan: 1\npilot:\n  name: Buurtkamer\n';
/** Unlike the team's plan, so git does not take it for a copy or rename of it. */
const NEW = [
  'scaling-plan: 1', 'pilot:', '  name: Taalcafé', 'routes:', '  up: { ambition: Taalcafé in de Wmo-verordening. }',
  'ingredients:', '  financing: { status: partial }', '  needs: {}',
  'pitfalls:', '  pilot-conditions:', '    - kind: enthusiasm', 'partners:', '  - { id: bieb, name: Bibliotheek }',
  'actions:', '  - { id: t1, title: Vrijwilligers werven }', '',
].join('\n');
const aNew = analyse(NEW, { lang: 'en' });

/** The findings of an analysis with this code and item, as diff reports them. */
function findings(a: Analysis, ...wanted: [string, string][]): unknown[] {
  return wanted.map(([code, item]) => {
    const d = a.diagnostics.find((x) => x.code === code && x.item === item);
    if (!d) throw new Error(`no ${code} on ${item}`);
    return { code, rule: d.rule, severity: d.severity, item, message: d.message, docUrl: d.docUrl, line: d.range.start.line + 1, column: d.range.start.character + 1 };
  });
}

beforeAll(() => {
  ensureBuilt();
  base = tmpBase('scaling-diff-');
  repo = makeRepo(base, 'team');
  repo.write('plans/wijk.scaling.yaml', planText(V1));
  repo.write('plans/oud.scaling.yaml', OTHER);
  hashes.push(repo.commit('Eerste versie van het plan', '2025-01-10T09:00:00+01:00', '.'));
  repo.write('plans/wijk.scaling.yaml', planText(V2));
  repo.write('plans/nieuw.scaling.yaml', NEW);
  hashes.push(repo.commit('Financiering verbeterd, gemeente erbij', '2025-02-01T09:00:00+01:00', '.'));
  repo.git('mv', 'plans/wijk.scaling.yaml', 'plans/oost.scaling.yaml');
  repo.git('rm', '-q', 'plans/oud.scaling.yaml');
  hashes.push(repo.commit('Plan hernoemd, oud plan weg', '2025-03-01T09:00:00+01:00'));
});
afterAll(() => cleanup(base));

const DIFF_V1_V2 = {
  ingredients: [{ key: 'financing', from: 'insufficient', to: 'sufficient', direction: 'improved', risk: { from: 'high', to: 'low' } }],
  routes: [],
  partners: [
    { key: 'welzijn', change: 'changed', label: 'Welzijn Oost', fields: [{ field: 'roles', from: ['owner', 'implementer'], to: ['owner', 'implementer', 'receiver'] }] },
    { key: 'gemeente-oost', change: 'added', label: 'Gemeente Oost', fields: [] },
  ],
  pilotConditions: [{ key: '0', change: 'changed', label: 'extra-funding', fields: [{ field: 'at-scale', from: null, to: 'De gemeente betaalt de uren uit de Wmo.' }] }],
  actions: [{ key: 'a2', change: 'added', label: 'Structurele financiering in de begroting', fields: [] }],
  // The canvas 1.1 lists (compareMore.ts): the structural funder with its fields, the ingredient's new action.
  funders: [{ key: 'gemeente-oost', change: 'added', label: null, fields: [{ field: 'kind', from: null, to: 'structural' }, { field: 'scheme', from: null, to: 'Wmo' }] }],
  drivers: [], floor: [], evidence: [], learningQuestions: [], assessment: [], pilot: [], parts: [],
  ingredientFields: [{ key: 'financing', change: 'changed', label: null, fields: [{ field: 'actions', from: null, to: ['a2'] }] }],
};

describe('diff: JSON', () => {
  it('follows the rename back, reports moved ingredient, new partner, resolved and new findings', async () => {
    const diff = await diffPlan('plans/oost.scaling.yaml', { cwd: repo.dir, from: 'HEAD~2', to: 'HEAD', lang: 'en' });
    expect(diff).toEqual({
      version: 1,
      file: 'plans/oost.scaling.yaml',
      lang: 'en',
      from: { rev: 'HEAD~2', commit: hashes[0], path: 'plans/wijk.scaling.yaml', present: true, readiness: a1.readiness, summary: readinessCells(a1.readiness, 'en') },
      to: { rev: 'HEAD', commit: hashes[2], path: 'plans/oost.scaling.yaml', present: true, readiness: a2.readiness, summary: readinessCells(a2.readiness, 'en') },
      ...DIFF_V1_V2,
      diagnostics: {
        // SP302 on privacy moved four lines down: the same finding, not resolved and new.
        resolved: findings(a1, ['SP302', 'ingredients/financing'], ['SP303', 'ingredients/financing'], ['SP403', 'pitfalls/pilot-conditions/0']),
        appeared: findings(a2, ['SP407', 'partners/gemeente-oost']),
      },
    });
    expect(a1.readiness.ingredients.insufficient).toBe(1);
    expect(a2.readiness.ingredients.insufficient).toBe(0);
  });

  it('the CLI prints the same JSON (run as a process, from a subfolder, path relative to it)', async () => {
    const r = cli(['diff', 'oost.scaling.yaml', '--from', hashes[0]!.slice(0, 10), '--to', 'main', '--format', 'json'], join(repo.dir, 'plans'), gitEnv(base));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const expected = await diffPlan('plans/oost.scaling.yaml', { cwd: repo.dir, from: hashes[0]!.slice(0, 10), to: 'main', lang: 'en' });
    // Every field of the diff as it is, plus the reader's words for each field change.
    expect(JSON.parse(r.out)).toMatchObject(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(r.out).partners[0].fields[0]).toEqual({ field: 'roles', from: ['owner', 'implementer'], to: ['owner', 'implementer', 'receiver'], name: 'roles', fromText: 'owner, implementer', toText: 'owner, implementer, receiver' });
    expect(r.out).toBe(formatDiff(expected, 'json', 'en'));
  });

  it('a plan absent at the older end: every ingredient up from missing, everything added, every finding new', async () => {
    const diff = await diffPlan('plans/nieuw.scaling.yaml', { cwd: repo.dir, from: 'HEAD~2', lang: 'en' });
    expect(diff.from).toEqual({ rev: 'HEAD~2', commit: hashes[0], path: 'plans/nieuw.scaling.yaml', present: false, readiness: null, summary: readinessCells(null, 'en') });
    expect(diff.to).toEqual({ rev: null, commit: null, path: 'plans/nieuw.scaling.yaml', present: true, readiness: aNew.readiness, summary: readinessCells(aNew.readiness, 'en') });
    expect(diff.ingredients).toEqual([
      { key: 'needs', from: 'missing', to: 'unknown', direction: 'improved', risk: { from: null, to: null } },
      { key: 'financing', from: 'missing', to: 'partial', direction: 'improved', risk: { from: null, to: null } },
    ]);
    expect([diff.routes, diff.partners, diff.pilotConditions, diff.actions]).toEqual([
      [{ key: 'up', change: 'added', label: null, fields: [] }],
      [{ key: 'bieb', change: 'added', label: 'Bibliotheek', fields: [] }],
      [{ key: '0', change: 'added', label: 'enthusiasm', fields: [] }],
      [{ key: 't1', change: 'added', label: 'Vrijwilligers werven', fields: [] }],
    ]);
    expect(diff.diagnostics.resolved).toEqual([]);
    expect(diff.diagnostics.appeared.map((d) => `${d.code} ${d.item} ${d.line}`)).toEqual(aNew.diagnostics.map((d) => `${d.code} ${d.item} ${d.range.start.line + 1}`));
  });

  it('a plan deleted since: everything dropped, every finding resolved', async () => {
    const diff = await diffPlan('plans/oud.scaling.yaml', { cwd: repo.dir, from: 'HEAD~1', to: 'HEAD', lang: 'en' });
    expect(diff.to).toEqual({ rev: 'HEAD', commit: hashes[2], path: 'plans/oud.scaling.yaml', present: false, readiness: null, summary: readinessCells(null, 'en') });
    expect(diff.from.present).toBe(true);
    expect(diff.diagnostics.appeared).toEqual([]);
    expect(diff.diagnostics.resolved).toHaveLength(analyse(OTHER, { lang: 'en' }).diagnostics.length);
  });
});

describe('diff: text and Markdown', () => {
  const msg = (a: Analysis, code: string, item: string): string => a.diagnostics.find((d) => d.code === code && d.item === item)!.message;

  it('text: the readiness side by side, then what moved (exact)', () => {
    const r = cli(['diff', 'plans/oost.scaling.yaml', '--from', 'HEAD~2', '--to', 'HEAD'], repo.dir, gitEnv(base));
    const [h0, h2] = [hashes[0]!.slice(0, 7), hashes[2]!.slice(0, 7)];
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe([
      `Readiness of plans/oost.scaling.yaml: HEAD~2 (${h0}) → HEAD (${h2})`,
      'Renamed: plans/wijk.scaling.yaml → plans/oost.scaling.yaml',
      '',
      `                  HEAD~2 (${h0})                                            HEAD (${h2})`,
      'Theory of change  0 of 5 links                                                0 of 5 links',
      'Scaling routes    1 of 5: in                                                  1 of 5: in',
      'Ingredients       8 of 8: 5 sufficient, 1 partial, 1 insufficient, 1 unknown  8 of 8: 6 sufficient, 1 partial, 1 unknown',
      'Pitfalls          0 of 4 examined                                             1 of 4 examined',
      'Partners          1, 1 involved, 0 needed but not involved                    2, 2 involved, 0 needed but not involved',
      'Actions           1: 1 open                                                   2: 2 open',
      'Findings          0 errors, 13 warnings, 3 info                               0 errors, 10 warnings, 4 info',
      '',
      'Ingredients',
      '  improved: financing insufficient → sufficient; risk high → low',
      '',
      'Ingredients: other fields',
      '  changed: financing (actions: ‘—’ → ‘a2’)',
      '',
      'Funders (ingredient financing)',
      '  added: gemeente-oost (kind ‘structural’, scheme ‘Wmo’)',
      '',
      'Partners',
      '  changed: Welzijn Oost (welzijn) (roles: ‘owner, implementer’ → ‘owner, implementer, receiver’)',
      '  added: Gemeente Oost (gemeente-oost)',
      '',
      'Pilot conditions (pitfall 3)',
      '  changed: condition 1: extra funding and support (at scale: ‘—’ → ‘De gemeente betaalt de uren uit de Wmo.’)',
      '',
      'Actions',
      '  added: a2: Structurele financiering in de begroting',
      '',
      'Findings resolved (3)',
      `  SP302  warning  ingredients/financing: ${msg(a1, 'SP302', 'ingredients/financing')}`,
      `  SP303  warning  ingredients/financing: ${msg(a1, 'SP303', 'ingredients/financing')}`,
      `  SP403  warning  pitfalls/pilot-conditions/0: ${msg(a1, 'SP403', 'pitfalls/pilot-conditions/0')}`,
      '',
      'New findings (1)',
      `  SP407  info  partners/gemeente-oost: ${msg(a2, 'SP407', 'partners/gemeente-oost')}`,
      '',
    ].join('\n'));
  });

  it('markdown in Dutch: a pull-request comment with codes linked to their pages (exact)', () => {
    const [n1, n2] = [analyse(planText(V1), { lang: 'nl' }), analyse(planText(V2), { lang: 'nl' })];
    const r = cli(['diff', 'plans/oost.scaling.yaml', '--from', 'HEAD~2', '--to', 'HEAD', '--format', 'markdown', '--lang', 'nl'], repo.dir, gitEnv(base));
    const [h0, h2] = [hashes[0]!.slice(0, 7), hashes[2]!.slice(0, 7)];
    const docs = 'https://github.com/scaling-plans/scaling-plan/blob/main/docs/rules/nl/'; // the Dutch rule pages, as the messages
    const md = (s: string): string => s.replace(/[\\`*_{}[\]<>|~!@#&]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
    expect(r.code).toBe(0);
    expect(r.out).toBe([
      '<!-- scaling-plan:diff -->',
      '### Gereedheid van `plans/oost.scaling.yaml`',
      '',
      `\`HEAD~2\` (\`${h0}\`) → \`HEAD\` (\`${h2}\`)`,
      '',
      'Hernoemd: `plans/wijk.scaling.yaml` → `plans/oost.scaling.yaml`',
      '',
      `| | \`HEAD~2\` (\`${h0}\`) | \`HEAD\` (\`${h2}\`) |`,
      '|---|---|---|',
      '| Verandertheorie | 0 van 5 schakels | 0 van 5 schakels |',
      '| Opschalingsroutes | 1 van 5: in | 1 van 5: in |',
      '| Ingrediënten | 8 van 8: 5 voldoende, 1 gedeeltelijk, 1 onvoldoende, 1 onbekend | **8 van 8: 6 voldoende, 1 gedeeltelijk, 1 onbekend** |',
      '| Valkuilen | 0 van 4 onderzocht | **1 van 4 onderzocht** |',
      '| Partners | 1, 1 betrokken, 0 nodig maar nog niet betrokken | **2, 2 betrokken, 0 nodig maar nog niet betrokken** |',
      '| Acties | 1: 1 open | **2: 2 open** |',
      '| Meldingen | 0 fouten, 13 waarschuwingen, 3 meldingen ter info | **0 fouten, 10 waarschuwingen, 4 meldingen ter info** |',
      '',
      '#### Ingrediënten',
      '',
      '- verbeterd: **financiering** onvoldoende → voldoende; risico hoog → laag',
      '',
      '#### Ingrediënten: overige velden',
      '',
      '- gewijzigd: **financiering** — acties ‘—’ → ‘a2’',
      '',
      '#### Financiers (ingrediënt financiering)',
      '',
      '- toegevoegd: **gemeente-oost** — soort ‘structureel’, regeling ‘Wmo’',
      '',
      '#### Partners',
      '',
      '- gewijzigd: **Welzijn Oost (welzijn)** — rollen ‘eigenaar, uitvoerder’ → ‘eigenaar, uitvoerder, ontvanger’',
      '- toegevoegd: **Gemeente Oost (gemeente-oost)**',
      '',
      '#### Pilotomstandigheden (valkuil 3)',
      '',
      '- gewijzigd: **omstandigheid 1: extra geld en ondersteuning** — bij opschaling ‘—’ → ‘De gemeente betaalt de uren uit de Wmo.’',
      '',
      '#### Acties',
      '',
      '- toegevoegd: **a2: Structurele financiering in de begroting**',
      '',
      '#### Opgeloste meldingen (3)',
      '',
      `- [SP302](${docs}SP302.md) waarschuwing \`ingredients/financing\`: ${md(msg(n1, 'SP302', 'ingredients/financing'))}`,
      `- [SP303](${docs}SP303.md) waarschuwing \`ingredients/financing\`: ${md(msg(n1, 'SP303', 'ingredients/financing'))}`,
      `- [SP403](${docs}SP403.md) waarschuwing \`pitfalls/pilot-conditions/0\`: ${md(msg(n1, 'SP403', 'pitfalls/pilot-conditions/0'))}`,
      '',
      '#### Nieuwe meldingen (1)',
      '',
      `- [SP407](${docs}SP407.md) info \`partners/gemeente-oost\`: ${md(msg(n2, 'SP407', 'partners/gemeente-oost'))}`,
      '',
    ].join('\n'));
  });

  it('nothing changed: the table and one plain sentence', () => {
    const r = cli(['diff', 'plans/oost.scaling.yaml'], repo.dir, gitEnv(base));
    expect(r.code).toBe(0);
    expect(r.out.endsWith('\n\nNo changes in the canvas or the findings.\n')).toBe(true);
    expect(r.out.split('\n')[0]).toBe(`Readiness of plans/oost.scaling.yaml: HEAD (${hashes[2]!.slice(0, 7)}) → working tree`);
  });
});

describe('diff: default HEAD against the working tree (the review case)', () => {
  it('commit a plan, improve its financing and add a municipality: moved ingredient, new partner, resolved findings', () => {
    const own = makeRepo(base, 'review');
    own.write('plan.scaling.yaml', planText(V1));
    own.commit('Plan', '2025-01-10T09:00:00+01:00', '.');
    own.write('plan.scaling.yaml', planText(V2));
    const r = cli(['diff', 'plan.scaling.yaml', '--format', 'json'], own.dir, gitEnv(base));
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.out) as Record<string, unknown>;
    expect(diff['to']).toMatchObject({ rev: null, commit: null, present: true });
    expect(diff).toMatchObject(DIFF_V1_V2);
    const resolved = (diff['diagnostics'] as { resolved: { code: string }[] }).resolved.map((d) => d.code);
    expect(resolved).toEqual(['SP302', 'SP303', 'SP403']);
  });

  it('a plan renamed in the working tree (git mv, not committed) is followed back to HEAD', async () => {
    const own = makeRepo(base, 'moved');
    own.write('a.scaling.yaml', planText(V1));
    own.commit('Plan', '2025-01-10T09:00:00+01:00', '.');
    own.git('mv', 'a.scaling.yaml', 'b.scaling.yaml');
    const diff = await diffPlan('b.scaling.yaml', { cwd: own.dir, lang: 'en' });
    expect([diff.from.path, diff.to.path, diff.from.present]).toEqual(['a.scaling.yaml', 'b.scaling.yaml', true]);
    expect(diff.diagnostics).toEqual({ resolved: [], appeared: [] });
  });
});
