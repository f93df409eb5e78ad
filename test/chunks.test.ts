/**
 * The incremental reader (model/chunks.ts) must give exactly the tree of a
 * whole read — on every fixture and example, on a large generated plan, and
 * after random single-character edits of them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
      { numRuns: 200 },
    );
  });
});

it('the fixtures folder is not empty', () => {
  expect(corpus.length).toBeGreaterThan(3);
  void statSync;
});
