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

  it('nothing on the server side imports vscode', () => {
    for (const f of server) for (const i of imports(f)) expect(`${relative(ROOT, f)}: ${i}`).not.toMatch(/: vscode$/);
  });

  it('the client does not import the engine (it talks to the server)', () => {
    for (const f of tsFiles(join(ROOT, 'client/src'))) {
      for (const i of imports(f)) expect(`${relative(ROOT, f)}: ${i}`).not.toMatch(/server\/src|^yaml$|^ajv|markdown-it/);
    }
  });
});
