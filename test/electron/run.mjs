// npm run test:electron — the same extension-host suite (test/e2e/suite) in a
// desktop VS Code downloaded by @vscode/test-electron. Needs internet and a
// display (or xvfb-run); on this project's CI machines `npm run test:e2e`
// runs the suite in code-server instead.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { makeWorkspace } from '../e2e/workspace.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: REPO,
    extensionTestsPath: path.join(REPO, 'test/e2e/suite/index.js'),
    launchArgs: [makeWorkspace(), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error('extension tests failed:', e instanceof Error ? e.message : e);
  process.exit(1);
}
