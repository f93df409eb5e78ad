/**
 * github.dev / vscode.dev for real (issue 17.4): the browser bundle of the
 * language server (dist/web/server.js, built fresh into a temp folder) runs
 * as a Worker in Debian's headless Chromium and is spoken to over LSP with
 * postMessage, as VS Code for the web does. Every example plan must get the
 * diagnostics the CLI prints for it (the real CLI, as a process); hover,
 * completion, symbols, code actions and the preview must answer as the
 * desktop server (over stdio) answers; diff and history must say they need a
 * local checkout, in the user's language.
 *
 * When /usr/bin/chromium is absent: skipped with a message on a developer
 * machine, a failure under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { needs } from './helpers/prerequisite.js';
import { fileUri, startServer, type LspClient } from './helpers/lspClient.js';
import { at } from './lsp/plans.js';
// @ts-expect-error plain JS helpers, shared with bench/browser.mjs
import { bundleWeb } from '../scripts/bundle.mjs';
// @ts-expect-error plain JS helpers, shared with bench/browser.mjs
import { CAPABILITIES, CHROMIUM, openWorkerServer } from './helpers/workerPage.mjs';

const ROOT = join(__dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const FOLDER = 'vscode-vfs://github/scaling-plans/scaling-plan';
const plans = readdirSync(EXAMPLES).filter((f) => /\.scaling\.ya?ml$/.test(f)).sort();
const webUri = (name: string): string => `${FOLDER}/examples/${name}`;
const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

interface Worker {
  conn: { sendRequest(method: string, params?: unknown): Promise<unknown>; sendNotification(method: string, params?: unknown): Promise<void>; onNotification(method: string, h: (p: never) => void): void; onRequest(method: string, h: (p: never) => unknown): void; listen(): void };
  errors: string[];
  close(): Promise<void>;
}

let tmp: string;
let worker: Worker;
const published = new Map<string, PublishDiagnosticsParams>();
const logs: string[] = [];

/** The diagnostics the worker published for `uri`, once it has (polled, generous timeout). */
async function diagnosticsOf(uri: string, timeoutMs = 30_000): Promise<Diagnostic[]> {
  const until = Date.now() + timeoutMs;
  while (!published.has(uri)) {
    if (Date.now() > until) throw new Error(`no diagnostics for ${uri}; worker errors: ${worker.errors.join(' | ')}; logs: ${logs.join(' | ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return published.get(uri)!.diagnostics;
}

/** What a user sees of a diagnostic: code, place, text, severity (1-based like the CLI's `--format json`). */
function seen(d: Diagnostic): { code: string; line: number; column: number; endLine: number; endColumn: number; message: string; severity: string } {
  return {
    code: String(d.code), line: d.range.start.line + 1, column: d.range.start.character + 1,
    endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1, message: d.message, severity: SEVERITY[d.severity ?? 2]!,
  };
}

const present = needs(`Chromium (${CHROMIUM})`, existsSync(CHROMIUM), 'apt-get install -y chromium');

describe.runIf(present)('the language server in a browser web worker', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'scaling-web-'));
    await bundleWeb({ outdir: tmp });
    worker = await openWorkerServer({ webDir: join(tmp, 'web') });
    worker.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void published.set(p.uri, p));
    worker.conn.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
    worker.conn.onRequest('client/registerCapability', () => null);
    worker.conn.listen();
    await worker.conn.sendRequest('initialize', {
      processId: null, locale: 'nl', clientInfo: { name: 'Visual Studio Code' }, rootUri: FOLDER,
      workspaceFolders: [{ uri: FOLDER, name: 'scaling-plan' }], capabilities: CAPABILITIES,
    });
    await worker.conn.sendNotification('initialized', {});
    for (const name of plans) {
      await worker.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri: webUri(name), languageId: 'scaling-plan', version: 1, text: readFileSync(join(EXAMPLES, name), 'utf8') },
      });
    }
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('finds the example plans', () => expect(plans.length).toBeGreaterThanOrEqual(4));

  it('gives every example plan the diagnostics the CLI prints for it', async () => {
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin/scaling-plan.js'), 'lint', '--format', 'json', '--lang', 'nl', ...plans.map((p) => `examples/${p}`)], { cwd: ROOT, encoding: 'utf8' });
    const files = JSON.parse(cli.stdout) as { file: string; diagnostics: ReturnType<typeof seen>[] }[];
    expect(files.map((f) => f.file)).toEqual(plans.map((p) => `examples/${p}`));
    let total = 0;
    for (const name of plans) {
      const expected = files.find((f) => f.file === `examples/${name}`)!.diagnostics
        .map(({ code, line, column, endLine, endColumn, message, severity }) => ({ code, line, column, endLine, endColumn, message, severity }));
      total += expected.length;
      expect((await diagnosticsOf(webUri(name))).map(seen), name).toEqual(expected);
    }
    expect(total).toBeGreaterThan(5); // most examples have findings: the comparison is not of empty lists
    expect(worker.errors).toEqual([]);
  });

  describe('answers as the desktop server does', () => {
    const name = 'havendam-welzijnscoach.scaling.yaml';
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    const desktopUri = fileUri(join(EXAMPLES, name));
    let desktop: LspClient;
    beforeAll(async () => {
      desktop = await startServer({ locale: 'nl', clientName: 'Visual Studio Code', documentChanges: true });
      desktop.open(desktopUri, text);
      await desktop.diagnostics(desktopUri);
      await diagnosticsOf(webUri(name));
    }, 60_000);
    afterAll(async () => desktop?.stop());

    /** Asks both servers; the worker's answer, with its URI put back, must equal the desktop one. */
    async function both(method: string, params: Record<string, unknown>): Promise<unknown> {
      const ask = (uri: string): Record<string, unknown> => JSON.parse(JSON.stringify(params).replaceAll('@URI@', uri)) as Record<string, unknown>;
      const fromWorker = JSON.stringify(await worker.conn.sendRequest(method, ask(webUri(name)))).replaceAll(webUri(name), '@URI@');
      const fromDesktop = JSON.stringify(await desktop.request(method, ask(desktopUri))).replaceAll(desktopUri, '@URI@');
      expect(fromWorker, method).toEqual(fromDesktop);
      return JSON.parse(fromWorker) as unknown;
    }
    const doc = { uri: '@URI@' };

    it('hover', async () => {
      const h = (await both('textDocument/hover', { textDocument: doc, position: at(text, 'stage:', 0, 2) })) as { contents: { value: string } };
      expect(h.contents.value).toBe('**stage**\n\nWaar de pilot nu staat.');
    });
    it('completion', async () => {
      const items = (await both('textDocument/completion', { textDocument: doc, position: at(text, 'strategy: ', 0, 10) })) as { label: string }[];
      expect(items.map((i) => i.label)).toContain('growth');
    });
    it('document symbols', async () => {
      const symbols = (await both('textDocument/documentSymbol', { textDocument: doc })) as { name: string }[];
      expect(symbols.map((s) => s.name)).toEqual(expect.arrayContaining(['pilot', 'impact', 'routes', 'ingredients', 'partners', 'actions']));
    });
    it('code actions', async () => {
      const diagnostics = await diagnosticsOf(webUri(name));
      const first = diagnostics[0]!;
      const actions = (await both('textDocument/codeAction', { textDocument: doc, range: first.range, context: { diagnostics: [first] } })) as { title: string }[];
      expect(actions.length).toBeGreaterThan(0);
      expect(actions.map((a) => a.title).join('\n')).toMatch(/SP\d{3}/);
    });
    it('the canvas preview', async () => {
      const r = (await both('scalingPlan/preview', { uri: '@URI@', lang: 'nl' })) as { body: string };
      expect(r.body).toContain('Welzijnscoach aan de keukentafel');
    });
  });

  // docs/web.md: in the browser a .scalingrc.yaml counts while it is open in the editor.
  it('applies an open .scalingrc.yaml: rules, overrides by folder and ignore, on vscode-vfs URIs', async () => {
    const team = 'vscode-vfs://github/gemeente/plannen';
    const text = readFileSync(join(EXAMPLES, 'havendam-welzijnscoach.scaling.yaml'), 'utf8');
    const [wijk, top, archief] = [`${team}/wijk%20noord/a.scaling.yaml`, `${team}/b.scaling.yaml`, `${team}/archief/c.scaling.yaml`];
    const codes = (uri: string): string[] => (published.get(uri)?.diagnostics ?? []).map((d) => String(d.code));
    for (const uri of [wijk, top, archief]) {
      await worker.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'scaling-plan', version: 1, text } });
    }
    for (const uri of [wijk, top, archief]) await diagnosticsOf(uri);
    for (const uri of [wijk, top, archief]) expect(codes(uri)).toEqual(expect.arrayContaining(['SP501', 'SP302']));
    const config = 'rules:\n  SP501: off\noverrides:\n  - files: ["wijk noord/**"]\n    rules:\n      SP302: off\nignore:\n  - archief/**\n';
    await worker.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: `${team}/.scalingrc.yaml`, languageId: 'yaml', version: 1, text: config } });
    const until = Date.now() + 40_000;
    while (codes(top).includes('SP501') || codes(wijk).includes('SP302') || codes(archief).length > 0) {
      if (Date.now() > until) throw new Error(`config not applied: ${JSON.stringify([codes(wijk), codes(top), codes(archief)])}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(codes(top)).not.toContain('SP501');
    expect(codes(top)).toContain('SP302');
    expect(codes(wijk)).not.toContain('SP501');
    expect(codes(wijk)).not.toContain('SP302');
    expect(codes(wijk).length).toBeGreaterThan(0);
    expect(codes(archief)).toEqual([]);
  }, 60_000);

  it('says diff and history need a local checkout, in Dutch', async () => {
    for (const method of ['scalingPlan/diff', 'scalingPlan/history']) {
      const answer = worker.conn.sendRequest(method, { uri: webUri(plans[0]!), format: 'text' });
      await expect(answer, method).rejects.toThrow(/alleen in een lokale kopie van de repository \(een checkout\), niet in de browser/);
    }
  });
});
