/**
 * The language server's `scalingPlan/diff` and `scalingPlan/history` (what
 * "Compare readiness with…" and "Show readiness history" in VS Code ask
 * for) answer with the same report as the CLI; a hostile revision gets no
 * report and runs nothing.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPlan, formatDiff, formatHistory, planHistory } from '../server/src/git/readiness.js';
import { fileUri, startServer, type LspClient } from './helpers/lspClient.js';
import { armRepo, cleanup, ensureBuilt, gitEnv, makeRepo, planText, pwned, tmpBase, V1, V2, type Repo } from './git-helpers.js';

let base: string;
let repo: Repo;
let c: LspClient;
let uri: string;

interface ReportResult { output: string; data: unknown }

beforeAll(async () => {
  ensureBuilt();
  base = tmpBase('scaling-git-lsp-');
  repo = makeRepo(base, 'team');
  repo.write('plan.scaling.yaml', planText(V1));
  repo.commit('Plan', '2025-01-10T09:00:00+01:00', '.');
  repo.write('plan.scaling.yaml', planText(V2));
  repo.commit('Better', '2025-02-01T09:00:00+01:00', '.');
  uri = fileUri(join(repo.dir, 'plan.scaling.yaml'));
  c = await startServer({ env: gitEnv(base) });
  c.open(uri, planText(V2));
});
afterAll(async () => {
  await c.stop();
  cleanup(base);
});

describe('scalingPlan/diff and scalingPlan/history', () => {
  it('diff: the Markdown report and its data, as the CLI makes them', async () => {
    const r = await c.request<ReportResult | null>('scalingPlan/diff', { uri, from: 'HEAD~1', format: 'markdown' });
    const expected = await diffPlan(join(repo.dir, 'plan.scaling.yaml'), { cwd: repo.dir, from: 'HEAD~1', lang: 'en' });
    expect(r).toEqual({ output: formatDiff(expected, 'markdown', 'en'), data: JSON.parse(JSON.stringify(expected)) });
    expect(r!.output).toContain('- improved: **financing** insufficient → sufficient; risk high → low');
  });

  it('history: the rows the quick pick offers', async () => {
    const r = await c.request<ReportResult | null>('scalingPlan/history', { uri, format: 'json' });
    const expected = await planHistory(join(repo.dir, 'plan.scaling.yaml'), { cwd: repo.dir, lang: 'en' });
    expect(r).toEqual({ output: formatHistory(expected, 'json', 'en'), data: JSON.parse(JSON.stringify(expected)) });
    expect((r!.data as { commits: { subject: string }[] }).commits.map((x) => x.subject)).toEqual(['Better', 'Plan']);
  });

  it('a hostile revision: no report, nothing run, the server keeps serving', async () => {
    const answer = await c.request<ReportResult | null>('scalingPlan/diff', { uri, from: '$(touch x)', format: 'markdown' }).catch((e: Error) => e.message);
    // null (logged) or an error answer with the plain sentence: never a report.
    expect([null, "'$(touch x)' is not a revision we accept: give a branch, tag, commit hash or something like HEAD~2."]).toContainEqual(answer);
    expect(existsSync(join(repo.dir, 'x'))).toBe(false);
    expect(await c.request<ReportResult | null>('scalingPlan/diff', { uri, format: 'text' })).not.toBeNull();
  });
});

describe('a repository that names programs (issue 11.1): the server runs none of them', () => {
  it('diff (against the working tree, between commits, across renames) and history', async () => {
    const armedBase = tmpBase('scaling-git-lsp-armed-');
    try {
      const armed = makeRepo(armedBase, 'armed');
      armed.write('plan.scaling.yaml', planText(V1));
      armed.commit('Plan', '2025-01-10T09:00:00+01:00', '.');
      armed.git('mv', 'plan.scaling.yaml', 'moved.scaling.yaml');
      armed.commit('Moved', '2025-02-10T09:00:00+01:00');
      armRepo(armed, armedBase);
      armed.write('new.scaling.yaml', 'scaling-plan: 1\n');
      renameSync(join(armed.dir, 'moved.scaling.yaml'), join(armed.dir, 'renamed.scaling.yaml'));
      const server = await startServer({ env: gitEnv(armedBase) });
      try {
        const at = (name: string): string => fileUri(join(armed.dir, name));
        const diffs: [string, Record<string, string>][] = [
          ['new.scaling.yaml', {}],
          ['renamed.scaling.yaml', {}],
          ['renamed.scaling.yaml', { from: 'HEAD~1', to: 'HEAD' }],
          ['renamed.scaling.yaml', { from: 'HEAD~2', to: 'HEAD' }],
        ];
        const paths: string[] = [];
        for (const [name, revs] of diffs) {
          const r = await server.request<ReportResult | null>('scalingPlan/diff', { uri: at(name), ...revs, format: 'markdown' });
          paths.push((r!.data as { from: { path: string } }).from.path);
        }
        expect(paths).toEqual(['new.scaling.yaml', 'moved.scaling.yaml', 'moved.scaling.yaml', 'plan.scaling.yaml']);
        const h = await server.request<ReportResult | null>('scalingPlan/history', { uri: at('moved.scaling.yaml'), format: 'json' });
        expect((h!.data as { commits: { subject: string }[] }).commits.map((x) => x.subject)).toEqual(['Moved', 'Plan']);
        expect(pwned(armedBase)).toEqual([]);
      } finally {
        await server.stop();
      }
    } finally {
      cleanup(armedBase);
    }
  });
});
