/**
 * A complete `diff` (issue 15): every field change of a canvas item is
 * listed — funders, drivers, floor, evidence, learning questions,
 * assessment, routes, partners, ingredients — in the reader's language for
 * keys and values alike; `history` rows are `diff`'s rows. Throw-away
 * repositories, the built command as a process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, cli, ensureBuilt, gitEnv, makeRepo, tmpBase, type Repo } from './git-helpers.js';

const BASE_PLAN = `scaling-plan: 1
pilot:
  name: Wijkcoach Oost
  stage: running
  period: { start: 2024-01-01, end: 2025-12-31 }
  drivers:
    - name: Projectleider wijkteam
      partner: welzijn
      embedded: false
routes:
  in:
    ambition: De wijkcoach wordt een vaste functie.
    actions: [a1]
ingredients:
  financing:
    status: partial
    funders:
      - partner: welzijn
        kind: temporary
        scheme: subsidie
        until: 2025-06-30
partners:
  - id: welzijn
    name: Welzijn Oost
    involvement: not-yet
  - id: gemeente
    name: Gemeente Oost
    type: municipality
learning-agenda:
  - question: Hoe kan ik de coach vast aanstellen, terwijl het budget tijdelijk is?
    level: tactical
assessment:
  ingredients: unknown
actions:
  - id: a1
    title: Functieprofiel opstellen
`;

const HEAD_PLAN = BASE_PLAN
  .replace('      embedded: false', '      embedded: true\n      until: 2026-12-31')
  .replace('        until: 2025-06-30', '        until: 2025-12-31\n      - partner: gemeente\n        kind: structural\n        scheme: Wmo\n        status: expected')
  .replace('    involvement: not-yet', '    involvement: planned')
  .replace('    actions: [a1]\ningredients', '    owner: gemeente\n    actions: [a1]\ningredients')
  .replace('    level: tactical', '    level: tactical\n    status: answered')
  .replace('  ingredients: unknown', '  ingredients: partial')
  .replace('actions:\n  - id: a1', 'floor:\n  core-elements: [één plan per gezin]\n  indicators: [aantal plannen]\nevidence:\n  - claim: Start hulp van 120 naar 33 werkdagen\n    kind: monitoring\nactions:\n  - id: a1');

let base: string;
let repo: Repo;
let baseSha: string;
let headSha: string;
beforeAll(() => {
  ensureBuilt();
  base = tmpBase('scaling-diff-fields-');
  repo = makeRepo(base, 'repo');
  repo.write('plan.scaling.yaml', BASE_PLAN);
  baseSha = repo.commit('Eerste versie', '2025-01-10T09:00:00+01:00', 'plan.scaling.yaml');
  repo.write('plan.scaling.yaml', HEAD_PLAN);
  headSha = repo.commit('Financiering en ondergrens', '2025-02-10T09:00:00+01:00', 'plan.scaling.yaml');
});
afterAll(() => cleanup(base));

interface Change { key: string; change: string; fields: { field: string; from: unknown; to: unknown; name: string; fromText: string; toText: string }[] }
const diffJson = (lang: string): Record<string, unknown> => {
  const r = cli(['diff', 'plan.scaling.yaml', '--from', baseSha, '--to', headSha, '--format', 'json', '--lang', lang], repo.dir, gitEnv(base));
  expect(r.err).toBe('');
  return JSON.parse(r.out) as Record<string, unknown>;
};

describe('diff --format json lists every field change', () => {
  it('funder added and until moved, driver embedded, floor and evidence added, question answered, assessment, route owner, involvement', () => {
    const d = diffJson('en');
    const funders = d['funders'] as Change[];
    expect(funders.map((c) => [c.key, c.change])).toEqual([['welzijn', 'changed'], ['gemeente', 'added']]);
    expect(funders[0]!.fields.map((f) => [f.field, f.from, f.to])).toEqual([['until', '2025-06-30', '2025-12-31']]);
    expect(funders[1]!.fields.map((f) => [f.field, f.to])).toEqual([['kind', 'structural'], ['scheme', 'Wmo'], ['status', 'expected']]);
    const drivers = d['drivers'] as Change[];
    expect(drivers.map((c) => [c.key, c.change, c.fields.map((f) => [f.field, f.from, f.to])])).toEqual([
      ['Projectleider wijkteam', 'changed', [['embedded', false, true], ['until', null, '2026-12-31']]],
    ]);
    expect((d['floor'] as Change[]).map((c) => [c.key, c.change])).toEqual([['één plan per gezin', 'added'], ['aantal plannen', 'added']]);
    expect((d['evidence'] as Change[]).map((c) => [c.key, c.change, c.fields.map((f) => f.to)])).toEqual([['Start hulp van 120 naar 33 werkdagen', 'added', ['monitoring']]]);
    expect((d['learningQuestions'] as Change[])[0]!.fields.map((f) => [f.field, f.from, f.to])).toEqual([['status', null, 'answered']]);
    expect((d['assessment'] as Change['fields']).map((f) => [f.field, f.from, f.to])).toEqual([['ingredients', 'unknown', 'partial']]);
    expect((d['routes'] as Change[]).map((c) => [c.key, c.fields.map((f) => [f.field, f.to])])).toEqual([['in', [['owner', 'gemeente']]]]);
    expect((d['partners'] as Change[]).map((c) => [c.key, c.fields.map((f) => [f.field, f.from, f.to])])).toEqual([['welzijn', [['involvement', 'not-yet', 'planned']]]]);
  });

  it('names fields and values in Dutch: betrokkenheid ‘nog niet betrokken’ → ‘gepland’', () => {
    const d = diffJson('nl');
    const partner = (d['partners'] as Change[])[0]!.fields[0]!;
    expect([partner.name, partner.fromText, partner.toText]).toEqual(['betrokkenheid', 'nog niet betrokken', 'gepland']);
    const embedded = (d['drivers'] as Change[])[0]!.fields[0]!;
    expect([embedded.name, embedded.fromText, embedded.toText]).toEqual(['ingebed', 'nee', 'ja']);
    const md = cli(['diff', 'plan.scaling.yaml', '--from', baseSha, '--to', headSha, '--format', 'markdown', '--lang', 'nl'], repo.dir, gitEnv(base)).out;
    expect(md).toContain('- gewijzigd: **Welzijn Oost (welzijn)** — betrokkenheid ‘nog niet betrokken’ → ‘gepland’');
    expect(md).toContain('- toegevoegd: **gemeente** — soort ‘structureel’, regeling ‘Wmo’, status ‘verwacht’');
    expect(md).toContain('- gewijzigd: **welzijn** — tot ‘2025-06-30’ → ‘2025-12-31’');
    expect(md).toContain('- gewijzigd: **Projectleider wijkteam (welzijn)** — ingebed ‘nee’ → ‘ja’; tot ‘—’ → ‘2026-12-31’');
    expect(md).toContain('- toegevoegd: **kernelement ‘één plan per gezin’**');
    expect(md).toContain('ingrediënten ‘onbekend’ → ‘gedeeltelijk’');
    expect(md).toContain('status ‘—’ → ‘beantwoord’');
    // The changes (not the rules' own messages below them) hold no English key or value.
    expect(md.split('#### Opgeloste meldingen')[0]).not.toMatch(/involvement|not-yet|embedded|`until`|structural|committed/);
  });
});

describe('history rows are diff rows', () => {
  it('each commit’s summary rows equal the rows diff prints for that commit', () => {
    const h = JSON.parse(cli(['history', 'plan.scaling.yaml', '--format', 'json', '--lang', 'nl'], repo.dir, gitEnv(base)).out) as { commits: { commit: string; summary: Record<string, string>; readiness: unknown }[] };
    const d = diffJson('nl') as { from: { summary: Record<string, string>; readiness: unknown }; to: { summary: Record<string, string>; readiness: unknown } };
    expect(h.commits.map((c) => c.commit)).toEqual([headSha, baseSha]);
    expect(h.commits[0]!.summary).toEqual(d.to.summary);
    expect(h.commits[1]!.summary).toEqual(d.from.summary);
    expect(h.commits[0]!.readiness).toEqual(d.to.readiness);
    expect(Object.keys(d.to.summary)).toEqual(['impact', 'routes', 'ingredients', 'pitfalls', 'partners', 'actions', 'findings']);
    // The text forms show the same rows too.
    const text = cli(['history', 'plan.scaling.yaml', '--lang', 'nl'], repo.dir, gitEnv(base)).out;
    for (const row of Object.values(d.to.summary)) expect(text).toContain(row);
  });
});
