// The canvas editor (issue 16) in a real VS Code (code-server) with the
// packaged .vsix, as an advisor would use it: open a plan, switch to the
// canvas with the editor-title button, change an ingredient's status from
// its list, add the missing action from the finding's fix button, undo once,
// save — then the file on disk differs from the original by exactly the
// status line, and the Problems panel followed each step. Also: a plan that
// does not parse shows its errors and no controls; the title button goes back
// to the text. Screenshot: docs/img/canvas-editor.png.
//   node test/e2e/canvasEditor.mjs scaling-plan-0.1.0.vsix
// Relies on the webview's contract (docs/canvas-editor.md): tiles carry
// `data-item`, the status is a <select> in the ingredient's tile, a finding's
// fixes are <button data-fix-index> named after the fix.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, launchBrowser, makeRunDir, runCommand, startServer, waitUntil } from './codeServer.mjs';
import { makeWorkspace } from './workspace.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vsix = path.resolve(process.argv[2] || '');
if (!fs.existsSync(vsix)) { console.error(`usage: node test/e2e/canvasEditor.mjs <the .vsix> (not found: ${vsix})`); process.exit(2); }

const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = [];
let page;
let runDir;
const check = async (name, ok, detail = '') => {
  results.push({ name, ok });
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  // What the screen showed when a check failed (kept with E2E_KEEP=1).
  if (!ok && process.env.E2E_KEEP) await page?.screenshot({ path: path.join(runDir, `fail-${results.length}.png`) }).catch(() => {});
};

// The plan: comments and a flow list, an ingredient with a status, and a route that names an action nobody declared (SP004 a2).
const PLAN = `scaling-plan: 1
pilot:
  name: Canvas-editor proef
  owner: gemeente
  stage: design
partners:
  - id: gemeente
    name: Gemeente Havendam
    type: municipality
    involvement: involved
routes:
  in:
    ambition: De werkwijze wordt de vaste werkwijze van de wijkteams.
    owner: gemeente
    actions: [a1, a2]
ingredients:
  collaboration:
    status: partial   # wordt in het canvas gewijzigd
    actions: [a1]
actions:
  - id: a1
    title: Werkwijze beschrijven
    owner: gemeente
    due: 2026-03-01
`;
const BROKEN = 'scaling-plan: 1\npilot:\n  name: "Niet gesloten\nroutes:\n  in: {}\n';

runDir = makeRunDir();
const settingsFile = path.join(runDir, 'ud/User/settings.json');
// Dutch, as an advisor would set it; and no auto-save (the web build's default saves after a second), so saving is the user's step.
fs.writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(settingsFile, 'utf8')), 'scalingPlan.language': 'nl', 'files.autoSave': 'off' }, null, 2));
await installExtension(runDir, vsix);
const ws = makeWorkspace();
const planFile = path.join(ws, 'plans/canvas.scaling.yaml');
fs.writeFileSync(planFile, PLAN);
fs.writeFileSync(path.join(ws, 'plans/kapot.scaling.yaml'), BROKEN);
const server = await startServer({ runDir, folder: ws, port: Number(process.env.E2E_CANVAS_PORT || 18093) });
const browser = await launchBrowser();
page = browser.page;

