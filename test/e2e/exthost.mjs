// Runs test/e2e/suite (mocha, in @vscode/test-electron's test-entry shape)
// INSIDE the extension host of a real VS Code: code-server rejects
// --extensionDevelopmentPath on its command line, but the workbench URL's
// `payload` takes extensionDevelopmentPath / extensionTestsPath, and the page's
// codeAutomationExit hook carries the exit code back.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, makeRunDir, startServer } from './codeServer.mjs';
import { makeWorkspace } from './workspace.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TESTS = path.join(REPO, 'test/e2e/suite/index.js');
const PORT = Number(process.env.E2E_PORT || 18091);
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 240_000);

const t0 = Date.now();
const runDir = makeRunDir();
const ws = makeWorkspace();
const server = await startServer({ runDir, folder: ws, port: PORT });
const browser = await launchBrowser();
let code = 'error';
try {
  const remote = (p) => `vscode-remote://${server.authority}${p}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(REPO)], ['extensionTestsPath', remote(TESTS)]]);
  const { page } = browser;
  page.on('console', (m) => {
    const t = m.text();
    if (/passing|failing|pending|✓|✔|[0-9]+\) |AssertionError|Error:|^\s+at /.test(t) && !/\[Extension Host\] (rejected|Unknown)/.test(t)) console.log('[host]', t.slice(0, 600));
  });
  const done = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationLog', (type, args) => console.log(`[automation ${type}]`, ...(args || [])));
    void page.exposeFunction('codeAutomationExit', (c) => resolve(c));
  });
  await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);
  code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT))]);
} finally {
  await browser.close();
  await server.stop();
  if (code !== 0) console.log(fs.readFileSync(server.logFile, 'utf8').slice(-4000));
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.rmSync(ws, { recursive: true, force: true });
}
console.log(`extension-host tests: exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
console.log(`${code === 0 ? 1 : 0} passed, ${code === 0 ? 0 : 1} failed`);
process.exit(code === 0 ? 0 : 1);
