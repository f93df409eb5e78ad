/**
 * The canvas renderer (server/src/preview): structure, statuses, where each
 * finding lands, line links, both languages, and tolerance of broken plans.
 * Checked through a small HTML reader, not snapshots of whole pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INGREDIENTS, PITFALLS, ROUTES, TOC_LINKS } from '../server/src/model/canvas';
import type { Diagnostic } from '../server/src/model/types';
import { renderCanvas, renderStandalone } from '../server/src/preview/render';
import { all, analysed, byItem, fixture, hasClass, one, ownFindings, parseHtml, textOf, type El } from './render-helpers';

const station = fixture('station.scaling.yaml');
const render = (text: string, lang: 'nl' | 'en' = 'en'): El => parseHtml(renderCanvas(analysed(text, lang), { lang }).body);
const tile = (root: El, item: string): El => one(root, byItem(item), `tile ${item}`);
/** 1-based line of the first line of `text` that starts with `prefix` (after indentation). */
const lineOf = (text: string, prefix: string, from = 0): number => {
  const lines = text.split('\n');
  const i = lines.findIndex((l, n) => n >= from && l.trimStart().startsWith(prefix));
  if (i < 0) throw new Error(`no line ${prefix}`);
  return i + 1;
};

describe('the canvas of a complete plan', () => {
  const root = render(station);

  it('has the overall canvas, then the four parts, each on a sheet of its own', () => {
    const sections = all(root, (e) => e.tag === 'section').map((s) => s.attrs['id']);
    expect(sections).toEqual(['sp-overview', 'sp-strategy', 'sp-floor', 'sp-evidence', 'sp-readiness', 'sp-actions', 'sp-learning-agenda', 'sp-impact', 'sp-routes', 'sp-ingredients', 'sp-pitfalls', 'sp-partners']);
    expect(textOf(one(root, (e) => e.tag === 'h1'))).toBe('Interventiemedewerker onbegrepen gedrag');
    const cards = all(root, hasClass('part-card'));
    expect(cards.map((c) => c.attrs['href'])).toEqual(['#sp-sheet-2', '#sp-sheet-3', '#sp-sheet-4', '#sp-sheet-5']);
  });

  it('draws the theory-of-change chain with indicators (baseline → target)', () => {
    for (const link of TOC_LINKS) tile(root, `impact/theory-of-change/${link}`);
    const outcome = tile(root, 'impact/theory-of-change/outcomes/0');
    expect(textOf(outcome)).toMatch(/E33-meldingen per maand\s+baseline 30 → target 15/);
    expect(textOf(tile(root, 'impact/issue'))).toContain('Mensen met onbegrepen gedrag rond stations');
  });

  it('shows the five routes, pursued or not, with their phasing', () => {
    for (const r of ROUTES) tile(root, `routes/${r}`);
    expect(hasClass('pursued')(tile(root, 'routes/in'))).toBe(true);
    expect(hasClass('not-pursued')(tile(root, 'routes/deep'))).toBe(true);
    expect(textOf(tile(root, 'routes/deep'))).toContain('not pursued');
    expect(textOf(tile(root, 'routes/up'))).toMatch(/after:\s*In, Out/);
    expect(textOf(one(root, hasClass('phasing'))).replace(/\s+/g, ' ')).toBe('Phasing: In → Out → Up');
    expect(textOf(tile(root, 'routes/in'))).toContain('a1 · Functieprofiel opstellen');
  });

  it('colours the eight ingredients by status, in words too, and marks high risk', () => {
    for (const i of INGREDIENTS) tile(root, `ingredients/${i}`);
    const financing = tile(root, 'ingredients/financing');
    expect(hasClass('status-insufficient')(financing)).toBe(true);
    expect(hasClass('risk-high')(financing)).toBe(true);
    expect(textOf(financing)).toContain('✗ insufficient');
    expect(textOf(financing)).toContain('risk: high');
    expect(textOf(financing)).toMatch(/Gemeente Utrecht · temporary · SPUK · until 2025-06-30/);
    expect(textOf(financing)).toContain('a5 · Structurele financiering regelen');
    expect(textOf(tile(root, 'ingredients/needs'))).toContain('✓ sufficient');
    const privacy = tile(root, 'ingredients/privacy');
    expect(hasClass('missing')(privacy)).toBe(true);
    expect(ownFindings(privacy).map((f) => f.code)).toEqual(['SP301']);
  });

  it('marks pitfalls examined or open as the readiness summary says', () => {
    const a = analysed(station);
    const examined = a.readiness.pitfalls.examinedKeys;
    for (const p of PITFALLS) {
      const t = tile(root, `pitfalls/${p}`);
      expect(hasClass(examined.includes(p) ? 'examined' : 'open')(t), p).toBe(true);
    }
    const first = tile(root, 'pitfalls/pilot-conditions/0');
    expect(textOf(first)).toMatch(/At scale\s*NS neemt de uren op/);
    expect(textOf(tile(root, 'pitfalls/pilot-conditions/1'))).toContain('no answer yet');
    expect(textOf(tile(root, 'pitfalls/coherence'))).toMatch(/training.*interventiemedewerker.*zorgnetwerk/s);
  });

  it('has the partners × routes matrix with involvement and friction', () => {
    const matrix = one(root, hasClass('matrix'));
    const head = all(matrix, (e) => e.tag === 'th' && e.attrs['scope'] === 'col').map((th) => textOf(th));
    expect(head).toEqual(['Partner', 'pilot', 'In', 'Out', 'Up', 'Deep', 'Beyond', 'Involvement', 'Expected friction']);
    const ggz = tile(root, 'partners/ggz-noord');
    expect(ggz.tag).toBe('tr');
    const cells = all(ggz, (e) => e.tag === 'td' && hasClass('cell')(e)).map((td) => hasClass('needed')(td));
    expect(cells).toEqual([true, false, true, false, false, false]);
    expect(textOf(ggz)).toContain('◐ planned');
    expect(textOf(ggz)).toContain('resistance');
  });

  it('has strategy, floor monitor, actions, learning agenda', () => {
    expect(textOf(tile(root, 'strategy'))).toMatch(/growth.*institutionalisation/s);
    expect(textOf(tile(root, 'floor'))).toMatch(/resources per case:\s*lower/);
    expect(textOf(tile(root, 'floor'))).toContain('één aanspreekpunt per station');
    const a1 = tile(root, 'actions/a1');
    expect(a1.attrs['id']).toBe('sp-actions-a1');
    expect(textOf(a1)).toMatch(/a1.*Functieprofiel opstellen.*NS.*2025-03-01.*doing/s);
    expect(textOf(tile(root, 'learning-agenda/1'))).toMatch(/structureel financieren.*strategic/s);
  });

  it('states the readiness summary exactly as analysis.readiness has it', () => {
    const r = analysed(station).readiness;
    const rows = all(one(root, hasClass('readiness-table')), (e) => e.tag === 'tr');
    const row = (part: string): string => all(rows.find((x) => x.attrs['data-part'] === part)!, (e) => e.tag === 'td').map(textOf).join(' ').replace(/\s+/g, ' ').trim();
    expect(row('impact')).toBe(`${r.impact.links} of 5 links of the theory of change`);
    expect(row('routes')).toBe(`${r.routes.pursued} of 5 routes pursued: In, Out, Up`);
    expect(row('ingredients')).toBe(`${r.ingredients.present} of 8 ingredients present: ${r.ingredients.sufficient} sufficient, ${r.ingredients.partial} partial, ${r.ingredients.insufficient} insufficient, ${r.ingredients.unknown} unknown, ${r.ingredients.missing} missing`);
    expect(row('pitfalls')).toBe(`${r.pitfalls.examined} of 4 pitfalls examined, ${r.pitfalls.open} open`);
    expect(row('partners')).toBe(`${r.partners.total} partners: ${r.partners.involved} involved, ${r.partners.neededNotInvolved} needed, not yet involved`);
    expect(row('actions')).toBe(`${r.actions.total} actions: ${r.actions.open} open, ${r.actions.doing} doing, ${r.actions.done} done`);
    const d = r.diagnostics;
    expect(row('diagnostics')).toBe(`${d.error + d.warning + d.info + d.hint} findings: ${d.error} error ${d.warning} warning ${d.info} info ${d.hint} hint`);
  });

  it('puts every diagnostic of the analysis on exactly one tile', () => {
    const a = analysed(station);
    const shown = all(root, hasClass('finding'));
    expect(shown).toHaveLength(a.diagnostics.length);
    expect(a.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('line links', () => {
  const root = render(station);
  it('gives every tile its 1-based first and last line', () => {
    const financing = tile(root, 'ingredients/financing');
    const start = lineOf(station, 'financing:');
    expect(Number(financing.attrs['data-start-line'])).toBe(start);
    expect(Number(financing.attrs['data-end-line'])).toBe(lineOf(station, 'actions: [a5]', start) );
    const a4 = tile(root, 'actions/a4');
    expect(Number(a4.attrs['data-start-line'])).toBe(lineOf(station, '- id: a4'));
    expect(Number(a4.attrs['data-end-line'])).toBe(lineOf(station, '- id: a4') + 2);
    expect(tile(root, 'impact/theory-of-change/inputs/1').attrs['data-start-line']).toBe(String(lineOf(station, '- Gemotiveerde NS-medewerkers')));
  });

  it('points a missing item at where it would go, and every tile has a unique id', () => {
    const privacy = tile(root, 'ingredients/privacy');
    expect(Number(privacy.attrs['data-start-line'])).toBe(lineOf(station, 'ingredients:'));
    const tiles = all(root, (e) => e.attrs['data-start-line'] !== undefined && !hasClass('part-card')(e));
    const ids = tiles.map((t) => t.attrs['id']);
    expect(ids.every((id) => id && /^sp-[A-Za-z0-9_-]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of tiles) expect(Number(t.attrs['data-end-line'])).toBeGreaterThanOrEqual(Number(t.attrs['data-start-line']));
  });
});

describe('findings land on the tile they concern', () => {
  const base = analysed(station);
  const diag = (item: string, code: string, message: string): Diagnostic => ({
    code, rule: 'test', severity: 'warning', message, item, docUrl: `https://example.org/${code}`,
    range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } },
  });
  const cases: [string, string][] = [
    ['ingredients/financing', 'ingredients/financing'],
    ['ingredients/financing/funders/0', 'ingredients/financing/funders/0'],
    ['routes/up', 'routes/up'],
    ['routes/deep', 'routes/deep'],
    ['partners/ggz-noord', 'partners/ggz-noord'],
    ['partners/1', 'partners/ggz-noord'],
    ['actions/a4', 'actions/a4'],
    ['pitfalls/pilot-conditions/1', 'pitfalls/pilot-conditions/1'],
    ['pitfalls/pilot-conditions/7', 'pitfalls/pilot-conditions'],
    ['pitfalls/limited-scope/wishes', 'pitfalls/limited-scope'],
    ['impact/theory-of-change/outcomes/1', 'impact/theory-of-change/outcomes/1'],
    ['impact/aim', 'impact/issue'],
    ['pilot/drivers/0', 'pilot/drivers'],
    ['scale', 'floor'],
    ['transferable', 'strategy'],
    ['learning-agenda/0', 'learning-agenda/0'],
    ['', ''],
    ['no-such-part/x', ''],
  ];
  const diagnostics = cases.map(([item], i) => diag(item, `T${String(i).padStart(3, '0')}`, `finding ${i}`));
  const root = parseHtml(renderCanvas({ ...base, diagnostics }, { lang: 'en' }).body);
  it.each(cases.map((c, i) => [...c, i] as const))('%s → tile %s', (_item, tileItem, i) => {
    const codes = ownFindings(tile(root, tileItem)).map((f) => f.code);
    expect(codes).toContain(`T${String(i).padStart(3, '0')}`);
  });
  it('shows severity in words and links the rule documentation', () => {
    const f = all(tile(root, 'routes/up'), hasClass('finding'))[0]!;
    expect(textOf(f)).toMatch(/^warning T\d{3} finding/);
    expect(one(f, (e) => e.tag === 'a').attrs['href']).toMatch(/^https:\/\/example\.org\/T/);
    expect(f.attrs['data-line']).toBe('4');
  });
  it('counts the findings of each part on the overview', () => {
    const card = one(root, (e) => hasClass('part-card')(e) && e.attrs['data-item'] === 'ingredients');
    expect(textOf(card)).toContain('needs attention · 2 findings');
  });
});

describe('Dutch and English', () => {
  it('uses the canvas terms of the chosen language', () => {
    const nl = render(station, 'nl');
    const en = render(station, 'en');
    expect(textOf(one(nl, byItem('ingredients/privacy')))).toContain('privacy en gegevensdeling');
    expect(textOf(one(en, byItem('ingredients/privacy')))).toContain('privacy');
    expect(textOf(one(nl, byItem('routes/out')))).toContain('Uit (uitbreiden in aantal en bereik)');
    expect(textOf(one(en, byItem('routes/out')))).toContain('Out (spread)');
    expect(textOf(one(nl, byItem('ingredients/financing')))).toContain('✗ onvoldoende');
    expect(textOf(one(nl, byItem('pitfalls/coherence')))).toContain('samenhang van onderdelen');
    expect(all(nl, (e) => e.tag === 'h2').map(textOf)).toContain('Onderdeel 3 Benodigde ingrediënten');
    expect(all(en, (e) => e.tag === 'h2').map(textOf)).toContain('Part 3 Ingredients');
    // The findings come in the analysis's language.
    expect(ownFindings(one(nl, byItem('ingredients/privacy')))[0]!.text).toMatch(/Ingrediënt ‘privacy en gegevensdeling’ \(`privacy`\) ontbreekt/);
  });

  it('sets the page language and title in the standalone file', () => {
    const html = renderStandalone(analysed(station, 'nl'), { lang: 'nl' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<title>Interventiemedewerker onbegrepen gedrag — Opschalingscanvas</title>');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('@page { size: A3 landscape');
    expect(html).not.toMatch(/<script|<link|src=/i);
    parseHtml(html);
  });
});

describe('tolerant of broken and partial plans', () => {
  const cases: [string, string][] = [
    ['minimal', fixture('minimal.scaling.yaml')],
    ['a list', fixture('not-a-plan.scaling.yaml')],
    ['empty', ''],
    ['a scalar', 'hello'],
    ['a syntax error', 'scaling-plan: 1\npilot:\n  name: [unclosed\n'],
    ['wrong types everywhere', 'scaling-plan: 1\npilot: 3\nimpact: [1]\nroutes: x\ningredients: { financing: [1], needs: 7 }\npitfalls: { pilot-conditions: { a: 1 } }\npartners: [1, {id: 2}]\nactions: x\nfloor: [1]\nstrategy: {a: 1}\nlearning-agenda: 5\n'],
    ['unknown enum values', 'scaling-plan: 1\npilot: { name: P, stage: flying }\ningredients: { value: { status: great, risk: huge } }\npartners: [{ id: p, name: P, involvement: maybe, friction: joy }]\n'],
    ['two documents', 'scaling-plan: 1\npilot: { name: A }\n---\npilot: { name: B }\n'],
  ];
  it.each(cases)('%s still renders every part', (_name, text) => {
    const a = analysed(text);
    const { body } = renderCanvas(a, { lang: 'en' });
    const root = parseHtml(body);
    for (const id of ['sp-overview', 'sp-impact', 'sp-routes', 'sp-ingredients', 'sp-pitfalls', 'sp-readiness']) {
      one(root, (e) => e.attrs['id'] === id, id);
    }
    for (const i of INGREDIENTS) one(root, byItem(`ingredients/${i}`));
    expect(all(root, hasClass('finding'))).toHaveLength(a.diagnostics.length);
  });

  it('says which parts are missing', () => {
    const root = render(fixture('minimal.scaling.yaml'));
    for (const part of ['impact', 'routes', 'ingredients', 'pitfalls']) {
      const section = one(root, (e) => e.tag === 'section' && e.attrs['data-item'] === part);
      expect(textOf(section)).toContain('This part is missing from the plan.');
      const card = one(root, (e) => hasClass('part-card')(e) && e.attrs['data-item'] === part);
      expect(textOf(card)).toContain('missing');
    }
  });

  it('shows file-level findings on the whole-plan tile', () => {
    const root = render(fixture('not-a-plan.scaling.yaml'));
    const whole = one(root, hasClass('whole-plan'));
    expect(ownFindings(whole).length).toBeGreaterThan(0);
    expect(textOf(root)).toContain('This file is not (yet) a readable plan');
  });

  it('renders a large plan whole', () => {
    const partners = Array.from({ length: 3000 }, (_, i) => `  - { id: p${i}, name: Partner ${i}, needed-for: [out], involvement: not-yet, actions: [a${i}] }`).join('\n');
    const actions = Array.from({ length: 3000 }, (_, i) => `  - { id: a${i}, title: Actie ${i}, owner: p${i} }`).join('\n');
    const a = analysed(`scaling-plan: 1\npilot: { name: Groot }\npartners:\n${partners}\nactions:\n${actions}\n`);
    // How fast is for `npm run bench`; here: every partner is there.
    const { body } = renderCanvas(a, { lang: 'en' });
    expect(body).toContain('sp-partners-p0');
    expect(body).toContain('sp-partners-p2999');
  });
});

describe('the example plans', () => {
  const dir = join(__dirname, '../examples');
  const examples = existsSync(dir) ? readdirSync(dir).filter((f) => /\.scaling\.ya?ml$/.test(f)).sort() : [];
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  const cases = examples.flatMap((f) => (['nl', 'en'] as const).map((lang) => [f, lang] as const));
  it.each(cases)('%s (%s): every part, and every finding on its own tile', (file, lang) => {
    const a = analysed(readFileSync(join(dir, file), 'utf8'), lang);
    const root = parseHtml(renderCanvas(a, { lang }).body);
    for (const id of ['sp-overview', 'sp-impact', 'sp-routes', 'sp-ingredients', 'sp-pitfalls', 'sp-partners', 'sp-strategy', 'sp-floor', 'sp-evidence', 'sp-actions', 'sp-learning-agenda', 'sp-readiness']) {
      one(root, (e) => e.attrs['id'] === id, id);
    }
    for (const i of INGREDIENTS) one(root, byItem(`ingredients/${i}`));
    for (const r of ROUTES) one(root, byItem(`routes/${r}`));
    for (const p of PITFALLS) one(root, byItem(`pitfalls/${p}`));
    // Each finding sits on the tile whose item is the longest whole-segment prefix of the finding's item.
    const items = new Set(all(root, (e) => e.attrs['data-item'] !== undefined && !hasClass('part-card')(e)).map((e) => e.attrs['data-item']!));
    for (const d of a.diagnostics) {
      let key = d.item;
      while (!items.has(key)) key = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
      const home = all(root, (e) => e.attrs['data-item'] === key && !hasClass('part-card')(e))[0]!;
      expect(ownFindings(home).some((f) => f.code === d.code && f.text.includes(d.message)), `${d.code} ${d.item} on ${key}`).toBe(true);
      if (d.item.startsWith('ingredients/') || d.item.startsWith('routes/') || d.item.startsWith('partners/') || d.item.startsWith('actions/')) {
        expect(key.split('/').length, `${d.item} lands on a tile of its own`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(all(root, hasClass('finding'))).toHaveLength(a.diagnostics.length);
  });
});
