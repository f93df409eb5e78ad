/**
 * Definition, references, rename, hover on ids and the outline, against the
 * real server process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver/node';
import { applyWorkspaceEdit, startServer, type LspClient } from '../helpers/lspClient.js';
import { at, PLAN } from './plans.js';

const uri = 'file:///tmp/lsp-nav/plan.scaling.yaml';
let c: LspClient;
const td = { uri };

beforeAll(async () => {
  c = await startServer({ documentChanges: true });
  const wait = c.diagnostics(uri, 1);
  c.open(uri, PLAN);
  await wait;
});
afterAll(() => c.stop());

const line = (l: Location): [number, number, number, number] => [l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character];

describe('definition and references', () => {
  it('goes from a partner reference to its declaration', async () => {
    const defs = await c.request<Location[]>('textDocument/definition', { textDocument: td, position: at(PLAN, 'owner: ns', 0, 8) });
    expect(defs.map(line)).toEqual([[20, 8, 20, 10]]);
    expect(defs[0]!.uri).toBe(uri);
  });

  it('goes from an action id in a route to the action, and points inside quotes', async () => {
    const a2 = await c.request<Location[]>('textDocument/definition', { textDocument: td, position: at(PLAN, 'a2]', 0, 1) });
    expect(a2.map(line)).toEqual([[35, 8, 35, 10]]);
    const gemeente = await c.request<Location[]>('textDocument/definition', { textDocument: td, position: at(PLAN, 'partner: gemeente', 0, 10) });
    expect(gemeente.map(line)).toEqual([[25, 9, 25, 17]]); // `"gemeente"` without its quotes
  });

  it('finds every reference, with or without the declaration', async () => {
    const withDecl = await c.request<Location[]>('textDocument/references', { textDocument: td, position: at(PLAN, 'id: ns', 0, 5), context: { includeDeclaration: true } });
    expect(withDecl.map(line)).toEqual([[20, 8, 20, 10], [3, 9, 3, 11], [6, 15, 6, 17], [32, 11, 32, 13]]);
    const without = await c.request<Location[]>('textDocument/references', { textDocument: td, position: at(PLAN, 'owner: ns', 1, 8), context: { includeDeclaration: false } });
    expect(without.map(line)).toEqual([[3, 9, 3, 11], [6, 15, 6, 17], [32, 11, 32, 13]]);
  });

  it('answers empty off an id', async () => {
    expect(await c.request('textDocument/definition', { textDocument: td, position: at(PLAN, 'Vaste') })).toEqual([]);
    expect(await c.request('textDocument/references', { textDocument: td, position: at(PLAN, 'Vaste'), context: { includeDeclaration: true } })).toEqual([]);
  });
});

describe('rename', () => {
  it('prepares a rename on the id, without quotes', async () => {
    expect(await c.request('textDocument/prepareRename', { textDocument: td, position: at(PLAN, 'gemeente', 1, 2) })).toEqual({
      range: { start: { line: 25, character: 9 }, end: { line: 25, character: 17 } }, placeholder: 'gemeente',
    });
    expect(await c.request('textDocument/prepareRename', { textDocument: td, position: at(PLAN, 'Vaste') })).toBeNull();
  });

  it('renames a partner in its declaration and every reference; the plan stays consistent', async () => {
    const edit = await c.request<WorkspaceEdit>('textDocument/rename', { textDocument: td, position: at(PLAN, 'partner: ns', 0, 10), newName: 'ns-reizigers' });
    const renamed = applyWorkspaceEdit(PLAN, uri, edit);
    expect(renamed.match(/ns-reizigers/g)).toHaveLength(4);
    expect(renamed).not.toMatch(/: ns\n/);
    const other = 'file:///tmp/lsp-nav/renamed.scaling.yaml';
    const wait = c.diagnostics(other, 1);
    c.open(other, renamed);
    expect((await wait).diagnostics.filter((d) => d.code === 'SP004')).toEqual([]);
  });

  it('renames an action id everywhere it is used', async () => {
    const edit = await c.request<WorkspaceEdit>('textDocument/rename', { textDocument: td, position: at(PLAN, 'a2', 1, 1), newName: 'a-financiering' });
    const renamed = applyWorkspaceEdit(PLAN, uri, edit);
    expect(renamed).toContain('actions: [a1, a-financiering]');
    expect(renamed).toContain('    actions: [a-financiering]');
    expect(renamed).toContain('  - id: a-financiering');
  });

  it('refuses an invalid or taken id, with a message for the user', async () => {
    await expect(c.request('textDocument/rename', { textDocument: td, position: at(PLAN, 'owner: ns', 0, 8), newName: 'Mijn Partner' })).rejects.toThrow(/not a valid id/);
    await expect(c.request('textDocument/rename', { textDocument: td, position: at(PLAN, 'owner: ns', 0, 8), newName: 'gemeente' })).rejects.toThrow(/already a partner with id 'gemeente'/);
  });
});

describe('hover on ids', () => {
  it('summarises a referenced partner', async () => {
    const h = await c.request<Hover>('textDocument/hover', { textDocument: td, position: at(PLAN, 'owner: gemeente', 0, 9) });
    const text = (h.contents as { value: string }).value;
    expect(text).toContain('**Partner `gemeente`** — Gemeente Utrecht');
    expect(text).toContain('- type: municipality');
    expect(text).toContain('- roles: funder, policy');
    expect(text).toContain('- involvement: not yet involved (`not-yet`)');
    expect(h.range).toEqual({ start: at(PLAN, 'owner: gemeente', 0, 7), end: at(PLAN, 'owner: gemeente', 0, 15) });
  });

  it('summarises a referenced action', async () => {
    const h = await c.request<Hover>('textDocument/hover', { textDocument: td, position: at(PLAN, 'a1,') });
    const text = (h.contents as { value: string }).value;
    expect(text).toContain('**Action `a1`** — Functieprofiel opstellen');
    expect(text).toContain('- owner: ns (NS)');
    expect(text).toContain('- due: 2025-03-01');
    expect(text).toContain('- status: open');
  });
});

describe('document symbols', () => {
  it('outlines the canvas parts with routes, ingredients (status), partners and actions', async () => {
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: td });
    expect(symbols.map((s) => s.name)).toEqual(['scaling-plan', 'pilot', 'routes', 'ingredients', 'partners', 'actions']);
    const by = (name: string): DocumentSymbol => symbols.find((s) => s.name === name)!;
    expect(by('routes').detail).toBe('2 · scaling routes');
    expect(by('routes').children!.map((s) => [s.name, s.detail])).toEqual([['in', 'In (embed) — Vaste functie.']]);
    expect(by('ingredients').children!.map((s) => [s.name, s.detail])).toEqual([['financing', 'insufficient']]);
    expect(by('partners').children!.map((s) => [s.name, s.detail])).toEqual([['ns', 'NS'], ['gemeente', 'Gemeente Utrecht']]);
    expect(by('actions').children!.map((s) => [s.name, s.detail])).toEqual([['a1', 'Functieprofiel opstellen'], ['a2', 'Structurele financiering regelen']]);
    const partners = by('partners');
    expect(partners.range).toEqual({ start: { line: 19, character: 0 }, end: { line: 28, character: 27 } });
    expect(partners.selectionRange).toEqual({ start: { line: 19, character: 0 }, end: { line: 19, character: 8 } });
  });
});
