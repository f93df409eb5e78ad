/**
 * The table-driven rule test: every folder test/fixtures/rules/SPxxx holds
 * plans that fire the rule (`fires*.scaling.yaml`) and plans that do not
 * (`passes*.scaling.yaml`). Inline markers (see helpers/markers.ts) give the
 * exact code, count and line of every expected diagnostic; the runner compares
 * all diagnostics of the folder's rule and of every code a marker names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import { compare, readMarkers } from './helpers/markers.js';

const ROOT = join(__dirname, 'fixtures', 'rules');

for (const code of readdirSync(ROOT).sort()) {
  describe(code, () => {
    const files = readdirSync(join(ROOT, code)).filter((f) => /\.scaling\.ya?ml$/.test(f)).sort();
    it('has a fixture that fires and one that passes', () => {
      expect(files.some((f) => f.startsWith('fires'))).toBe(true);
      expect(files.some((f) => f.startsWith('passes'))).toBe(true);
    });
    for (const file of files) {
      it(file, () => {
        const text = readFileSync(join(ROOT, code, file), 'utf8');
        const expected = readMarkers(text);
        const codes = new Set([code, ...expected.map((e) => e.code)]);
        const actual = analyse(text, { lang: 'en' })
          .diagnostics.filter((d) => codes.has(d.code))
          .map((d) => ({ code: d.code, line: d.range.start.line + 1 }))
          .sort(compare);
        expect(actual).toEqual(expected);
        if (file.startsWith('fires')) expect(expected.filter((e) => e.code === code).length).toBeGreaterThan(0);
        if (file.startsWith('passes')) expect(expected.filter((e) => e.code === code)).toEqual([]);
      });
    }
  });
}
