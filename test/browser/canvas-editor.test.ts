/**
 * The canvas editor's webview script (media/canvasEditor.ts, bundled as
 * scripts/bundle.mjs bundles it) in Debian's headless Chromium: a page with
 * the editor's sheets and a stub `acquireVsCodeApi` that records what the
 * script posts. A user changes a select, types and presses Enter, walks the
 * controls with Tab, clicks a fix button, fills in the new-action form —
 * each posts exactly one intent message with the version shown; an update
 * keeps focus, unsent text and scroll; a refusal is read out.
 *
 * When /usr/bin/chromium is absent: skipped with a message on a developer
 * machine, a failure under CI=true.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixesFor } from '../../server/src/edits/fixes';
import { analyse } from '../../server/src/lint';
import { renderCanvasEditor } from '../../server/src/preview/edit/render';
import { IN_CI, needs } from '../helpers/prerequisite.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '../..');
const present = needs(`Chromium (${CHROMIUM})`, existsSync(CHROMIUM), 'apt-get install -y chromium');
const PLAN = readFileSync(join(ROOT, 'test/fixtures/preview/station.scaling.yaml'), 'utf8');

let browser: Browser;
let page: Page;
let tmp: string;

const body = (text: string): string => renderCanvasEditor(analyse(text, { lang: 'en' }), { lang: 'en' }).body;
const sent = (): Promise<unknown[]> => page.evaluate(() => (window as unknown as { sent: unknown[] }).sent);
const update = (b: string, version: number): Promise<void> =>
  page.evaluate(([html, v]) => window.postMessage({ type: 'update', version: v, body: html, lang: 'en' }, '*'), [b, version] as const);

/** Waits for the next message the script posts (polling, generous timeout), and returns it. */
async function next(before: number): Promise<unknown> {
  await expect.poll(async () => (await sent()).length, { timeout: 10_000 }).toBeGreaterThan(before);
  const all = await sent();
  expect(all.length).toBe(before + 1);
  return all.at(-1);
}

const count = async (): Promise<number> => (await sent()).length;
const focusedId = (): Promise<string> => page.evaluate(() => document.activeElement?.id ?? '');

