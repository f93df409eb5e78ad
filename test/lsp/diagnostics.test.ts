/**
 * Diagnostics from the real server process over stdio: exact codes and
 * ranges, the LSP shape (code, link, source, severity, data), edits,
 * versions, closing, language choice and config changes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesAt, fileUri, startServer, type LspClient } from '../helpers/lspClient.js';

const INGREDIENTS = ['collaboration', 'needs', 'governance', 'value', 'financing', 'skills', 'technology', 'privacy'];

const PLAN = [
  'scaling-plan: 1', // 0
  'pilot:', // 1
  '  name: Buurtaanpak', // 2
  '  name: Tweede naam', // 3  SP003
  'ingredients:', // 4  SP301 ×7
  '  financing:', // 5
  '    status: partial', // 6
  '',
].join('\n');

const DIR = mkdtempSync(join(tmpdir(), 'lsp-diag-'));
const uri = (name: string): string => fileUri(join(DIR, name));

let c: LspClient;
beforeAll(async () => {
  c = await startServer({ workspaceFolders: [DIR] });
});
afterAll(async () => {
  await c.stop();
  rmSync(DIR, { recursive: true, force: true });
});

/**
 * A point in the server's own order of events, without a clock: a plan
 * opened now is checked and a request about it answered only after every
 * message sent before it was handled.
 */
async function served(probe: string): Promise<void> {
  const wait = c.diagnostics(probe, 1);
  c.open(probe, PLAN);
  await wait;
  await c.request('textDocument/documentSymbol', { textDocument: { uri: probe } });
  c.close(probe);
}

describe('diagnostics', () => {
  it('publishes the engine findings with exact codes and ranges, as LSP diagnostics', async () => {
    const u = uri('shape.scaling.yaml');
    const wait = c.diagnostics(u, 1);
    c.open(u, PLAN);
    const p = await wait;
    expect(p.version).toBe(1);
    const mine = p.diagnostics.filter((d) => ['SP001', 'SP003', 'SP301'].includes(String(d.code)));
    expect(codesAt(mine)).toEqual([
      { code: 'SP003', start: [3, 2], end: [3, 6] },
      ...Array.from({ length: 7 }, () => ({ code: 'SP301', start: [4, 0] as [number, number], end: [4, 11] as [number, number] })),
    ]);
    const sp301 = p.diagnostics.find((d) => d.code === 'SP301')!;
    expect(sp301).toMatchObject({
      severity: 2,
      source: 'scaling-plan',
      codeDescription: { href: expect.stringMatching(/docs\/rules\/SP301\.md$/) },
      message: "Ingredient 'collaboration' is missing: add `collaboration:` under `ingredients` and describe where it stands (status, risk) and what is needed.",
      data: { rule: 'ingredient-missing', item: 'ingredients/collaboration', fix: { ingredient: 'collaboration' } },
    });
    expect(p.diagnostics.find((d) => d.code === 'SP003')!.severity).toBe(1);
  });

  it('reports a YAML syntax error (SP001) at its position', async () => {
    const u = uri('syntax.scaling.yaml');
    const wait = c.diagnostics(u, 1);
    c.open(u, 'scaling-plan: 1\npilot:\n\tname: X\n');
    const p = await wait;
    expect(codesAt(p.diagnostics.filter((d) => d.code === 'SP001'))).toEqual([{ code: 'SP001', start: [2, 0], end: [2, 1] }]);
    expect(p.diagnostics.find((d) => d.code === 'SP001')!.message).toMatch(/^This line is indented with a tab; YAML allows only spaces\./);
  });

  it('all eight SP301 go to the first line when `ingredients` is absent', async () => {
    const u = uri('none.scaling.yaml');
    const wait = c.diagnostics(u, 1);
    c.open(u, 'scaling-plan: 1\npilot:\n  name: X\n');
    const p = await wait;
    const sp301 = p.diagnostics.filter((d) => d.code === 'SP301');
    expect(codesAt(sp301)).toEqual(Array.from({ length: 8 }, () => ({ code: 'SP301', start: [0, 0], end: [0, 15] })));
    expect(sp301.map((d) => (d.data as { fix: { ingredient: string } }).fix.ingredient).sort()).toEqual([...INGREDIENTS].sort());
  });

  it('re-checks after an edit and publishes for the new version', async () => {
    const u = uri('edit.scaling.yaml');
    let wait = c.diagnostics(u, 1);
    c.open(u, PLAN);
    await wait;
    const fixed = PLAN.replace('  name: Tweede naam\n', '').replace('  financing:\n    status: partial\n', INGREDIENTS.map((k) => `  ${k}:\n    status: partial\n`).join(''));
    wait = c.diagnostics(u, 2);
    c.change(u, 2, fixed);
    const p = await wait;
    expect(p.version).toBe(2);
    expect(p.diagnostics.filter((d) => ['SP003', 'SP301'].includes(String(d.code)))).toEqual([]);
  });

  it('drops superseded versions: a burst of edits ends with the last version, never an older one after it', async () => {
    const u = uri('burst.scaling.yaml');
    let wait = c.diagnostics(u, 1);
    c.open(u, PLAN);
    await wait;
    const from = c.published.length;
    wait = c.diagnostics(u, 6);
    for (let v = 2; v <= 6; v++) c.change(u, v, v === 6 ? 'scaling-plan: 1\n' : `${PLAN}# edit ${v}\n`);
    const last = await wait;
    await served(uri('burst-probe.scaling.yaml')); // anything still queued for the burst came before this
    const versions = c.published.slice(from).filter((p) => p.uri === u).map((p) => p.version);
    expect(versions[versions.length - 1]).toBe(6);
    expect([...versions].sort((a, b) => a! - b!)).toEqual(versions); // never an older result after a newer one
    expect(versions.length).toBeLessThan(5); // the burst was merged, not checked edit by edit
    expect(last.diagnostics.some((d) => d.code === 'SP003')).toBe(false);
  });

  it('clears the diagnostics of a closed document', async () => {
    const u = uri('close.scaling.yaml');
    const wait = c.diagnostics(u, 1);
    c.open(u, PLAN);
    expect((await wait).diagnostics.length).toBeGreaterThan(0);
    const cleared = c.diagnostics(u);
    c.close(u);
    expect((await cleared).diagnostics).toEqual([]);
  });

  it('publishes nothing late for a document closed right after an edit', async () => {
    const u = uri('late.scaling.yaml');
    const wait = c.diagnostics(u, 1);
    c.open(u, PLAN);
    await wait;
    const from = c.published.length;
    c.change(u, 2, `${PLAN}# more\n`);
    c.close(u);
    // Whether the edit was checked before the close arrived is the machine's
    // business; what counts is the order: once the server has handled the
    // close and answered for a document opened after it, the last word on
    // the closed document is "nothing", and nothing came after it.
    await served(uri('late-probe.scaling.yaml'));
    const after = c.published.slice(from).filter((p) => p.uri === u);
    expect(after.length).toBeGreaterThan(0);
    expect(after[after.length - 1]!.diagnostics).toEqual([]);
    expect(after.slice(0, -1).every((p) => p.version === 2)).toBe(true); // at most the edit's own result, before the close
  });

  it('ignores YAML files that are not plans', async () => {
    const u = uri('other.yaml');
    const from = c.published.length;
    c.open(u, 'a: 1\na: 2\n', 1, 'yaml');
    const probe = uri('probe.scaling.yaml');
    const wait = c.diagnostics(probe, 1);
    c.open(probe, PLAN);
    await wait;
    expect(c.published.slice(from).some((p) => p.uri === u)).toBe(false);
  });
});

