// Web worker rows (issue 17.4): the language server's browser bundle
// (dist/web/server.js, built fresh) in headless Chromium, as github.dev runs
// it — from `new Worker` to the diagnostics of every plan opened, over LSP
// with postMessage (test/helpers/workerPage.mjs). Chromium's own start is
// not counted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWeb } from '../scripts/bundle.mjs';
import { CAPABILITIES, CHROMIUM, openWorkerServer } from '../test/helpers/workerPage.mjs';

/**
 * `plans`: [{ name, text }]. Resolves { ms, plans, diagnostics }: from just
 * before the worker is made to the last plan's first publishDiagnostics;
 * initMs: to the answer to `initialize` (loading and compiling the bundle).
 */
export async function measureWorker(plans, { timeoutMs = 120_000 } = {}) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'scaling-bench-web-'));
  try {
    await bundleWeb({ outdir });
    const w = await openWorkerServer({ webDir: path.join(outdir, 'web') });
    try {
      const folder = 'vscode-vfs://github/bench/plans';
      const waiting = new Set(plans.map((p) => `${folder}/${p.name}`));
      let diagnostics = 0;
      let done;
      const all = new Promise((resolve, reject) => {
        done = resolve;
        setTimeout(() => reject(new Error(`not all diagnostics within ${timeoutMs} ms (${waiting.size} left; ${w.errors.join(' | ')})`)), timeoutMs).unref();
      });
      w.conn.onNotification('textDocument/publishDiagnostics', (p) => {
        if (!waiting.delete(p.uri)) return;
        diagnostics += p.diagnostics.length;
        if (waiting.size === 0) done(performance.now());
      });
      w.conn.onRequest('client/registerCapability', () => null);
      w.conn.listen();
      await w.conn.sendRequest('initialize', { processId: null, locale: 'en', rootUri: folder, workspaceFolders: [{ uri: folder, name: 'bench' }], capabilities: CAPABILITIES });
      const initMs = performance.now() - w.started;
      await w.conn.sendNotification('initialized', {});
      for (const p of plans) {
        void w.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: `${folder}/${p.name}`, languageId: 'scaling-plan', version: 1, text: p.text } });
      }
      const end = await all;
      return { ms: end - w.started, initMs, plans: plans.length, diagnostics };
    } finally {
      await w.close();
    }
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** The bench rows: the example plans, and `count` generated plans from `folder`. */
export async function browserRows({ repo, folder, count = 100, note }) {
  if (!fs.existsSync(CHROMIUM)) {
    note('web worker', 'not measured', `no Chromium at ${CHROMIUM}`);
    return;
  }
  const read = (dir, names) => names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
  const examples = path.join(repo, 'examples');
  const sets = [
    ['the example plans', read(examples, fs.readdirSync(examples).filter((f) => /\.scaling\.ya?ml$/.test(f)).sort())],
    [`${count} typical plans`, read(folder, fs.readdirSync(folder).filter((f) => /\.scaling\.ya?ml$/.test(f)).sort().slice(0, count))],
  ];
  for (const [what, plans] of sets) {
    try {
      const r = await measureWorker(plans);
      note('web worker', `Chromium, new Worker → diagnostics of ${what} (${r.plans} opened)`, `${r.ms.toFixed(0)} ms`, `(initialize answered after ${r.initMs.toFixed(0)} ms; ${r.diagnostics} diagnostics)`);
    } catch (e) {
      note('web worker', `${what}: not measured`, `failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
