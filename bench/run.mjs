// npm run bench — measures the engine, the language server and the CLI on
// generated plans, side by side with yaml-language-server and Spectral doing
// schema validation only, and writes docs/performance.md. Not part of npm test.
//   node bench/run.mjs [--quick] [--only engine,workspace,…] [--out FILE]
// With --only, only those sections run and nothing is written unless --out is given.
// Every block runs guarded (report.mjs): a block that fails, or a feature this
// build lacks, gives a row saying so, and the rest of the report is still written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './generate.mjs';
import { startLsp } from './lsp.mjs';
import { Report } from './report.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const require = createRequire(import.meta.url);
const DATA = path.join(os.tmpdir(), 'scaling-bench');
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const quick = process.argv.includes('--quick');
const only = arg('--only')?.split(',');
const out = arg('--out') ?? (only ? undefined : path.join(REPO, 'docs/performance.md'));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const ms = (x) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const time = (fn) => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
function timeRuns(fn, n) { for (let i = 0; i < 20; i++) fn(); // warm the JIT: steady-state cost is what an editor session sees
  return median(Array.from({ length: n }, () => time(fn))); }
function wall(cmd, args, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28, ...opts });
  const elapsed = Number(process.hrtime.bigint() - t) / 1e6;
  return { elapsed, status: r.status, signal: r.signal, stderr: String(r.stderr || '') };
}
const tail = (stderr) => stderr.trim().split('\n').slice(-3).join(' / ').slice(0, 300);

const report = new Report({ only });
const note = report.note;
const runs = quick ? 1 : 3;

console.log('generating plans …');
const { typical, large } = generate(DATA);
const folder = path.join(DATA, 'folder');
const measured = {}; // figures later rows compare with

// 1. Engine vs bare parse, in-process
await report.block('engine', 'engine vs bare parse', () => {
  const { analyse } = require(path.join(REPO, 'server/out/lint.js'));
  const YAML = require('yaml');
  for (const [name, text, n] of [['typical', typical, quick ? 50 : 200], ['large', large, quick ? 5 : 20]]) {
    const bare = timeRuns(() => YAML.parseDocument(text), n);
    const ours = timeRuns(() => analyse(text, { lang: 'en' }), n);
    note('engine', `${name} plan (${text.split('\n').length} lines): yaml parseDocument`, ms(bare));
    note('engine', `${name} plan: analyse (parse + schema + all rules)`, ms(ours), `(${(ours / bare).toFixed(2)}× the bare parse; target ≤ 2×)`);
  }
});

// 1b. Hostile plans, in-process (issue 11; these timings were wall-clock assertions in npm test once).
await report.block('engine', 'hostile plans', () => {
  const { analyse } = require(path.join(REPO, 'server/out/lint.js'));
  const P = 'actie-voor-de-opschaling-van-de-interventiemedewerker-onbegrepen-gedrag-in-de-regio-utrecht-';
  const ids = Array.from({ length: 1000 }, (_, i) => `${P}${String(i).padStart(4, '0')}`);
  const slip = (id, i) => { let a = 1 + (i % 80); while (id[a] === id[a + 1]) a++; return id.slice(0, a) + id[a + 1] + id[a] + id.slice(a + 2); };
  const text = ['scaling-plan: 1', 'pilot:', '  name: B', 'routes:', '  in:', '    actions:', ...ids.map((id, i) => `      - ${slip(id, i)}`), 'actions:', ...ids.map((id) => `  - id: ${id}\n    title: Actie`)].join('\n') + '\n';
  note('engine', 'SP004 hostile plan: 1,000 long ids, 1,000 near misses (228 kB): analyse', ms(timeRuns(() => analyse(text, { budgetMs: Infinity }), quick ? 2 : 5)), '(issue 11: was 86 s; target < 2 s)');
  const keys = (n) => Array.from({ length: n }, (_, i) => `k${i % (n - 10)}: ${i}`).join('\n');
  const { readYamlTree } = require(path.join(REPO, 'server/out/model/yamlTree.js'));
  const k10 = timeRuns(() => readYamlTree(keys(10000)), 3);
  const k40 = timeRuns(() => readYamlTree(keys(40000)), 3);
  note('engine', 'one map of 10,000 / 40,000 keys: read', `${ms(k10)} / ${ms(k40)}`, `(${(k40 / k10).toFixed(1)}×; linear is ~4×, the library's own check ~16×)`);
});

