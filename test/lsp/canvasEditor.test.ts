/**
 * The canvas editor's requests over stdio, as VS Code's client sends them:
 * the editable canvas of an example plan, one `set` intent → one
 * WorkspaceEdit that changes exactly the status line, a stale version and an
 * unreadable plan refused (no edit on text the user did not see or we cannot read).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import { applyWorkspaceEdit, ROOT, startServer, type LspClient } from '../helpers/lspClient.js';

const PLAN = readFileSync(join(ROOT, 'examples/havendam-welzijnscoach.scaling.yaml'), 'utf8');
const uri = 'file:///tmp/lsp-canvas-editor/havendam.scaling.yaml';
const broken = 'file:///tmp/lsp-canvas-editor/broken.scaling.yaml';
const BROKEN = 'scaling-plan: 1\npilot:\n  name: "Ongesloten\nroutes:\n  in: {}\n';

type Canvas = { version: number; lang: string; body: string; css: string; unreadable?: true; errors?: { line: number; message: string }[] };
type Edit = { ok: true; edit: WorkspaceEdit } | { ok: false; reason: string };

let c: LspClient;
let plain: LspClient;
beforeAll(async () => {
  c = await startServer({ documentChanges: true });
  plain = await startServer({ documentChanges: false });
  for (const s of [c, plain]) {
    const wait = s.diagnostics(uri, 3);
    s.open(uri, PLAN, 3);
    await wait;
  }
  const wait = c.diagnostics(broken, 1);
  c.open(broken, BROKEN);
  await wait;
});
afterAll(async () => {
  await c.stop();
  await plain.stop();
});

const setStatus = { kind: 'set', path: ['ingredients', 'needs', 'status'], value: 'partial' };

/** The lines that differ between two texts of equal line count, as [line, old, new]. */
function changedLines(before: string, after: string): [number, string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i): [number, string, string][] => (line === b[i] ? [] : [[i, line, b[i]!]]));
}

describe('scalingPlan/canvasEditor', () => {
  it('gives the editable canvas of the open version, in the language asked', async () => {
    const r = await c.request<Canvas>('scalingPlan/canvasEditor', { uri, lang: 'nl' });
    expect(r).toMatchObject({ version: 3, lang: 'nl' });
    expect(r.unreadable).toBeUndefined();
    expect(r.body).toContain('<select');
    expect(r.css.length).toBeGreaterThan(0);
  });

  it('shows only the reading errors of a plan that does not parse, without controls', async () => {
    const r = await c.request<Canvas>('scalingPlan/canvasEditor', { uri: broken, lang: 'en' });
    expect(r).toMatchObject({ version: 1, lang: 'en', unreadable: true });
    expect(r.body).toBeUndefined();
    expect(r.errors!.length).toBeGreaterThan(0);
    expect(r.errors!.every((e) => Number.isInteger(e.line) && e.line >= 0 && e.line < 6 && e.message.length > 0)).toBe(true);
  });

  it('answers null for a document that is not open', async () => {
    expect(await c.request('scalingPlan/canvasEditor', { uri: 'file:///tmp/lsp-canvas-editor/closed.scaling.yaml' })).toBeNull();
  });
});

describe('scalingPlan/canvasEdit', () => {
  it('turns a set intent into one versioned WorkspaceEdit that changes exactly the status line', async () => {
    const r = await c.request<Edit>('scalingPlan/canvasEdit', { uri, version: 3, intent: setStatus, lang: 'nl' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.edit.changes).toBeUndefined();
    expect(r.edit.documentChanges).toHaveLength(1);
    expect(r.edit.documentChanges![0]).toMatchObject({ textDocument: { uri, version: 3 } });
    const after = applyWorkspaceEdit(PLAN, uri, r.edit);
    expect(changedLines(PLAN, after)).toEqual([[87, '    status: sufficient', '    status: partial']]);
  });

  it('uses plain `changes` for a client without documentChanges', async () => {
    const r = await plain.request<Edit>('scalingPlan/canvasEdit', { uri, version: 3, intent: setStatus });
    expect(r.ok && r.edit.documentChanges).toBeUndefined();
    expect(r.ok && Object.keys(r.edit.changes ?? {})).toEqual([uri]);
    if (r.ok) expect(changedLines(PLAN, applyWorkspaceEdit(PLAN, uri, r.edit))).toEqual([[87, '    status: sufficient', '    status: partial']]);
  });

  it('refuses an intent made against another version of the text, in the language of the editor', async () => {
    expect(await c.request<Edit>('scalingPlan/canvasEdit', { uri, version: 2, intent: setStatus, lang: 'en' }))
      .toEqual({ ok: false, reason: 'The plan changed meanwhile; the canvas has been updated. Try again.' });
    expect(await c.request<Edit>('scalingPlan/canvasEdit', { uri, version: 4, intent: setStatus, lang: 'nl' }))
      .toEqual({ ok: false, reason: 'Het plan is intussen gewijzigd; het canvas is bijgewerkt. Probeer het nog eens.' });
  });

  it('refuses to edit a plan that does not parse', async () => {
    const r = await c.request<Edit>('scalingPlan/canvasEdit', { uri: broken, version: 1, intent: { kind: 'set', path: ['scaling-plan'], value: 1 }, lang: 'en' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.length).toBeGreaterThan(0);
  });

  it('refuses what is not an intent, and a plan that is not open', async () => {
    for (const intent of [null, 'set', { kind: 'set', path: ['__proto__'], value: 1 }, { kind: 'eval', code: 'x' }]) {
      expect(await c.request<Edit>('scalingPlan/canvasEdit', { uri, version: 3, intent, lang: 'en' }))
        .toEqual({ ok: false, reason: 'The language server does not understand this change; nothing was changed.' });
    }
    expect(await c.request<Edit>('scalingPlan/canvasEdit', { uri: 'file:///tmp/lsp-canvas-editor/closed.scaling.yaml', version: 1, intent: setStatus, lang: 'en' }))
      .toEqual({ ok: false, reason: 'This plan is not open (any more); nothing was changed.' });
    expect(c.exited()).toBe(false);
  });
});
