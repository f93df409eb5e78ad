// Parallel-lint and cache rows (issue 17 point 2): whole processes, alternated so
// that a busy machine weighs on both sides alike, reported as ratios.
//   1,000 plans: `lint --concurrency auto` vs a single-threaded bare `yaml` parse (target ≤ 0.75×)
//   `lint --cache`: unchanged re-run vs a cold run                              (target ≤ 0.2×)
//   node bench/parallel.mjs [FOLDER]     only these rows (FOLDER default: generated 1,000 plans)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const ms = (x) => `${x.toFixed(0)} ms`;

function wall(args, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28, ...opts });
  const elapsed = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${String(r.stderr)}`);
  return elapsed;
}

export async function parallelRows({ repo, folder, note, runs = 3, extra = false }) {
  const bin = path.join(repo, 'bin/scaling-plan.js');
  const n = fs.readdirSync(folder).filter((f) => /\.scaling\.ya?ml$/.test(f)).length;
  const bareScript = path.join(os.tmpdir(), 'scaling-bench-bare-parse.cjs');
  fs.writeFileSync(bareScript, `const fs=require('fs'),p=require('path'),Y=require(${JSON.stringify(require.resolve('yaml', { paths: [repo] }))});const d=process.argv[2];for(const f of fs.readdirSync(d))if(/\\.scaling\\.ya?ml$/.test(f))Y.parseDocument(fs.readFileSync(p.join(d,f),'utf8'))`);
  const lint = (...more) => [bin, 'lint', folder, '--format', 'json', ...more];
  const bare = [];
  const auto = [];
  const off = [];
  for (let i = 0; i < runs; i++) {
    bare.push(wall([bareScript, folder]));
    auto.push(wall(lint('--concurrency', 'auto')));
    if (extra) off.push(wall(lint('--concurrency', 'off')));
  }
  const b = median(bare);
  const a = median(auto);
  note('CLI', `${n} plans: \`lint --concurrency auto\` (${os.availableParallelism()} cores) vs single-threaded bare \`yaml\` parse`, `${ms(a)} vs ${ms(b)}`, `(${(a / b).toFixed(2)}×; target ≤ 0.75×)`);
  if (extra) note('CLI', `${n} plans: \`lint --concurrency off\``, ms(median(off)), `(${(median(off) / b).toFixed(2)}× the bare parse)`);

  const cacheFile = path.join(os.tmpdir(), `scaling-bench-${process.pid}.cache`);
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    fs.rmSync(cacheFile, { force: true });
    cold.push(wall(lint('--cache', '--cache-location', cacheFile)));
    warm.push(wall(lint('--cache', '--cache-location', cacheFile)));
  }
  fs.rmSync(cacheFile, { force: true });
  const c = median(cold);
  const w = median(warm);
  note('CLI', `${n} plans: \`lint --cache\` unchanged re-run vs cold run (empty cache)`, `${ms(w)} vs ${ms(c)}`, `(${(w / c).toFixed(2)}×; target ≤ 0.2×)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  let folder = process.argv[2];
  if (!folder) {
    const { generate } = await import('./generate.mjs');
    const dir = path.join(os.tmpdir(), 'scaling-bench-parallel');
    generate(dir);
    folder = path.join(dir, 'folder');
  }
  await parallelRows({ repo, folder, runs: 3, extra: true, note: (part, what, value, more = '') => console.log(`${part} | ${what} | ${value} ${more}`) });
}
