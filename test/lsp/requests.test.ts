/**
 * The custom requests the VS Code client uses (scalingPlan/*), served from
 * the same analysis as the diagnostics, and git reports from a real repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { fileUri, startServer, type LspClient } from '../helpers/lspClient.js';
import { PLAN } from './plans.js';

const uri = 'file:///tmp/lsp-requests/plan.scaling.yaml';
let c: LspClient;
let published: PublishDiagnosticsParams;
beforeAll(async () => {
  c = await startServer();
  const wait = c.diagnostics(uri, 1);
  c.open(uri, PLAN);
  published = await wait;
});
afterAll(() => c.stop());

describe('scalingPlan/readiness', () => {
  it('gives the readiness of the open version, with counts matching the published diagnostics', async () => {
    const r = await c.request<{ version: number; readiness: { ingredients: Record<string, number>; partners: Record<string, number> }; counts: Record<string, number> }>('scalingPlan/readiness', { uri });
    expect(r.version).toBe(1);
    expect(r.readiness.ingredients).toMatchObject({ present: 1, of: 8, insufficient: 1, missing: 7 });
    expect(r.readiness.partners).toMatchObject({ total: 2, involved: 1 });
    const bySeverity = (s: number): number => published.diagnostics.filter((d) => d.severity === s).length;
    expect(r.counts).toEqual({ error: bySeverity(1), warning: bySeverity(2), info: bySeverity(3), hint: bySeverity(4) });
  });

  it('answers null for a document that is not open', async () => {
    expect(await c.request('scalingPlan/readiness', { uri: 'file:///tmp/lsp-requests/closed.scaling.yaml' })).toBeNull();
  });
});

describe('scalingPlan/preview', () => {
  it('renders the canvas of the open version, in the document language or the one asked', async () => {
    const r = await c.request<{ version: number; lang: string; body: string; css: string }>('scalingPlan/preview', { uri });
    expect(r).toMatchObject({ version: 1, lang: 'en' });
    expect(typeof r.body).toBe('string');
    expect(typeof r.css).toBe('string');
    expect((await c.request<{ lang: string }>('scalingPlan/preview', { uri, lang: 'nl' })).lang).toBe('nl');
  });
});

describe('scalingPlan/diff and scalingPlan/history', () => {
  it('compares the plan with HEAD and lists its history, from a real git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsp-git-'));
    try {
      const g = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8' });
      g('init', '-q');
      const file = join(dir, 'plan.scaling.yaml');
      writeFileSync(file, PLAN);
      g('add', '.');
      g('commit', '-q', '-m', 'first plan');
      writeFileSync(file, PLAN.replace('status: insufficient', 'status: sufficient'));
      const u = fileUri(file);
      const diff = await c.request<{ output: string; data: { ingredients: unknown[] } }>('scalingPlan/diff', { uri: u, format: 'markdown' });
      expect(diff.output).toContain('financing');
      expect(JSON.stringify(diff.data)).toContain('sufficient');
      const history = await c.request<{ output: string; data: { commits: { subject: string }[] } }>('scalingPlan/history', { uri: u, format: 'json' });
      expect(history.data.commits.map((x) => x.subject)).toEqual(['first plan']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers a plan outside any repository with a plain sentence, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsp-nogit-'));
    try {
      writeFileSync(join(dir, 'plan.scaling.yaml'), PLAN);
      await expect(c.request('scalingPlan/diff', { uri: fileUri(join(dir, 'plan.scaling.yaml')), format: 'text' })).rejects.toThrow(/git/i);
      expect(c.exited()).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
