// A minimal LSP client over stdio for the benchmark (vscode-jsonrpc), used
// for our server and for yaml-language-server alike.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

export async function startLsp(command, args, { initializationOptions, settings, rootUri } = {}) {
  const proc = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
  // A peer that exits while we still write must not take the benchmark down with it.
  proc.stdin.on('error', () => {});
  proc.stdout.on('error', () => {});
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const waiters = new Map(); // uri -> [{version, resolve}]
  const lastPublished = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    lastPublished.set(p.uri, p);
    const list = waiters.get(p.uri) || [];
    waiters.set(p.uri, list.filter((w) => {
      if (w.version === undefined || p.version === undefined || p.version >= w.version) { w.resolve(p); return false; }
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
  conn.sendNotification('initialized', {});
  if (settings) conn.sendNotification('workspace/didChangeConfiguration', { settings });
  return {
    proc, conn,
    diagnostics(uri, version) {
      return new Promise((resolve) => {
        const list = waiters.get(uri) || [];
        list.push({ version, resolve });
        waiters.set(uri, list);
      });
    },
    open(uri, text, languageId, version = 1) {
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, text) {
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    rssMb() {
      try {
        const status = require('node:fs').readFileSync(`/proc/${proc.pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
      } catch { return NaN; }
    },
    async stop() {
      try { await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]); conn.sendNotification('exit'); } catch {}
      setTimeout(() => proc.kill('SIGKILL'), 500).unref();
      conn.dispose();
    },
  };
}
