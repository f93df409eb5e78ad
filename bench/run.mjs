// npm run bench — measures the engine, the language server and the CLI on
// generated plans, side by side with yaml-language-server and Spectral doing
// schema validation only, and writes docs/performance.md. Not part of npm test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './generate.mjs';
import { startLsp } from './lsp.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const require = createRequire(import.meta.url);
const DATA = path.join(os.tmpdir(), 'scaling-bench');
const quick = process.argv.includes('--quick');

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
  return { elapsed, status: r.status, stderr: String(r.stderr || '') };
}

function ensurePeers() {
  if (fs.existsSync(path.join(HERE, 'node_modules/yaml-language-server')) && fs.existsSync(path.join(HERE, 'node_modules/@stoplight/spectral-cli'))) return true;
  console.log('installing the peers (yaml-language-server, @stoplight/spectral-cli) into bench/node_modules …');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: HERE, stdio: 'inherit' });
  return r.status === 0;
}

console.log('generating plans …');
const { typical, large } = generate(DATA);
const folder = path.join(DATA, 'folder');
const rows = [];
const note = (part, what, value, extra = '') => { rows.push({ part, what, value, extra }); console.log(`${part} | ${what} | ${value} ${extra}`); };

// 1. Engine vs bare parse, in-process
const { analyse } = require(path.join(REPO, 'server/out/lint.js'));
const YAML = require('yaml');
for (const [name, text, n] of [['typical', typical, quick ? 50 : 200], ['large', large, quick ? 5 : 20]]) {
  const bare = timeRuns(() => YAML.parseDocument(text), n);
  const ours = timeRuns(() => analyse(text, { lang: 'en' }), n);
  note('engine', `${name} plan (${text.split('\n').length} lines): yaml parseDocument`, ms(bare));
  note('engine', `${name} plan: analyse (parse + schema + all rules)`, ms(ours), `(${(ours / bare).toFixed(2)}× the bare parse; target ≤ 2×)`);
}

// 1b. Hostile plans, in-process (issue 11; these timings were wall-clock assertions in npm test once).
{
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
}

// 2. Language server over stdio
const serverJs = path.join(REPO, 'bin/scaling-plan-language-server.js');
for (const [name, text, edits] of [['typical', typical, quick ? 20 : 60], ['large', large, quick ? 8 : 30]]) {
  const lsp = await startLsp(process.execPath, [serverJs, '--stdio'], { initializationOptions: { lang: 'en' } });
  const uri = pathToFileURL(path.join(DATA, `${name}.scaling.yaml`)).href;
  const first = lsp.diagnostics(uri, 1);
  lsp.open(uri, text, 'scaling-plan', 1);
  await first;
  const lat = [];
  const lines = text.split('\n');
  const WARM = 10; // the first edits after opening warm the JIT; an editing session is past them
  for (let v = 2; v < edits + WARM + 2; v++) {
    // a realistic edit: retype the pilot's name
    lines[2] = `  name: Buurtaanpak bewerkt ${v}`;
    const t = process.hrtime.bigint();
    const p = lsp.diagnostics(uri, v);
    lsp.change(uri, v, lines.join('\n'));
    await p;
    if (v >= WARM + 2) lat.push(Number(process.hrtime.bigint() - t) / 1e6);
    await new Promise((r) => setTimeout(r, 30)); // typing pace
  }
  note('language server', `${name} plan: didChange → publishDiagnostics p50 / p95 (${edits} edits)`, `${ms(pct(lat, 50))} / ${ms(pct(lat, 95))}`, name === 'large' ? '(target p95 ≤ 50 ms)' : '(target p95 ≤ 10 ms)');
  await lsp.stop();
}
{
  const lsp = await startLsp(process.execPath, [serverJs, '--stdio'], { initializationOptions: { lang: 'en' } });
  const files = fs.readdirSync(folder).slice(0, 100);
  const waits = files.map((f) => { const uri = pathToFileURL(path.join(folder, f)).href; const w = lsp.diagnostics(uri, 1); lsp.open(uri, fs.readFileSync(path.join(folder, f), 'utf8'), 'scaling-plan'); return w; });
  await Promise.all(waits);
  await new Promise((r) => setTimeout(r, 500));
  note('language server', 'RSS with 100 plans open', `${lsp.rssMb().toFixed(0)} MB`, '(target ≤ 150 MB)');
  await lsp.stop();
}