const until = (fn, ms) => waitUntil(page, fn, ms);
async function quickOpen(name) {
  // The file search may still be indexing a fresh workspace on a busy machine: a person asks again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(name);
    const found = await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: 15000 }).then(() => true, () => false);
    if (found) break;
    if (attempt === 4) throw new Error(`quick open does not find ${name}`);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: name }).first().waitFor({ state: 'visible', timeout: 15000 });
}
const command = (title) => runCommand(page, title);
/** The webview frame (code-server nests it) that holds a match for `selector`. */
const frameWith = (selector) => until(async () => {
  for (const f of page.frames()) if (await f.$(selector).catch(() => null)) return f;
  return null;
});
const titleButton = (label) => page.locator(`.editor-group-container.active .editor-actions [aria-label^="${label}"]`).first();
const tab = (name) => page.locator('.tabs-container .tab', { hasText: name });
/** Whether some canvas shows the fix button that creates action a2. */
const a2Fix = async () => {
  for (const f of page.frames()) if ((await f.locator('button[data-fix-index]', { hasText: /a2/ }).count().catch(() => 0)) > 0) return true;
  return false;
};
/** The visible text of the active editor (the editor draws spaces as no-break spaces). */
const editorText = async () => (await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
const changedLines = () => {
  const a = PLAN.split('\n');
  const b = fs.readFileSync(planFile, 'utf8').split('\n');
  return { count: b.length === a.length, lines: a.flatMap((l, i) => (l === b[i] ? [] : [[i + 1, l, b[i]]])) };
};

try {
  await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });

  // The Problems panel of this plan only, open beside everything that follows.
  await quickOpen('canvas.scaling.yaml');
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible', timeout: 15000 });
  await page.getByPlaceholder(/^Filter \(e\.g\./).fill('**/plans/canvas.scaling.yaml');
  const missingA2 = async () => /Actie ‘a2’ staat niet in de actielijst/.test(await panel.innerText());
  await check('the Problems panel lists the undeclared action a2', Boolean(await until(missingA2)));

  // The text editor is the default; the title button switches this tab to the canvas.
  await titleButton('Edit in the Canvas').click();
  const frame = await frameWith('[data-item="ingredients/collaboration"] select');
  await check('the canvas editor shows the ingredient with its status list', Boolean(frame));
  await check('the switch replaced the text tab (one tab for the plan)', (await tab('canvas.scaling.yaml').count()) === 1, `${await tab('canvas.scaling.yaml').count()} tabs`);
  if (!frame) throw new Error('no canvas editor');
  const status = frame.locator('[data-item="ingredients/collaboration"] select').filter({ has: frame.locator('option[value="sufficient"]') }).first();
  await check('the status list has an accessible name', Boolean(await status.getAttribute('aria-label')) || (await status.evaluate((el) => el.labels?.length ?? 0)) > 0);

  // 1. The status, from its list: one edit, the document dirty, nothing on disk yet.
  await status.selectOption('sufficient');
  const dirty = await until(async () => (await tab('canvas.scaling.yaml').first().getAttribute('class'))?.includes('dirty'));
  await check('choosing a status edits the document (dirty, not saved)', Boolean(dirty) && changedLines().lines.length === 0);
  await until(async () => (await (await frameWith('[data-item="ingredients/collaboration"] select'))?.locator('[data-item="ingredients/collaboration"] select option[value="sufficient"]').first().evaluate((o) => o.selected)));

  // 2. The finding's fix button adds the action; the Problems panel follows.
  const fixFrame = await frameWith('button[data-fix-index]');
  const fix = fixFrame?.locator('button[data-fix-index]', { hasText: /a2/ }).first();
  await check('the finding about a2 offers its fix as a button', Boolean(fix && (await fix.count()) > 0), fix ? JSON.stringify(await fix.innerText().catch(() => '')) : '');
  await fix?.click();
  await check('after the fix the finding about a2 is gone from the Problems panel', Boolean(await until(async () => !(await missingA2()))));
  // The canvas follows too (its fix button goes): only then act again, on what the advisor sees.
  await check('the canvas drops the fix that was applied', Boolean(await until(async () => !(await a2Fix()))));
  await page.screenshot({ path: path.join(REPO, 'docs/img/canvas-editor.png') });

  // 3. Undo once (the keyboard, focus in the canvas): the action goes again, the status stays.
  await page.keyboard.press('Control+Z');
  await check('one undo takes the whole added action back (the finding returns)', Boolean(await until(missingA2)));
  await check('… and the canvas offers its fix again', Boolean(await until(a2Fix)));

  // 4. Save: until now nothing was written; then on disk exactly the status line differs, its comment kept.
  await check('nothing is written before the save', changedLines().lines.length === 0, JSON.stringify(changedLines().lines));
  await page.keyboard.press('Control+S');
  const saved = await until(async () => !(await tab('canvas.scaling.yaml').first().getAttribute('class'))?.includes('dirty'));
  const diff = changedLines();
  await check('saved', Boolean(saved));
  await check('the file differs from the original by exactly the status line', diff.count && JSON.stringify(diff.lines) === JSON.stringify([[18, '    status: partial   # wordt in het canvas gewijzigd', '    status: sufficient   # wordt in het canvas gewijzigd']]), JSON.stringify(diff.lines));

  // Back to the text with the canvas editor's own title button.
  await titleButton('Reopen as Text').click();
  const text = await until(async () => /status: sufficient {3}# wordt/.test(await editorText()));
  await check('the title button reopens the plan as text', Boolean(text));

  // Text beside canvas: typing in the text editor redraws the canvas live.
  await command('Split Editor Right');
  await page.locator('.editor-group-container').nth(1).waitFor({ state: 'visible', timeout: 15000 });
  await titleButton('Edit in the Canvas').click();
  await frameWith('[data-item="ingredients/collaboration"] select');
  await page.locator('.editor-group-container').first().locator('.view-lines').click();
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('18');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('status: insufficient   # getypt');
  const live = await until(async () => {
    for (const f of page.frames()) {
      // $eval does not wait: a frame without the canvas (another webview) answers at once.
      if (await f.$eval('[data-item="ingredients/collaboration"] select', (el) => el.value === 'insufficient').catch(() => false)) return true;
    }
    return null;
  });
  await check('typing in the text editor beside updates the canvas', Boolean(live));
  // Back to text while the plan is unsaved: no save prompt (whose "Don't Save" would discard the typing), the text keeps it.
  await page.locator('.editor-group-container').nth(1).locator('.tab').first().click();
  await titleButton('Reopen as Text').click();
  const kept = await until(async () => /insufficient {3}# getypt/.test(await editorText()));
  const prompt = await page.locator('.monaco-dialog-box').isVisible().catch(() => false);
  await check('switching an unsaved plan back to text asks nothing and loses nothing', Boolean(kept) && !prompt);

  // A plan that does not parse: its errors and the way back to the text, no controls.
  await quickOpen('kapot.scaling.yaml');
  await titleButton('Edit in the Canvas').click();
  const unreadable = await frameWith('#sp-unreadable');
  const controls = unreadable ? await unreadable.locator('select, input, textarea, button').count() : -1;
  const words = unreadable ? await unreadable.locator('#sp-unreadable').innerText() : '';
  await check('an unreadable plan shows its errors and no controls', Boolean(unreadable) && controls === 0 && /Regel \d+:/.test(words), JSON.stringify(words.slice(0, 200)));
  await unreadable?.locator('a', { hasText: 'Open de teksteditor' }).click();
  const back = await until(async () => /name: "Niet gesloten/.test(await editorText()));
  await check('its link opens the text editor', Boolean(back));
} catch (e) {
  await check('no exception', false, e instanceof Error ? e.stack : String(e));
  await page.screenshot({ path: path.join(runDir, 'error.png') }).catch(() => {});
  if (process.env.E2E_KEEP) console.log('kept', runDir);
} finally {
  log(`requests to other hosts (aborted): ${browser.offHost.length}`);
  await browser.close();
  await server.stop();
  fs.rmSync(ws, { recursive: true, force: true });
  if (!process.env.E2E_KEEP) fs.rmSync(runDir, { recursive: true, force: true });
}
const passed = results.filter((r) => r.ok).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
