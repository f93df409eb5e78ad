/**
 * Quick fixes over LSP: each fix's WorkspaceEdit is applied to the text,
 * the text is sent back, and its diagnostic must be gone — with the YAML
 * still valid and indented like its block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { applyWorkspaceEdit, startServer, type LspClient } from '../helpers/lspClient.js';

let c: LspClient;
let n = 0;
beforeAll(async () => {
  c = await startServer({ documentChanges: true });
});
afterAll(() => c.stop());

/** Opens `text` as a fresh document and returns its diagnostics. */
async function check(text: string): Promise<{ uri: string; p: PublishDiagnosticsParams }> {
  const uri = `file:///tmp/lsp-fix/plan-${++n}.scaling.yaml`;
  const wait = c.diagnostics(uri, 1);
  c.open(uri, text);
  return { uri, p: await wait };
}

async function actions(uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return c.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) },
  });
}

const item = (d: Diagnostic): string => (d.data as { item: string }).item;

/** Applies the action, re-checks, and returns the new text and diagnostics. */
async function apply(uri: string, text: string, action: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const fixed = applyWorkspaceEdit(text, uri, action.edit!);
  const again = await check(fixed);
  expect(again.p.diagnostics.filter((d) => d.code === 'SP001' || d.code === 'SP003')).toEqual([]); // still valid YAML, no duplicate
  return { text: fixed, diagnostics: again.p.diagnostics };
}

const BASE = `scaling-plan: 1
pilot:
  name: Buurtaanpak
ingredients:
  financing:
    status: partial
partners:
  - id: gemeente
    name: Gemeente
`;

describe('SP301: add the missing ingredient', () => {
  it('offers the fix (preferred), suppression and documentation; the fix removes that diagnostic only', async () => {
    const { uri, p } = await check(BASE);
    const d = p.diagnostics.find((x) => item(x) === 'ingredients/collaboration')!;
    const list = await actions(uri, d);
    expect(list.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ["Add ingredient 'collaboration'", 'quickfix', true],
      ['Fix all SP301 problems', 'quickfix', false],
      ['Suppress SP301 on this line', 'quickfix', false],
      ['Suppress SP301 in this file', 'quickfix', false],
      ['Show documentation for SP301', 'quickfix', false],
      ['Fix all safe problems in this plan', 'source.fixAll.scaling-plan', false],
    ]);
    expect(list[4]!.command).toEqual({ title: 'Show documentation for SP301', command: 'scalingPlan.showRuleDoc', arguments: [d.codeDescription!.href] });
    const after = await apply(uri, BASE, list[0]!);
    expect(after.text).toContain('ingredients:\n  collaboration:\n    status: unknown\n    risk:\n    actions: []\n  financing:\n');
    const left = after.diagnostics.filter((x) => x.code === 'SP301').map(item);
    expect(left).toHaveLength(6);
    expect(left).not.toContain('ingredients/collaboration');
  });

  it('creates `ingredients:` where the canvas puts it when it is absent, indented like the file', async () => {
    const text = BASE.replace('ingredients:\n  financing:\n    status: partial\n', '').replace(/^ {2}/gm, '    ').replace(/^ {8}/gm, '        ');
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => item(x) === 'ingredients/privacy')!;
    const fix = (await actions(uri, d))[0]!;
    const after = await apply(uri, text, fix);
    expect(after.text).toContain('    name: Buurtaanpak\ningredients:\n    privacy:\n        status: unknown\n        risk:\n        actions: []\npartners:\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP301')).toHaveLength(7);
  });

  it('source.fixAll adds every missing ingredient in one edit', async () => {
    const { uri, p } = await check(BASE);
    const list = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(list.map((a) => a.kind)).toEqual(['source.fixAll.scaling-plan']);
    const after = await apply(uri, BASE, list[0]!);
    expect(after.diagnostics.filter((x) => x.code === 'SP301')).toEqual([]);
    expect(p.diagnostics.filter((x) => x.code === 'SP301')).toHaveLength(7);
  });
});