describe('message language', () => {
  const nlMessage = 'Ingrediënt ‘samenwerking’ (`collaboration`) ontbreekt: voeg `collaboration:` toe onder `ingredients` en beschrijf hoe het ervoor staat (status, risico) en wat er nodig is.';

  async function firstSp301(options: Parameters<typeof startServer>[0]): Promise<string> {
    const s = await startServer(options);
    try {
      const u = uri('lang.scaling.yaml');
      const wait = s.diagnostics(u, 1);
      s.open(u, 'scaling-plan: 1\npilot:\n  name: X\n');
      return (await wait).diagnostics.find((d) => (d.data as { item: string }).item === 'ingredients/collaboration')!.message;
    } finally {
      await s.stop();
    }
  }

  it('follows initializationOptions.lang', async () => {
    expect(await firstSp301({ initializationOptions: { lang: 'nl' } })).toBe(nlMessage);
  });
  it('follows the client locale when nothing else is set', async () => {
    expect(await firstSp301({ locale: 'nl-NL' })).toBe(nlMessage);
  });
  it('lets the setting scalingPlan.language override initializationOptions', async () => {
    expect(await firstSp301({ initializationOptions: { lang: 'en' }, settings: { scalingPlan: { language: 'nl' } } })).toBe(nlMessage);
  });
});

describe('settings change', () => {
  it('re-lints open plans in the new language when scalingPlan.language changes', async () => {
    const s = await startServer({ settings: { scalingPlan: { language: 'en' } } });
    try {
      const u = uri('switch.scaling.yaml');
      let wait = s.diagnostics(u, 1);
      s.open(u, 'scaling-plan: 1\npilot:\n  name: X\n');
      const collaboration = (d: { data?: unknown }): boolean => (d.data as { item: string }).item === 'ingredients/collaboration';
      expect((await wait).diagnostics.find(collaboration)!.message).toMatch(/^Ingredient 'collaboration' is missing/);
      s.settings['scalingPlan'] = { language: 'nl' };
      wait = s.diagnostics(u, 1);
      s.notify('workspace/didChangeConfiguration', { settings: null });
      expect((await wait).diagnostics.find(collaboration)!.message).toMatch(/^Ingrediënt ‘samenwerking’ \(`collaboration`\) ontbreekt/);
      expect(s.serverRequests.filter((r) => r === 'workspace/configuration').length).toBeGreaterThanOrEqual(2);
    } finally {
      await s.stop();
    }
  });
});

