/**
 * Hostile plans, shared by test/fuzz.test.ts, test/robustness.test.ts and
 * scripts/fuzz.mjs (which bundles this file with esbuild):
 * - `planText`: random plans generated from the bundled JSON Schema, valid
 *   or with noise (wrong types, unknown and dangerous keys);
 * - `mutatedPlan`: an example plan mutated through its YAML tree (delete,
 *   duplicate, retype, rename a node; cut the text; insert characters);
 * - `lintViolations`: what must hold for ANY text (never throws, ranges
 *   inside the document, the same result twice, no internal error);
 * - `hostileFiles`: the fixed hostile inputs of issue 7, as file contents.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { analyse } from '../../server/src/lint.js';
import { readYamlTree, type YNode } from '../../server/src/model/yamlTree.js';

/** The package root: found upward, since scripts/fuzz.mjs runs this file bundled elsewhere. */
export const ROOT = ((): string => {
  for (let d = __dirname; dirname(d) !== d; d = dirname(d)) if (existsSync(join(d, 'schemas/scaling-plan.schema.json'))) return d;
  return join(__dirname, '..', '..');
})();

type Schema = { [k: string]: unknown; type?: string | string[]; $ref?: string; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; pattern?: string; maxLength?: number; minLength?: number; maxItems?: number; then?: Schema; else?: Schema };
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schemas/scaling-plan.schema.json'), 'utf8')) as Schema & { definitions: Record<string, Schema> };

// Small pools, so that references often (not always) resolve and ids collide now and then.
const PARTNER_IDS = ['ns', 'gemeente', 'ggz-noord', 'p1'];
const ACTION_IDS = ['a1', 'a2', 'a3', 'actie-4'];
/** Keys that break code which looks things up on plain objects, and near-misses of ours. */
export const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'statuz', 'Pilot', 'ingredient', ''];
const text = fc.oneof(
  fc.constantFrom('Buurtteam', 'Eén plan per gezin', '**vet** en [link](https://example.org)', 'a: b', '# geen commentaar', '- geen lijst', 'yes', '0x1F', '2025-02-30', '<script>x</script>'),
  fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => !s.includes('\uFFFD')), // U+FFFD is SP001 (bytes that were not UTF-8)
);
const date = fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), text,
  fc.array(text, { maxLength: 3 }), fc.dictionary(fc.constantFrom(...NASTY_KEYS, 'x'), text, { maxKeys: 2 }).map((o) => new Map(Object.entries(o))),
);

function resolve(s: Schema): Schema {
  const name = s.$ref?.replace('#/definitions/', '');
  return name ? { ...SCHEMA.definitions[name]!, ...s, $ref: undefined, refName: name } : s;
}

/** A value that fits `schema`; with `noise`, some nodes are replaced by junk and objects get nasty keys. */
export function fromSchema(schema: Schema, noise: boolean, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  const fit = fitting(s, noise, depth);
  return noise ? fc.oneof({ weight: 12, arbitrary: fit }, { weight: 1, arbitrary: junk }) : fit;
}

function fitting(s: Schema, noise: boolean, depth: number): fc.Arbitrary<unknown> {
  if (s.then && s.else) return fc.oneof(fromSchema(s.then, noise, depth), fromSchema(s.else, noise, depth));
  if (s.enum) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...s.enum.filter((v) => v !== null)) }, fc.constantFrom(...s.enum));
  const types = s.type === undefined ? ['string'] : Array.isArray(s.type) ? s.type : [s.type];
  // `null` (an empty value) less often than a real one: plans should reach the canvas rules.
  return fc.oneof(...types.map((t) => ({ weight: t === 'null' ? 1 : 4, arbitrary: ofType(t, s, noise, depth) })));
}