describe('SP002: replace a misspelt key or value with the suggestion', () => {
  const text = 'scaling-plan: 1\npilot:\n  name: X\n  stagee: running\ningredients:\n  financng:\n    status: partial\n  needs:\n    status: parital\n';

  it('replaces a key', async () => {
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP002' && x.message.includes('stagee'))!;
    const fix = (await actions(uri, d))[0]!;
    expect(fix).toMatchObject({ title: "Change to 'stage'", kind: 'quickfix', isPreferred: true });
    const after = await apply(uri, text, fix);
    expect(after.text).toContain('\n  stage: running\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP002' && x.message.includes('stagee'))).toEqual([]);
  });

  it('replaces a value', async () => {
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP002' && x.message.includes('parital'))!;
    const after = await apply(uri, text, (await actions(uri, d))[0]!);
    expect(after.text).toContain('    status: partial\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP002' && x.message.includes('parital'))).toEqual([]);
  });

  it('source.fixAll respells, then adds only the ingredients still missing (no duplicate key)', async () => {
    const { uri } = await check(text);
    const list = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const after = await apply(uri, text, list[0]!);
    // `collaboration` goes before `needs` (canvas order); the respelled `financing` stays where it was.
    expect(after.text).toContain('ingredients:\n  financing:\n    status: partial\n  collaboration:\n    status: unknown\n    risk:\n    actions: []\n  needs:\n    status: partial\n  governance:\n');
    expect(after.text.match(/ financing:/g)).toHaveLength(1);
    expect(after.diagnostics.filter((x) => x.code === 'SP002' || x.code === 'SP301')).toEqual([]);
  });
});

describe('SP403: add an at-scale answer to a pilot condition', () => {
  it('adds `at-scale` inside the condition; the diagnostic goes', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\npitfalls:\n  pilot-conditions:\n    - kind: enthusiasm\n      description: Gedreven voorlopers.\n    - kind: other\n      description: Iets anders.\n      at-scale: Vaste tijd.\n';
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP403')!;
    const fix = (await actions(uri, d))[0]!;
    expect(fix).toMatchObject({ title: "Add an 'at-scale' answer", isPreferred: true });
    const after = await apply(uri, text, fix);
    expect(after.text).toContain('    - kind: enthusiasm\n      description: Gedreven voorlopers.\n      at-scale: Describe what takes the place of this condition at scale.\n    - kind: other\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP403')).toEqual([]);
  });
});

describe('SP404: declare the pilot condition the plan shows', () => {
  it('a temporary funder: creates pitfalls › pilot-conditions with kind extra-funding', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\ningredients:\n  financing:\n    status: partial\n    funders:\n      - partner: gemeente\n        kind: temporary\npartners:\n  - id: gemeente\n    name: Gemeente\n';
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP404')!;
    const fix = (await actions(uri, d))[0]!;
    expect(fix.title).toBe("Declare pilot condition 'extra-funding' under pitfall 3");
    const after = await apply(uri, text, fix);
    expect(after.text).toContain('        kind: temporary\npitfalls:\n  pilot-conditions:\n    - kind: extra-funding\n      description: Temporary extra funding in the pilot.\npartners:\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP404')).toEqual([]);
  });

  it('drivers none embedded: adds kind frontrunners to the existing pitfalls', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\n  drivers:\n    - name: Anna\n      embedded: false\npitfalls:\n  coherence:\n    components: [a, b]\n';
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP404')!;
    const after = await apply(uri, text, (await actions(uri, d))[0]!);
    expect(after.text).toContain('pitfalls:\n  coherence:\n    components: [a, b]\n  pilot-conditions:\n    - kind: frontrunners\n      description: Motivated frontrunners drive the pilot.\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP404')).toEqual([]);
  });
});