describe('a client slow to answer workspace/configuration', () => {
  it('gets diagnostics without its settings after a wait, then again once its late answer changes them', async () => {
    let answer!: () => void;
    const settingsGate = new Promise<void>((r) => (answer = r));
    const s = await startServer({ initializationOptions: { lang: 'en' }, settings: { scalingPlan: { language: 'nl' } }, settingsGate });
    try {
      const u = uri('late.scaling.yaml');
      const collaboration = (d: { data?: unknown }): boolean => (d.data as { item: string }).item === 'ingredients/collaboration';
      const first = s.diagnostics(u, 1);
      s.open(u, 'scaling-plan: 1\npilot:\n  name: X\n');
      expect((await first).diagnostics.find(collaboration)!.message).toMatch(/^Ingredient 'collaboration' is missing/);
      const second = s.diagnostics(u, 1);
      answer();
      expect((await second).diagnostics.find(collaboration)!.message).toMatch(/^Ingrediënt ‘samenwerking’ \(`collaboration`\) ontbreekt/);
    } finally {
      await s.stop();
    }
  });
});

describe('config', () => {
  it('re-lints open plans when .scalingrc.yaml changes on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsp-config-'));
    const s = await startServer({ workspaceFolders: [dir] });
    try {
      const u = fileUri(join(dir, 'plan.scaling.yaml'));
      let wait = s.diagnostics(u, 1);
      s.open(u, PLAN);
      expect((await wait).diagnostics.filter((d) => d.code === 'SP301')).toHaveLength(7);
      writeFileSync(join(dir, '.scalingrc.yaml'), 'rules:\n  SP301: off\n  SP003: warning\n');
      wait = s.diagnostics(u, 1);
      s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.scalingrc.yaml')), type: 1 }] });
      const p = await wait;
      expect(p.diagnostics.filter((d) => d.code === 'SP301')).toEqual([]);
      expect(p.diagnostics.find((d) => d.code === 'SP003')!.severity).toBe(2);
    } finally {
      await s.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('re-lints open plans as an open .scalingrc.yaml is edited, and checks the config itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsp-config-'));
    const s = await startServer({ workspaceFolders: [dir] });
    try {
      const u = fileUri(join(dir, 'plan.scaling.yaml'));
      const cfg = fileUri(join(dir, '.scalingrc.yaml'));
      writeFileSync(join(dir, '.scalingrc.yaml'), 'lang: en\n');
      let wait = s.diagnostics(u, 1);
      s.open(u, PLAN);
      const collaboration = (d: { data?: unknown }): boolean => (d.data as { item: string }).item === 'ingredients/collaboration';
      expect((await wait).diagnostics.find(collaboration)!.message).toMatch(/^Ingredient 'collaboration'/);
      wait = s.diagnostics(u, 1);
      const cfgWait = s.diagnostics(cfg, 1);
      s.open(cfg, 'lang: nl\nrules:\n  SP999: loud\n', 1, 'yaml');
      expect((await wait).diagnostics.find(collaboration)!.message).toMatch(/^Ingrediënt ‘samenwerking’/);
      // The config's own problems, on the config document, in its language.
      const own = (await cfgWait).diagnostics;
      expect(codesAt(own)).toEqual([{ code: 'SP002', start: [2, 2], end: [2, 7] }]);
      expect(own[0]!.message).toMatch(/SP999/);
      expect(own[0]!.message).toMatch(/^Er is geen regel/);
    } finally {
      await s.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('resolves the config per workspace folder (multi-root): the search stops at the plan\'s own folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lsp-roots-'));
    const [a, b] = [join(root, 'a'), join(root, 'b')];
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(root, '.scalingrc.yaml'), 'rules:\n  SP301: off\n'); // above both folders: applies to neither
    writeFileSync(join(b, '.scalingrc.yaml'), 'rules:\n  SP301: error\n');
    const s = await startServer({ workspaceFolders: [a, b] });
    try {
      const severities = async (dir: string): Promise<number[]> => {
        const u = fileUri(join(dir, 'plan.scaling.yaml'));
        const wait = s.diagnostics(u, 1);
        s.open(u, PLAN);
        return [...new Set((await wait).diagnostics.filter((d) => d.code === 'SP301').map((d) => d.severity!))];
      };
      expect(await severities(a)).toEqual([2]); // the default: warning
      expect(await severities(b)).toEqual([1]); // b's own config: error
    } finally {
      await s.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
