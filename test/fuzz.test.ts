/**
 * Property-based tests (issue 7): random plans generated from the bundled
 * JSON Schema, and random mutations of the example plans, never make
 * `analyse` throw, always give ranges inside the document, and lint the same
 * twice. A short run here (a few seconds); `npm run fuzz` runs the same
 * properties for longer (scripts/fuzz.mjs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import { fitViolations, lintViolations, mutate, mutatedPlan, planText, seedPlans } from './helpers/hostile.js';

const RUNS = 150;
const seeds = seedPlans();

describe('random plans from the schema', () => {
  it('a plan that fits the schema is well-formed and fits: no SP001, SP002, SP003 or SP006, and the same findings in both languages', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(planText(false), (text) => {
      expect(lintViolations(text)).toEqual([]);
      expect(fitViolations(text)).toEqual([]);
      for (const d of analyse(text).diagnostics) seen.add(d.code);
    }), { numRuns: RUNS });
    // The generator must reach the canvas rules, not only make empty plans (22 rules SP101–SP503).
    expect([...seen].filter((c) => c >= 'SP101').length).toBeGreaterThanOrEqual(15);
  });

  it('a plan with wrong types, unknown keys and keys like __proto__ gets diagnostics, never an exception', () => {
    fc.assert(fc.property(planText(true), (text) => {
      expect(lintViolations(text, 'nl')).toEqual([]);
    }), { numRuns: RUNS });
  });
});

describe('random mutations of the example plans', () => {
  it(`has plans to mutate (${seeds.length})`, () => {
    expect(seeds.length).toBeGreaterThanOrEqual(3);
  });

  it('deleting, duplicating, retyping and renaming nodes, cutting the text and inserting characters', () => {
    fc.assert(fc.property(mutatedPlan(seeds), ({ text }) => {
      expect(lintViolations(text)).toEqual([]);
    }), { numRuns: 120 }); // each case reads a 10 kB plan up to six times
  }, 120_000); // a hang guard only: 120 readings with recovery take ~10 s on 2 cores

  it('every prefix of a plan (typing it from the start) lints cleanly', () => {
    const text = seeds[0]!.text;
    for (let i = 0; i <= text.length; i += 97) expect(lintViolations(text.slice(0, i)), `prefix of ${i} characters`).toEqual([]);
  });
});

describe('the mutations themselves', () => {
  // A fuzzer whose mutations silently do nothing tests nothing: pin what each one does.
  const plan = 'scaling-plan: 1\npilot:\n  name: X\n  domains: [care, work]\n';
  it('find their node through the tree offsets', () => {
    expect(mutate(plan, { kind: 'delete', at: 0.2, wholeLines: true, with: '' })).toBe('scaling-plan: 1\n');
    expect(mutate(plan, { kind: 'delete', at: 0.4, wholeLines: false, with: '' })).toBe('scaling-plan: 1\npilot:\n  \n  domains: [care, work]\n');
    expect(mutate(plan, { kind: 'duplicate', at: 0.4, wholeLines: true, with: '' })).toBe('scaling-plan: 1\npilot:\n  name: X\n  name: X\n  domains: [care, work]\n');
    expect(mutate(plan, { kind: 'duplicate', at: 0.7, wholeLines: false, with: '' })).toBe('scaling-plan: 1\npilot:\n  name: X\n  domains: [care, care, work]\n');
    expect(mutate(plan, { kind: 'retype', at: 0.4, wholeLines: false, with: '[a, b]' })).toBe('scaling-plan: 1\npilot:\n  name: [a, b]\n  domains: [care, work]\n');
    expect(mutate(plan, { kind: 'rename', at: 0.4, wholeLines: false, with: '__proto__' })).toBe('scaling-plan: 1\npilot:\n  __proto__: X\n  domains: [care, work]\n');
  });
  it('cut, insert, erase and indent at an offset', () => {
    expect(mutate(plan, { kind: 'cut', at: 0.3, with: '' })).toBe('scaling-plan: 1\np');
    expect(mutate(plan, { kind: 'insert', at: 0, with: '\uFEFF' })).toBe(`\uFEFF${plan}`);
    expect(mutate(plan, { kind: 'erase', at: 0, with: 'ab' })).toBe(plan.slice(3));
    expect(mutate(plan, { kind: 'indent', at: 0.3, with: 'ab' })).toBe('scaling-plan: 1\n   pilot:\n  name: X\n  domains: [care, work]\n');
  });
});