describe('SP004: create the missing partner or action, or respell the reference', () => {
  const text = 'scaling-plan: 1\npilot:\n  name: X\n  owner: ggz\nroutes:\n  in:\n    actions: [a1, a7]\npartners:\n  - id: gemeente-utrecht\n    name: Gemeente Utrecht\nactions:\n  - id: a1\n    title: Iets\n    owner: gemeente-utrech\n    due: 2025-01-01\n';

  it('creates a missing partner in `partners`', async () => {
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP004' && x.message.includes("'ggz'"))!;
    const fix = (await actions(uri, d))[0]!;
    expect(fix).toMatchObject({ title: "Create partner 'ggz'", isPreferred: true });
    const after = await apply(uri, text, fix);
    expect(after.text).toContain('    name: Gemeente Utrecht\n  - id: ggz\n    name: ggz\nactions:\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP004' && x.message.includes("'ggz'"))).toEqual([]);
  });

  it('creates a missing action in `actions`', async () => {
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP004' && x.message.includes("'a7'"))!;
    const fix = (await actions(uri, d))[0]!;
    expect(fix.title).toBe("Create action 'a7'");
    const after = await apply(uri, text, fix);
    expect(after.text.endsWith('    due: 2025-01-01\n  - id: a7\n    title: Describe this action.\n')).toBe(true);
    expect(after.diagnostics.filter((x) => x.code === 'SP004' && x.message.includes("'a7'"))).toEqual([]);
  });

  it('prefers respelling a near miss to an id that exists, and still offers to create it', async () => {
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP004' && x.message.includes('gemeente-utrech\''))!;
    const list = await actions(uri, d);
    expect(list.slice(0, 2).map((x) => [x.title, x.isPreferred ?? false])).toEqual([["Change to 'gemeente-utrecht'", true], ["Create partner 'gemeente-utrech'", false]]);
    const after = await apply(uri, text, list[0]!);
    expect(after.text).toContain('    owner: gemeente-utrecht\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP004' && x.message.includes('gemeente-utrech\''))).toEqual([]);
  });

  it('a partner referred to by its name: says which id, and the preferred fix writes the id (issue 13)', async () => {
    const named = 'scaling-plan: 1\npilot:\n  name: X\n  owner: Gemeente Westerveld\npartners:\n  - id: gemeente\n    name: Gemeente Westerveld\n';
    const { uri, p } = await check(named);
    const d = p.diagnostics.find((x) => x.code === 'SP004')!;
    expect([d.message, d.range]).toEqual([
      "Partner 'Gemeente Westerveld' is not declared — did you mean ‘gemeente’ (Gemeente Westerveld)? Refer to a partner by its id, not its name.",
      { start: { line: 3, character: 9 }, end: { line: 3, character: 28 } },
    ]);
    const list = await actions(uri, d);
    expect([list[0]!.title, list[0]!.isPreferred]).toEqual(["Change to 'gemeente'", true]);
    const after = await apply(uri, named, list[0]!);
    expect(after.text).toBe(named.replace('  owner: Gemeente Westerveld', '  owner: gemeente'));
    expect(after.diagnostics.filter((x) => x.code === 'SP004')).toEqual([]);
  });
});

describe('SP502: add a floor', () => {
  it('adds a floor with a core element and an indicator where the canvas puts it', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\nscale:\n  resources: lower\nactions:\n  - id: a1\n    title: Iets\n';
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP502')!;
    const fix = (await actions(uri, d))[0]!;
    expect(fix).toMatchObject({ title: 'Add a floor (core elements and indicators)', isPreferred: true });
    const after = await apply(uri, text, fix);
    expect(after.text).toContain('  resources: lower\nfloor:\n  core-elements:\n    - Core element that must stay at scale\n  indicators:\n    - Indicator that shows the core element stays\nactions:\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP502')).toEqual([]);
  });

  it('completes a floor that lacks indicators', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\nscale:\n  ambition: lower\nfloor:\n  core-elements: [één plan]\n  indicators: []\n';
    const { uri, p } = await check(text);
    const after = await apply(uri, text, (await actions(uri, p.diagnostics.find((x) => x.code === 'SP502')!))[0]!);
    expect(after.text).toContain('floor:\n  core-elements: [één plan]\n  indicators: [Indicator that shows the core element stays]\n'); // the list's own style
    expect(after.diagnostics.filter((x) => x.code === 'SP502')).toEqual([]);
  });
});

