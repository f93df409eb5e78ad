/**
 * The example plans in examples/ are what new users open first: the clean
 * one must stay clean, none may be broken YAML or off the format, and the
 * others must show exactly the findings examples/README.md describes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';

const DIR = join(__dirname, '..', 'examples');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const plans = readdirSync(DIR).filter((f) => /\.scaling\.ya?ml$/.test(f)).sort();

/** The findings each example is meant to show: code and 1-based line, as the CLI prints them. */
const EXPECTED: Record<string, string[]> = {
  // The SP206/SP207/SP408/SP602 findings are those of the 1.1 rules on plans that do not use
  // the 1.1 fields yet; the examples' update (route owners, evidence, residents, actions per
  // learning question) makes the NS plan clean again and takes these lines with it.
  'ns-stations.scaling.yaml': [
    'SP207:66', 'SP206:70', 'SP207:70', 'SP207:74', 'SP207:78', 'SP207:80', 'SP408:164',
    'SP602:224', 'SP602:226', 'SP602:228', 'SP602:230',
  ],
  'friesland-geweld-hoort-nergens-thuis.scaling.yaml': [
    'SP102:56', 'SP207:61', 'SP206:65', 'SP207:65', 'SP207:69', 'SP207:73', 'SP304:111', 'SP408:154', 'SP406:172',
    'SP503:200', 'SP602:205', 'SP602:207', 'SP602:209', 'SP602:211',
  ],
  'havendam-welzijnscoach.scaling.yaml': [
    'SP501:21', 'SP207:55', 'SP206:59', 'SP207:59', 'SP207:63', 'SP207:67', 'SP302:94', 'SP303:94', 'SP408:143',
    'SP406:175', 'SP602:217', 'SP602:219', 'SP602:221', 'SP602:223',
  ],
};

describe('example plans', () => {
  it('holds at least three plans, each with its expected findings listed here and in the README', () => {
    expect(plans.length).toBeGreaterThanOrEqual(3);
    expect(plans).toEqual(Object.keys(EXPECTED).sort());
    const readme = read('README.md');
    for (const p of plans) expect(readme).toContain(p);
  });

  it('the NS plan lints clean in both languages (but for the 1.1 findings listed above)', () => {
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
        expect(found).toEqual(EXPECTED[plan]);
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