function ofType(type: string, s: Schema, noise: boolean, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null': return fc.constant(null);
    case 'boolean': return fc.boolean();
    case 'integer': return fc.integer({ min: -5, max: 5 });
    case 'number': return fc.oneof(fc.integer({ min: -100, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    case 'array': {
      const refs = s['refName'] === 'action-refs-or-empty' ? fc.constantFrom(...ACTION_IDS, 'a9') : undefined;
      const items = refs ?? (s.items ? fromSchema(s.items, noise, depth + 1) : text);
      return fc.array(items, { maxLength: depth > 4 ? 1 : 3 });
    }
    case 'object': return object(s, noise, depth);
    default: return string(s);
  }
}

function string(s: Schema): fc.Arbitrary<string> {
  if (s['refName'] === 'partner-ref-or-empty') return fc.constantFrom(...PARTNER_IDS, 'onbekend');
  if (s.pattern?.startsWith('^\\d{4}')) return date;
  if (s.pattern === '^[a-z0-9]+(-[a-z0-9]+)*$') return fc.constantFrom(...PARTNER_IDS);
  if (s.pattern === '^\\S+$') return fc.constantFrom(...ACTION_IDS);
  const min = s.minLength ?? 0;
  return text.filter((t) => t.length >= min && t.length <= (s.maxLength ?? Infinity) && (min === 0 || t.trim() !== ''));
}

/** Objects are Maps: key order as generated, and `__proto__` stays a key. */
function object(s: Schema, noise: boolean, depth: number): fc.Arbitrary<Map<string, unknown>> {
  const props = Object.entries(s.properties ?? {});
  const required = new Set(s.required ?? []);
  const entries = props.map(([key, sub]) => {
    const entry = fromSchema(sub, noise, depth + 1).map((value) => [key, value] as [string, unknown]);
    return required.has(key) && !noise ? entry.map((e) => [e]) : fc.option(entry, { freq: 3 }).map((e) => (e ? [e] : []));
  });
  const extra = noise ? fc.array(fc.tuple(fc.constantFrom(...NASTY_KEYS), junk), { maxLength: 1 }) : fc.constant([]);
  return fc.tuple(fc.tuple(...entries), extra).map(([picked, more]) => new Map([...picked.flat(), ...more]));
}

/** A generated plan as YAML text, in a random but valid layout (block or flow, indent, line ends). */
export function planText(noise: boolean): fc.Arbitrary<string> {
  const style = fc.record({ indent: fc.constantFrom(2, 4), flow: fc.boolean(), crlf: fc.boolean(), lineWidth: fc.constantFrom(0, 40, 80) });
  return fc.tuple(fromSchema(SCHEMA, noise), style).map(([plan, st]) => {
    const value = plan instanceof Map ? new Map([['scaling-plan', 1], ...[...plan].filter(([k]) => k !== 'scaling-plan')]) : plan;
    const yaml = stringify(value, { indent: st.indent, lineWidth: st.lineWidth, collectionStyle: st.flow ? 'flow' : 'block', version: '1.2' });
    return st.crlf ? yaml.replace(/\n/g, '\r\n') : yaml;
  });
}

/** The plans to mutate: the examples, else (when there are few) the rule fixtures too. */
export function seedPlans(): { name: string; text: string }[] {
  const read = (dir: string): { name: string; text: string }[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : [])
    .filter((f) => f.endsWith('.scaling.yaml') && statSync(join(dir, f)).isFile()).sort()
    .map((f) => ({ name: join(dir, f).slice(ROOT.length + 1), text: readFileSync(join(dir, f), 'utf8') }));
  const examples = read(join(ROOT, 'examples'));
  return examples.length >= 3 ? examples : [...examples, ...read(join(ROOT, 'test/fixtures/rules'))];
}

export type Mutation =
  | { kind: 'delete' | 'duplicate' | 'retype' | 'rename'; at: number; wholeLines: boolean; with: string }
  | { kind: 'cut' | 'insert' | 'erase' | 'indent'; at: number; with: string };

const RETYPES = ['42', '-1.5e3', 'true', '~', '[]', '{}', '[a1, a1]', '{x: 1}', '"tekst"', '2025-13-45', '*nergens', '&anker w', '!!binary aGk=', '!eigen z', '|\n  blok', '.nan', 'yes', "'2025-06-30'", '- los'];
const INSERTS = [':', ' ', '-', '- ', '[', ']', '{', '}', ',', '\n', '\r\n', '\r', '\t', '"', "'", '#', '|', '>', '?', '&a', '*a', '!!str', '---\n', '...\n', '%YAML 1.1\n', '\uFEFF', '\u2028', '\uD800', '😀', 'é', '\u0000', '\uFFFD', '# scaling-disable-next-line\n', '# scaling-disable SP301\n'];

const where = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'retype' as const, 'rename' as const), at: where, wholeLines: fc.boolean(), with: fc.constantFrom(...RETYPES, ...NASTY_KEYS) }),
  fc.record({ kind: fc.constantFrom('cut' as const, 'insert' as const, 'erase' as const, 'indent' as const), at: where, with: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'binary', maxLength: 4 })) }),
);