describe('on every diagnostic', () => {
  it('suppresses with a comment above the line, indented like it', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\n  name: Y\n';
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP003')!;
    const suppress = (await actions(uri, d)).find((a) => a.title === 'Suppress SP003 on this line')!;
    const after = await apply(uri, text, suppress);
    expect(after.text).toBe('scaling-plan: 1\npilot:\n  name: X\n  # scaling-disable-next-line SP003 -- \n  name: Y\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP003' || x.code === 'SP007')).toEqual([]);
  });

  it('suppresses in the whole file among the header comments, after a title comment, with " -- " for the reason', async () => {
    const text = '# Buurtaanpak\nscaling-plan: 1\npilot:\n  name: X\n  name: Y\n';
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP003')!;
    const suppress = (await actions(uri, d)).find((a) => a.title === 'Suppress SP003 in this file')!;
    const after = await apply(uri, text, suppress);
    expect(after.text).toBe('# Buurtaanpak\n# scaling-disable SP003 -- \nscaling-plan: 1\npilot:\n  name: X\n  name: Y\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP003' || x.code === 'SP007')).toEqual([]);
    // A second code joins that comment, before its reason.
    const withReason = '# scaling-disable SP003 -- volgt\nscaling-plan: 1\npilot:\n  name: X\n  name: Y\n  naam: Z\n';
    const r = await check(withReason);
    const sp002 = r.p.diagnostics.find((x) => x.code === 'SP002')!;
    const again = (await actions(r.uri, sp002)).find((a) => a.title === 'Suppress SP002 in this file')!;
    expect((await apply(r.uri, withReason, again)).text).toBe('# scaling-disable SP003, SP002 -- volgt\nscaling-plan: 1\npilot:\n  name: X\n  name: Y\n  naam: Z\n');
  });

  it('fixes every finding of one rule at once when two or more have a fix', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\n  sumary: Y\n  stgae: design\n';
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP002')!;
    const all = (await actions(uri, d)).find((a) => a.title === 'Fix all SP002 problems')!;
    const after = await apply(uri, text, all);
    expect(after.text).toBe('scaling-plan: 1\npilot:\n  name: X\n  summary: Y\n  stage: design\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP002')).toEqual([]);
  });

  it('adds a code to an existing suppression comment instead of stacking a second one', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\n  # scaling-disable-next-line SP999\n  name: Y\n';
    const { uri, p } = await check(text);
    const d = p.diagnostics.find((x) => x.code === 'SP003')!;
    const suppress = (await actions(uri, d)).find((a) => a.title === 'Suppress SP003 on this line')!;
    const after = await apply(uri, text, suppress);
    expect(after.text).toContain('  # scaling-disable-next-line SP999, SP003\n  name: Y\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP003')).toEqual([]);
  });

  it('speaks Dutch when the plan does', async () => {
    const s = await startServer({ initializationOptions: { lang: 'nl' } });
    try {
      const uri = 'file:///tmp/lsp-fix/nl.scaling.yaml';
      const wait = s.diagnostics(uri, 1);
      s.open(uri, BASE);
      const d = (await wait).diagnostics.find((x) => item(x) === 'ingredients/financing' || item(x) === 'ingredients/needs')!;
      const list = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      expect(list.map((a) => a.title)).toEqual([
        'Voeg ingrediënt ‘wensen en behoeften’ toe', 'Los alle SP301-problemen op', 'Onderdruk SP301 op deze regel', 'Onderdruk SP301 in dit bestand',
        'Toon de uitleg bij SP301', 'Los alle veilige problemen in dit plan op',
      ]);
    } finally {
      await s.stop();
    }
  });
});

describe('show documentation', () => {
  it('is run by the server (window/showDocument) for editors other than VS Code', async () => {
    expect(c.initializeResult.capabilities.executeCommandProvider?.commands).toEqual(['scalingPlan.showRuleDoc']);
    await c.request('workspace/executeCommand', { command: 'scalingPlan.showRuleDoc', arguments: ['https://example.org/docs/rules/SP301.md'] });
    expect(c.serverRequests).toContain('window/showDocument');
  });

  it('is left to the VS Code client, which registers the command itself', async () => {
    const s = await startServer({ clientName: 'Visual Studio Code' });
    try {
      expect(s.initializeResult.capabilities.executeCommandProvider).toBeUndefined();
    } finally {
      await s.stop();
    }
  });
});

