/**
 * Completion over LSP: partner ids where a partner is expected, action ids
 * in `actions` lists (not the top-level action list), route keys in `after`
 * and `needed-for`; keys and enum values from the schema with their canvas
 * explanation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver/node';
import { startServer, type LspClient } from '../helpers/lspClient.js';
import { PLAN } from './plans.js';

let c: LspClient;
let n = 0;
beforeAll(async () => {
  c = await startServer();
});
afterAll(() => c.stop());

/** Completion at `‸` in `PLAN` with `insert` placed after the line that starts with `after`. */
async function complete(textWithCursor: string): Promise<CompletionItem[]> {
  const i = textWithCursor.indexOf('‸');
  const text = textWithCursor.slice(0, i) + textWithCursor.slice(i + 1);
  const before = text.slice(0, i).split('\n');
  const uri = `file:///tmp/lsp-complete/p${++n}.scaling.yaml`;
  const wait = c.diagnostics(uri, 1);
  c.open(uri, text);
  await wait;
  const r = await c.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
    textDocument: { uri }, position: { line: before.length - 1, character: before[before.length - 1]!.length },
  });
  return Array.isArray(r) ? r : r.items;
}

const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);

describe('references', () => {
  it('offers partner ids (with their names) after `owner:`', async () => {
    const items = await complete(PLAN.replace('    owner: gemeente\n', '    owner: ‸\n'));
    expect(labels(items)).toEqual(['ns', 'gemeente']);
    expect(items[1]).toMatchObject({ detail: 'Gemeente Utrecht', textEdit: { newText: 'gemeente' } });
    expect((items[1]!.documentation as { value: string }).value).toContain('**Partner `gemeente`** — Gemeente Utrecht');
  });

  it('offers partner ids after `partner:` in a funder, filtered by what is typed', async () => {
    const items = await complete(PLAN.replace('      - partner: gemeente\n', '      - partner: gem‸\n'));
    expect(labels(items)).toEqual(['ns', 'gemeente']); // the client filters; the edit replaces what was typed
    expect(items[1]!.textEdit).toEqual({ range: { start: { line: 16, character: 17 }, end: { line: 16, character: 20 } }, newText: 'gemeente' });
  });

  it('offers the action ids not yet in a route\'s flow list', async () => {
    const items = await complete(PLAN.replace('    actions: [a1, a2]\n', '    actions: [a1, ‸]\n'));
    expect(labels(items)).toEqual(['a2']);
    expect(items[0]!.detail).toBe('Structurele financiering regelen');
  });

  it('offers action ids in a block list under an ingredient', async () => {
    const items = await complete(PLAN.replace('    actions: [a2]\npartners:', '    actions:\n      - ‸\npartners:'));
    expect(labels(items)).toEqual(['a1', 'a2']);
  });

  it('does not offer action ids as items of the top-level action list', async () => {
    const items = await complete(`${PLAN}  - ‸\n`);
    expect(labels(items)).not.toContain('a1');
  });

  it('offers route keys in `after` and `pilot` plus route keys in `needed-for`', async () => {
    expect(labels(await complete(PLAN.replace('    actions: [a1, a2]\n', '    actions: [a1, a2]\n    after: [‸]\n')))).toEqual(['in', 'out', 'up', 'deep', 'beyond']);
    expect(labels(await complete(PLAN.replace('    involvement: involved\n', '    involvement: involved\n    needed-for:\n      - pilot\n      - ‸\n')))).toEqual(['in', 'out', 'up', 'deep', 'beyond']);
  });
});

describe('keys and values from the schema', () => {
  it('offers the keys an ingredient may still take, each with its canvas explanation', async () => {
    const items = await complete(PLAN.replace('    status: insufficient\n', '    status: insufficient\n    ‸\n'));
    expect(labels(items).sort()).toEqual(['notes', 'risk']); // status, funders and actions are already there
    for (const i of items) expect((i.documentation as { value: string } | undefined)?.value ?? '').not.toBe('');
    expect(items.find((i) => i.label === 'risk')!.textEdit).toMatchObject({ newText: 'risk: ' });
  });

  it('offers the top-level canvas parts not yet written', async () => {
    const items = await complete('scaling-plan: 1\npilot:\n  name: X\n‸\n');
    expect(labels(items).sort()).toEqual(['actions', 'assessment', 'evidence', 'floor', 'impact', 'ingredients', 'learning-agenda', 'partners', 'pitfalls', 'routes', 'scale', 'strategy', 'transferable']);
  });

  it('offers the ingredients and routes by their canvas names', async () => {
    const ingredients = await complete(PLAN.replace('  financing:\n    status: insufficient', '  ‸\n  financing:\n    status: insufficient'));
    expect(labels(ingredients)).toEqual(['collaboration', 'needs', 'governance', 'value', 'skills', 'technology', 'privacy']);
    const routes = await complete(PLAN.replace('routes:\n', 'routes:\n  o‸\n'));
    expect(labels(routes)).toEqual(['out', 'up', 'deep', 'beyond']);
  });

  it('offers the values of closed lists', async () => {
    const values = async (line: string, at: string): Promise<string[]> => labels(await complete(PLAN.replace(at, `${at}${line}‸\n`)));
    expect(await values('    risk: ', '    status: insufficient\n')).toEqual(['low', 'medium', 'high']);
    expect(await values('    friction: ', '    involvement: involved\n')).toEqual(['confusion', 'resistance', 'chaos', 'frustration', 'fear']);
    expect(await values('  stage: ', '  name: Interventiemedewerker\n')).toEqual(['design', 'running', 'evaluating', 'scaling']);
    expect(labels(await complete(PLAN.replace('    status: insufficient', '    status: ‸')))).toEqual(['sufficient', 'partial', 'insufficient', 'unknown']);
    expect(labels(await complete(PLAN.replace('    type: municipality', '    type: ‸')))).toEqual([
      'municipality', 'care', 'welfare', 'police', 'justice', 'education', 'housing', 'employer', 'funder', 'insurer', 'government', 'knowledge', 'residents', 'other']);
    expect(labels(await complete(PLAN.replace('    roles: [funder, policy]', '    roles: [funder, policy, ‸]')))).toEqual(['owner', 'implementer', 'receiver', 'knowledge', 'client']);
    expect(labels(await complete(PLAN.replace('        kind: temporary', '        kind: ‸')))).toEqual(['temporary', 'structural']);
  });
});
