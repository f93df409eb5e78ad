/**
 * History as a picture: `scaling-plan history --format html` on a throw-away
 * repository with three commits. The SVG is parsed: each series has one
 * point per commit, in commit order, with the counts the engine gives for
 * the text committed then; the page has no scripts and loads nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planHistory } from '../server/src/git/readiness.js';
import { historyBody } from '../server/src/preview/history.js';
import { analyse } from '../server/src/lint.js';
import { cleanup, cli, ensureBuilt, gitEnv, makeRepo, planText, tmpBase, V1, V2, type Repo } from './git-helpers.js';
import { all, hasClass, parseHtml, textOf, type El } from './render-helpers.js';

let base: string;
let repo: Repo;
const V3 = { ...V2, routeOut: true, privacy: 'sufficient' as const };
const texts = [planText(V1), planText(V2), planText(V3)];
const hashes: string[] = [];

beforeAll(() => {
  ensureBuilt();
  base = tmpBase('scaling-history-chart-');
  repo = makeRepo(base, 'team');
  const dates = ['2025-01-10T09:00:00+01:00', '2025-02-01T09:00:00+01:00', '2025-03-01T09:00:00+01:00'];
  const subjects = ['Eerste versie van het plan', 'Financiering verbeterd, gemeente erbij', 'Route uit <en> privacy'];
  texts.forEach((t, i) => {
    repo.write('plan.scaling.yaml', t);
    hashes.push(repo.commit(subjects[i]!, dates[i]!, '.'));
  });
});
afterAll(() => cleanup(base));

/** The points of one chart's series, in drawing order (oldest commit first). */
function points(root: El, chart: string, series: string): { commit: string; value: number }[] {
  const fig = all(root, (e) => e.tag === 'figure' && e.attrs['data-chart'] === chart)[0]!;
  return all(fig, (e) => e.tag === 'circle' && e.attrs['data-series'] === series).map((c) => ({ commit: c.attrs['data-commit']!, value: Number(c.attrs['data-value']) }));
}

describe('history --format html', () => {
  let page: string;
  let root: El;
  beforeAll(() => {
    const r = cli(['history', 'plan.scaling.yaml', '--format', 'html', '--lang', 'en'], repo.dir, gitEnv(base));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    page = r.out;
    root = parseHtml(page);
  });

  it('draws three points per series, one per commit, with the engine’s counts', () => {
    const readiness = texts.map((t) => analyse(t, { lang: 'en' }).readiness);
    const want = (get: (i: number) => number) => hashes.map((commit, i) => ({ commit, value: get(i) }));
    for (const s of ['sufficient', 'partial', 'insufficient', 'unknown', 'missing'] as const) {
      expect(points(root, 'ingredients', s), s).toEqual(want((i) => readiness[i]!.ingredients[s]));
    }
    for (const s of ['error', 'warning', 'info', 'hint'] as const) {
      expect(points(root, 'findings', s), s).toEqual(want((i) => readiness[i]!.diagnostics[s]));
    }
    expect(points(root, 'routes', 'pursued')).toEqual(want((i) => readiness[i]!.routes.pursued));
    // The counts really move over the three commits (else the test proves little).
    expect(points(root, 'routes', 'pursued').map((p) => p.value)).toEqual([1, 1, 2]);
    expect(points(root, 'ingredients', 'sufficient').map((p) => p.value)).toEqual([5, 6, 7]);
    expect(new Set(points(root, 'findings', 'warning').map((p) => p.value)).size).toBeGreaterThan(1);
  });

  it('puts later commits further right and higher counts higher up', () => {
    const fig = all(root, (e) => e.tag === 'figure' && e.attrs['data-chart'] === 'routes')[0]!;
    const cs = all(fig, (e) => e.tag === 'circle');
    const xs = cs.map((c) => Number(c.attrs['cx']));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    expect(Number(cs[2]!.attrs['cy'])).toBeLessThan(Number(cs[0]!.attrs['cy']));
  });

  it('lists each commit with its date, author and subject, newest first (as the text report)', () => {
    const rows = all(root, hasClass('commit'));
    expect(rows.map((r) => r.attrs['data-commit'])).toEqual([...hashes].reverse());
    expect(rows.map((r) => all(r, (e) => e.tag === 'td').map((td) => textOf(td).trim()))).toEqual([
      [hashes[2]!.slice(0, 7), '2025-03-01', 'Anne de Vries', 'Route uit <en> privacy'],
      [hashes[1]!.slice(0, 7), '2025-02-01', 'Anne de Vries', 'Financiering verbeterd, gemeente erbij'],
      [hashes[0]!.slice(0, 7), '2025-01-10', 'Anne de Vries', 'Eerste versie van het plan (added)'],
    ]);
  });

  it('is one self-contained page: no scripts, nothing loaded, the strict CSP', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).not.toMatch(/<script|<link|src=|href="http|<foreignObject|<image|<use/i);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    for (const e of all(root)) for (const name of Object.keys(e.attrs)) expect(name.startsWith('on'), name).toBe(false);
  });

  it('speaks Dutch', () => {
    const r = cli(['history', 'plan.scaling.yaml', '--format', 'html', '--lang', 'nl'], repo.dir, gitEnv(base));
    const nl = parseHtml(r.out);
    expect(all(nl, (e) => e.tag === 'h3').map(textOf)).toEqual(['Ingrediënten per status', 'Meldingen per ernst', 'Gekozen routes']);
    expect(textOf(nl)).toContain('Geschiedenis van de gereedheid');
    expect(textOf(nl)).toContain('onvoldoende');
  });
});

describe('the history view', () => {
  it('says so when no commit has touched the plan, and draws one point for one commit', async () => {
    const empty = parseHtml(historyBody({ file: 'p.scaling.yaml', commits: [] }, 'en'));
    expect(textOf(empty)).toContain('No commit has touched this plan yet.');
    const h = await planHistory('plan.scaling.yaml', { cwd: repo.dir, lang: 'en', limit: 1 });
    const one = parseHtml(historyBody(h, 'en'));
    expect(points(one, 'routes', 'pursued')).toEqual([{ commit: hashes[2], value: 2 }]);
  });

  it('leaves a gap where the plan was deleted', () => {
    const row = { commit: 'a'.repeat(40), date: '2025-04-01T00:00:00Z', author: 'A', subject: 'weg', change: 'deleted', path: 'p', readiness: null };
    const keep = { ...row, commit: 'b'.repeat(40), change: 'added', readiness: analyse(texts[0]!, { lang: 'en' }).readiness };
    const root = parseHtml(historyBody({ file: 'p', commits: [row, keep] }, 'en'));
    expect(points(root, 'routes', 'pursued')).toEqual([{ commit: 'b'.repeat(40), value: 1 }]);
    expect(all(root, hasClass('commit'))).toHaveLength(2);
  });
});
