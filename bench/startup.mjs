// Start-up rows (issue 17): whole processes, measured in the same run, reported as ratios.
//   one-plan `lint` vs `node -e 0`  (target ≤ 2×)
//   language server: spawn → first publishDiagnostics  (target ≤ 150 ms)
// Runs alternate (node, lint, node, lint …) so that a busy machine weighs on both alike.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLsp } from './lsp.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const ms = (x) => `${x.toFixed(0)} ms`;

function wall(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return { elapsed: Number(process.hrtime.bigint() - t) / 1e6, status: r.status, stderr: String(r.stderr || '') };
}

export async function startupRows({ repo, planFile, planText, note, runs = 7 }) {
  const bin = path.join(repo, 'bin/scaling-plan.js');
  const bare = [];
  const lint = [];
  for (let i = 0; i < runs; i++) {
    bare.push(wall(['-e', '0']).elapsed);
    const r = wall([bin, 'lint', planFile]);
    if (r.status !== 0 && r.status !== 1) throw new Error(`lint failed: ${r.stderr}`);
    lint.push(r.elapsed);
  }
  const b = median(bare);
  const l = median(lint);
  note('start-up', 'one plan: `scaling-plan lint` vs `node -e 0` (whole processes)', `${ms(l)} vs ${ms(b)}`, `(${(l / b).toFixed(2)}×; target ≤ 2×)`);

  const server = path.join(repo, 'bin/scaling-plan-language-server.js');
  const uri = pathToFileURL(planFile).href;
  const first = [];
  for (let i = 0; i < Math.max(3, Math.floor(runs / 2)); i++) {
    const t = process.hrtime.bigint();
    const lsp = await startLsp(process.execPath, [server, '--stdio'], { initializationOptions: { lang: 'en' } });
    const w = lsp.diagnostics(uri, 1);
    lsp.open(uri, planText, 'scaling-plan', 1);
    await w;
    first.push(Number(process.hrtime.bigint() - t) / 1e6);
    await lsp.stop();
  }
  note('start-up', 'language server: spawn → first publishDiagnostics (one plan)', ms(median(first)), '(target ≤ 150 ms)');
}