/** The fixes of the canvas 1.1 rules (SPEC §6.4): each applied over LSP, the file re-checked. */
describe('canvas 1.1 fixes', () => {
  const byCode = (p: PublishDiagnosticsParams, code: string): Diagnostic[] => p.diagnostics.filter((x) => x.code === code);
  const fixesOf = async (uri: string, d: Diagnostic): Promise<CodeAction[]> => (await actions(uri, d)).filter((a) => a.kind === 'quickfix' && a.edit && !a.title.startsWith('Suppress'));

  it('SP207: one owner per declared partner, those needed for the route first, none preferred; an empty `owner:` is filled in', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\nroutes:\n  in:\n  out:\n    ambition: Vijf wijken.\n    owner:\npartners:\n  - { id: gemeente, name: Gemeente Utrecht }\n  - { id: welzijn, name: Welzijn Noord, needed-for: [out] }\n';
    const { uri, p } = await check(text);
    const [onIn, onOut] = byCode(p, 'SP207');
    const inFixes = await fixesOf(uri, onIn!);
    expect(inFixes.map((a) => [a.title, a.isPreferred ?? false])).toEqual([['Owner: Gemeente Utrecht', false], ['Owner: Welzijn Noord', false]]);
    const first = await apply(uri, text, inFixes[0]!);
    expect(first.text).toContain('routes:\n  in:\n    owner: gemeente\n  out:\n');
    expect(first.diagnostics.filter((x) => x.code === 'SP207').map(item)).toEqual(['routes/out']);
    const outFixes = await fixesOf(uri, onOut!);
    expect(outFixes.map((a) => a.title)).toEqual(['Owner: Welzijn Noord', 'Owner: Gemeente Utrecht']);
    const second = await apply(uri, text, outFixes[0]!);
    expect(second.text).toContain('    ambition: Vijf wijken.\n    owner: welzijn\npartners:\n');
    expect(second.diagnostics.filter((x) => x.code === 'SP207').map(item)).toEqual(['routes/in']);
  });

  it('SP207: no owner fix when the plan declares no partner (a made-up id would be SP004)', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\nroutes:\n  in:\n';
    const { uri, p } = await check(text);
    expect((await fixesOf(uri, byCode(p, 'SP207')[0]!)).map((a) => a.title)).toEqual([]);
  });

  it('SP206: adds an evidence item with an empty claim to fill in, where the canvas puts it', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\nroutes:\n  out:\nactions:\n  - { id: a1, title: Iets }\n';
    const { uri, p } = await check(text);
    const fix = (await fixesOf(uri, byCode(p, 'SP206')[0]!))[0]!;
    expect(fix).toMatchObject({ title: "Add an evidence item ('evidence')", isPreferred: true });
    const after = await apply(uri, text, fix);
    expect(after.text).toBe('scaling-plan: 1\npilot:\n  name: X\nroutes:\n  out:\nevidence:\n  - claim:\n    kind:\n    source:\nactions:\n  - { id: a1, title: Iets }\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP206' || x.code === 'SP002')).toEqual([]);
  });

  it('SP305: adds a new action (next free id) and links it from financing; never marks the funder committed', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\ningredients:\n  financing:\n    funders:\n      - { partner: zv, kind: structural, scheme: Zvw, status: exploring }\npartners:\n  - { id: zv, name: Zorgverzekeraar, type: insurer }\nactions:\n  - { id: a1, title: Iets }\n  - { id: a3, title: Nog iets }\n';
    const { uri, p } = await check(text);
    const list = await fixesOf(uri, byCode(p, 'SP305')[0]!);
    expect(list.map((a) => a.title)).toEqual(['Add an action to get the structural funding committed']);
    const after = await apply(uri, text, list[0]!);
    expect(after.text).toContain('      - { partner: zv, kind: structural, scheme: Zvw, status: exploring }\n    actions:\n      - a4\npartners:\n');
    expect(after.text.endsWith('  - { id: a3, title: Nog iets }\n  - id: a4\n    title: Get the structural funding committed\n')).toBe(true);
    expect(after.diagnostics.filter((x) => x.code === 'SP305' || x.code === 'SP004' || x.code === 'SP005')).toEqual([]);
  });

  it('SP306: offers the schemes as choices (none preferred) and fills in a blank `scheme:`', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\ningredients:\n  financing:\n    funders:\n      - { partner: zv, kind: structural }\n      - partner: zv\n        kind: structural\n        scheme:\n        status: expected\npartners:\n  - { id: zv, name: Zorgverzekeraar, type: insurer }\n';
    const { uri, p } = await check(text);
    const [flow, block] = byCode(p, 'SP306');
    const flowFixes = await fixesOf(uri, flow!);
    expect(flowFixes.map((a) => [a.title, a.isPreferred ?? false])).toEqual(['Wmo', 'Zvw', 'Wlz', 'Jeugdwet', 'eigen begroting'].map((s) => [`Scheme: ${s}`, false]));
    const a1 = await apply(uri, text, flowFixes[1]!);
    expect(a1.text).toContain('      - { partner: zv, kind: structural, scheme: Zvw }\n');
    expect(a1.diagnostics.filter((x) => x.code === 'SP306').map(item)).toEqual(['ingredients/financing/funders/1']);
    const a2 = await apply(uri, text, (await fixesOf(uri, block!))[4]!);
    expect(a2.text).toContain('        kind: structural\n        scheme: eigen begroting\n        status: expected\n');
    expect(a2.diagnostics.filter((x) => x.code === 'SP306').map(item)).toEqual(['ingredients/financing/funders/0']);
  });

  it('SP408: adds residents as a partner, with an id no partner uses yet', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\npartners:\n  - { id: inwoners, name: Inwoners Noord, type: other }\nscale:\n  resources: same\n';
    const { uri, p } = await check(text);
    const fix = (await fixesOf(uri, byCode(p, 'SP408')[0]!))[0]!;
    expect(fix.title).toBe('Add residents as a partner');
    const after = await apply(uri, text, fix);
    expect(after.text).toContain('  - { id: inwoners, name: Inwoners Noord, type: other }\n  - id: inwoners-2\n    name: Residents\n    type: residents\n    roles:\n      - client\nscale:\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP408' || x.code === 'SP005' || x.code === 'SP002')).toEqual([]);
  });

  it('SP504: adds `floor.core-elements` (before the indicators), or an entry to an empty list', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\nroutes:\n  out:\nfloor:\n  indicators: [werkdagen tot start hulp]\n';
    const { uri, p } = await check(text);
    const fix = (await fixesOf(uri, byCode(p, 'SP504')[0]!))[0]!;
    expect(fix).toMatchObject({ title: 'Add a floor with core elements', isPreferred: true });
    const after = await apply(uri, text, fix);
    expect(after.text).toContain('floor:\n  core-elements:\n    - Core element that must survive every copy\n  indicators: [werkdagen tot start hulp]\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP504')).toEqual([]);

    const empty = 'scaling-plan: 1\npilot:\n  name: X\nstrategy: franchise\nfloor:\n  core-elements: []\n';
    const second = await check(empty);
    const again = await apply(second.uri, empty, (await fixesOf(second.uri, byCode(second.p, 'SP504')[0]!))[0]!);
    expect(again.text).toContain('  core-elements: [Core element that must survive every copy]\n');
    expect(again.diagnostics.filter((x) => x.code === 'SP504')).toEqual([]);
  });

  it('SP602: adds an action (owned by the question\'s owner) and links it, or marks the question answered', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\npartners:\n  - { id: gemeente, name: Gemeente }\nactions:\n  - { id: a1, title: Iets, owner: gemeente, due: 2025-01-01 }\nlearning-agenda:\n  - question: Hoe kan ik regie houden, terwijl ik geen zicht heb?\n    owner: gemeente\n  - { question: "Hoe kan ik X, terwijl Y?", status: open }\n';
    const { uri, p } = await check(text);
    const [block, flow] = byCode(p, 'SP602');
    const list = await fixesOf(uri, block!);
    expect(list.map((a) => [a.title, a.isPreferred ?? false])).toEqual([['Add an action for this learning question', true], ['Mark the learning question answered', false]]);
    const linked = await apply(uri, text, list[0]!);
    expect(linked.text).toContain("  - { id: a1, title: Iets, owner: gemeente, due: 2025-01-01 }\n  - id: a2\n    title: Take up learning question 'Hoe kan ik regie houden, terwijl ik geen zicht heb?'\n    owner: gemeente\nlearning-agenda:\n");
    expect(linked.text).toContain('    owner: gemeente\n    actions:\n      - a2\n  - { question:');
    expect(linked.diagnostics.filter((x) => x.code === 'SP602').map(item)).toEqual(['learning-agenda/1']);
    expect(linked.diagnostics.filter((x) => x.code === 'SP004' || x.code === 'SP005')).toEqual([]);

    const flowList = await fixesOf(uri, flow!);
    const answered = await apply(uri, text, flowList[1]!);
    expect(answered.text).toContain('  - { question: "Hoe kan ik X, terwijl Y?", status: answered }\n');
    const flowLinked = await apply(uri, text, flowList[0]!);
    expect(flowLinked.text).toContain('  - { question: "Hoe kan ik X, terwijl Y?", status: open, actions: [a2] }\n');
    for (const r of [answered, flowLinked]) expect(r.diagnostics.filter((x) => x.code === 'SP602').map(item)).toEqual(['learning-agenda/0']);
  });

  it('SP601: starts the learning agenda with a question in the form "Hoe kan ik …, terwijl …?", before `assessment`', async () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\n  stage: running\nlearning-agenda: []\nassessment:\n  impact: partial\n';
    const { uri, p } = await check(text);
    const fix = (await fixesOf(uri, byCode(p, 'SP601')[0]!))[0]!;
    expect(fix).toMatchObject({ title: 'Start a learning agenda with a learning question', isPreferred: true });
    const after = await apply(uri, text, fix);
    expect(after.text).toBe('scaling-plan: 1\npilot:\n  name: X\n  stage: running\nlearning-agenda:\n  - question: Hoe kan ik … (how can I …), terwijl … (while …)?\n    level:\n    owner:\nassessment:\n  impact: partial\n');
    expect(after.diagnostics.filter((x) => x.code === 'SP601' || x.code === 'SP002')).toEqual([]);
    expect(after.diagnostics.filter((x) => x.code === 'SP602').map(item)).toEqual(['learning-agenda/0']); // the new question asks for its action next
  });

  it('speaks Dutch: the titles of the 1.1 fixes', async () => {
    const s = await startServer({ initializationOptions: { lang: 'nl' } });
    try {
      const uri = 'file:///tmp/lsp-fix/nl-11.scaling.yaml';
      const wait = s.diagnostics(uri, 1);
      s.open(uri, 'scaling-plan: 1\npilot:\n  name: X\nroutes:\n  out:\npartners:\n  - { id: ggz, name: GGZ Noord }\nlearning-agenda:\n  - question: Hoe kan ik …, terwijl …?\n');
      const ds = (await wait).diagnostics;
      const titles = async (code: string): Promise<string[]> => {
        const d = ds.find((x) => x.code === code)!;
        const list = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        return list.filter((a) => a.kind === 'quickfix' && a.edit && !a.title.startsWith('Onderdruk')).map((a) => a.title);
      };
      expect(await titles('SP206')).toEqual(['Voeg bewijsmateriaal toe (evidence)']);
      expect(await titles('SP207')).toEqual(['Eigenaar: GGZ Noord']);
      expect(await titles('SP408')).toEqual(['Voeg inwoners toe als partner']);
      expect(await titles('SP504')).toEqual(['Voeg een ondergrens met kernelementen toe']);
      expect(await titles('SP602')).toEqual(['Voeg een actie toe voor deze leervraag', 'Markeer de leervraag als beantwoord']);
      const stage = 'scaling-plan: 1\npilot:\n  name: X\n  stage: evaluating\n';
      const uri2 = 'file:///tmp/lsp-fix/nl-11b.scaling.yaml';
      const wait2 = s.diagnostics(uri2, 1);
      s.open(uri2, stage);
      const d601 = (await wait2).diagnostics.find((x) => x.code === 'SP601')!;
      const list601 = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri2 }, range: d601.range, context: { diagnostics: [d601] } });
      expect(list601[0]!.title).toBe('Begin een leeragenda met een leervraag');
      expect(applyWorkspaceEdit(stage, uri2, list601[0]!.edit!)).toBe(`${stage}learning-agenda:\n  - question: Hoe kan ik …, terwijl …?\n    level:\n    owner:\n`);
    } finally {
      await s.stop();
    }
  });
});
