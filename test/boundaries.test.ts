/**
 * Architecture invariants (see ARCHITECTURE.md), checked on the sources:
 * the engine imports neither `vscode` nor `vscode-languageserver`; only
 * server/src/lsp and server.ts know LSP; the client never imports the engine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** Imports that are not `import type` / `export type` (those are erased from the output). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s*['"]([^'"]+)['"]/g)].filter((m) => !m[1]).map((m) => m[2]!);
}

describe('import boundaries', () => {
  const server = tsFiles(join(ROOT, 'server/src'));
  it('the engine and the CLI import no vscode and no LSP library', () => {
    for (const f of server) {
      const rel = relative(ROOT, f);
      if (rel.startsWith('server/src/lsp/') || rel === 'server/src/server.ts' || rel === 'server/src/browserServer.ts') continue;
      for (const i of imports(f)) {
        expect(`${rel}: ${i}`).not.toMatch(/: (vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(\/|$)/);
      }
    }
  });

  // The engine must run in a browser worker (issue 17): Node APIs stay at the faces (cli/, lsp/, server.ts).
  it('the engine imports no Node API (fs, path, child_process, worker_threads …)', () => {
    const engine = /^server\/src\/(model|rules|schema|edits|preview)\/|^server\/src\/(lint|summary|suppress|text)\.ts$/;
    const files = server.filter((f) => engine.test(relative(ROOT, f)));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      for (const i of imports(f)) {
        expect(`${relative(ROOT, f)}: ${i}`).not.toMatch(/: (node:|(fs|path|os|child_process|worker_threads|url|util|crypto)(\/|$))/);
      }
      expect(`${relative(ROOT, f)}: ${/\b(__dirname|__filename)\b/.test(readFileSync(f, 'utf8'))}`).toBe(`${relative(ROOT, f)}: false`);
    }
  });

  // The language server runs in a browser web worker too (docs/web.md): its wiring and features
  // import no Node API and not `vscode-languageserver/node`; only the Node host's files do.
  it('the language server outside the Node host imports no Node API', () => {
    const nodeHost = /^server\/src\/(server|lsp\/(offload|analysisWorker|workspace|nodeFiles|gitRequests))\.ts$/;
    const files = server.filter((f) => /^server\/src\/(lsp\/|browserServer\.ts)/.test(relative(ROOT, f)) && !nodeHost.test(relative(ROOT, f)));
    expect(files.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['server/src/lsp/serve.ts', 'server/src/lsp/config.ts', 'server/src/browserServer.ts']));
    for (const f of files) {
      for (const i of imports(f)) {
        expect(`${relative(ROOT, f)}: ${i}`).not.toMatch(/: (node:|(fs|path|os|child_process|worker_threads|url|util|crypto)(\/|$)|vscode-languageserver\/node)/);
      }
      // Type-only imports are erased; a value import of a Node-host module would drag its Node APIs in.
      for (const i of valueImports(f)) {
        if (i.startsWith('.')) expect(`${relative(ROOT, f)}: ${i}`).not.toMatch(/\/(cli|git)\/|config\/config\.js|\/(offload|workspace|nodeFiles|gitRequests)\.js$/);
      }
    }
  });

  it('nothing on the server side imports vscode', () => {
    for (const f of server) for (const i of imports(f)) expect(`${relative(ROOT, f)}: ${i}`).not.toMatch(/: vscode$/);
  });

  it('the client does not import the engine (it talks to the server)', () => {
    for (const f of tsFiles(join(ROOT, 'client/src'))) {
      for (const i of imports(f)) expect(`${relative(ROOT, f)}: ${i}`).not.toMatch(/server\/src|^yaml$|^ajv|markdown-it/);
    }
  });
});
