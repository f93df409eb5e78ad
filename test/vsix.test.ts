/**
 * `npm run package` as a user gets it: bundle, pack with vsce offline, open
 * the .vsix. The manifest inside declares our contributions, the package is
 * small and holds the bundles but no sources, the client bundle carries
 * none of the engine's libraries, and the packaged server runs on its own —
 * unzipped far from any node_modules — and answers like the real thing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { readZip, type ZipEntry } from './helpers/zip';

const ROOT = join(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'scaling-vsix-'));
const vsixPath = join(work, 'scaling-plan.vsix');
let entries: ZipEntry[] = [];
let clientInputs: string[] = [];
let webClientInputs: string[] = [];
const entry = (name: string) => entries.find((e) => e.name === name);
const manifest = () => JSON.parse(entry('extension/package.json')!.data().toString('utf8'));

beforeAll(async () => {
  // The same two steps `npm run package` runs after `tsc -b` (npm test has built already).
  const { bundle } = (await import('../scripts/bundle.mjs')) as { bundle: () => Promise<Record<string, { inputs: Record<string, unknown> }>> };
  const metafiles = await bundle();
  clientInputs = Object.keys(metafiles.client!.inputs);
  webClientInputs = Object.keys(metafiles.webClient!.inputs);
  const packed = spawnSync(process.execPath, ['scripts/package.mjs', '--out', vsixPath], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (packed.status !== 0) throw new Error(`package failed (${packed.status}):\n${packed.stdout}\n${packed.stderr}`);
  entries = readZip(await import('node:fs').then((fs) => fs.readFileSync(vsixPath)));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the .vsix', () => {
  it('is small', () => {
    expect(statSync(vsixPath).size).toBeLessThan(3 * 1024 * 1024);
  });

  it('holds the bundles and the contributions, and no sources or node_modules', () => {
    const names = entries.map((e) => e.name);
    for (const must of [
      'extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/analysisWorker.js',
      'extension/dist/web/client.js', 'extension/dist/web/server.js',
      'extension/dist/media/canvasEditor.js',
      'extension/language-configuration.json', 'extension/syntaxes/scaling-plan.tmLanguage.json',
      'extension/snippets/scaling-plan.code-snippets', 'extension/schemas/scaling-plan.schema.json',
      'extension/schemas/scalingrc.schema.json', 'extension/package.nls.json', 'extension/package.nls.nl.json',
      'extension/images/icon.png', 'extension.vsixmanifest',
    ]) expect(names).toContain(must);
    expect(names.find((n) => /^extension\/(server|client|test|bench|examples|scripts|node_modules)\//.test(n))).toBeUndefined();
    expect(names.filter((n) => /\.(ts|map|vsix)$/.test(n) || n.includes('/node_modules/'))).toEqual([]);
  });

  it('declares the language, grammar, snippets, commands, settings and schemas', () => {
    const m = manifest();
    expect(m.main).toBe('./dist/client.js');
    // github.dev / vscode.dev load the browser entry, which starts dist/web/server.js in a web worker.
    expect(m.browser).toBe('./dist/web/client.js');
    expect(m.capabilities.virtualWorkspaces.supported).toBe('limited');
    expect(m.activationEvents).toContain('onLanguage:scaling-plan');
    expect(m.activationEvents).not.toContain('*');
    const c = m.contributes;
    expect(c.languages[0]).toMatchObject({ id: 'scaling-plan', extensions: ['.scaling.yaml', '.scaling.yml'], configuration: './language-configuration.json' });
    expect(c.grammars[0]).toMatchObject({ language: 'scaling-plan', scopeName: 'source.scaling-plan' });
    expect(c.snippets[0]).toMatchObject({ language: 'scaling-plan' });
    expect(c.commands.map((x: { command: string }) => x.command).sort()).toEqual([
      'scalingPlan.compareReadiness', 'scalingPlan.exportCanvas', 'scalingPlan.fixAll', 'scalingPlan.goToPart', 'scalingPlan.newPlan',
      'scalingPlan.openCanvasEditor', 'scalingPlan.openPreview', 'scalingPlan.openPreviewToSide', 'scalingPlan.reopenAsText', 'scalingPlan.restartServer',
      'scalingPlan.showHistory', 'scalingPlan.showReadiness', 'scalingPlan.showRuleDoc', 'scalingPlan.switchLanguage',
    ]);
    // The canvas editor is offered for plans, never the default editor (the text stays the source one opens).
    expect(c.customEditors).toEqual([{ viewType: 'scalingPlan.canvasEditor', displayName: '%customEditor.canvas%', selector: [{ filenamePattern: '*.scaling.yaml' }, { filenamePattern: '*.scaling.yml' }], priority: 'option' }]);
    expect(entry('extension/dist/media/canvasEditor.js'), 'the canvas editor webview script').toBeDefined();
    // The walkthrough's pages (both languages) and their screenshots are in the package.
    const nls = [JSON.parse(entry('extension/package.nls.json')!.data().toString('utf8')), JSON.parse(entry('extension/package.nls.nl.json')!.data().toString('utf8'))];
    for (const step of c.walkthroughs[0].steps) {
      for (const table of nls) {
        const page = table[/^%(.+)%$/.exec(step.media.markdown)![1]!] as string;
        const md = entry(`extension/${page}`);
        expect(md, page).toBeDefined();
        for (const [, img] of md!.data().toString('utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
          expect(entry(`extension/${join(dirname(page), img!)}`), img).toBeDefined();
        }
      }
    }
    expect(Object.keys(c.configuration.properties).sort()).toEqual(['scalingPlan.language', 'scalingPlan.trace.server']);
    expect(c.yamlValidation).toEqual([
      { fileMatch: ['.scalingrc.yaml', '.scalingrc.yml'], url: './schemas/scalingrc.schema.json' },
      { fileMatch: ['*.scaling.yaml', '*.scaling.yml'], url: './schemas/scaling-plan.schema.json' },
    ]);
    expect(m.capabilities.untrustedWorkspaces.supported).toBe('limited');
    // Every file a contribution points at is in the package.
    for (const p of [c.languages[0].configuration, c.grammars[0].path, c.snippets[0].path, ...c.yamlValidation.map((y: { url: string }) => y.url), m.icon]) {
      expect(entry(`extension/${p.replace(/^\.\//, '')}`), p).toBeDefined();
    }
  });

  it('names the extension as the marketplace and `code --install-extension` see it', () => {
    const xml = entry('extension.vsixmanifest')!.data().toString('utf8');
    expect(xml).toMatch(/<Identity[^>]*Id="scaling-plan"[^>]*Version="\d+\.\d+\.\d+"[^>]*Publisher="scaling-plans"/);
    expect(xml).toContain('Microsoft.VisualStudio.Code.Engine');
  });

  it('activation loads none of the engine: the client bundle holds no yaml, ajv, markdown-it or server code', () => {
    expect(clientInputs.some((i) => i.startsWith('client/src/'))).toBe(true);
    expect(clientInputs.filter((i) => /node_modules\/(yaml|ajv|markdown-it)\/|^server\//.test(i))).toEqual([]);
    const client = entry('extension/dist/client.js')!.data().toString('utf8');
    const required = new Set([...client.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!));
    expect([...required].filter((r) => r !== 'vscode' && !/^(node:)?[a-z_]+$/.test(r))).toEqual([]);
  });

  it('the browser client bundle holds none of the engine and needs nothing but vscode', () => {
    expect(webClientInputs).toContain('client/src/browserExtension.ts');
    expect(webClientInputs.filter((i) => /node_modules\/(yaml|ajv|markdown-it)\/|^server\/|client\/src\/(extension|exportCanvas|history)\.ts/.test(i))).toEqual([]);
    const web = entry('extension/dist/web/client.js')!.data().toString('utf8');
    expect(new Set([...web.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))).toEqual(new Set(['vscode']));
  });
});

describe('the packaged language server, unzipped on its own', () => {
  const home = join(work, 'unzipped');

  it('checks a plan and finds its schema beside it', async () => {
    for (const e of entries.filter((x) => x.name.startsWith('extension/'))) {
      const to = join(home, e.name);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, e.data());
    }
    const proc = spawn(process.execPath, [join(home, 'extension/dist/server.js'), '--stdio'], { cwd: work, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const published = new Map<string, (p: PublishDiagnosticsParams) => void>();
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (p.diagnostics.length > 0) published.get(p.uri)?.(p);
    });
    const logged: string[] = [];
    conn.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      if (p.type === 1) logged.push(p.message); // errors only
    });
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    conn.onRequest('client/registerCapability', () => null);
    conn.listen();
    const diagnostics = (uri: string) => new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}; server stderr: ${stderr.slice(-2000)}`)), 20_000);
      published.set(uri, (p) => { clearTimeout(timer); resolve(p); });
    });
    try {
      const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { lang: 'en' } }) as { serverInfo?: { name: string } };
      expect(init.serverInfo?.name).toBe('scaling-plan-language-server');
      conn.sendNotification('initialized', {});

      const uri = pathToFileURL(join(work, 'plan.scaling.yaml')).href;
      const text = 'scaling-plan: 1\npilot:\n  name: Buurtteams\ningredients:\n  financing:\n    status: partial\n';
      const got = diagnostics(uri);
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'scaling-plan', version: 1, text } });
      const codes = (await got).diagnostics.map((d) => String(typeof d.code === 'object' ? (d.code as { value: unknown }).value : d.code));
      expect(codes.filter((c) => c === 'SP301')).toHaveLength(7); // every ingredient but financing

      // Completion of top-level keys comes from the schema: found from dist/, not from the checkout.
      const items = await conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 0 } }) as { label: string }[] | { items: { label: string }[] };
      const labels = (Array.isArray(items) ? items : items.items).map((i) => i.label);
      expect(labels).toEqual(expect.arrayContaining(['impact', 'routes', 'pitfalls']));

      // A plan past the offload size is read in the bundled worker thread (dist/analysisWorker.js).
      const bigUri = pathToFileURL(join(work, 'big.scaling.yaml')).href;
      const partners = Array.from({ length: 9000 }, (_, i) => `  - id: partner-${i}\n    name: Partner ${i} met een wat langere naam voor de omvang\n`).join('');
      const big = `scaling-plan: 1\npilot:\n  name: Groot\n  owner: onbekend\npartners:\n${partners}`;
      expect(big.length).toBeGreaterThan(600 * 1024);
      const bigGot = diagnostics(bigUri);
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'scaling-plan', version: 1, text: big } });
      const bigCodes = (await bigGot).diagnostics.map((d) => String(typeof d.code === 'object' ? (d.code as { value: unknown }).value : d.code));
      expect(bigCodes).toContain('SP301');
      expect(stderr).not.toMatch(/Cannot find module|ENOENT/);
      expect(logged).toEqual([]); // a worker that fails to load would log here
    } finally {
      await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]).catch(() => undefined);
      conn.sendNotification('exit');
      await new Promise((r) => setTimeout(r, 100));
      if (proc.exitCode === null) proc.kill('SIGKILL');
      conn.dispose();
    }
  }, 60_000);
});
