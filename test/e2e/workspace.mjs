// A throw-away workspace: the example plans plus the e2e plans, so tests may edit freely.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function makeWorkspace() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'scaling-ws-'));
  fs.cpSync(path.join(REPO, 'examples'), path.join(ws, 'examples'), { recursive: true });
  fs.cpSync(path.join(REPO, 'test/e2e/workspace'), ws, { recursive: true });
  return ws;
}
