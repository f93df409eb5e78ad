'use strict';
// Start-up of the two bin scripts (issue 17). A bundle (dist/cli.js,
// dist/server.js) runs only when it is there and not older than its tsc output
// (a developer's fresh `tsc -b` is never shadowed by an old bundle); otherwise
// server/out is required as usual.
//
// A bundle runs through V8's code cache: scripts/codecache.mjs runs each bundle
// once at build time on a sample plan and keeps the compiled code of everything
// that run touched (top level and the lazily compiled functions) in
// dist/<name>.codecache. That saves compiling the ~1 MB script and each function
// the first lint touches. The cache is used only for the exact bundle file it was
// made from (size and mtime in its header) and the same Node (version, arch);
// anything else — a missing, stale or foreign cache, or one V8 rejects (other
// flags) — silently falls back to compiling, which is what `require` does anyway.
// Stack traces still name dist/<name>.js (the script's filename).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

function mtime(file) {
  try { return fs.statSync(file).mtimeMs; } catch { return -1; }
}

/** The bundle when it is there and not older than the tsc output, else undefined. */
function freshBundle(bundle, out) {
  const b = mtime(bundle);
  return b > 0 && b >= mtime(out) ? bundle : undefined;
}

const cacheFile = (bundle) => bundle.replace(/\.js$/, '.codecache');
const cacheKey = (stat) => `scaling-plan code cache ${stat.size} ${stat.mtimeMs} ${process.version} ${process.arch}\n`;

/** What became of the last bundle's cache: none, stale (another bundle or Node), rejected (by V8), used, written. */
let lastCache = 'none';

/** The V8 data of the cache when its header matches this bundle and this Node, else undefined. */
function readCache(bundle, stat) {
  let data;
  try { data = fs.readFileSync(cacheFile(bundle)); } catch { return undefined; }
  const key = Buffer.from(cacheKey(stat));
  if (data.length > key.length && data.subarray(0, key.length).equals(key)) return data.subarray(key.length);
  lastCache = 'stale';
  return undefined;
}

/**
 * Runs a CommonJS bundle like `require` would (module, exports, require,
 * __filename, __dirname) and returns its exports. With
 * SCALING_PLAN_WRITE_CODE_CACHE=1 (scripts/codecache.mjs only) the compiled
 * code is written to the cache when the process exits, after the workload ran.
 */
function loadBundle(bundle) {
  const fd = fs.openSync(bundle, 'r');
  let source, stat;
  try {
    stat = fs.fstatSync(fd);
    source = fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
  const writing = process.env.SCALING_PLAN_WRITE_CODE_CACHE === '1';
  lastCache = 'none';
  const cachedData = writing ? undefined : readCache(bundle, stat);
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  if (cachedData) lastCache = script.cachedDataRejected ? 'rejected' : 'used';
  const dir = path.dirname(bundle);
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(dir);
  require.cache[bundle] = mod;
  if (writing) process.once('exit', () => writeCache(bundle, stat, script));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, dir);
  mod.loaded = true;
  return mod.exports;
}

function writeCache(bundle, stat, script) {
  const to = cacheFile(bundle);
  const tmp = `${to}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, Buffer.concat([Buffer.from(cacheKey(stat)), script.createCachedData()]));
  fs.renameSync(tmp, to); // whole or not at all: a reader never sees half a cache
  lastCache = 'written';
}

/** Exports of the bundle when it is fresh, else of the tsc output. */
function load(bundle, out) {
  const fresh = freshBundle(bundle, out);
  return fresh ? loadBundle(fresh) : require(out);
}

module.exports = { load, loadBundle, cacheFile, cacheState: () => lastCache };
