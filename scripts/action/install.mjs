#!/usr/bin/env node
/**
 * The action's install step: build the CLI in the action's own folder once
 * (`npm ci`, then `tsc -b`; the repository holds no built code). Skipped
 * when the build is there already (a cached action folder, or a test run
 * from a working copy). Nothing of the linted repository is installed or run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
if (existsSync(join(ROOT, 'server/out/cli/main.js'))) {
  console.log('scaling-plan is built already.');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --ignore-scripts: the `prepare` script would also bundle the editor extension, which the CLI does not need.
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: ROOT, stdio: 'inherit' });
}
