// UI tests as a person would, in a real VS Code (code-server) with the
// packaged .vsix installed: read the Problems panel, apply a quick fix from
// the light bulb, insert the whole-plan snippet, open the canvas preview to
// the side, click a tile and land on its line. Screenshots go to docs/img/.
//   node test/e2e/ui.mjs scaling-plan-0.1.0.vsix
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, launchBrowser, makeRunDir, runCommand, startServer, waitUntil } from './codeServer.mjs';
import { makeWorkspace } from './workspace.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const IMG = path.join(REPO, 'docs/img');
const vsix = path.resolve(process.argv[2] || '');
if (!fs.existsSync(vsix)) { console.error(`usage: node test/e2e/ui.mjs <the .vsix> (not found: ${vsix})`); process.exit(2); }
fs.mkdirSync(IMG, { recursive: true });

const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = [];
const check = (name, ok, detail = '') => { results.push({ name, ok }); log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`); };

const runDir = makeRunDir();
// The chosen language: Dutch, as a policy advisor would set it.
const settingsFile = path.join(runDir, 'ud/User/settings.json');
fs.writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(settingsFile, 'utf8')), 'scalingPlan.language': 'nl', 'editor.lightbulb.enabled': 'on' }, null, 2));
await installExtension(runDir, vsix);
log('installed', path.basename(vsix));
const ws = makeWorkspace();
const server = await startServer({ runDir, folder: ws, port: Number(process.env.E2E_UI_PORT || 18092) });
const browser = await launchBrowser();
const { page } = browser;

const command = (title) => runCommand(page, title);
async function quickOpen(name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: 15000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: name }).first().waitFor({ state: 'visible', timeout: 15000 });
}
const until = (fn, ms) => waitUntil(page, fn, ms);
async function gotoLine(n) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(String(n));
  await page.keyboard.press('Enter');
}
const cursorLine = async () => Number(/Ln (\d+)/.exec(await page.locator('.statusbar').innerText())?.[1]);

try {
  await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  check('workbench opened the workspace of plans', true);

  await quickOpen('station.scaling.yaml');
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible', timeout: 15000 });
  // Closed plans get diagnostics too (the workspace scan): an example plan nobody opened is listed.
  const closed = await until(async () => (/friesland-geweld-hoort-nergens-thuis\.scaling\.yaml/.test(await panel.innerText()) ? true : null));
  check('closed plans are in the Problems panel too', Boolean(closed));
  // Then only this plan's findings, as a reviewer would filter them.
  await page.getByPlaceholder(/^Filter \(e\.g\./).fill('**/station.scaling.yaml');
  const problems = await until(async () => { const t = await panel.innerText(); return /SP004/.test(t) && /SP002/.test(t) && /SP301/.test(t) ? t : null; });
  log('Problems panel:', JSON.stringify((problems || '').slice(0, 600)));
  check('Problems panel shows our codes', Boolean(problems && /SP004/.test(problems) && /SP301/.test(problems)));
  check('messages are in Dutch', Boolean(problems && /ontbreekt|onbekend|Ingrediënt/i.test(problems)));
  await page.screenshot({ path: path.join(IMG, 'editor-problems.png') });

  // The misspelt key `statuz` (line 29): light bulb → preferred fix.
  await gotoLine(29);
  await page.keyboard.press('End');
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  const shown = await menu.waitFor({ state: 'visible', timeout: 15000 }).then(() => true, () => false);
  const items = shown ? await menu.innerText() : '';
  log('quick fixes:', JSON.stringify(items.slice(0, 300)));
  check('the light bulb offers a fix for the misspelt key', /status/.test(items));
  if (shown) {
    // Walk the light-bulb menu with the keyboard, as a person would, to the fix naming `status`.
    for (let i = 0; i < 12; i++) {
      const focused = await page.locator('.action-widget .monaco-list-row.focused').innerText().catch(() => '');
      if (/status/.test(focused)) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    const gone = await until(async () => !/statuz/.test(await panel.innerText()));
    check('applying the fix makes the problem vanish', Boolean(gone));
  }

  // The whole-plan snippet in a new plan
  await command('New scaling plan');
  await page.waitForTimeout(1000);
  const snippet = await until(async () => { const t = await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText(); return /(scaling-plan|pilot|ingredients|partners|actions):/.test(t) ? t : null; });
  check('the whole-plan snippet is inserted', Boolean(snippet), JSON.stringify(String(snippet).slice(0, 80)));
  await page.keyboard.press('Escape');

  // The canvas preview beside the editor, and a click on a tile
  await quickOpen('station.scaling.yaml');
  await command('Open Preview to the Side');
  const frame = await until(async () => {
    for (const f of page.frames()) if (await f.$('[data-start-line]').catch(() => null)) return f;
    return null;
  });
  check('the preview shows canvas tiles', Boolean(frame));
  await page.waitForTimeout(1000);
  await page.screenshot({ path: path.join(IMG, 'preview.png') });
  if (frame) {
    const tile = (await frame.$('[data-start-line][data-item="ingredients/collaboration"]')) ?? (await frame.$('[data-start-line][data-item^="ingredients/"]'));
    const target = Number(await tile?.getAttribute('data-start-line'));
    await tile?.scrollIntoViewIfNeeded();
    // The webview's script may still be starting when the tile is first drawn: a person clicks again.
    let landed = null;
    for (let attempt = 0; attempt < 4 && landed === null; attempt++) {
      await tile?.click();
      landed = await until(async () => ((await cursorLine()) === target ? target : null), 5000);
    }
    check('clicking a tile lands on its line', landed === target, `tile line ${target}, cursor line ${await cursorLine()}`);
  }
} catch (e) {
  check('no exception', false, e instanceof Error ? e.stack : String(e));
  await page.screenshot({ path: path.join(runDir, 'error.png') }).catch(() => {});
} finally {
  log(`requests to other hosts (aborted): ${browser.offHost.length}`);
  await browser.close();
  await server.stop();
  fs.rmSync(ws, { recursive: true, force: true });
  fs.rmSync(runDir, { recursive: true, force: true });
}
const passed = results.filter((r) => r.ok).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
