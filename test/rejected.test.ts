/**
 * `ctx.rejected` is answered from a set built once per plan (lint.ts); it must
 * say exactly what `isRejected` (schema/validate.ts) says, for every path of
 * every fixture and example — and stay fast on a hostile plan.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rejectedAt } from '../server/src/lint.js';
import { parsePlan } from '../server/src/model/plan.js';
import type { YNode } from '../server/src/model/yamlTree.js';
import { isRejected } from '../server/src/schema/validate.js';

const ROOT = join(__dirname, '..');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.scaling\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));

function paths(n: YNode | undefined, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (n?.kind === 'map') for (const p of n.pairs) paths(p.value, [...at, p.key], out);
  if (n?.kind === 'seq') n.items.forEach((item, i) => paths(item, [...at, i], out));
  return out;
}

describe('ctx.rejected', () => {
  it('agrees with isRejected on every path of every fixture and example', () => {
    let checked = 0;
    let rejected = 0;
    for (const f of [...files(join(ROOT, 'test/fixtures/rules')), ...files(join(ROOT, 'examples'))]) {
      const doc = parsePlan(readFileSync(f, 'utf8'));
      for (const path of paths(doc.root)) {
        const want = isRejected(doc, path);
        expect([f, path, rejectedAt(doc, path)]).toEqual([f, path, want]);
        checked++;
        if (want) rejected++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(10); // the check can fail: some paths are rejected
  });

  it('answers per item on a plan with thousands of items and problems (counted, not timed)', () => {
    const n = 3000;
    const text = [
      'scaling-plan: 1', 'pilot:', '  name: X', '  drivers:',
      ...Array.from({ length: n }, (_, i) => `    - { name: d${i}, embedded: true }`),
      'pitfalls:', '  pilot-conditions:',
      ...Array.from({ length: n }, () => '    - { kind: extra-geld }'),
      '',
    ].join('\n');
    const doc = parsePlan(text);
    let hits = 0;
    for (let i = 0; i < n; i++) if (rejectedAt(doc, ['pitfalls', 'pilot-conditions', i, 'kind'])) hits++;
    expect(hits).toBe(n);
    expect(rejectedAt(doc, ['pilot', 'drivers', 5, 'embedded'])).toBe(false);
  });
});
