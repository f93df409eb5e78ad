/**
 * The incremental reader (model/chunks.ts) must give exactly the tree of a
 * whole read — on every fixture and example, on a large generated plan, and
 * after random single-character edits of them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import { ChunkCache, readYamlTreeIncremental } from '../server/src/model/chunks.js';
import { readYamlTree, type YNode, type YamlTree } from '../server/src/model/yamlTree.js';

const ROOT = join(__dirname, '..');

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

/** Everything a rule or a range can see, in a comparable form. */
function plain(t: YamlTree): unknown {
  const node = (n: YNode | undefined): unknown => {
    if (!n) return n;
    if (n.kind === 'scalar') return [n.value, n.start, n.end];
    if (n.kind === 'seq') return ['seq', n.start, n.end, n.items.map(node)];
    return ['map', n.start, n.end, n.pairs.map((p) => [p.key, p.keyStart, p.keyEnd, node(p.value), n.byKey.get(p.key) === p])];
  };
  return {
    root: node(t.root),
    problems: t.problems.map((p) => [p.kind, p.start, p.end]),
    duplicates: t.duplicates.map((d) => [d.path, d.pair.keyStart]).sort(),
    comments: t.comments,
  };
}

// @ts-expect-error: a plain .mjs module without types
import { plan } from '../bench/generate.mjs';

const corpus: string[] = [
  ...[...files(join(ROOT, 'test/fixtures')), ...files(join(ROOT, 'examples'))].map((f) => readFileSync(f, 'utf8')),
  (plan as (o: object) => string)({ seed: 3, partners: 12, actions: 30 }),
];

describe('incremental reading equals a whole read', () => {
  it('on every fixture and example', () => {
    for (const text of corpus) {
      expect(plain(readYamlTreeIncremental(text, new ChunkCache(), 0))).toEqual(plain(readYamlTree(text)));
    }
  });

  it('after random edits, reusing one cache like the language server does', () => {
    const big = corpus.filter((t) => t.length > 300);
    const cache = new ChunkCache();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: big.length - 1 }), fc.nat(), fc.constantFrom('', 'x', ' ', '\n', '- ', ':', '  - id: z\n', '#'), (i, at, insert) => {
        const text = big[i]!;
        const pos = at % (text.length + 1);
        const edited = text.slice(0, pos) + insert + text.slice(pos + (insert === '' ? 1 : 0));
        expect(plain(readYamlTreeIncremental(edited, cache, 0))).toEqual(plain(readYamlTree(edited)));
      }),
      // A fixed seed: one run is the same run on every machine (a flaky test is a failing test).
      { numRuns: 200, seed: 20261201 },
    );
  });
});

/** Characters that read differently at the start of a document than inside one, or that editors treat as breaks. */
const ODD = ['\uFEFF', '\r', '\r\n', '\n', '\t', '\u0000', '\u0085', '\u2028', '\u2029', '\u00A0', '\u200B', '\uFFFD', '\uD800', '😀', '%YAML 1.2\n', '---\n', '...\n', '# c\n', ' ', '- ', '&a ', '*a'];

/**
 * Offsets where the incremental reader cuts — the start of a top-level key
 * or of an item of a top-level list — and, less often, any line's start or end.
 */
function boundaries(text: string, anyLine: boolean): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = text.slice(i + 1, i + 5);
    if (anyLine) out.push(i, i + 1);
    else if (/^[A-Za-z]/.test(next) || /^ {0,2}- /.test(next)) out.push(i + 1);
  }
  return out;
}

describe('incremental reading equals a whole read, on generated odd text at the cuts (issue 11, point 7)', () => {
  // Texts the reader really cuts: a leading comment already means a whole read.
  const big = [
    ...[1, 2, 3].map((seed) => (plan as (o: object) => string)({ seed, partners: 6, actions: 12 })),
    ...corpus.filter((t) => t.length > 300 && /^[a-z]/.test(t)),
  ];
  const gen = fc.record({
    i: fc.nat(big.length - 1),
    edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), anyLine: fc.boolean(), odd: fc.constantFrom(...ODD), replace: fc.boolean() }), { minLength: 1, maxLength: 2 }),
  });
  const apply = (text: string, edits: { at: number; anyLine: boolean; odd: string; replace: boolean }[]): string => {
    let t = text;
    for (const e of edits) {
      const cuts = boundaries(t, e.anyLine);
      const pos = cuts[Math.floor(e.at * cuts.length)]!; // anywhere among the cuts, not only near the start
      t = t.slice(0, pos) + e.odd + t.slice(pos + (e.replace ? 1 : 0));
    }
    return t;
  };

  it('the same tree for each odd character at each cut of a plan (every case, generated)', () => {
    const text = big[0]!;
    const cache = new ChunkCache();
    let cases = 0;
    for (const pos of boundaries(text, false)) {
      for (const odd of ['\uFEFF', '\r', '\r\n', '\t', '\u0085', '\u2028', '\u00A0', '\u200B', '%', '\uD800']) {
        const edited = text.slice(0, pos) + odd + text.slice(pos);
        expect(plain(readYamlTreeIncremental(edited, cache, 0)), `${JSON.stringify(odd)} at ${pos}`).toEqual(plain(readYamlTree(edited)));
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(200);
  }, 180_000); // a hang guard only: ~500 whole reads on a loaded machine

  it('the same tree, with a fixed seed (deterministic)', () => {
    const cache = new ChunkCache();
    fc.assert(fc.property(gen, ({ i, edits }) => {
      const text = apply(big[i]!, edits);
      expect(plain(readYamlTreeIncremental(text, cache, 0))).toEqual(plain(readYamlTree(text)));
    }), { seed: 20261201, numRuns: 400 });
  });

  it('the same findings in the editor (pieces) as in the CLI (whole), for a long plan with a BOM at the start of line 2', () => {
    const long = (plan as (o: object) => string)({ seed: 4, partners: 40, actions: 120 });
    expect(long.length).toBeGreaterThan(16 * 1024); // the editor reads it in pieces
    const at = long.indexOf('\n') + 1;
    for (const odd of ['\uFEFF', '\r', '\u0085', '\u2028']) {
      const text = long.slice(0, at) + odd + long.slice(at);
      const whole = analyse(text).diagnostics;
      expect(analyse(text, { cache: new ChunkCache() }).diagnostics, JSON.stringify(odd)).toEqual(whole);
    }
    const bom = long.slice(0, at) + '\uFEFF' + long.slice(at);
    expect(analyse(bom).diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
  });
});

it('the fixtures folder is not empty', () => {
  expect(corpus.length).toBeGreaterThan(3);
  void statSync;
});
