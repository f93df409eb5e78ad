/**
 * The 1.1 fields (SPEC §6.2) in the editor, over stdio: completion of the new
 * keys and values, hover, the outline, and definition / references / rename
 * for the new partner references (`routes.<r>.owner`, a learning question's
 * `owner`) and action references (a learning question's `actions`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver/node';
import { applyWorkspaceEdit, startServer, type LspClient } from '../helpers/lspClient.js';
import { at } from './plans.js';

const PLAN = `scaling-plan: 1
pilot:
  name: Geweld hoort nergens thuis
  period: { start: 2024-01-01, end: 2025-12-31 }
  drivers:
    - name: Ketenregisseur
      partner: gemeente
      embedded: true
      until: 2026-12-31
routes:
  out:
    ambition: Alle Friese gemeenten werken met de aanpak.
    owner: gemeente
ingredients:
  financing:
    funders:
      - partner: zorgverzekeraar
        kind: structural
        scheme: Zvw
        status: exploring
evidence:
  - claim: Start hulpverlening van 120 naar 33 werkdagen
    kind: monitoring
    source: Jaarrapportage 2023
learning-agenda:
  - question: Hoe kan ik regie houden op veiligheid, terwijl ik geen zicht heb op het gezin?
    level: network
    owner: gemeente
    status: open
    actions: [a1]
assessment:
  impact: partial
  routes: sufficient
partners:
  - id: gemeente
    name: Gemeente Leeuwarden
    type: municipality
  - id: zorgverzekeraar
    name: De Friesland Zorgverzekeraar
    type: insurer
actions:
  - id: a1
    title: Casusoverleg evalueren
    owner: gemeente
    due: 2025-06-01
`;

let en: LspClient;
let nl: LspClient;
let n = 0;
const uri = 'file:///tmp/lsp-canvas11/plan.scaling.yaml';

beforeAll(async () => {
  [en, nl] = await Promise.all([startServer(), startServer({ initializationOptions: { lang: 'nl' } })]);
  await Promise.all([en, nl].map((c) => {
    const wait = c.diagnostics(uri, 1);
    c.open(uri, PLAN);
    return wait;
  }));
});
afterAll(() => Promise.all([en.stop(), nl.stop()]));

async function complete(textWithCursor: string): Promise<string[]> {
  const i = textWithCursor.indexOf('‸');
  const text = textWithCursor.slice(0, i) + textWithCursor.slice(i + 1);
  const before = text.slice(0, i).split('\n');
  const u = `file:///tmp/lsp-canvas11/c${++n}.scaling.yaml`;
  const wait = en.diagnostics(u, 1);
  en.open(u, text);
  await wait;
  const r = await en.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
    textDocument: { uri: u }, position: { line: before.length - 1, character: before[before.length - 1]!.length },
  });
  return (Array.isArray(r) ? r : r.items).map((x) => x.label);
}

describe('completion of the 1.1 fields', () => {
  it('offers the new top-level keys', async () => {
    const labels = await complete(`${PLAN.replace(/^evidence:[\s\S]*?(?=^learning-agenda:)/m, '').replace(/^assessment:\n(  .*\n)+/m, '')}‸`);
    expect(labels).toContain('evidence');
    expect(labels).toContain('assessment');
  });

  it('offers the keys of an evidence item, a learning question, a driver, a funder and a route', async () => {
    expect(await complete(PLAN.replace('    source: Jaarrapportage 2023\n', '    ‸\n'))).toEqual(['source', 'date']);
    expect(await complete(PLAN.replace('    status: open\n    actions: [a1]\n', '    ‸\n'))).toEqual(['status', 'reviewed', 'actions']);
    expect(await complete(PLAN.replace('      until: 2026-12-31\n', '      ‸\n'))).toEqual(['until']);
    expect(await complete(PLAN.replace('        status: exploring\n', '        ‸\n'))).toEqual(['until', 'status']);
    expect(await complete(PLAN.replace('    owner: gemeente\ningredients', '    ‸\ningredients'))).toContain('owner');
    expect(await complete(PLAN.replace('  routes: sufficient\n', '  ‸\n'))).toEqual(['routes', 'ingredients', 'pitfalls']);
  });

  it('offers the new closed values', async () => {
    expect(await complete(PLAN.replace('        status: exploring', '        status: ‸'))).toEqual(['committed', 'expected', 'exploring']);
    expect(await complete(PLAN.replace('    status: open', '    status: ‸'))).toEqual(['open', 'answered', 'dropped']);
    expect(await complete(PLAN.replace('    kind: monitoring', '    kind: ‸'))).toEqual(['monitoring', 'evaluation', 'study', 'experience']);
    expect(await complete(PLAN.replace('  routes: sufficient', '  routes: ‸'))).toEqual(['sufficient', 'partial', 'insufficient', 'unknown']);
  });

  it('offers partner ids for a route owner and a learning question owner, action ids in its actions', async () => {
    expect(await complete(PLAN.replace('    owner: gemeente\ningredients', '    owner: ‸\ningredients'))).toEqual(['gemeente', 'zorgverzekeraar']);
    expect(await complete(PLAN.replace('    owner: gemeente\n    status: open', '    owner: ‸\n    status: open'))).toEqual(['gemeente', 'zorgverzekeraar']);
    expect(await complete(PLAN.replace('    actions: [a1]', '    actions: [‸]'))).toEqual(['a1']);
  });
});

describe('hover on the 1.1 fields', () => {
  const hover = async (c: LspClient, needle: string, nth = 0, shift = 1): Promise<string> => {
    const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(PLAN, needle, nth, shift) });
    expect(h, needle).not.toBeNull();
    return (h!.contents as { value: string }).value;
  };

  it('explains every key of the plan', async () => {
    for (const m of PLAN.matchAll(/^( *(?:- )?)([\w-]+):/gm)) {
      const line = PLAN.slice(0, m.index).split('\n').length - 1;
      const h = await nl.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: m[1]!.length + 1 } });
      expect(h, `no hover on ${m[2]}`).not.toBeNull();
    }
  });

  it('gives the Dutch terms of the new values and parts', async () => {
    expect((await hover(nl, 'exploring', 0, 2)).split('\n')[0]).toBe('**exploring** · verkend');
    expect((await hover(nl, 'network', 0, 2)).split('\n')[0]).toBe('**network** · netwerk');
    expect((await hover(nl, '  routes: sufficient', 0, 3)).split('\n')[0]).toBe('**routes** · opschalingsroutes');
    expect((await hover(nl, 'sufficient', 0, 2)).split('\n')[0]).toBe('**sufficient** · voldoende');
    expect(await hover(nl, 'until: 2026', 0, 1)).toContain('telt als niet ingebed');
  });

  it('summarises the partner behind a route owner', async () => {
    expect(await hover(en, 'owner: gemeente\ningredients', 0, 8)).toContain('**Partner `gemeente`** — Gemeente Leeuwarden');
  });
});

describe('outline of the 1.1 parts', () => {
  it('lists evidence (kind), the learning agenda (level · status) and the assessment (status)', async () => {
    const symbols = await nl.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const part = (name: string) => symbols.find((s) => s.name === name)!;
    expect(part('evidence')).toMatchObject({ detail: 'bewijsmateriaal', children: [{ name: 'Start hulpverlening van 120 naar 33 werkdagen', detail: 'monitoring' }] });
    expect(part('learning-agenda').children!.map((c) => c.detail)).toEqual(['netwerk · open']);
    expect(part('assessment').children!.map((c) => [c.name, c.detail])).toEqual([
      ['impact', 'beoogde impact — gedeeltelijk'], ['routes', 'opschalingsroutes — voldoende'],
    ]);
  });
});

describe('navigation over the new references', () => {
  it('finds every use of a partner, also as route owner and learning question owner', async () => {
    const refs = await en.request<Location[]>('textDocument/references', {
      textDocument: { uri }, position: at(PLAN, 'id: gemeente', 0, 5), context: { includeDeclaration: false },
    });
    expect(refs.map((r) => r.range.start.line)).toEqual([6, 12, 27, 43]);
  });

  it('goes from a route owner and a learning question action to their declarations', async () => {
    const owner = await en.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: at(PLAN, 'owner: gemeente\ningredients', 0, 8) });
    expect(owner.map((l) => l.range.start.line)).toEqual([34]);
    const action = await en.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: at(PLAN, 'actions: [a1]', 0, 11) });
    expect(action.map((l) => l.range.start.line)).toEqual([41]);
  });

  it('renames a partner and an action in the new places too', async () => {
    const edit = await en.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: at(PLAN, 'id: gemeente', 0, 5), newName: 'leeuwarden' });
    const renamed = applyWorkspaceEdit(PLAN, uri, edit);
    expect(renamed).not.toContain('gemeente\n');
    expect(renamed).toContain('    owner: leeuwarden\ningredients');
    expect(renamed).toContain('    level: network\n    owner: leeuwarden\n');
    const edit2 = await en.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: at(PLAN, 'actions: [a1]', 0, 11), newName: 'a7' });
    const renamed2 = applyWorkspaceEdit(PLAN, uri, edit2);
    expect(renamed2).toContain('    actions: [a7]\n');
    expect(renamed2).toContain('  - id: a7\n');
  });
});
