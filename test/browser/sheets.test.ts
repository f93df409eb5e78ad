/**
 * The five sheets on paper (issue 14, SPEC §6.6): every example plan, and a
 * plan twice the size of the largest example, printed by a real Chromium
 * (Debian's, through playwright-core) on A3 landscape gives exactly five
 * pages; page N holds sheet N's title and the text of every tile of that
 * sheet — every ingredient, route and pitfall on its own sheet. A plan four
 * times the size may take more pages, but no tile is cut in two.
 * The text of each page comes from `pdftotext` (poppler-utils).
 *
 * Skipped (with a message) on a developer machine without Chromium or
 * pdftotext; under CI=true they fail instead (.ci/run installs both).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../server/src/lint';
import type { Lang } from '../../server/src/model/types';
import { renderStandalone } from '../../server/src/preview/render';
import { doublePlan, examplePlans, largestExample } from '../helpers/doublePlan';
import { parse, stringify } from 'yaml';

const CHROMIUM = '/usr/bin/chromium';
const PDFTOTEXT = '/usr/bin/pdftotext';
const CI = process.env['CI'] === 'true';
const present = existsSync(CHROMIUM) && existsSync(PDFTOTEXT);
if (!present && !CI) console.warn(`[sheet tests] skipped: needs ${CHROMIUM} and ${PDFTOTEXT} (apt-get install -y chromium poppler-utils).`);

const SHEET_TITLES: Record<Lang, string[]> = {
  nl: ['Het overkoepelende canvas', 'Beoogde impact', 'Opschalingsroutes', 'Benodigde ingrediënten', 'Valkuilen'],
  en: ['The overall canvas', 'Intended impact', 'Scaling routes', 'Ingredients', 'Pitfalls'],
};

let browser: Browser;
let tmp: string;

beforeAll(async () => {
  if (!present && !CI) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  tmp = mkdtempSync(join(tmpdir(), 'scaling-sheets-'));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Printed {
  pages: string[];
  /** Per sheet: the words of each leaf tile (a tile with no tile inside), with its item. */
  tiles: { sheet: number; item: string; words: string[] }[];
}

const words = (s: string): string[] => s.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);

/** Renders, prints to A3 landscape, and reads the text of each page. */
async function print(name: string, text: string, lang: Lang): Promise<Printed> {
  const html = renderStandalone(analyse(text, { lang }), { lang, date: '2026-12-01', revision: 'abc1234' });
  const file = join(tmp, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage();
  await page.goto(`file://${file}`);
  const tiles = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.sheet .tile')]
    .filter((el) => !el.querySelector('.tile'))
    .map((el) => ({ sheet: Number(el.closest<HTMLElement>('.sheet')!.dataset['sheet']), item: el.dataset['item'] ?? '', text: el.innerText })));
  const pdf = await page.pdf({ format: 'A3', landscape: true, printBackground: true });
  await page.close();
  const out = join(tmp, `${name}.pdf`);
  writeFileSync(out, pdf);
  const count = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const pages = Array.from({ length: count }, (_, i) => execFileSync(PDFTOTEXT, ['-raw', '-f', String(i + 1), '-l', String(i + 1), out, '-'], { encoding: 'utf8' }));
  return { pages, tiles: tiles.map((t) => ({ sheet: t.sheet, item: t.item, words: words(t.text) })) };
}

function missingWords(page: string, want: string[]): string[] {
  const have = new Set(words(page));
  return want.filter((w) => !have.has(w));
}

const examples = existsSync(join(__dirname, '../../examples')) ? examplePlans() : [];
const cases: [string, Lang, () => string][] = [
  ...examples.flatMap((f) => (['nl', 'en'] as const).map((lang): [string, Lang, () => string] => [basename(f), lang, () => readFileSync(f, 'utf8')])),
  ...examples.map((f): [string, Lang, () => string] => [`2× ${basename(f)}`, 'nl', () => doublePlan(f)]),
  ['2× the largest example', 'en', () => doublePlan()],
  ['2× station fixture (many findings)', 'en', () => doublePlan(join(__dirname, '../fixtures/preview/station.scaling.yaml'))],
];