interface Span { start: number; end: number; keyStart?: number; keyEnd?: number; value: YNode }

/** Every key/value pair and list item of the tree, in document order, by their offsets. */
function spans(root: YNode | undefined): Span[] {
  const out: Span[] = [];
  const walk = (n: YNode): void => {
    if (n.kind === 'map') for (const p of n.pairs) {
      out.push({ start: p.keyStart, end: Math.max(p.keyEnd, p.value.end), keyStart: p.keyStart, keyEnd: p.keyEnd, value: p.value });
      walk(p.value);
    }
    if (n.kind === 'seq') for (const i of n.items) {
      out.push({ start: i.start, end: i.end, value: i });
      walk(i);
    }
  };
  if (root) walk(root);
  return out.filter((s) => s.end >= s.start);
}

const lineStart = (t: string, o: number): number => t.lastIndexOf('\n', o - 1) + 1;
const nextLine = (t: string, o: number): number => (t.indexOf('\n', o) < 0 ? t.length : t.indexOf('\n', o) + 1);

/** Applies one mutation; node mutations find their node through the YAML tree's offsets. */
export function mutate(t: string, m: Mutation): string {
  const off = Math.floor(m.at * (t.length + 1));
  switch (m.kind) {
    case 'cut': return t.slice(0, off);
    case 'insert': return t.slice(0, off) + m.with + t.slice(off);
    case 'erase': return t.slice(0, off) + t.slice(off + 1 + (m.with.length % 16));
    case 'indent': {
      const s = lineStart(t, off);
      return m.with.length % 2 === 0 ? t.slice(0, s) + ' '.repeat(1 + (m.with.length % 3)) + t.slice(s) : t.slice(0, s) + t.slice(s).replace(/^ {1,2}/, '');
    }
  }
  const nodes = spans(readYamlTree(t).root);
  if (nodes.length === 0) return t;
  const n = nodes[Math.floor(m.at * nodes.length)]!;
  const [from, to] = m.wholeLines ? [lineStart(t, n.start), nextLine(t, Math.max(n.start, n.end - 1))] : [n.start, n.end];
  switch (m.kind) {
    case 'delete': return t.slice(0, from) + t.slice(to);
    case 'duplicate': return t.slice(0, to) + (m.wholeLines ? '' : ', ') + t.slice(from, to) + t.slice(to);
    case 'retype': return t.slice(0, n.value.start) + m.with + t.slice(n.value.end);
    case 'rename': return n.keyStart === undefined ? t : t.slice(0, n.keyStart) + m.with + t.slice(n.keyEnd);
  }
}

export function mutatedPlan(seeds: { name: string; text: string }[]): fc.Arbitrary<{ seed: string; text: string }> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([s, ms]) => ({ seed: s.name, text: ms.reduce(mutate, s.text) }));
}

const SUSPICIOUS = ['undefined', 'NaN', '[object Object]', 'Internal error', 'Interne fout'];

/**
 * What must hold for any text: `analyse` does not throw, every range lies
 * inside the document (line < line count, character ≤ that line's length
 * without its line break, start ≤ end), no rule failed internally, no message
 * shows a programmer's value, and a second run gives the same result.
 * Returns what went wrong (empty when all is well).
 */
