// V8 code caches for the bin scripts (issue 17: start-up), written beside the bundles:
//   dist/cli.codecache     after `scaling-plan lint examples/` ran
//   dist/server.codecache  after the language server published the diagnostics of one example plan
// Each bundle runs once through bin/load-bundle.js with SCALING_PLAN_WRITE_CODE_CACHE=1, on a
// sample workload, so the cache holds what a first lint or a first didOpen compiles (not the
// preview, git or hover: those compile when first used). scripts/bundle.mjs calls this after
// building; bin/load-bundle.js uses a cache only for the very bundle file and Node it was made
// with, so a stale or foreign one is ignored. The .vsix carries none: VS Code runs dist/server.js
// directly, in its own Electron V8, which would reject a cache made by this Node.
//   node scripts/codecache.mjs
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
const EXAMPLES = join(ROOT, 'examples');
// The producer's V8 flags must be a plain `node`'s, or V8 rejects the cache in every later run.
const env = { ...process.env, SCALING_PLAN_WRITE_CODE_CACHE: '1', NODE_OPTIONS: '' };

/**
 * Writes both caches (removing old ones first); returns the files written. A cache
 * that cannot be made is a warning, not a failed build: the bin scripts then start
 * without it (slower, the same output).
 */
export async function writeCodeCaches(dist = join(ROOT, 'dist')) {
  if (resolve(dist) !== join(ROOT, 'dist')) return []; // the bin scripts only ever load ROOT/dist
  const workloads = {
    'cli.js': () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/scaling-plan.js'), 'lint', '--format', 'json', EXAMPLES], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`lint exited ${r.status ?? r.signal}: ${r.stderr}`);
    },
    'server.js': serverWorkload,
  };
  const written = [];
  for (const [name, workload] of Object.entries(workloads)) {
    if (!existsSync(join(dist, name))) continue;
    const cache = join(dist, name.replace(/\.js$/, '.codecache'));
    rmSync(cache, { force: true });
    try {
      await workload();
      if (!existsSync(cache)) throw new Error('the bin script did not run the bundle (is server/out newer than dist/?)');
      written.push(cache);
    } catch (e) {
      console.warn(`warning: no code cache for dist/${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return written;
}

/** initialize → didOpen of one example plan → its diagnostics → shutdown, exit (the cache is written at exit). */
async function serverWorkload() {
  const rpc = require('vscode-languageserver/node');
  const proc = spawn(process.execPath, [join(ROOT, 'bin/scaling-plan-language-server.js'), '--stdio'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((r) => proc.on('exit', r));
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.listen();
  const file = join(EXAMPLES, readdirSync(EXAMPLES).filter((f) => f.endsWith('.scaling.yaml')).sort()[0]);
  const uri = pathToFileURL(file).href;
  const published = new Promise((r) => conn.onNotification('textDocument/publishDiagnostics', (p) => { if (p.uri === uri) r(p); }));
  const timeout = setTimeout(() => proc.kill('SIGKILL'), 60_000);
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'scaling-plan', version: 1, text: readFileSync(file, 'utf8') } });
    await Promise.race([published, exited.then(() => { throw new Error(`code cache: the server exited: ${stderr}`); })]);
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    await exited;
  } finally {
    clearTimeout(timeout);
    conn.dispose();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const f of await writeCodeCaches()) console.log(`${f.replace(/^.*?dist\//, 'dist/')}  ${(readFileSync(f).length / 1024).toFixed(0)} KB`);
}