beforeAll(async () => {
  if (!present && !IN_CI) return;
  tmp = mkdtempSync(join(tmpdir(), 'scaling-editor-'));
  // The same options scripts/bundle.mjs uses for media/*.ts.
  const built = await esbuild.build({
    entryPoints: [join(ROOT, 'media/canvasEditor.ts')], bundle: true, platform: 'browser', format: 'iife', target: 'es2022', write: false, minifySyntax: true,
  });
  writeFileSync(join(tmp, 'canvasEditor.js'), built.outputFiles[0]!.text);
  const { css } = renderCanvasEditor(analyse(PLAN, { lang: 'en' }), { lang: 'en' });
  writeFileSync(join(tmp, 'editor.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body>
<div id="sp-root"></div>
<script>window.sent = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.sent.push(JSON.parse(JSON.stringify(m))), getState: () => undefined, setState: () => undefined });</script>
<script src="file://${join(tmp, 'canvasEditor.js')}"></script></body></html>`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`file://${join(tmp, 'editor.html')}`);
  await update(body(PLAN), 7);
  await page.waitForSelector('#ed-ingredients_governance_status');
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.runIf(present)('the canvas editor script in Chromium', () => {
  it('says it is ready first', async () => {
    expect((await sent())[0]).toEqual({ type: 'ready' });
  });

  it('a changed select posts one set intent with the shown version; its empty option posts the remove', async () => {
    let n = await count();
    await page.selectOption('#ed-ingredients_governance_status', 'sufficient');
    expect(await next(n)).toEqual({ type: 'intent', version: 7, intent: { kind: 'set', path: ['ingredients', 'governance', 'status'], value: 'sufficient' } });
    n = await count();
    await page.selectOption('#ed-ingredients_governance_risk', '');
    expect(await next(n)).toEqual({ type: 'intent', version: 7, intent: { kind: 'remove', path: ['ingredients', 'governance', 'risk'] } });
  });

  it('typing then Enter commits once; leaving the field after that sends nothing more', async () => {
    const n = await count();
    await page.fill('#ed-actions_0_title', 'Functieprofiel vaststellen');
    await page.press('#ed-actions_0_title', 'Enter');
    expect(await next(n)).toEqual({ type: 'intent', version: 7, intent: { kind: 'set', path: ['actions', 0, 'title'], value: 'Functieprofiel vaststellen' } });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await count()).toBe(n + 1);
  });

  it('Escape puts the plan\'s value back and sends nothing', async () => {
    const n = await count();
    const original = await page.inputValue('#ed-pilot_name');
    await page.fill('#ed-pilot_name', 'Something else');
    await page.press('#ed-pilot_name', 'Escape');
    expect(await page.inputValue('#ed-pilot_name')).toBe(original);
    await page.keyboard.press('Tab');
    expect(await count()).toBe(n);
  });

  it('in a textarea Enter is a new line and Ctrl+Enter commits', async () => {
    const n = await count();
    await page.click('#ed-impact_issue');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tweede regel');
    expect(await count()).toBe(n);
    const value = await page.inputValue('#ed-impact_issue');
    expect(value).toMatch(/\nTweede regel$/);
    await page.keyboard.press('Control+Enter');
    expect(await next(n)).toEqual({ type: 'intent', version: 7, intent: { kind: 'set', path: ['impact', 'issue'], value } });
  });

  it('Tab walks the controls in reading order (document order, nothing skipped)', async () => {
    const order = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#sp-root :is(a[href], button, input, select, textarea)')].map((e) => e.id || e.getAttribute('href') || ''));
    const start = order.indexOf('ed-ingredients_governance_status');
    expect(start).toBeGreaterThan(0);
    await page.focus('#ed-ingredients_governance_status');
    for (let i = 1; i <= 12; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('href') || '');
      expect(id).toBe(order[start + i]);
    }
    expect(order.slice(start, start + 4)).toEqual(['ed-ingredients_governance_status', 'ed-ingredients_governance_risk', 'ed-ingredients_governance_notes', expect.stringMatching(/^ed-ingredients_governance_actions/)]);
  });

  it('a fix button on a finding posts the fix intent of that finding', async () => {
    const a = analyse(PLAN, { lang: 'en' });
    const d = a.diagnostics.find((x) => x.code === 'SP403')!;
    expect(fixesFor(a, d, 'en').map((f) => f.title)).toEqual(["Add an 'at-scale' answer"]);
    const n = await count();
    await page.click('[data-item="pitfalls/pilot-conditions/1"] button[data-fix-index="0"]');
    expect(await next(n)).toEqual({ type: 'intent', version: 7, intent: { kind: 'fix', code: 'SP403', line: d.range.start.line, character: d.range.start.character, index: 0 } });
  });

  it('the new-action form posts one add intent with title, owner and due date', async () => {
    const n = await count();
    await page.fill('#ed-actions--add-title', 'Scholing plannen');
    await page.selectOption('#ed-actions--add-owner', 'ns');
    await page.fill('#ed-actions--add-due', '2026-05-01');
    await page.press('#ed-actions--add-title', 'Enter');
    expect(await next(n)).toEqual({ type: 'intent', version: 7, intent: { kind: 'add', path: ['actions'], item: { status: 'open', title: 'Scholing plannen', owner: 'ns', due: '2026-05-01' } } });
    expect(await page.inputValue('#ed-actions--add-title')).toBe('');
  });

  it('a route switch and a link form post their intents; a click on a tile asks to reveal its line', async () => {
    let n = await count();
    await page.click('#ed-routes_beyond--on');
    expect(await next(n)).toEqual({ type: 'intent', version: 7, intent: { kind: 'set', path: ['routes', 'beyond'], value: null } });
    n = await count();
    const form = '#ed-ingredients_governance_actions--link';
    const choice = await page.$eval(`${form} select`, (s) => (s as HTMLSelectElement).options[1]!.value);
    await page.selectOption(`${form} select`, choice);
    await page.click(`${form} button[type=submit]`);
    expect(await next(n)).toEqual({ type: 'intent', version: 7, intent: { kind: 'link', path: ['ingredients', 'governance', 'actions'], id: choice } });
    n = await count();
    const start = Number(await page.getAttribute('[data-item="ingredients/governance"]', 'data-start-line'));
    await page.click('[data-item="ingredients/governance"] h3');
    expect(await next(n)).toEqual({ type: 'reveal', line: start - 1 });
  });

  it('an update keeps focus, text typed but not sent, and scroll; the next intent carries the new version', async () => {
    await page.focus('#ed-ingredients_governance_notes');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' En meer.');
    const typed = await page.inputValue('#ed-ingredients_governance_notes');
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(0);
    const n = await count();
    // Meanwhile the plan changed elsewhere (the text editor beside it): the governance status.
    await update(body(PLAN.replace(/(governance:\n\s+status: )\w+/, '$1insufficient')), 8);
    await expect.poll(() => page.$eval('#ed-ingredients_governance_status', (s) => (s as HTMLSelectElement).value)).toBe('insufficient');
    expect(await focusedId()).toBe('ed-ingredients_governance_notes');
    expect(await page.inputValue('#ed-ingredients_governance_notes')).toBe(typed);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    expect((await sent()).slice(n)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await next(n)).toEqual({ type: 'intent', version: 8, intent: { kind: 'set', path: ['ingredients', 'governance', 'notes'], value: typed } });
  });

  it('after removing an item, focus moves to the nearest control of the same list', async () => {
    const n = await count();
    await page.focus('#ed-learning-agenda_1--remove');
    await page.keyboard.press('Enter');
    expect(await next(n)).toEqual({ type: 'intent', version: 8, intent: { kind: 'remove', path: ['learning-agenda', 1] } });
    // The plan without its second (last) learning question, as the engine would leave it.
    const lines = PLAN.split('\n');
    const at = lines.findIndex((l) => l.startsWith('learning-agenda:'));
    const items = lines.map((l, i) => (i > at && /^ {2}- /.test(l) ? i : -1)).filter((i) => i >= 0);
    const end = lines.findIndex((l, i) => i > items[1]! && /^\S/.test(l));
    const without = [...lines.slice(0, items[1]), ...lines.slice(end < 0 ? lines.length : end)].join('\n');
    await update(body(without), 9);
    await expect.poll(() => page.$$eval('[id="ed-learning-agenda_1--remove"]', (els) => els.length)).toBe(0);
    expect(await focusedId()).toMatch(/^ed-learning-agenda/);
  });

  it('follows the VS Code theme (inputs, dropdowns, buttons) and shows a visible focus outline', async () => {
    await page.evaluate(() => {
      const s = document.documentElement.style;
      s.setProperty('--vscode-input-background', 'rgb(1, 2, 3)');
      s.setProperty('--vscode-dropdown-background', 'rgb(4, 5, 6)');
      s.setProperty('--vscode-button-background', 'rgb(7, 8, 9)');
      s.setProperty('--vscode-focusBorder', 'rgb(250, 0, 0)');
    });
    const bg = (sel: string): Promise<string> => page.$eval(sel, (e) => getComputedStyle(e).backgroundColor);
    expect(await bg('#ed-pilot_name')).toBe('rgb(1, 2, 3)');
    expect(await bg('#ed-ingredients_governance_status')).toBe('rgb(4, 5, 6)');
    expect(await bg('#ed-actions--add-submit')).toBe('rgb(7, 8, 9)');
    await page.focus('#ed-ingredients_governance_status');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const st = getComputedStyle(document.activeElement!);
      return { style: st.outlineStyle, width: parseFloat(st.outlineWidth), color: st.outlineColor };
    });
    expect(outline).toEqual({ style: 'solid', width: 2, color: 'rgb(250, 0, 0)' });
    await page.evaluate(() => document.documentElement.removeAttribute('style'));
  });

  it('shows a refusal as text in a live region, and ignores messages that are not ours', async () => {
    await page.evaluate(() => window.postMessage({ type: 'refused', text: '<b>The plan changed</b>' }, '*'));
    await expect.poll(() => page.textContent('#sp-refused')).toBe('<b>The plan changed</b>');
    expect(await page.getAttribute('#sp-refused', 'aria-live')).toBe('polite');
    expect(await page.$$eval('#sp-refused b', (els) => els.length)).toBe(0);
    const before = await page.innerHTML('#sp-root');
    await page.evaluate(() => {
      window.postMessage({ type: 'update', version: 'x', body: '<p>no</p>', lang: 'en' }, '*');
      window.postMessage({ type: 'update', version: 9, body: 42, lang: 'en' }, '*');
      window.postMessage({ type: 'update', version: 9, body: '<p>no</p>', lang: 'de' }, '*');
      window.postMessage({ type: 'refused', text: 'last' }, '*');
    });
    await expect.poll(() => page.textContent('#sp-refused')).toBe('last');
    expect(await page.innerHTML('#sp-root')).toBe(before);
  });

  it('a plan that does not read: the note\'s button asks to open the text editor', async () => {
    await update(body('scaling-plan: 1\npilot:\n  name: "unclosed\n'), 10);
    await page.waitForSelector('#ed-open-text');
    expect(await page.$$eval('#sp-root [data-intent]', (els) => els.length)).toBe(0);
    const n = await count();
    await page.focus('#ed-open-text');
    await page.keyboard.press('Enter');
    expect(await next(n)).toEqual({ type: 'openText' });
  });

  it.each([1280, 900, 640, 360])('lays out at %ipx: no control sticks out of its tile or cell, nothing scrolls sideways', async (width) => {
    const p = await browser.newPage({ viewport: { width, height: 800 } });
    await p.goto(`file://${join(tmp, 'editor.html')}`);
    await p.evaluate((b) => window.postMessage({ type: 'update', version: 1, body: b, lang: 'en' }, '*'), body(readFileSync(join(ROOT, 'examples/havendam-welzijnscoach.scaling.yaml'), 'utf8')));
    await p.waitForSelector('#ed-pilot_name');
    const report = await p.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('#sp-root :is(input, select, textarea, button)')) {
        const box = el.closest<HTMLElement>('.tile, td, th, .ed-form');
        if (!box) continue;
        const r = el.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        if (r.width < 10 || r.right > b.right + 1 || r.left < b.left - 1) out.push(el.id);
      }
      return { out, sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth };
    });
    expect(report).toEqual({ out: [], sideways: 0 });
    await p.close();
  });
});