export function lintViolations(text: string, lang: 'nl' | 'en' = 'en'): string[] {
  let first;
  try {
    first = analyse(text, { lang });
  } catch (e) {
    return [`analyse threw: ${e instanceof Error ? e.stack : String(e)}`];
  }
  const out: string[] = [];
  // Line breaks as YAML 1.2, LSP and editors count them: LF, CRLF and a lone CR.
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.length);
  for (const d of first.diagnostics) {
    const { start, end } = d.range;
    const inside = (p: { line: number; character: number }): boolean => Number.isInteger(p.line) && Number.isInteger(p.character)
      && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!;
    if (!inside(start) || !inside(end)) out.push(`${d.code} range outside the document: ${JSON.stringify(d.range)}`);
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) out.push(`${d.code} range ends before it starts: ${JSON.stringify(d.range)}`);
    if (!d.message.trim()) out.push(`${d.code} has an empty message`);
    for (const word of SUSPICIOUS) if (d.message.includes(word) && !text.includes(word)) out.push(`${d.code} message shows '${word}': ${d.message}`);
    if (/\{[a-zA-Z]+\}/.test(d.message) && !/\{[a-zA-Z]+\}/.test(text)) out.push(`${d.code} message has an unfilled placeholder: ${d.message}`);
  }
  let second;
  try {
    second = analyse(text, { lang });
  } catch (e) {
    return [...out, `analyse threw the second time: ${e instanceof Error ? e.stack : String(e)}`];
  }
  if (JSON.stringify(second.diagnostics) !== JSON.stringify(first.diagnostics)) out.push('a second run gave other diagnostics');
  if (JSON.stringify(second.readiness) !== JSON.stringify(first.readiness)) out.push('a second run gave another readiness summary');
  return out;
}

export interface HostileFile {
  /** Also the file name: `<name>.scaling.yaml`. */
  name: string;
  data: string | Buffer;
  /** How long the CLI may take for it (issue 7: 2 s, the 5 MB plan 8 s). */
  limitMs: number;
  /** The error it must give, 1-based as the CLI prints it (when one place is clearly right). */
  error?: { code: string; line?: number; column?: number };
}

/** A fixed sequence of pseudo-random bytes (mulberry32): the same file every run. */
export function randomBytes(size: number, seed: number, noNul = false): Buffer {
  const b = Buffer.alloc(size);
  let a = seed;
  for (let i = 0; i < size; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const byte = ((t ^ (t >>> 14)) >>> 0) & 0xff;
    b[i] = noNul && byte === 0 ? 1 : byte;
  }
  return b;
}

/** A plan of about `bytes` size: a real head, then thousands of actions; `pilot.name` twice (SP003). */
export function bigPlan(bytes: number): string {
  const head = 'scaling-plan: 1\npilot:\n  name: Buurtteam\n  name: Wijkteam\n  owner: gemeente\npartners:\n  - id: gemeente\n    name: Gemeente\n    type: municipality\nactions:\n';
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const a = `  - id: a${i}\n    title: Actie ${i} — afspraken maken met de wijkteams over de overdracht\n    owner: gemeente\n    due: 2025-06-30\n`;
    parts.push(a);
    size += a.length;
  }
  return parts.join('');
}

const HEAD = 'scaling-plan: 1\npilot:\n  name: Buurtteam\n';