describe.skipIf(!present && !CI)('the five sheets printed on A3 landscape', () => {
  it('the examples exist and the 2× plan is twice the largest', () => {
    expect(examples.length).toBeGreaterThan(0);
    const largest = parse(readFileSync(largestExample(), 'utf8')) as { actions?: unknown[] };
    expect((parse(doublePlan()) as { actions: unknown[] }).actions).toHaveLength(2 * (largest.actions?.length ?? 0));
  });

  it.each(cases)('%s (%s): exactly five pages, each with its sheet and all its tiles', async (name, lang, text) => {
    const { pages, tiles } = await print(`${name}-${lang}`.replace(/[^\w.-]+/g, '_'), text(), lang);
    expect(pages).toHaveLength(5);
    pages.forEach((p, i) => {
      const flat = p.replace(/\s+/g, ' ');
      expect(flat, `page ${i + 1}`).toContain(lang === 'nl' ? `BLAD ${i + 1} VAN 5` : `SHEET ${i + 1} OF 5`);
      expect(flat, `page ${i + 1}`).toContain(SHEET_TITLES[lang][i]!);
      expect(flat).toContain('2026-12-01');
      expect(flat).toContain('abc1234');
    });
    // Every ingredient, route and pitfall (and every other tile) on its own sheet's page.
    for (const prefix of ['ingredients/', 'routes/', 'pitfalls/']) expect(tiles.some((t) => t.item.startsWith(prefix))).toBe(true);
    for (const t of tiles) expect(missingWords(pages[t.sheet - 1]!, t.words), `${t.item} on page ${t.sheet}`).toEqual([]);
  }, 60_000);

  it('saves a picture of the printed sheets for the docs', async () => {
    const file = join(tmp, 'shot.html');
    const example = examples.find((f) => f.includes('ns-stations')) ?? examples[0]!;
    writeFileSync(file, renderStandalone(analyse(readFileSync(example, 'utf8'), { lang: 'nl' }), { lang: 'nl', date: '2026-12-01', revision: 'abc1234' }));
    // A3 landscape at 96 dpi, less the 8 mm margins: the page's content box.
    const page = await browser.newPage({ viewport: { width: 1527, height: 1062 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`file://${file}`);
    const shot = join(tmp, 'sheets.png');
    const box = await page.$eval('#sp-sheet-4', (el) => { const r = el.getBoundingClientRect(); return { x: 0, y: r.top + window.scrollY, width: 1527, height: Math.min(1062, r.height) }; });
    await page.screenshot({ path: shot, clip: box, fullPage: true });
    await page.close();
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    const target = join(__dirname, '../../docs/img/sheet-ingredients.png');
    if (!existsSync(target) || process.env['UPDATE_SCREENSHOTS']) writeFileSync(target, readFileSync(shot));
  }, 60_000);

  it('a plan four times the size may spill a sheet onto more pages, but never cuts a tile', async () => {
    const twice = parse(doublePlan()) as Record<string, unknown>;
    const fourfold = stringify(quadruple(twice), { lineWidth: 0 });
    const { pages, tiles } = await print('fourfold', fourfold, 'en');
    expect(pages.length).toBeGreaterThan(5);
    for (const t of tiles) {
      const whole = pages.some((p) => missingWords(p, t.words).length === 0);
      expect(whole, `${t.item} is on one page`).toBe(true);
    }
  }, 60_000);
});

/** The lists doubled once more (ids of the copies get `-4`), for a plan beyond what a sheet must hold. */
function quadruple(plan: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...plan };
  for (const key of ['partners', 'actions', 'learning-agenda', 'evidence']) {
    const list = plan[key];
    if (Array.isArray(list)) out[key] = [...list, ...list.map((x) => (x && typeof x === 'object' && 'id' in x ? { ...x, id: `${String((x as { id: string }).id)}-4` } : x))];
  }
  return out;
}
