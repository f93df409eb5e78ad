/**
 * The five sheets (issue 14, SPEC §6.6) as markup: which tile is on which
 * sheet, what each sheet's head names (plan, date, revision — only what the
 * face passes in), the overall canvas (the team's assessment beside what the
 * checks find, the action list with the findings no action answers, the
 * learning agenda, the evidence) and the canvas 1.1 fields on the part
 * sheets. Printing (one A3 page per sheet) is test/browser/sheets.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../server/src/model/types';
import { INGREDIENTS, PITFALLS, ROUTES, TOC_LINKS } from '../server/src/model/canvas';
import { renderCanvas, renderStandalone } from '../server/src/preview/render';
import { all, analysed, byItem, fixture, hasClass, one, parseHtml, textOf, type El } from './render-helpers';

const plan = fixture('sheets.scaling.yaml');
/** The text as a reader sees it: element boundaries are spaces. */
const spaced = (e: El | string): string => (typeof e === 'string' ? e : e.children.map(spaced).join(' '));
const flat = (e: El): string => spaced(e).replace(/\s+/g, ' ').replace(/ ([,.:;)]) ?/g, '$1 ').replace(/\( /g, '(').replace(/\s+/g, ' ').trim();
const render = (lang: 'nl' | 'en' = 'en', meta = { date: '2026-12-01', revision: 'abc1234' }): El => parseHtml(renderCanvas(analysed(plan, lang), { lang, ...meta }).body);
const sheets = (root: El): El[] => all(root, hasClass('sheet'));
const sheetOf = (root: El, item: string): number => {
  const t = one(root, byItem(item), item);
  for (let p = t.parent; p; p = p.parent) if (hasClass('sheet')(p)) return Number(p.attrs['data-sheet']);
  return 0;
};

describe('five sheets', () => {
  const root = render();

  it('are the overall canvas and one sheet per part, in order, each with its title', () => {
    const s = sheets(root);
    expect(s.map((x) => x.attrs['data-sheet'])).toEqual(['1', '2', '3', '4', '5']);
    expect(s.map((x) => flat(one(x, hasClass('sheet-title'))))).toEqual(['The overall canvas', 'Part 1 Intended impact', 'Part 2 Scaling routes', 'Part 3 Ingredients', 'Part 4 Pitfalls']);
    expect(s.map((x) => flat(one(x, hasClass('sheet-no'))))).toEqual(['Sheet 1 of 5', 'Sheet 2 of 5', 'Sheet 3 of 5', 'Sheet 4 of 5', 'Sheet 5 of 5']);
    const nl = sheets(render('nl')).map((x) => flat(one(x, hasClass('sheet-title'))));
    expect(nl).toEqual(['Het overkoepelende canvas', 'Onderdeel 1 Beoogde impact', 'Onderdeel 2 Opschalingsroutes', 'Onderdeel 3 Benodigde ingrediënten', 'Onderdeel 4 Valkuilen']);
  });

  it('each name the plan, the date and the revision they show', () => {
    for (const s of sheets(root)) expect(flat(one(s, hasClass('sheet-meta')))).toBe('Buurtcoach Zuid · Date 2026-12-01 · Revision abc1234');
    const dirty = sheets(render('nl', { date: '2026-12-01', revision: 'abc1234', dirty: true } as never))[3]!;
    expect(flat(one(dirty, hasClass('sheet-meta')))).toBe('Buurtcoach Zuid · Datum 2026-12-01 · Revisie abc1234 (gewijzigd sinds deze revisie)');
  });

  it('show no date or revision the face did not give (the renderer reads no clock, runs no git)', () => {
    const bare = parseHtml(renderCanvas(analysed(plan), { lang: 'en' }).body);
    for (const s of sheets(bare)) expect(flat(one(s, hasClass('sheet-meta')))).toBe('Buurtcoach Zuid');
    expect(renderCanvas(analysed(plan), { lang: 'en' }).body).toBe(renderCanvas(analysed(plan), { lang: 'en' }).body);
  });

  it('put every tile on the sheet of its part', () => {
    for (const i of INGREDIENTS) expect(sheetOf(root, `ingredients/${i}`), i).toBe(4);
    for (const r of ROUTES) expect(sheetOf(root, `routes/${r}`), r).toBe(3);
    for (const p of PITFALLS) expect(sheetOf(root, `pitfalls/${p}`), p).toBe(5);
    for (const l of TOC_LINKS) expect(sheetOf(root, `impact/theory-of-change/${l}`), l).toBe(2);
    expect(sheetOf(root, 'partners/welzijn')).toBe(5);
    for (const item of ['pilot', 'pilot/drivers', 'strategy', 'floor', 'evidence/0', 'actions/a1', 'learning-agenda/0', '']) expect(sheetOf(root, item), item).toBe(1);
  });
});

describe('sheet 1, the overall canvas', () => {
  const root = render();
  const card = (part: string): string => flat(one(root, (e) => hasClass('part-card')(e) && e.attrs['data-item'] === part));

  it('sets the team’s own assessment beside what the checks find, per part', () => {
    expect(card('impact')).toBe('Part 1 Intended impact Team assessment ✓ sufficient What the checks find 5 of 5 links of the theory of change no findings');
    expect(card('ingredients')).toBe('Part 3 Ingredients Team assessment ✗ insufficient What the checks find 7 of 8 ingredients present: 5 sufficient, 2 partial, 0 insufficient, 0 unknown needs attention · 1 finding 1 warning');
    expect(card('pitfalls')).toMatch(/^Part 4 Pitfalls Team assessment not assessed What the checks find 1 of 4 pitfalls examined, 3 open needs attention · 2 findings 2 warning$/);
  });

  it('has the pilot with its drivers (embedded until when), the strategy, the floor and the evidence', () => {
    expect(flat(one(root, byItem('pilot/drivers')))).toContain('Projectleider (Gemeente Zuid) ! not embedded (“on the side”) until 2025-06-30');
    expect(flat(one(root, byItem('pilot')))).toMatch(/Owner Welzijn Zuid Stage running Period 2024-01-01 – 2025-12-31/);
    expect(flat(one(root, byItem('evidence/0')))).toBe('Twee derde van de bezochte ouderen voelt zich minder alleen monitoring · Kwartaalrapportage · 2024-10-01');
    expect(flat(one(root, byItem('strategy')))).toContain('growth');
  });

  it('has the action list (owner, due, status) and the open findings no action answers', () => {
    expect(flat(one(root, byItem('actions/a1')))).toBe('a1 Functieprofiel buurtcoach Welzijn Zuid 2025-03-01 doing');
    expect(flat(one(root, byItem('actions/a2')))).toBe('a2 Wmo-bekostiging afspreken Gemeente Zuid 2025-09-01 open');
    const box = one(root, hasClass('unactioned-box'));
    expect(all(box, hasClass('unactioned')).map((li) => flat(li).split(' ').slice(0, 2).join(' '))).toEqual([
      'warning SP404', 'warning SP501', 'warning SP504', 'info SP207', 'warning SP301', 'warning SP401', 'info SP408',
    ]);
    expect(flat(one(box, (e) => e.tag === 'h3'))).toBe('Open findings without an action (7)');
  });

  it('leaves out of that list what an action already answers, and what is about an action', () => {
    const base = analysed(plan);
    const diag = (item: string, code: string): Diagnostic => ({ code, rule: 't', severity: 'warning', message: `m ${code}`, item, docUrl: '', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } } });
    const diagnostics = [diag('ingredients/financing', 'T1'), diag('ingredients/financing/funders/0', 'T2'), diag('partners/welzijn', 'T3'), diag('actions/a1', 'T4'), diag('routes/out', 'T5'), diag('learning-agenda/0', 'T6'), diag('learning-agenda/1', 'T7')];
    const r = parseHtml(renderCanvas({ ...base, diagnostics }, { lang: 'en' }).body);
    expect(all(one(r, hasClass('unactioned-box')), (e) => e.tag === 'span' && hasClass('code')(e)).map(textOf)).toEqual(['T3', 'T5', 'T7']);
  });

  it('has the learning agenda: question, level, status, owner, reviewed, actions', () => {
    expect(flat(one(root, byItem('learning-agenda/0')))).toBe('Hoe kan ik ouderen bereiken, terwijl ze niet zelf om hulp vragen? operational open Welzijn Zuid reviewed 2025-05-01 Actions: a1');
    expect(flat(one(render('nl'), byItem('learning-agenda/1')))).toBe('Hoe houden we de coach, terwijl de subsidie stopt? strategisch beantwoord');
  });
});

describe('the part sheets show the canvas 1.1 fields', () => {
  const root = render();
  it('routes: owner, phasing, ambition, actions', () => {
    expect(flat(one(root, byItem('routes/in')))).toBe('In (embed) ✓ pursued Owner: Welzijn Zuid Ambition De buurtcoach wordt een vaste functie. Actions a1 · Functieprofiel buurtcoach doing');
    expect(flat(one(root, byItem('routes/out')))).toContain('after: In');
  });
  it('funders: kind, scheme, until and status', () => {
    expect(flat(one(root, byItem('ingredients/financing/funders/0')))).toBe('Gemeente Zuid · structural · Wmo · exploring');
  });
});

describe('the standalone page', () => {
  it('has no scripts and the sheets in print order', () => {
    const html = renderStandalone(analysed(plan, 'nl'), { lang: 'nl', date: '2026-12-01' });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('@page { size: A3 landscape');
    expect(html).toContain('.sheet { break-after: page;');
    expect(sheets(parseHtml(html))).toHaveLength(5);
  });
});