// 2. Language server over stdio: editing
const serverJs = path.join(REPO, 'bin/scaling-plan-language-server.js');
for (const [name, text, edits, target] of [['typical', typical, quick ? 20 : 60, 10], ['large', large, quick ? 8 : 30, 35]]) {
  await report.block('editing', `${name} plan edits`, async () => {
    const lsp = await startLsp(process.execPath, [serverJs, '--stdio'], { initializationOptions: { lang: 'en' } });
    try {
      const uri = pathToFileURL(path.join(DATA, `${name}.scaling.yaml`)).href;
      const first = lsp.diagnostics(uri, 1);
      lsp.open(uri, text, 'scaling-plan', 1);
      await first;
      const lat = [];
      const lines = text.split('\n');
      const WARM = 10; // the first edits after opening warm the JIT; an editing session is past them
      for (let v = 2; v < edits + WARM + 2; v++) {
        lines[2] = `  name: Buurtaanpak bewerkt ${v}`; // a realistic edit: retype the pilot's name
        const t = process.hrtime.bigint();
        const p = lsp.diagnostics(uri, v);
        lsp.change(uri, v, lines.join('\n'));
        await p;
        if (v >= WARM + 2) lat.push(Number(process.hrtime.bigint() - t) / 1e6);
        await new Promise((r) => setTimeout(r, 30)); // typing pace
      }
      measured[`${name}P95`] = pct(lat, 95);
      note('editing', `${name} plan: didChange → publishDiagnostics p50 / p95 (${edits} edits)`, `${ms(pct(lat, 50))} / ${ms(pct(lat, 95))}`, `(target p95 ≤ ${target} ms)`);
    } finally { await lsp.stop(); }
  });
}
await report.block('editing', '100 open plans', async () => {
  const lsp = await startLsp(process.execPath, [serverJs, '--stdio'], { initializationOptions: { lang: 'en' } });
  try {
    const files = fs.readdirSync(folder).slice(0, 100);
    await Promise.all(files.map((f) => { const uri = pathToFileURL(path.join(folder, f)).href; const w = lsp.diagnostics(uri, 1); lsp.open(uri, fs.readFileSync(path.join(folder, f), 'utf8'), 'scaling-plan'); return w; }));
    await new Promise((r) => setTimeout(r, 500));
    note('editing', 'RSS with 100 plans open', `${lsp.rssMb().toFixed(0)} MB`, '(target ≤ 150 MB)');
  } finally { await lsp.stop(); }
});

// 3. Start-up: one plan, whole processes (bench/startup.mjs)
await report.block('start-up', 'one-plan CLI and server start', async () => {
  const { startupRows } = await import('./startup.mjs');
  await startupRows({ repo: REPO, planFile: path.join(DATA, 'typical.scaling.yaml'), planText: typical, note, runs: quick ? 3 : 7 });
});

// 4. CLI on 1,000 plans vs a bare parse of them (process start included)
await report.block('CLI', 'serial CLI', () => {
  const bareScript = path.join(DATA, 'bare-parse.cjs');
  fs.writeFileSync(bareScript, `const fs=require('fs'),p=require('path'),Y=require(${JSON.stringify(require.resolve('yaml'))});const d=process.argv[2];let n=0;for(const f of fs.readdirSync(d)){Y.parseDocument(fs.readFileSync(p.join(d,f),'utf8'));n++}`);
  const bare = median(Array.from({ length: runs }, () => wall(process.execPath, [bareScript, folder]).elapsed));
  note('CLI', '1,000 plans: bare `yaml` parseDocument (node process)', ms(bare));
  measured.cli = median(Array.from({ length: runs }, () => {
    const r = wall(process.execPath, [path.join(REPO, 'bin/scaling-plan.js'), 'lint', folder, '--format', 'json']);
    if (r.status !== 0 && r.status !== 1) throw new Error(`lint exited ${r.status ?? r.signal}: ${tail(r.stderr)}`);
    return r.elapsed;
  }));
  note('CLI', '1,000 plans: scaling-plan lint (schema + all rules, default options)', ms(measured.cli), `(${(measured.cli / bare).toFixed(2)}× the bare parse; target ≤ 2×)`);
});