export function hostileFiles(): HostileFile[] {
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
  const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
  const f = (name: string, data: string | Buffer, error?: HostileFile['error'], limitMs = 2000): HostileFile => ({ name, data, limitMs, ...(error ? { error } : {}) });
  return [
    // Reported where the block or quote opens (recover.ts), not where the parser runs out of text.
    f('syntax-unclosed-flow', `${HEAD}routes: { in: { ambition: x }\n`, { code: 'SP001', line: 4, column: 9 }),
    f('syntax-unterminated-quote', 'scaling-plan: 1\npilot:\n  name: "Buurtteam\n', { code: 'SP001', line: 3, column: 9 }),
    f('syntax-bad-indent', 'scaling-plan: 1\npilot:\n    name: X\n  stage: running\n', { code: 'SP001', line: 4 }),
    f('syntax-nested-key', 'scaling-plan: 1\npilot: name: X\n', { code: 'SP001', line: 2, column: 8 }),
    f('syntax-undefined-alias', `${HEAD}partners: *nergens\n`, { code: 'SP001', line: 4, column: 11 }),
    f('syntax-stray-bracket', `${HEAD}]\n`, { code: 'SP001', line: 4, column: 1 }),
    f('syntax-reserved-character', `${HEAD}  summary: @vandaag\n`, { code: 'SP001', line: 4, column: 12 }),
    f('syntax-complex-key', `${HEAD}? [a, b]\n: c\n`, { code: 'SP002', line: 4, column: 3 }),
    f('alias-bomb', `${HEAD}${bomb}\n`),
    f('deep-flow-list', `${'['.repeat(20000)}${']'.repeat(20000)}\n`, { code: 'SP001', line: 1, column: 201 }),
    f('deep-flow-map', `scaling-plan: 1\npilot: ${'{a: '.repeat(20000)}${'}'.repeat(20000)}\n`, { code: 'SP001', line: 2 }),
    f('deep-block-list', `${'- '.repeat(20000)}x\n`, { code: 'SP001', line: 1, column: 401 }),
    f('deep-block-map', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), { code: 'SP001', line: 201, column: 201 }),
    f('big-5mb', bigPlan(5 * 1024 * 1024), { code: 'SP003', line: 4, column: 3 }, 8000),
    // One-word list items: five times the tokens of a real plan per byte, past the reader's budget.
    f('dense-5mb', `${HEAD}transferable:\n${'  - a\n'.repeat((5 * 1024 * 1024) / 6)}`, { code: 'SP001', line: 1, column: 1 }, 8000),
    f('random-bytes', randomBytes(200 * 1024, 7), { code: 'SP001' }),
    f('random-bytes-no-nul', randomBytes(200 * 1024, 11, true), { code: 'SP001' }),
    f('invalid-utf8', Buffer.concat([utf8('scaling-plan: 1\npilot:\n  name: Buurt'), Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]), utf8('team\n')]), { code: 'SP001', line: 3, column: 14 }),
    f('latin1', Buffer.from('scaling-plan: 1\npilot:\n  name: Coördinator\n', 'latin1'), { code: 'SP001', line: 3, column: 11 }),
    f('utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEAD}`, 'utf16le')]), { code: 'SP001', line: 1 }),
    f('bom', `\uFEFF${HEAD}  stage: runing\n`, { code: 'SP002', line: 4, column: 10 }),
    f('tabs', 'scaling-plan: 1\npilot:\n\tname: Buurtteam\n', { code: 'SP001', line: 3, column: 1 }),
    f('crlf', `${HEAD}  stage: runing\n`.replace(/\n/g, '\r\n'), { code: 'SP002', line: 4, column: 10 }),
    f('empty', '', { code: 'SP006', line: 1, column: 1 }),
    f('a-list', '- scaling-plan: 1\n- pilot: x\n', { code: 'SP002', line: 1, column: 1 }),
    f('a-scalar', 'Dit is ons plan.\n', { code: 'SP002', line: 1, column: 1 }),
    f('a-number', '42\n', { code: 'SP002', line: 1, column: 1 }),
    f('proto-keys', `${HEAD}  __proto__: { polluted: true }\n__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\nprototype: 1\npartners:\n  - id: p\n    name: P\n    constructor: x\n`, { code: 'SP002', line: 4, column: 3 }),
    f('numeric-ids', `${HEAD}  owner: 12\npartners:\n  - id: 12\n    name: Twaalf\nactions:\n  - id: 3\n    title: Drie\n    owner: 12\n`, { code: 'SP002', line: 4, column: 10 }),
    f('dates-not-dates', `${HEAD}  period: { start: 2024-13-45, end: gisteren }\nactions:\n  - id: a1\n    title: T\n    owner: x\n    due: 31-12-2025\n`, { code: 'SP002', line: 4, column: 20 }),
    f('several-documents', `${HEAD}---\n${HEAD}---\nnog: een\n`, { code: 'SP002', line: 4, column: 1 }),
    f('nul', `${HEAD}  summary: a\u0000b\n`, { code: 'SP001', line: 4, column: 13 }),
    f('key-flood', `${HEAD}${Array.from({ length: 20000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`, { code: 'SP002', line: 4, column: 1 }),
  ];
}

/** For a plan generated to fit the schema: no reading, schema or version error, and the same findings in both languages. */
export function fitViolations(text: string): string[] {
  const en = analyse(text, { lang: 'en' }).diagnostics;
  const nl = analyse(text, { lang: 'nl' }).diagnostics;
  const out = en.filter((d) => ['SP001', 'SP002', 'SP003', 'SP006'].includes(d.code)).map((d) => `${d.code} on a plan that fits the schema: ${d.message}`);
  const places = (ds: typeof en): string => ds.map((d) => `${d.code} ${d.severity} ${JSON.stringify(d.range)}`).join('\n');
  if (places(en) !== places(nl)) out.push('Dutch and English runs differ in codes or places');
  return out;
}