// 3. CLI on 1,000 plans vs a bare parse of them (process start included)
const bareScript = path.join(DATA, 'bare-parse.cjs');
fs.writeFileSync(bareScript, `const fs=require('fs'),p=require('path'),Y=require(${JSON.stringify(require.resolve('yaml'))});const d=process.argv[2];let n=0;for(const f of fs.readdirSync(d)){Y.parseDocument(fs.readFileSync(p.join(d,f),'utf8'));n++}`);
const runs = quick ? 1 : 3;
const bare = median(Array.from({ length: runs }, () => wall(process.execPath, [bareScript, folder]).elapsed));
note('CLI', '1,000 plans: bare `yaml` parseDocument (node process)', ms(bare));
const cli = median(Array.from({ length: runs }, () => {
  const r = wall(process.execPath, [path.join(REPO, 'bin/scaling-plan.js'), 'lint', folder, '--format', 'json']);
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed: ${r.stderr}`);
  return r.elapsed;
}));
note('CLI', '1,000 plans: scaling-plan lint (schema + all rules)', ms(cli), `(${(cli / bare).toFixed(2)}× the bare parse; target ≤ 2×)`);

// ── 3c. Parallel lint and --cache (issue 17 point 2; bench/parallel.mjs) ──────────
// `lint --concurrency auto` on the 1,000 plans vs a single-threaded bare parse of them,
// and an unchanged `--cache` re-run vs a cold one. Run alone: node bench/parallel.mjs
{
  const { parallelRows } = await import('./parallel.mjs');
  await parallelRows({ repo: REPO, folder, note, runs });
}
// ── end of 3c ────────────────────────────────────────────────────────────────────

// 3b. Start-up: one plan, whole processes (bench/startup.mjs)
{
  const { startupRows } = await import('./startup.mjs');
  await startupRows({ repo: REPO, planFile: path.join(DATA, 'typical.scaling.yaml'), planText: typical, note, runs: quick ? 3 : 7 });
}
{
  const { workspaceRow } = await import('./workspace.mjs');
  await workspaceRow({ repo: REPO, folder, cliMs: cli, note });
}

// 4. The peers, schema validation only
if (ensurePeers()) {
  const schema = path.join(REPO, 'schemas/scaling-plan.schema.json');
  const ruleset = path.join(DATA, '.spectral.yaml');
  fs.writeFileSync(ruleset, `functions: []\nrules:\n  scaling-plan-schema:\n    given: $\n    severity: error\n    then:\n      function: schema\n      functionOptions:\n        schema:\n          $ref: ${JSON.stringify(schema)}\n`);
  const spectralBin = path.join(HERE, 'node_modules/@stoplight/spectral-cli/dist/index.js');
  const spectral = median(Array.from({ length: runs }, () => wall(process.execPath, [spectralBin, 'lint', '--ruleset', ruleset, '--quiet', '-f', 'json', path.join(folder, '*.scaling.yaml')]).elapsed));
  note('peers', '1,000 plans: Spectral with our schema only', ms(spectral), `(ours is ${(spectral / cli).toFixed(2)}× faster)`);

  const ylsBin = path.join(HERE, 'node_modules/yaml-language-server/bin/yaml-language-server');
  const settings = { yaml: { validate: true, hover: false, completion: false, schemas: { [pathToFileURL(schema).href]: ['*.scaling.yaml'] } } };
  // A peer that fails gets a row saying so (and why, from its stderr); the report is still written.
  const yls = await startLsp(process.execPath, [ylsBin, '--stdio'], { settings, rootUri: pathToFileURL(folder).href });
  try {
    const t = process.hrtime.bigint();
    const files = fs.readdirSync(folder);
    // Opened in batches, each after the previous one's diagnostics, as an editor's
    // workspace scan would: 1,000 didOpens at once only measure a flooded pipe.
    const BATCH = 50;
    for (let i = 0; i < files.length; i += BATCH) {
      await Promise.all(files.slice(i, i + BATCH).map((f) => { const uri = pathToFileURL(path.join(folder, f)).href; const w = yls.diagnostics(uri); yls.open(uri, fs.readFileSync(path.join(folder, f), 'utf8'), 'yaml'); return w; }));
    }
    const ylsAll = Number(process.hrtime.bigint() - t) / 1e6;
    note('peers', `1,000 plans: yaml-language-server schema validation (opened in batches of ${BATCH} → all published)`, ms(ylsAll), `(ours is ${(ylsAll / cli).toFixed(2)}× faster)`);
    const uri = pathToFileURL(path.join(DATA, 'large.scaling.yaml')).href;
    let w = yls.diagnostics(uri); yls.open(uri, large, 'yaml'); await w;
    const lat = []; const lines = large.split('\n');
    for (let v = 2; v < (quick ? 8 : 30); v++) { lines[2] = `  name: x ${v}`; const t0 = process.hrtime.bigint(); w = yls.diagnostics(uri, v); yls.change(uri, v, lines.join('\n')); await w; lat.push(Number(process.hrtime.bigint() - t0) / 1e6); await new Promise((r) => setTimeout(r, 30)); }
    note('peers', 'yaml-language-server, large plan: didChange → publishDiagnostics p50 / p95', `${ms(pct(lat, 50))} / ${ms(pct(lat, 95))}`);
  } catch (e) {
    note('peers', 'yaml-language-server: not measured', `failed: ${e instanceof Error ? e.message : String(e)}`, `(RSS before it went: ${yls.rssMb().toFixed(0)} MB)`);
  }
  await yls.stop();
} else note('peers', 'not measured', 'npm install in bench/ failed');

// The report
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const md = [
  '# Performance',
  '',
  `Measured by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}.`,
  'Every figure is a median over repeated runs (latencies: percentiles over a series of edits).',
  'Plans are generated by bench/generate.mjs: typical (~200 lines), large (300 partners, 1,000 actions), and 1,000 typical plans in one folder.',
  '',
  '| part | what | result | |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.part} | ${r.what} | ${r.value} | ${r.extra} |`),
  '',
  fs.existsSync(path.join(HERE, 'notes.md')) ? fs.readFileSync(path.join(HERE, 'notes.md'), 'utf8') : '',
].join('\n');
fs.writeFileSync(path.join(REPO, 'docs/performance.md'), md);
console.log('\nwrote docs/performance.md');
process.exit(0);
