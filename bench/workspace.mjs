// Workspace rows (issue 17 point 3): the language server started on a folder of
// 1,000 plans, none open (lsp/workspace.ts scans them in the background):
//   start → every plan's diagnostics published, vs the CLI on the same folder  (target ≤ 1.5×)
//   RSS once they are all published, and its peak                             (target ≤ 300 MB)
//   typing in one plan of that folder while the scan runs: didChange →
//   publishDiagnostics p50 / p95, next to the same edits without a scan       (target p95 ≤ 10 ms)
//   node bench/workspace.mjs [FOLDER] [--typing]   only these rows (FOLDER default: generated 1,000
//   plans; --typing: only the typing row)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startLsp } from './lsp.mjs';

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const ms = (x) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const since = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const pause = (t) => new Promise((r) => setTimeout(r, t));

export async function workspaceRows({ repo, folder, cliMs, note, edits = 60, typingP95, parts = ['scan', 'typing'] }) {
  const server = path.join(repo, 'bin/scaling-plan-language-server.js');
  const files = fs.readdirSync(folder).filter((f) => /\.scaling\.ya?ml$/.test(f)).sort();
  const uris = files.map((f) => pathToFileURL(path.join(folder, f)).href);
  const start = () => startLsp(process.execPath, [server, '--stdio'], { initializationOptions: { lang: 'en' }, rootUri: pathToFileURL(folder).href });

  // 1. No document open: until every plan has its diagnostics.
  if (parts.includes('scan')) {
    const t = process.hrtime.bigint();
    const lsp = await start();
    try {
      await Promise.all(uris.map((u) => lsp.diagnostics(u)));
      const all = since(t);
      const vs = cliMs ? ` vs CLI ${ms(cliMs)}` : '';
      note('workspace', `${files.length} closed plans, none open: server start → all diagnostics published${cliMs ? ' vs `lint` of the folder' : ''}`, `${ms(all)}${vs}`, cliMs ? `(${(all / cliMs).toFixed(2)}×; target ≤ 1.5×)` : '');
      await pause(300); // let the last writes go out before reading the memory
      note('workspace', 'server RSS after the scan (peak during it)', `${lsp.rssMb().toFixed(0)} MB (${lsp.rssMb(true).toFixed(0)} MB)`, '(target ≤ 300 MB)');
    } catch (e) {
      note('workspace', 'workspace scan: not measured', `failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    await lsp.stop();
  }

  // 2. Typing in one plan of the folder while the scan runs. Only edits answered
  // before the scan's last publish count: they are the ones the scan could delay.
  if (parts.includes('typing')) {
    const lsp = await start();
    try {
      const uri = uris[0];
      const text = fs.readFileSync(path.join(folder, files[0]), 'utf8');
      const lines = text.split('\n');
      const first = lsp.diagnostics(uri, 1, { strict: true });
      lsp.open(uri, text, 'scaling-plan', 1);
      await first;
      const WARM = 10;
      let v = 2;
      // Edits at typing pace while `go()` holds; only those answered while it still holds count.
      const type = async (go) => {
        const lat = [];
        for (let n = 0; lat.length < edits && go(); n++) {
          lines[2] = `  name: Buurtaanpak bewerkt ${v}`;
          const t = process.hrtime.bigint();
          const p = lsp.diagnostics(uri, v, { strict: true });
          lsp.change(uri, v++, lines.join('\n'));
          await p;
          if (n >= WARM && go()) lat.push(since(t));
          await pause(30); // typing pace
        }
        return lat;
      };
      const scanning = () => lsp.published.size < uris.length;
      const during = await type(scanning);
      const scanned = lsp.published.size;
      while (scanning()) await pause(50);
      // The same edits of the same plan once the scan is done: what the scan costs them.
      const after = await type(() => true);
      const p5095 = (xs) => `${ms(pct(xs, 50))} / ${ms(pct(xs, 95))}`;
      if (during.length === 0) note('workspace', 'typing in one plan while the scan runs', 'not measured', `(the scan ended within ${WARM} warm-up edits)`);
      else note('workspace', `typing in one plan while the scan runs: didChange → publishDiagnostics p50 / p95 (${during.length} edits, ${scanned} of ${uris.length} plans published by then)`,
        p5095(during), `(target p95 ≤ 10 ms; the same edits once the scan is done: ${p5095(after)}${typingP95 !== undefined ? `; without a workspace: p95 ${ms(typingP95)}` : ''})`);
    } catch (e) {
      note('workspace', 'typing while the scan runs: not measured', `failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    await lsp.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const typingOnly = process.argv.includes('--typing');
  let folder = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!folder) {
    const { generate } = await import('./generate.mjs');
    const dir = path.join(os.tmpdir(), 'scaling-bench-workspace');
    generate(dir);
    folder = path.join(dir, 'folder');
  }
  let cliMs;
  if (!typingOnly) {
    const { spawnSync } = await import('node:child_process');
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, [path.join(repo, 'bin/scaling-plan.js'), 'lint', folder, '--format', 'json'], { stdio: 'ignore' });
    cliMs = since(t);
  }
  await workspaceRows({ repo, folder, cliMs, parts: typingOnly ? ['typing'] : undefined, note: (part, what, value, more = '') => console.log(`${part} | ${what} | ${value} ${more}`) });
  process.exit(0);
}
