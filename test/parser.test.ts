/**
 * The YAML reader on hostile input: it returns problems and never throws,
 * stays fast, bounds alias expansion, and cannot be used to pollute
 * prototypes. Ranges stay right on CRLF lines and after a BOM.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import { parsePlan } from '../server/src/model/plan.js';
import { LIMITS, readYamlTree, type YNode } from '../server/src/model/yamlTree.js';

function countNodes(n: YNode | undefined): number {
  if (!n) return 0;
  let count = 0;
  const stack: YNode[] = [n];
  while (stack.length > 0) {
    const x = stack.pop()!;
    count++;
    if (x.kind === 'seq') stack.push(...x.items);
    if (x.kind === 'map') for (const p of x.pairs) stack.push(p.value);
  }
  return count;
}

const kinds = (text: string): string[] => readYamlTree(text).problems.map((p) => p.kind);

describe('hostile input', () => {
  it('cuts a billion-laughs alias bomb (9 levels) off at the limit, reporting it once', () => {
    const names = 'abcdefghi';
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < names.length; i++) {
      const prev = `*${names[i - 1]}`;
      text += `${names[i]}: &${names[i]} [${Array(9).fill(prev).join(',')}]\n`;
    }
    const tree = readYamlTree(text);
    expect(tree.problems.filter((p) => p.kind === 'alias-limit')).toHaveLength(1);
    expect(countNodes(tree.root)).toBeLessThan(LIMITS.maxAliasNodes + 200); // the work is bounded by the node count
    const a = analyse(text);
    expect(a.diagnostics.filter((d) => d.code === 'SP001').map((d) => d.message)).toEqual([
      'Too much repetition through YAML aliases (*name): over 10000 nodes. Write the values out instead of stacking aliases.',
    ]);
  });

  it('refuses 20,000 levels of flow nesting before the composer recurses', () => {
    for (const text of ['['.repeat(20000) + ']'.repeat(20000), 'a: ' + '{a: '.repeat(20000) + '}'.repeat(20000)]) {
      const tree = readYamlTree(text);
      expect(tree.problems.map((p) => p.kind)).toEqual(['too-deep']);
      expect(tree.root).toBeUndefined();
    }
  });

  it('refuses 20,000 levels of block nesting', () => {
    const seqs = '- '.repeat(20000) + 'x\n';
    expect(kinds(seqs)).toEqual(['too-deep']);
    // Block maps, one space deeper per level (as deep as fits in a sane file).
    const maps = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect(kinds(maps)).toEqual(['too-deep']);
    // Reported at the first map past the limit: the `a:` of line 201.
    expect(readYamlTree(maps).problems[0]!.start).toBe(maps.indexOf(`\n${' '.repeat(LIMITS.maxDepth)}a:`) + 1 + LIMITS.maxDepth);
  });

  it('reads 40,000 keys in one map, finding the duplicates', () => {
    // That this is linear (the library's own uniqueKeys is quadratic) is measured by `npm run bench`:
    // a ratio of two timings on a shared machine is a race, not a test.
    const keys = (n: number): string => Array.from({ length: n }, (_, i) => `k${i % (n - 10)}: ${i}`).join('\n');
    const tree = readYamlTree(keys(40000));
    expect(tree.root?.kind === 'map' && tree.root.pairs.length).toBe(40000);
    expect(tree.duplicates.map((d) => d.pair.key)).toEqual(Array.from({ length: 10 }, (_, i) => `k${i}`));
  });

  it('never throws on random text, random bytes or random YAML-ish soup', () => {
    const soup = fc.array(fc.constantFrom('a', ':', ' ', '-', '[', ']', '{', '}', ',', '\n', '\t', '&x', '*x', '!!', '"', "'", '#', '|', '>', '?', '---', '\r\n', '%', '@'), { maxLength: 200 }).map((xs) => xs.join(''));
    const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('utf8'));
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), bytes, soup), (text) => {
      const tree = readYamlTree(text);
      expect(Array.isArray(tree.problems)).toBe(true);
      const a = analyse(text, { lang: 'nl' });
      for (const d of a.diagnostics) {
        expect(d.range.start.line).toBeGreaterThanOrEqual(0);
        expect(d.range.end.line).toBeGreaterThanOrEqual(d.range.start.line);
        expect(d.message).not.toBe('');
        expect(d.message).not.toMatch(/Interne fout/);
      }
    }), { numRuns: 300 });
  });

  it('treats a NUL character as binary data, at its place', () => {
    const tree = readYamlTree('scaling-plan: 1\npilot:\u0000\n');
    expect(tree.problems.map((p) => [p.kind, p.start])).toEqual([['binary', 22]]);
    expect(tree.root).toBeUndefined();
    expect(analyse('a\u0000').diagnostics.map((d) => [d.code, d.range.start])).toEqual([['SP001', { line: 0, character: 1 }]]);
  });
});

describe('encodings and line ends', () => {
  it('reads past a byte order mark: the first key is a plain key', () => {
    const doc = parsePlan('\uFEFFscaling-plan: 1\npilot:\n  name: X\n');
    expect(doc.tree.problems).toEqual([]);
    expect(doc.root?.pairs.map((p) => p.key)).toEqual(['scaling-plan', 'pilot']);
    expect(analyse('\uFEFFscaling-plan: 1\npilot:\n  name: X\n').diagnostics.filter((d) => d.code.startsWith('SP00'))).toEqual([]);
  });

  it('keeps ranges right on CRLF lines (no carriage return inside a range)', () => {
    const text = 'scaling-plan: 1\r\npilot:\r\n  name: X\r\n  stage: runing\r\n  summary: [a, b]\r\ningredients:\r\n  financing:\r\n    statuz: partial\r\n';
    const found = analyse(text).diagnostics.filter((d) => d.code === 'SP002');
    expect(found.map((d) => [d.range, d.data])).toEqual([
      [{ start: { line: 3, character: 9 }, end: { line: 3, character: 15 } }, { replace: 'running' }],
      [{ start: { line: 4, character: 2 }, end: { line: 4, character: 9 } }, undefined],
      [{ start: { line: 7, character: 4 }, end: { line: 7, character: 10 } }, { replace: 'status' }],
    ]);
    const missing = analyse('pilot:\r\n  name: X\r\n').diagnostics.find((d) => d.code === 'SP006');
    expect(missing?.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
  });

  it('reports a syntax error on a CRLF line at the right line', () => {
    const d = analyse('scaling-plan: 1\r\npilot:\r\n  name: X\r\n\tstage: running\r\n').diagnostics.filter((x) => x.code === 'SP001');
    expect(d.map((x) => x.range.start)).toEqual([{ line: 3, character: 0 }]);
  });

  it('refuses tabs as indentation, but not inside text', () => {
    expect(kinds('pilot:\n\tname: X\n')).toContain('syntax');
    expect(analyse('pilot:\n\tname: X\n').diagnostics.find((d) => d.code === 'SP001')?.message)
      .toBe('This line is indented with a tab; YAML allows only spaces. Replace the tab with spaces.');
    expect(kinds('scaling-plan: 1\npilot:\n  name: "a\tb"\n  summary: a\tb\n')).toEqual([]);
  });
});

describe('shapes', () => {
  it('reads an empty file as no plan, without problems', () => {
    for (const text of ['', '\n\n', '# alleen commentaar\n', '   ']) {
      const tree = readYamlTree(text);
      expect(tree.problems).toEqual([]);
      expect(tree.root === undefined || (tree.root.kind === 'scalar' && tree.root.value === null)).toBe(true);
    }
  });

  it('reads the first of several documents and reports each extra one', () => {
    const text = 'scaling-plan: 1\n---\nb: 2\n---\nc: 3\n';
    const tree = readYamlTree(text);
    expect(tree.root?.kind === 'map' && tree.root.pairs.map((p) => p.key)).toEqual(['scaling-plan']);
    expect(tree.problems.map((p) => [p.kind, p.start])).toEqual([['extra-document', 16], ['extra-document', 25]]);
    expect(analyse(text).diagnostics.filter((d) => d.code === 'SP002').map((d) => d.range.start.line)).toEqual([0, 1, 3]);
  });

  it('keeps __proto__, constructor and prototype as plain own keys, polluting nothing', () => {
    const text = '__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\nprototype: 1\nlist: [{ __proto__: { polluted: true } }]\n';
    const doc = parsePlan(text);
    const data = doc.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'prototype', 'list']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual(Object.assign(Object.create(null), { polluted: true }));
    const item = (data['list'] as Record<string, unknown>[])[0]!;
    expect(Object.keys(item)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
    analyse(text);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports duplicate keys with their path, keeping the first value', () => {
    const doc = parsePlan('pilot:\n  name: A\n  name: B\n  name: C\n');
    expect(doc.tree.duplicates.map((d) => [d.path, d.pair.keyStart])).toEqual([[['pilot', 'name'], 19], [['pilot', 'name'], 29]]);
    expect((doc.data as { pilot: { name: string } }).pilot.name).toBe('A');
  });
});
