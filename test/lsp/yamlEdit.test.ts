/**
 * The edits behind quick fixes keep the plan valid YAML, indented like the
 * block they go into, in the canvas order — on every shape a plan can have.
 */
import { describe, expect, it } from 'vitest';
import type { TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePlan } from '../../server/src/model/plan.js';
import { addEntries, appendItems, indentUnit, scalar, TOP_ORDER } from '../../server/src/edits/yamlEdit.js';

function apply(text: string, edits: TextEdit[] | undefined): string {
  expect(edits).toBeDefined();
  const out = TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), edits!);
  expect(parsePlan(out).tree.problems).toEqual([]);
  return out;
}

const skeleton = { status: 'unknown', risk: null, actions: [] };

describe('addEntries', () => {
  it('puts a new key in canvas order inside a block map', () => {
    const text = 'ingredients:\n  collaboration:\n    status: partial\n  skills:\n    status: unknown\n';
    const order = ['collaboration', 'needs', 'governance', 'value', 'financing', 'skills'];
    expect(apply(text, addEntries(parsePlan(text), ['ingredients'], [['financing', skeleton]], order))).toBe(
      'ingredients:\n  collaboration:\n    status: partial\n  financing:\n    status: unknown\n    risk:\n    actions: []\n  skills:\n    status: unknown\n');
  });

  it('adds to a flow map in flow style', () => {
    const text = 'ingredients: { needs: { status: partial } }\n';
    expect(apply(text, addEntries(parsePlan(text), ['ingredients'], [['financing', skeleton]]))).toBe(
      'ingredients: { needs: { status: partial }, financing: { status: unknown, risk: null, actions: [] } }\n');
  });

  it('fills a key that has no value yet, also at the end of a file without a final line break', () => {
    const text = 'scaling-plan: 1\ningredients:';
    expect(apply(text, addEntries(parsePlan(text), ['ingredients'], [['needs', skeleton]]))).toBe(
      'scaling-plan: 1\ningredients:\n  needs:\n    status: unknown\n    risk:\n    actions: []\n');
  });

  it('creates missing parents, top-level parts in the order of the format', () => {
    const text = 'scaling-plan: 1\npilot:\n    name: X\npartners:\n    - id: a\n      name: A\n';
    const out = apply(text, addEntries(parsePlan(text), ['pitfalls', 'coherence'], [['components', ['a', 'b']]]));
    expect(out).toBe('scaling-plan: 1\npilot:\n    name: X\npitfalls:\n    coherence:\n        components:\n            - a\n            - b\npartners:\n    - id: a\n      name: A\n');
  });

  it('starts a plan in an empty file', () => {
    expect(apply('', addEntries(parsePlan(''), [], [['scaling-plan', 1]], TOP_ORDER))).toBe('scaling-plan: 1\n');
    expect(apply('# plan\n', addEntries(parsePlan('# plan\n'), [], [['scaling-plan', 1]], TOP_ORDER))).toBe('# plan\nscaling-plan: 1\n');
  });

  it('refuses to add keys to something that is not a map', () => {
    const text = 'ingredients: [a, b]\n';
    expect(addEntries(parsePlan(text), ['ingredients'], [['needs', skeleton]])).toBeUndefined();
  });
});

describe('appendItems', () => {
  it('appends to a block list at its own column (also a list written at the key\'s column)', () => {
    const text = 'partners:\n- id: a\n  name: A\nactions: []\n';
    expect(apply(text, appendItems(parsePlan(text), ['partners'], [{ id: 'b', name: 'b' }]))).toBe(
      'partners:\n- id: a\n  name: A\n- id: b\n  name: b\nactions: []\n');
  });

  it('turns an empty flow list into a block list for objects, and extends a flow list of ids', () => {
    const text = 'routes:\n  in:\n    actions: [a1]\nactions: []\n';
    expect(apply(text, appendItems(parsePlan(text), ['actions'], [{ id: 'a2', title: 'Iets doen' }]))).toBe(
      'routes:\n  in:\n    actions: [a1]\nactions:\n  - id: a2\n    title: Iets doen\n');
    expect(apply(text, appendItems(parsePlan(text), ['routes', 'in', 'actions'], ['a2']))).toBe(
      'routes:\n  in:\n    actions: [a1, a2]\nactions: []\n');
  });

  it('creates the list, and its parents, when missing', () => {
    const text = 'scaling-plan: 1\npilot:\n  name: X\nactions:\n  - id: a1\n';
    expect(apply(text, appendItems(parsePlan(text), ['pitfalls', 'pilot-conditions'], [{ kind: 'extra-funding', description: 'Subsidie: tijdelijk.' }]))).toBe(
      'scaling-plan: 1\npilot:\n  name: X\npitfalls:\n  pilot-conditions:\n    - kind: extra-funding\n      description: "Subsidie: tijdelijk."\nactions:\n  - id: a1\n');
  });
});

describe('indentation and scalars', () => {
  it('detects the indentation step of the document', () => {
    expect(indentUnit(parsePlan('a:\n    b:\n        c: 1\n    d: 2\n'))).toBe(4);
    expect(indentUnit(parsePlan('a:\n  b: 1\n'))).toBe(2);
    expect(indentUnit(parsePlan('a: 1\n'))).toBe(2);
  });

  it('quotes a value only when YAML would read it differently', () => {
    expect(scalar('Hoe kan ik regie houden, terwijl …?')).toBe('Hoe kan ik regie houden, terwijl …?');
    expect(scalar('yes')).toBe('"yes"');
    expect(scalar('2025-03-01')).toBe('"2025-03-01"');
    expect(scalar('a: b')).toBe('"a: b"');
    expect(scalar('- item')).toBe('"- item"');
    expect(scalar('# not a comment')).toBe('"# not a comment"');
  });
});
