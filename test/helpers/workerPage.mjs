// The language server's browser bundle (dist/web/server.js) in a real
// Chromium, the way github.dev runs it: a page on a local http server starts
// it as a Worker, and this process speaks LSP to it with postMessage through
// the page (JSON-RPC over a MessageReader/Writer pair). Plain JS, so both
// test/browser-worker.test.ts and bench/browser.mjs use it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, createProtocolConnection } from 'vscode-languageserver/node';

export const CHROMIUM = '/usr/bin/chromium';

const PAGE = '<!doctype html><meta charset="utf-8"><title>scaling-plan web worker</title>';

/** Serves the page and `webDir`/server.js on 127.0.0.1 (a Worker cannot start from file://). */
function serveFiles(webDir) {
  const server = createServer((req, res) => {
    if (req.url === '/server.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(join(webDir, 'server.js')));
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

class PageReader extends AbstractMessageReader {
  callback = undefined;
  listen(callback) {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
  deliver(message) {
    this.callback?.(message);
  }
}

class PageWriter extends AbstractMessageWriter {
  chain = Promise.resolve();
  constructor(page) {
    super();
    this.page = page;
  }
  write(message) {
    // In order, one postMessage after the other.
    this.chain = this.chain.then(() => this.page.evaluate((m) => globalThis.__worker.postMessage(m), message));
    return this.chain;
  }
  end() {}
}

/**
 * Launches Chromium (or uses `browser`), opens the page and starts the
 * worker. Returns the LSP connection (not yet listening) and a close().
 * `started`: performance.now() in this process just before the worker is made.
 */
export async function openWorkerServer({ webDir, browser: given }) {
  const http = await serveFiles(webDir);
  const browser = given ?? await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  const reader = new PageReader();
  const errors = [];
  await page.exposeFunction('__fromWorker', (m) => reader.deliver(m));
  await page.exposeFunction('__workerError', (m) => errors.push(m));
  await page.goto(`http://127.0.0.1:${http.address().port}/`);
  const started = performance.now();
  await page.evaluate(() => {
    const w = new Worker('/server.js');
    w.onmessage = (e) => globalThis.__fromWorker(e.data);
    w.onerror = (e) => globalThis.__workerError(String(e.message));
    globalThis.__worker = w;
  });
  const conn = createProtocolConnection(reader, new PageWriter(page));
  return {
    conn, page, errors, started,
    async close() {
      conn.dispose();
      await page.close().catch(() => undefined);
      if (!given) await browser.close();
      await new Promise((r) => http.close(r));
    },
  };
}

/** The client capabilities a VS Code-like editor announces (enough for every feature we test). */
export const CAPABILITIES = {
  general: { positionEncodings: ['utf-16'] },
  workspace: { workspaceFolders: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};
