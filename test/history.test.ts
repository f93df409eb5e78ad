/**
 * `scaling-plan history` against a throwaway repository with a rename, a
 * branch merged back (the merge changed the plan: it gets its own row), and
 * a deleted plan. JSON deep-equal with hashes from git and readiness from
 * the engine on the text we committed; text and Markdown as exact strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readinessCells } from '../server/src/git/format.js';
import { formatHistory, planHistory, type HistoryRow } from '../server/src/git/readiness.js';
import { analyse } from '../server/src/lint.js';
import { cleanup, cli, ensureBuilt, gitEnv, makeRepo, merge, planText, tmpBase, V1, V2, type PlanVersion, type Repo } from './git-helpers.js';

let base: string;
let repo: Repo;
const OTHER = 'scaling-plan: 1\npilot:\n  name: Buurtkamer\n';
const PRIVACY: PlanVersion = { ...V2, privacy: 'sufficient' };
const OUT: PlanVersion = { ...V2, routeOut: true };
const MERGED: PlanVersion = { ...V2, routeOut: true, privacy: 'sufficient' };
const h: Record<string, string> = {};

beforeAll(() => {
  ensureBuilt();
  base = tmpBase('scaling-history-');
  repo = makeRepo(base, 'team');
  repo.write('plans/wijk.scaling.yaml', planText(V1));
  repo.write('plans/oud.scaling.yaml', OTHER);
  h['first'] = repo.commit('Eerste versie van het plan', '2025-01-10T09:00:00+01:00', '.');
  repo.write('plans/wijk.scaling.yaml', planText(V2));
  h['financing'] = repo.commit('Financiering verbeterd, gemeente erbij', '2025-02-01T09:00:00+01:00', '.');
  repo.git('mv', 'plans/wijk.scaling.yaml', 'plans/oost.scaling.yaml');
  h['rename'] = repo.commit('Plan hernoemd', '2025-03-01T09:00:00+01:00');
  repo.git('checkout', '-q', '-b', 'zijtak');
  repo.write('plans/oost.scaling.yaml', planText(PRIVACY));
  h['privacy'] = repo.commit('Privacy uitgewerkt', '2025-03-05T09:00:00+01:00', '.');
  repo.git('checkout', '-q', 'main');
  repo.write('plans/oost.scaling.yaml', planText(OUT));
  h['out'] = repo.commit('Route uit erbij', '2025-03-10T09:00:00+01:00', '.');
  h['merge'] = merge(repo, 'zijtak', '2025-03-15T09:00:00+01:00', 'Zijtak samengevoegd');
  repo.git('rm', '-q', 'plans/oud.scaling.yaml');
  h['delete'] = repo.commit('Oud plan verwijderd', '2025-03-20T09:00:00+01:00');
});
afterAll(() => cleanup(base));

const readiness = (v: PlanVersion | string) => analyse(typeof v === 'string' ? v : planText(v), { lang: 'en' }).readiness;

function row(key: string, subject: string, date: string, change: HistoryRow['change'], path: string, previousPath: string | null, v: PlanVersion | string | null): HistoryRow {
  const r = v === null ? null : readiness(v);
  return { commit: h[key]!, date, author: 'Anne de Vries', subject, change, path, previousPath, readiness: r, summary: readinessCells(r, 'en') };
}

const oost = (): HistoryRow[] => [
  row('merge', 'Zijtak samengevoegd', '2025-03-15T09:00:00+01:00', 'merged', 'plans/oost.scaling.yaml', null, MERGED),
  row('out', 'Route uit erbij', '2025-03-10T09:00:00+01:00', 'modified', 'plans/oost.scaling.yaml', null, OUT),
  row('privacy', 'Privacy uitgewerkt', '2025-03-05T09:00:00+01:00', 'modified', 'plans/oost.scaling.yaml', null, PRIVACY),
  row('rename', 'Plan hernoemd', '2025-03-01T09:00:00+01:00', 'renamed', 'plans/oost.scaling.yaml', 'plans/wijk.scaling.yaml', V2),
  row('financing', 'Financiering verbeterd, gemeente erbij', '2025-02-01T09:00:00+01:00', 'modified', 'plans/wijk.scaling.yaml', null, V2),
  row('first', 'Eerste versie van het plan', '2025-01-10T09:00:00+01:00', 'added', 'plans/wijk.scaling.yaml', null, V1),
];

describe('history: JSON', () => {
  it('the merge combined both branches (sanity check of the fixture)', () => {
    expect(h['merge']).toMatch(/^[0-9a-f]{40}$/);
    expect(repo.git('show', `${h['merge']}:plans/oost.scaling.yaml`)).toBe(planText(MERGED));
  });

  it('one row per commit that touched the plan, newest first, through the merge and the rename', async () => {
    expect(await planHistory('plans/oost.scaling.yaml', { cwd: repo.dir, lang: 'en' })).toEqual({ version: 1, file: 'plans/oost.scaling.yaml', lang: 'en', commits: oost() });
  });

  it('a deleted plan: the deleting commit has no readiness', async () => {
    const history = await planHistory('plans/oud.scaling.yaml', { cwd: repo.dir, lang: 'en' });
    expect(history.commits).toEqual([
      row('delete', 'Oud plan verwijderd', '2025-03-20T09:00:00+01:00', 'deleted', 'plans/oud.scaling.yaml', null, null),
      row('first', 'Eerste versie van het plan', '2025-01-10T09:00:00+01:00', 'added', 'plans/oud.scaling.yaml', null, OTHER),
    ]);
  });

  it('the CLI prints the same, and --max-count keeps the newest', () => {
    const r = cli(['history', 'plans/oost.scaling.yaml', '-f', 'json', '-n', '2'], repo.dir, gitEnv(base));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ version: 1, file: 'plans/oost.scaling.yaml', lang: 'en', commits: oost().slice(0, 2) });
  });

  it('--max-count stops in the middle of following a rename', async () => {
    const history = await planHistory('plans/oost.scaling.yaml', { cwd: repo.dir, lang: 'en', limit: 5 });
    expect(history.commits).toEqual(oost().slice(0, 5));
  });

  it('a plan not committed yet has an empty history (exit 0); a plan that never existed is an error (exit 2)', () => {
    repo.write('plans/concept.scaling.yaml', OTHER);
    expect(cli(['history', 'plans/concept.scaling.yaml'], repo.dir, gitEnv(base))).toEqual({ code: 0, out: 'No commit has touched plans/concept.scaling.yaml yet.\n', err: '' });
    expect(cli(['history', 'plans/typo.scaling.yaml', '--lang', 'nl'], repo.dir, gitEnv(base))).toEqual({
      code: 2, out: '', err: 'scaling-plan history: het plan ‘plans/typo.scaling.yaml’ bestaat niet en staat in geen enkele commit.\n',
    });
  });

  it('a repository without commits: an empty history', () => {
    const empty = makeRepo(base, 'empty');
    empty.write('p.scaling.yaml', OTHER);
    expect(cli(['history', 'p.scaling.yaml', '-f', 'json'], empty.dir, gitEnv(base)).out).toBe(
      `${JSON.stringify({ version: 1, file: 'p.scaling.yaml', lang: 'en', commits: [] }, null, 2)}\n`);
  });
});

describe('history: text and Markdown', () => {
  const short = (k: string): string => h[k]!.slice(0, 7);

  it('text in Dutch: a line per commit, the readiness under it (exact)', () => {
    const r = cli(['history', 'plans/oud.scaling.yaml', '--lang', 'nl'], repo.dir, gitEnv(base));
    expect(r.code).toBe(0);
    expect(r.out).toBe([
      'Gereedheid van plans/oud.scaling.yaml per commit (2 commits, nieuwste eerst)',
      '',
      `${short('delete')}  2025-03-20  Anne de Vries  Oud plan verwijderd  [plan verwijderd]`,
      `${short('first')}  2025-01-10  Anne de Vries  Eerste versie van het plan  [plan toegevoegd]`,
      // The same rows as `diff` (SPEC §5: one summary).
      '         Verandertheorie    0 van 5 schakels',
      '         Opschalingsroutes  0 van 5',
      '         Ingrediënten       0 van 8',
      '         Valkuilen          0 van 4 onderzocht',
      '         Partners           0, 0 betrokken, 0 nodig maar nog niet betrokken',
      '         Acties             0',
      `         Meldingen          0 fouten, ${readiness(OTHER).diagnostics.warning} waarschuwingen, 2 meldingen ter info`,
      '',
    ].join('\n'));
  });

  it('markdown: one table row per commit (exact)', () => {
    const r = cli(['history', 'plans/oost.scaling.yaml', '--format', 'markdown', '-n', '4'], repo.dir, gitEnv(base));
    expect(r.code).toBe(0);
    expect(r.out).toBe([
      '### Readiness of `plans/oost.scaling.yaml` by commit (4 commits, newest first)',
      '',
      '| Commit | Date | Author | Subject | Theory of change | Scaling routes | Ingredients | Pitfalls | Partners | Actions | Findings |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      `| \`${short('merge')}\` | 2025-03-15 | Anne de Vries | Zijtak samengevoegd (merge) | 0 of 5 links | 2 of 5: in, out | 8 of 8: 7 sufficient, 1 partial | 1 of 4 examined | 2, 2 involved, 0 needed but not involved | 2: 2 open | 0 errors, 10 warnings, 6 info |`,
      `| \`${short('out')}\` | 2025-03-10 | Anne de Vries | Route uit erbij | 0 of 5 links | 2 of 5: in, out | 8 of 8: 6 sufficient, 1 partial, 1 unknown | 1 of 4 examined | 2, 2 involved, 0 needed but not involved | 2: 2 open | 0 errors, 11 warnings, 6 info |`,
      `| \`${short('privacy')}\` | 2025-03-05 | Anne de Vries | Privacy uitgewerkt | 0 of 5 links | 1 of 5: in | 8 of 8: 7 sufficient, 1 partial | 1 of 4 examined | 2, 2 involved, 0 needed but not involved | 2: 2 open | 0 errors, 9 warnings, 4 info |`,
      `| \`${short('rename')}\` | 2025-03-01 | Anne de Vries | Plan hernoemd (renamed from \`plans/wijk.scaling.yaml\`) | 0 of 5 links | 1 of 5: in | 8 of 8: 6 sufficient, 1 partial, 1 unknown | 1 of 4 examined | 2, 2 involved, 0 needed but not involved | 2: 2 open | 0 errors, 10 warnings, 4 info |`,
      '',
    ].join('\n'));
  });

  it('formatHistory escapes commit subjects and authors in Markdown', () => {
    const text = formatHistory({
      version: 1, file: 'p.scaling.yaml', lang: 'en',
      commits: [{ ...oost()[1]!, subject: 'Fix <img src=x onerror=alert(1)> | [x](javascript:alert(1)) @team', author: '*Eve*' }],
    }, 'markdown', 'en');
    expect(text.split('\n')[4]).toBe(
      `| \`${short('out')}\` | 2025-03-10 | \\*Eve\\* | Fix &lt;img src=x onerror=alert(1)&gt; \\| \\[x\\](javascript:alert(1)) \\@team | 0 of 5 links | 2 of 5: in, out | 8 of 8: 6 sufficient, 1 partial, 1 unknown | 1 of 4 examined | 2, 2 involved, 0 needed but not involved | 2: 2 open | 0 errors, 11 warnings, 6 info |`);
  });
});
