// A minimal LSP client over stdio for the benchmark (vscode-jsonrpc), used
// for our server and for yaml-language-server alike.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

export async function startLsp(command, args, { initializationOptions, settings, rootUri } = {}) {
  const proc = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  // A peer that exits while we still write must not take the benchmark down with it:
  // every write's rejection is caught, every waiter is rejected with why it went away
  // (exit code or signal and the tail of its stderr), so its row can say so.
  proc.stdin.on('error', () => {});
  proc.stdout.on('error', () => {});
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  let gone;
  const waiters = new Map(); // uri -> [{version, strict, resolve, reject}]
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => {
    gone = new Error(`exited (${signal ?? `code ${code}`})${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`);
    for (const list of waiters.values()) for (const w of list) w.reject(gone);
    waiters.clear();
    resolve(gone);
  }));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const notify = (method, params) => { if (!gone) Promise.resolve(conn.sendNotification(method, params)).catch(() => {}); };
  const lastPublished = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    lastPublished.set(p.uri, p);
    const list = waiters.get(p.uri) || [];
    waiters.set(p.uri, list.filter((w) => {
      // A peer may publish without a version; `strict` waits for that version itself (a scan's
      // version-less publish of an open plan must not pass for the answer to an edit).
      if (w.version === undefined || (p.version === undefined ? !w.strict : p.version >= w.version)) { w.resolve(p); return false; }
      return true;
    }));
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map((i) => (settings && i.section ? settings[i.section] ?? null : settings ?? null)));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => {});
  conn.onError(() => {});
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: rootUri ?? null, initializationOptions,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } } },
  });
  notify('initialized', {});
  if (settings) notify('workspace/didChangeConfiguration', { settings });
  return {
    proc, conn, exited,
    /** Why the server went away (undefined while it runs), with the tail of its stderr. */
    get gone() { return gone; },
    /** Every uri's last publishDiagnostics so far. */
    published: lastPublished,
    diagnostics(uri, version, { strict = false } = {}) {
      return new Promise((resolve, reject) => {
        if (gone) return reject(gone);
        const list = waiters.get(uri) || [];
        list.push({ version, strict, resolve, reject });
        waiters.set(uri, list);
      });
    },
    open(uri, text, languageId, version = 1) {
      notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, text) {
      notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    /** Resident memory now; `peak`: the most it ever held (VmHWM). NaN once it has gone. */
    rssMb(peak = false) {
      try {
        const status = require('node:fs').readFileSync(`/proc/${proc.pid}/status`, 'utf8');
        return Number((peak ? /VmHWM:\s+(\d+)/ : /VmRSS:\s+(\d+)/).exec(status)[1]) / 1024;
      } catch { return NaN; }
    },
    async stop() {
      if (!gone) try { await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]); notify('exit', undefined); } catch {}
      setTimeout(() => proc.kill('SIGKILL'), 500).unref();
      conn.dispose();
    },
  };
}
