// The walkthrough's screenshots, taken in a real VS Code (code-server) with
// the packaged .vsix, on a Dutch OS locale (LANG=nl_NL.UTF-8) and VS Code's
// display language left at English — as a Dutch policy advisor has it. It
// also checks what that advisor must see: Dutch in the Problems panel with
// `scalingPlan.language` at `auto`. Writes docs/img/walkthrough-*.png.
//   flock /tmp/e2e.lock node test/e2e/walkthrough.mjs scaling-plan-0.1.0.vsix
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, launchBrowser, makeRunDir, runCommand, startServer, waitUntil } from './codeServer.mjs';
import { makeWorkspace } from './workspace.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const IMG = path.join(REPO, 'docs/img');
const vsix = path.resolve(process.argv[2] || '');
if (!fs.existsSync(vsix)) { console.error(`usage: node test/e2e/walkthrough.mjs <the .vsix> (not found: ${vsix})`); process.exit(2); }
process.env.LANG = 'nl_NL.UTF-8'; // the OS locale the extension host and the language server inherit
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;

const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = [];
const check = (name, ok, detail = '') => { results.push({ name, ok }); log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`); };

const runDir = makeRunDir();
const settingsFile = path.join(runDir, 'ud/User/settings.json');
fs.writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(settingsFile, 'utf8')), 'git.enabled': true, 'editor.minimap.enabled': false }, null, 2));
await installExtension(runDir, vsix);
const ws = makeWorkspace();
// A repository with two commits of one plan, for the history step.
const git = (...args) => execFileSync('git', args, { cwd: ws, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: runDir } });
const plan = path.join(ws, 'plans/station.scaling.yaml');
const text = fs.readFileSync(plan, 'utf8');
git('init', '-q', '-b', 'main');
git('config', 'user.name', 'Anne de Vries');
git('config', 'user.email', 'anne@example.org');
fs.writeFileSync(plan, text.replace(/^ingredients:[\s\S]*$/m, ''));
git('add', '-A');
git('commit', '-q', '-m', 'Eerste versie van het plan');
fs.writeFileSync(plan, text);
git('commit', '-q', '-am', 'Ingrediënten na de bijeenkomst met de partners');

const server = await startServer({ runDir, folder: ws, port: Number(process.env.E2E_WALK_PORT || 18093) });
const browser = await launchBrowser({ width: 1280, height: 760 });
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
const shot = (name) => page.screenshot({ path: path.join(IMG, `walkthrough-${name}.png`) });

try {
  await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  // Opening a plan activates the extension; close it again so the new plan's findings stand alone.
  await quickOpen('station.scaling.yaml');
  await page.waitForTimeout(4000);
  await page.keyboard.press('Control+W');

  // 1. New plan: the server's skeleton, in Dutch (OS locale), stage design.
  await command('New scaling plan');
  const editor = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  const text = async () => (await editor.innerText()).replace(/\u00a0/g, ' '); // Monaco renders spaces as no-break spaces
  const skeleton = await until(async () => { const t = await text(); return /Opschalingsplan volgens het opschalingscanvas/.test(t) ? t : null; });
  check('New scaling plan opens the Dutch skeleton on a Dutch OS locale', Boolean(skeleton));
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible', timeout: 15000 });
  const infos = await until(async () => { const t = await panel.innerText(); return /SP501/.test(t) ? t : null; });
  check('the new plan\'s findings are in Dutch', Boolean(infos && /Het plan noemt geen aanjager/.test(infos)), JSON.stringify(String(infos).slice(0, 200)));
  // The status bar counts problems as errors, warnings, infos: a new plan has neither errors nor warnings.
  const counts = await until(async () => { const t = await page.locator('.statusbar').innerText(); return /\b0\s+0\s+[1-9]\d*\b/.test(t) ? t : null; }, 10000);
  check('the new plan has no errors and no warnings, only information', Boolean(counts), JSON.stringify(String(counts).slice(0, 80)));
  await page.waitForTimeout(500);
  await shot('new-plan');

  // 2. Fill the canvas: the ingredients, with their Dutch names beside the keys.
  await page.keyboard.press('Control+J'); // hide the panel: the canvas text is what this step is about
  await gotoLine(42);
  await page.waitForTimeout(500);
  await shot('fill-canvas');

  // 3. The canvas preview beside an example plan.
  await quickOpen('station.scaling.yaml');
  await command('Open Preview to the Side');
  const frame = await until(async () => {
    for (const f of page.frames()) if (await f.$('[data-start-line]').catch(() => null)) return f;
    return null;
  });
  check('the preview shows canvas tiles', Boolean(frame));
  await page.waitForTimeout(1000);
  await shot('preview');

  // 4. Findings: the Problems panel of a plan with mistakes, in Dutch with the display language English.
  await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible', timeout: 15000 });
  const problems = await until(async () => { const t = await panel.innerText(); return /SP004/.test(t) ? t : null; });
  check('Problems panel shows Dutch on a Dutch OS locale with display language English', Boolean(problems && /ontbreekt|Ingrediënt/.test(problems)), JSON.stringify(String(problems).slice(0, 200)));
  await page.waitForTimeout(500);
  await shot('findings');

  // 5. History: readiness per commit.
  await page.keyboard.press('Control+J');
  await quickOpen('station.scaling.yaml');
  await command('Show readiness history');
  const report = await until(async () => {
    for (const f of page.frames()) {
      const t = await f.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (/Eerste versie/.test(t) && /Ingrediënten na/.test(t)) return t;
    }
    return null;
  }, 45000);
  check('the readiness history lists both commits', Boolean(report));
  await page.waitForTimeout(500);
  await shot('history');
} catch (e) {
  check('no exception', false, e instanceof Error ? e.stack : String(e));
  await page.screenshot({ path: path.join(runDir, 'error.png') }).catch(() => {});
  fs.copyFileSync(path.join(runDir, 'error.png'), '/tmp/walkthrough-error.png');
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(ws, { recursive: true, force: true });
  if (results.every((r) => r.ok)) fs.rmSync(runDir, { recursive: true, force: true });
  else log(`kept for a look: ${runDir}`);
}
const passed = results.filter((r) => r.ok).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