// ── 4b. Parallel lint and --cache (issue 17 point 2; bench/parallel.mjs, `parallelRows`) ──
await report.block('CLI', 'parallel CLI and --cache', async () => {
  const mod = await report.optional('./parallel.mjs');
  if (!mod?.parallelRows) {
    note('CLI', '1,000 plans: `lint --concurrency auto` vs single-threaded bare parse', 'not measured', '(no bench/parallel.mjs in this build: parallel lint is not there yet; target ≤ 0.75×)');
    note('CLI', '1,000 plans: `lint --cache` unchanged re-run vs cold run', 'not measured', '(no bench/parallel.mjs in this build; target ≤ 0.2×)');
    return;
  }
  await mod.parallelRows({ repo: REPO, folder, note, runs });
});
// ── end of 4b ──

// 5. The whole workspace: 1,000 closed plans (bench/workspace.mjs)
await report.block('workspace', 'workspace scan', async () => {
  const { workspaceRows } = await import('./workspace.mjs');
  await workspaceRows({ repo: REPO, folder, cliMs: measured.cli, typingP95: measured.typicalP95, note, edits: quick ? 20 : 60 });
});

// ── 6. Web worker: the browser bundles in Chromium (issue 17 point 4; bench/browser.mjs) ──
// Contract: `measureWorker(plans: {name, text}[])` → ms from worker start to every plan's
// diagnostics, or `{ms, what?, extra?}`; it throws with the reason when it cannot run.
await report.block('web worker', 'web worker', async () => {
  const mod = await report.optional('./browser.mjs');
  if (!mod?.measureWorker) {
    note('web worker', 'language server in a web worker (Chromium): start → diagnostics of every plan', 'not measured', '(no bench/browser.mjs in this build: no browser bundle yet)');
    return;
  }
  if (mod.browserRows) return mod.browserRows({ repo: REPO, folder, count: quick ? 20 : 100, note });
  const plans = fs.readdirSync(folder).slice(0, quick ? 20 : 100).map((f) => ({ name: f, text: fs.readFileSync(path.join(folder, f), 'utf8') }));
  const r = await mod.measureWorker(plans);
  const res = typeof r === 'number' ? { ms: r } : r;
  note('web worker', res.what ?? `language server in a web worker (Chromium): start → diagnostics of ${plans.length} plans`, ms(res.ms), res.extra ?? '');
});
// ── end of 6 ──

// 7. The peers, schema validation only
await report.block('peers', 'peers', async () => {
  const peers = report.ensurePeers(HERE);
  if (!peers.ok) return note('peers', 'yaml-language-server, Spectral: not measured', `npm ci in bench/ failed: ${peers.why}`);
  const schema = path.join(REPO, 'schemas/scaling-plan.schema.json');
  await report.block('peers', 'Spectral', () => {
    const ruleset = path.join(DATA, '.spectral.yaml');
    fs.writeFileSync(ruleset, `functions: []\nrules:\n  scaling-plan-schema:\n    given: $\n    severity: error\n    then:\n      function: schema\n      functionOptions:\n        schema:\n          $ref: ${JSON.stringify(schema)}\n`);
    const spectralBin = path.join(HERE, 'node_modules/@stoplight/spectral-cli/dist/index.js');
    const spectral = median(Array.from({ length: runs }, () => {
      // Spectral exits 1 when it reports findings, like our lint; anything else is a failure.
      const r = wall(process.execPath, [spectralBin, 'lint', '--ruleset', ruleset, '--quiet', '-f', 'json', path.join(folder, '*.scaling.yaml')]);
      if (r.status !== 0 && r.status !== 1) throw new Error(`Spectral ${peers.versions.spectral} exited ${r.status ?? r.signal}: ${tail(r.stderr)}`);
      return r.elapsed;
    }));
    note('peers', `1,000 plans: Spectral ${peers.versions.spectral} with our schema only (whole process)`, ms(spectral), measured.cli ? `(${(spectral / measured.cli).toFixed(2)}× our CLI's time)` : '');
  });
  await report.block('peers', 'yaml-language-server', async () => {
    const { batchRows } = await import('./peers.mjs');
    await batchRows({ repo: REPO, here: HERE, folder, large, schema, version: peers.versions.yls, note, quick });
  });
});

report.write({ out, data: DATA, notes: path.join(HERE, 'notes.md'), quick });
process.exit(0);
