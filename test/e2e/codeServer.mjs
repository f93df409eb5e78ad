// Starts and stops a real VS Code (code-server, installed by setup.sh) bound
// to 127.0.0.1 only, with throw-away user data, and Debian's Chromium driven
// by playwright-core. Every process started here is stopped here.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const E2E_ROOT = process.env.E2E_ROOT || path.join(os.homedir(), '.cache/scaling-plan-e2e');
const ENTRY = path.join(E2E_ROOT, 'node_modules/code-server/out/node/entry.js');

/** Fresh user-data, extensions and config folders for one run. */
export function makeRunDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scaling-e2e-'));
  for (const d of ['ud/User', 'ext', 'cfg', 'data']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.writeFileSync(path.join(dir, 'ud/User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'json.schemaDownload.enable': false,
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
    'window.commandCenter': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // Our walkthrough would open on install and take the active editor from the tests.
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
  }, null, 2));
  return dir;
}

function env(runDir) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(runDir, 'cfg'),
    XDG_DATA_HOME: path.join(runDir, 'data'),
    EXTENSIONS_GALLERY: '{}', // no gallery: nothing leaves the machine
  };
}

function baseArgs(runDir) {
  return ['--user-data-dir', path.join(runDir, 'ud'), '--extensions-dir', path.join(runDir, 'ext'),
    '--config', path.join(runDir, 'cfg/config.yaml')];
}

export function installExtension(runDir, vsix) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [ENTRY, ...baseArgs(runDir), '--force', '--install-extension', vsix],
      { env: env(runDir), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`install-extension failed (${code}):\n${out}`))));
  });
}

export async function startServer({ runDir, folder, port }) {
  const logFile = path.join(runDir, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [ENTRY, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', ...baseArgs(runDir), folder],
  { env: env(runDir), detached: true, stdio: ['ignore', out, out] });
  const deadline = Date.now() + 60_000;
  while (!fs.readFileSync(logFile, 'utf8').includes('HTTP server listening')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch {}
      throw new Error(`code-server did not start:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    authority: `127.0.0.1:${port}`,
    logFile,
    async stop() {
      // detached: the child leads its own process group (extension host, watcher, pty host)
      try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
      for (let i = 0; i < 50; i++) {
        try { process.kill(-child.pid, 0); } catch { return; }
        await new Promise((r) => setTimeout(r, 100));
      }
      try { process.kill(-child.pid, 'SIGKILL'); } catch {}
    },
  };
}

export async function launchBrowser(viewport = { width: 1400, height: 900 }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'scaling-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  const offHost = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol.startsWith('http') && u.hostname !== '127.0.0.1') {
      offHost.push(u.href);
      return route.abort();
    }
    return route.continue();
  });
  return {
    context,
    offHost,
    page: context.pages()[0] || (await context.newPage()),
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls `fn` until it gives something truthy (thrown errors count as not yet), or null after `ms`: no fixed sleeps as synchronisation. */
export async function waitUntil(page, fn, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) return null;
    await page.waitForTimeout(250);
  }
}

/** Runs a command from the palette by its title, as a person would. */
export async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: 15000 });
  await page.keyboard.press('Enter');
}
