/**
 * What the canvas editor must NOT do (issue 16, "never destroys"): no edit on
 * a plan it cannot read, none at a place that is not there, none with a
 * value the schema refuses — each refusal says why, in Dutch and English.
 * And parseIntent (edits/intentParse.ts) on hostile webview messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../server/src/edits/apply.js';
import { intentEdits, parseIntent } from '../server/src/edits/intents.js';
import type { Intent } from '../server/src/edits/intentTypes.js';
import { verified } from '../server/src/edits/intentCheck.js';
import { analysed, lineDiff, plain, refusal } from './helpers/intentCheck.js';

const plan = readFileSync(join(__dirname, 'fixtures', 'intents', 'comments.scaling.yaml'), 'utf8');
const TAB = plan.replace('  stage: running', '\tstage: running');

const REFUSED: [string, string, Intent, string][] = [
  ['a tab (SP001, even though the reader recovered)', TAB, { kind: 'set', path: ['impact', 'aim'], value: 'reduce' }, 'The plan has a YAML syntax error'],
  ['an unclosed quote', plan.replace('name: Wijkteam West', 'name: "Wijkteam West'), { kind: 'remove', path: ['partners', 0] }, 'The plan has a YAML syntax error'],
  ['a second document', `${plan}---\nx: 1\n`, { kind: 'add', path: ['actions'], item: { title: 'x' } }, 'The plan has a YAML syntax error'],
  ['anchors and aliases', plan.replace('  owner:   # not decided yet', '  owner: &o gemeente'), { kind: 'set', path: ['impact', 'aim'], value: 'reduce' }, 'anchors or aliases'],
  ['a key written twice on the path', plan.replace('  aim: mitigate', '  aim: mitigate\n  aim: reduce'), { kind: 'set', path: ['impact', 'aim'], value: 'prevent' }, "'impact.aim' appears twice"],
  ['remove a list item that is not there', plan, { kind: 'remove', path: ['partners', 9] }, "There is nothing at 'partners[9]'"],
  ['remove a key that is not there', plan, { kind: 'remove', path: ['scale'] }, "There is nothing at 'scale'"],
  ['set inside a list item that is not there', plan, { kind: 'set', path: ['partners', 5, 'name'], value: 'X' }, "There is nothing at 'partners[5].name'"],
  ['unlink from a list that is not there', plan, { kind: 'unlink', path: ['ingredients', 'needs', 'actions'], id: 'a1' }, "There is nothing at 'ingredients.needs.actions'"],
  ['unlink an id that is not linked', plan, { kind: 'unlink', path: ['ingredients', 'value', 'actions'], id: 'a9' }, "'a9' is not in 'ingredients.value.actions'"],
  ['a status outside its choices', plan, { kind: 'set', path: ['ingredients', 'needs', 'status'], value: 'good' }, "'good' is not allowed for 'ingredients.needs.status'; choose from: sufficient, partial, insufficient or unknown."],
  ['an involvement outside its choices, in a new item', plan, { kind: 'add', path: ['partners'], item: { name: 'X', involvement: 'maybe' } }, "'maybe' is not allowed for 'partners[2].involvement'"],
  ['a route that does not exist', plan, { kind: 'link', path: ['partners', 0, 'needed-for'], id: 'sideways' }, "'sideways' is not allowed"],
  ['an action that is not declared', plan, { kind: 'link', path: ['ingredients', 'needs', 'actions'], id: 'a9' }, "There is no action with id 'a9'"],
  ['a field the format does not have', plan, { kind: 'set', path: ['pilot', 'colour'], value: 'blue' }, "The plan format has no 'pilot.colour'"],
  ['text where yes/no belongs', plan, { kind: 'set', path: ['pilot', 'drivers', 0, 'embedded'], value: 'ja' }, "'ja' does not fit 'pilot.drivers[0].embedded': it takes true or false."],
  ['a date that is not a date', plan, { kind: 'set', path: ['actions', 0, 'due'], value: 'next week' }, "'actions[0].due' takes a date, written as YYYY-MM-DD"],
  ['emptying a required key', plan, { kind: 'set', path: ['pilot', 'name'], value: '' }, "'pilot.name' is required"],
  ['removing a required key', plan, { kind: 'remove', path: ['actions', 0, 'id'] }, "'actions[0].id' is required"],
  ['a partner without a name', plan, { kind: 'add', path: ['partners'], item: { type: 'care' } }, "'partners[2].name' is required"],
  ['a value where a list is', plan, { kind: 'set', path: ['pilot', 'drivers'], value: 'Projectleider' }, "'Projectleider' does not fit 'pilot.drivers': it takes a list."],
  ['one value where a list of them is written', plan.replace('scaling-plan: 1', 'scaling-plan: 1\nstrategy: [growth]'), { kind: 'set', path: ['strategy'], value: 'franchise' }, "'strategy' holds a list or group, not a single value"],
  ['adding to something that is not a list', plan, { kind: 'add', path: ['pilot', 'name'], item: 'x' }, "'pilot.name' is not a list"],
  ['a finding that is not there', plan, { kind: 'fix', code: 'SP301', line: 3, character: 0, index: 0 }, 'That finding is no longer there'],
  ['a quick fix that is not there', plan, { kind: 'fix', code: 'SP602', line: 97, character: 4, index: 5 }, 'This finding has no quick fix number 5'],
];

describe('intents: refusals, with the reason in both languages', () => {
  for (const [name, text, intent, en] of REFUSED) {
    it(name, () => {
      const r = refusal(text, intent);
      expect(r.en).toContain(en);
      expect(r.nl).not.toBe(r.en);
      expect(r.nl).toMatch(/[a-z]/);
      expect(`${r.nl} ${r.en}`).not.toMatch(/\{\d\}/);
    });
  }

  it('the Dutch reason speaks to the advisor', () => {
    expect(refusal(TAB, { kind: 'remove', path: ['partners', 0] }).nl).toBe(
      'Het plan bevat een fout in de YAML-opbouw (zie de meldingen). Herstel die eerst in de teksteditor; tot dan verandert de canvaseditor niets aan het bestand.');
    expect(refusal(plan, { kind: 'set', path: ['ingredients', 'needs', 'status'], value: 'good' }).nl).toBe(
      '‘good’ is niet toegestaan bij ‘ingredients.needs.status’; kies uit: sufficient (voldoende), partial (gedeeltelijk), insufficient (onvoldoende) of unknown (onbekend).');
  });
});

const hostile = (json: string): unknown => JSON.parse(json);
const getterThrows = Object.defineProperty({ kind: 'remove' }, 'path', { enumerable: true, get: () => { throw new Error('boom'); } });
const sparse: unknown[] = ['pilot'];
sparse[2] = 'name';

const INVALID: [string, unknown][] = [
  ['null', null], ['a string', 'set'], ['an array', [{ kind: 'remove', path: ['pilot'] }]], ['no kind', { path: ['pilot'] }],
  ['an unknown kind', { kind: 'eval', path: ['pilot'] }], ['a missing field', { kind: 'set', path: ['pilot', 'name'] }],
  ['an extra field', { kind: 'remove', path: ['pilot'], version: 3 }],
  ['__proto__ as a path key', hostile('{"kind":"remove","path":["__proto__"]}')],
  ['__proto__ as a field', hostile('{"kind":"remove","path":["pilot"],"__proto__":{"x":1}}')],
  ['constructor as a path key', { kind: 'set', path: ['constructor', 'name'], value: 'x' }],
  ['a negative index', { kind: 'remove', path: ['partners', -1] }], ['a fraction', { kind: 'remove', path: ['partners', 1.5] }],
  ['NaN as an index', { kind: 'remove', path: ['partners', NaN] }], ['a huge index', { kind: 'remove', path: ['partners', 1e9] }],
  ['an empty path', { kind: 'remove', path: [] }], ['a path of 13', { kind: 'remove', path: Array(13).fill('a') }],
  ['an empty key', { kind: 'remove', path: [''] }], ['a path that is a string', { kind: 'remove', path: 'pilot' }],
  ['a sparse path', { kind: 'remove', path: sparse }], ['a key of 101 characters', { kind: 'remove', path: ['x'.repeat(101)] }],
  ['a value that is an object', { kind: 'set', path: ['pilot', 'name'], value: { a: 1 } }],
  ['Infinity', { kind: 'set', path: ['x'], value: Infinity }], ['a text of 20,001 characters', { kind: 'set', path: ['x'], value: 'x'.repeat(20001) }],
  ['a NUL', { kind: 'set', path: ['x'], value: 'a\u0000b' }], ['an escape sequence', { kind: 'set', path: ['x'], value: '\u001b[31m' }],
  ['a CR', { kind: 'set', path: ['x'], value: 'a\rb' }], ['a lone surrogate', { kind: 'set', path: ['x'], value: 'a\ud800b' }],
  ['a BOM', { kind: 'set', path: ['x'], value: '\ufeffa' }],
  ['an item nested too deep', { kind: 'add', path: ['x'], item: { a: { b: { c: { d: { e: { f: 1 } } } } } } }],
  ['an item with 300 values', { kind: 'add', path: ['x'], item: Array(300).fill('x') }],
  ['an item field that is not kebab-case', { kind: 'add', path: ['x'], item: { Title: 'x' } }],
  ['an item field named constructor', { kind: 'add', path: ['x'], item: { constructor: 'x' } }],
  ['an item that is a Date', { kind: 'add', path: ['x'], item: new Date(0) }], ['an item that is a Map', { kind: 'add', path: ['x'], item: new Map() }],
  ['an id with a space', { kind: 'link', path: ['x'], id: 'a 1' }], ['an empty id', { kind: 'unlink', path: ['x'], id: '' }],
  ['a fix with a bad code', { kind: 'fix', code: 'XX001', line: 0, character: 0, index: 0 }],
  ['a fix with a negative line', { kind: 'fix', code: 'SP301', line: -1, character: 0, index: 0 }],
  ['a fix with index 101', { kind: 'fix', code: 'SP301', line: 0, character: 0, index: 101 }],
  ['a getter that throws', getterThrows],
  ['a proxy', new Proxy({ kind: 'remove', path: ['pilot'] }, { ownKeys: () => { throw new Error('boom'); } })],
  ['a class instance', new (class { kind = 'remove'; path = ['pilot']; })()],
];

describe('parseIntent: hostile messages', () => {
  for (const [name, m] of INVALID) it(`refuses ${name}`, () => expect(parseIntent(m)).toBeUndefined());

  it('accepts each kind and returns a fresh copy', () => {
    const item = { title: 'Actie', due: '2026-01-01', tags: ['a', 'b'], n: 2, done: false, note: null };
    const good: Intent[] = [
      { kind: 'set', path: ['ingredients', 'financing', 'status'], value: 'partial' },
      { kind: 'set', path: ['partners', 0, 'name'], value: 'Twee\nregels\tmet tab' },
      { kind: 'remove', path: ['actions', 3] },
      { kind: 'add', path: ['actions'], item },
      { kind: 'link', path: ['routes', 'in', 'actions'], id: 'a7' },
      { kind: 'unlink', path: ['partners', 2, 'needed-for'], id: 'out' },
      { kind: 'fix', code: 'SP301', line: 4, character: 2, index: 0 },
    ];
    for (const intent of good) {
      const parsed = parseIntent(intent);
      expect(parsed).toEqual(intent);
      expect(parsed).not.toBe(intent);
    }
    const added = parseIntent({ kind: 'add', path: ['actions'], item }) as Extract<Intent, { kind: 'add' }>;
    expect(added.item).not.toBe(item);
  });

  it('never throws, and whatever it accepts reads the same after a JSON round trip (fixed seed)', () => {
    const segment = fc.oneof(fc.constantFrom('pilot', 'name', '__proto__', 'constructor', ''), fc.string(), fc.integer({ min: -2, max: 100_001 }), fc.double());
    const message = fc.record({
      kind: fc.constantFrom('set', 'remove', 'add', 'link', 'unlink', 'fix', 'other'),
      path: fc.oneof(fc.array(segment, { maxLength: 14 }), fc.anything()),
      value: fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.anything()),
      item: fc.jsonValue({ maxDepth: 6 }), id: fc.string(), code: fc.constantFrom('SP301', 'SP9999', 'x'),
      line: fc.integer({ min: -1, max: 20 }), character: fc.nat(5), index: fc.integer({ min: -1, max: 102 }),
    }, { requiredKeys: ['kind'] });
    fc.assert(fc.property(fc.oneof(message, fc.anything()), (m) => {
      const parsed = parseIntent(m);
      if (parsed) expect(parseIntent(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    }), { numRuns: 2000 });
  });
});

describe('intents: the re-reading check refuses what would go wrong', () => {
  const data = plain(plan);
  const before = { data, duplicates: 0 };
  const at = (line: number, character: number) => ({ line, character });
  it('a text that no longer parses', () => {
    expect(verified(plan, before, [{ range: { start: at(8, 0), end: at(8, 0) }, newText: 'x: [\n' }], { op: 'none' })).toBe(false);
  });
  it('a change elsewhere than intended', () => {
    const edit = { range: { start: at(24, 7), end: at(24, 15) }, newText: 'reduce' };
    expect(verified(plan, before, [edit], { op: 'put', path: ['impact', 'aim'], value: 'reduce' })).toBe(true);
    expect(verified(plan, before, [edit], { op: 'put', path: ['impact', 'aim'], value: 'prevent' })).toBe(false);
    expect(verified(plan, before, [edit], { op: 'none' })).toBe(false);
  });
});

describe('intents: any intent on any place of a plan (fixed seed)', () => {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(plain(plan), []);
  const place = fc.tuple(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.oneof(fc.constant([]), fc.constantFrom(['status'], ['actions'], [0], [7], ['x']))).map(([p, q]) => [...p, ...q]);
  const value = fc.oneof(fc.constantFrom('partial', 'a1', '2025-01-01', '', 'a: b', '#', '- x', 'x\ny', 'yes', '1.5'), fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
  const intent: fc.Arbitrary<Intent> = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), path: place, value }),
    fc.record({ kind: fc.constant('remove' as const), path: place }),
    fc.record({ kind: fc.constant('add' as const), path: place, item: fc.oneof(value, fc.record({ title: fc.string({ maxLength: 8 }), status: fc.constantFrom('open', 'bad') })) }),
    fc.record({ kind: fc.constantFrom('link' as const, 'unlink' as const), path: place, id: fc.constantFrom('a1', 'a2', 'in', 'pilot') }),
  );
  it('never throws, never needs its safety net, and what it does reads cleanly', () => {
    let done = 0;
    fc.assert(fc.property(intent, (i) => {
      const r = intentEdits(analysed(plan), i);
      // "Could not be made safely" is the re-reading check catching a wrong edit: a bug, whatever the intent.
      if (!r.ok) {
        expect(r.reason.en).not.toContain('could not be made safely');
        return;
      }
      done++;
      const out = applyEdits(plan, r.edits);
      expect(analysed(out).diagnostics.filter((d) => d.code === 'SP001')).toEqual([]);
      const before = plan.split('\n');
      const changed = lineDiff(plan, out).filter((l) => l.startsWith('-')).length;
      expect(changed).toBeLessThan(before.length);
    }), { numRuns: 300 });
    expect(done).toBeGreaterThan(30);
  });
});
