/**
 * The time budget of an analysis in the language server (issue 11, point 2),
 * on the main thread and in the worker that reads plans over 512 kB: when it
 * is spent, the plan gets ONE clear diagnostic and the server goes on. The
 * budget is set to 0 through SCALING_PLAN_BUDGET_MS, so it is spent at the
 * first look — deterministic, no race against a clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { plan as generatePlan } from '../../bench/generate.mjs';
import { startServer, type LspClient } from '../helpers/lspClient.js';
import { PLAN } from './plans.js';

const OUT_OF_TIME = /^This plan is too large or too complex to check within 0 s; checking stopped, so findings may be missing\./;

let c: LspClient;
beforeAll(async () => {
  c = await startServer({ env: { SCALING_PLAN_BUDGET_MS: '0' } });
});
afterAll(() => c.stop());

describe('an analysis that runs out of time', () => {
  it('on the main thread: one diagnostic on line 1, the reading\'s own problems kept', async () => {
    const uri = 'file:///tmp/lsp-budget/small.scaling.yaml';
    const wait = c.diagnostics(uri, 1);
    c.open(uri, `${PLAN}pitfalls: [\n`);
    const p = await wait;
    const late = p.diagnostics.filter((d) => OUT_OF_TIME.test(d.message));
    expect(late.map((d) => [d.code, d.severity, d.range.start])).toEqual([['SP001', 1, { line: 0, character: 0 }]]);
    expect(p.diagnostics.filter((d) => d.code === 'SP001').length).toBeGreaterThan(1); // the unclosed list is still reported
    expect(p.diagnostics.filter((d) => !String(d.code).startsWith('SP00'))).toEqual([]); // no plan rule ran
  });

  it('in the worker (a plan over 512 kB): the same one diagnostic', async () => {
    const uri = 'file:///tmp/lsp-budget/huge.scaling.yaml';
    const text: string = generatePlan({ seed: 2, partners: 1200, actions: 5000 });
    expect(text.length).toBeGreaterThan(512 * 1024);
    const wait = c.diagnostics(uri, 1, 60_000);
    c.open(uri, text);
    const p = await wait;
    expect(p.diagnostics.filter((d) => OUT_OF_TIME.test(d.message)).map((d) => [d.code, d.range.start])).toEqual([['SP001', { line: 0, character: 0 }]]);
    expect(p.diagnostics.filter((d) => !String(d.code).startsWith('SP00'))).toEqual([]);
  });

  it('the server goes on serving', async () => {
    const uri = 'file:///tmp/lsp-budget/small.scaling.yaml';
    const symbols = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.length).toBeGreaterThan(0);
    expect(c.exited()).toBe(false);
  });
});
