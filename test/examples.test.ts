/**
 * The example plans in examples/ are what new users open first: the clean
 * one must stay clean, none may be broken YAML or off the format, and the
 * others must show exactly the findings examples/README.md describes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import { RULES_BY_CODE } from '../server/src/rules/index.js';

const DIR = join(__dirname, '..', 'examples');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const plans = readdirSync(DIR).filter((f) => /\.scaling\.ya?ml$/.test(f)).sort();

/**
 * The findings each example is meant to show: code and 1-based line, as the
 * CLI prints them. Codes of 1.1 rules another lane adds (SP206 … SP603) count
 * only once they are registered: their lines follow the positions of SPEC
 * §6.4, so this table holds before and after those rules arrive.
 */
const EXPECTED: Record<string, string[]> = {
  'ns-stations.scaling.yaml': [],
  'friesland-geweld-hoort-nergens-thuis.scaling.yaml': [
    'SP102:57', 'SP207:72', 'SP304:116', 'SP406:177', 'SP503:211', 'SP602:228', 'SP701:264',
  ],
  'havendam-welzijnscoach.scaling.yaml': ['SP501:21', 'SP302:99', 'SP305:99', 'SP406:186'],
  'noorderveen-geldzorgen-ontwerp.scaling.yaml': [
    'SP404:19', 'SP501:19', 'SP102:41', 'SP207:51', 'SP302:93', 'SP302:96', 'SP401:101', 'SP403:111',
    'SP407:129', 'SP503:158', 'SP603:161', 'SP602:166',
  ],
};

/** What the registered rules give of a list above, in the order the engine sorts (line, then code). */
function expectedNow(list: string[]): string[] {
  const byLine = (a: string, b: string): number => Number(a.split(':')[1]) - Number(b.split(':')[1]) || (a < b ? -1 : a > b ? 1 : 0);
  return list.filter((f) => RULES_BY_CODE.has(f.split(':')[0]!)).sort(byLine);
}

describe('example plans', () => {
  it('holds at least four plans, each with its expected findings listed here and in the README', () => {
    expect(plans.length).toBeGreaterThanOrEqual(4);
    expect(plans).toEqual(Object.keys(EXPECTED).sort());
    const readme = read('README.md');
    for (const p of plans) expect(readme).toContain(p);
  });

  it('the design-stage plan reports every finding as info (SPEC §6.3)', () => {
    const a = analyse(read('noorderveen-geldzorgen-ontwerp.scaling.yaml'), { lang: 'nl' });
    expect(a.facts.stage).toBe('design');
    expect(a.diagnostics.length).toBeGreaterThan(0);
    expect(a.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([]);
    // The same plan at stage `running` warns: only severities move with the stage.
    const running = analyse(read('noorderveen-geldzorgen-ontwerp.scaling.yaml').replace('stage: design', 'stage: running'), { lang: 'nl' });
    expect(running.diagnostics.filter((d) => d.code !== 'SP601').map((d) => d.code)).toEqual(a.diagnostics.map((d) => d.code));
    expect(running.diagnostics.some((d) => d.severity === 'warning')).toBe(true);
  });

  it('the NS plan lints clean in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const found = analyse(read('ns-stations.scaling.yaml'), { lang }).diagnostics.map((d) => `${d.code}:${d.range.start.line + 1}`);
      expect(found).toEqual(EXPECTED['ns-stations.scaling.yaml']);
    }
  });

  for (const plan of plans) {
    describe(plan, () => {
      const analysis = analyse(read(plan), { lang: 'nl' });

      it('is well-formed YAML that fits the format (no SP001/SP002/SP003/SP006)', () => {
        expect(analysis.doc.root).toBeDefined();
        const broken = analysis.diagnostics.filter((d) => ['SP001', 'SP002', 'SP003', 'SP006'].includes(d.code));
        expect(broken.map((d) => `${d.code}:${d.range.start.line + 1} ${d.message}`)).toEqual([]);
      });

      it('has no errors but those its stage raises: every reference and id is in order', () => {
        // SPEC §6.3: at stage `scaling` the warnings of SP3xx/SP4xx report as errors; nothing else may.
        const raised = analysis.facts.stage === 'scaling' ? /^SP[34]/ : /^$/;
        expect(analysis.diagnostics.filter((d) => d.severity === 'error' && !raised.test(d.code)).map((d) => d.code)).toEqual([]);
      });

      it('gives exactly the findings it is meant to show', () => {
        const found = analysis.diagnostics.map((d) => `${d.code}:${d.range.start.line + 1}`);
        expect(found).toEqual(expectedNow(EXPECTED[plan]!));
      });

      it('uses the 1.1 fields (SPEC §6.2) as a team would', () => {
        expect(analysis.facts.evidence.length).toBeGreaterThan(0);
        expect(analysis.facts.assessment.size).toBe(4);
        expect(analysis.facts.learningQuestions.every((q) => q.owner && q.level)).toBe(true);
        expect([...analysis.facts.routes.values()].some((r) => r.owner)).toBe(true);
        expect(analysis.facts.drivers.some((d) => d.until)).toBe(true);
      });

      it('uses every part of the canvas', () => {
        const keys = analysis.doc.root?.pairs.map((p) => p.key) ?? [];
        for (const part of ['scaling-plan', 'pilot', 'impact', 'routes', 'strategy', 'transferable', 'ingredients', 'pitfalls', 'partners', 'scale', 'floor', 'actions', 'learning-agenda']) {
          expect(keys).toContain(part);
        }
        expect(analysis.facts.ingredients.size).toBe(8);
        expect(analysis.facts.drivers.length).toBeGreaterThan(0);
      });
    });
  }
});
