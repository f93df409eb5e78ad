/**
 * The GitHub Action, run on this machine: the steps of action.yml are read
 * and executed as the runner would (bash, `${{ }}` expressions, `if:`,
 * GITHUB_OUTPUT between steps; a `uses:` step is recorded, not run) against
 * a throw-away repository with a base and a head commit, with GitHub's
 * environment simulated (GITHUB_WORKSPACE, GITHUB_EVENT_PATH with a
 * pull_request payload, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT) and the REST API
 * a local server on 127.0.0.1 (GITHUB_API_URL).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanup, ensureBuilt, gitEnv, makeRepo, planText, ROOT, tmpBase, V1, V2, type Repo } from './git-helpers.js';

interface Step { name?: string; id?: string; if?: string; shell?: string; run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }
const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

interface Job { code: number; summary: string; outputs: Record<string, string>; uses: { uses: string; with: Record<string, string> }[]; log: string }

/** Runs the composite action's steps like the runner: the result of the job and what it left behind. */
function runAction(repo: Repo, base: string, event: object, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Job {
  const dir = repo.dir;
  const tmp = join(dir, '..', `runner-${Math.random().toString(36).slice(2)}`);
  spawnSync('mkdir', ['-p', tmp]);
  const files = { event: join(tmp, 'event.json'), summary: join(tmp, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(event));
  writeFileSync(files.summary, '');
  const github = { action_path: ROOT, token: 'ghs_test_token', event };
  const given: Record<string, string> = {};
  const steps: Record<string, Record<string, string>> = {};
  const value = (path: string): unknown => {
    const [head, ...rest] = path.split('.');
    let v: unknown = head === 'inputs' ? given : head === 'github' ? github : head === 'steps' ? steps : undefined;
    for (const k of rest) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
    return v;
  };
  const term = (t: string): unknown => {
    const s = t.trim();
    if (s === 'always()') return true;
    if (/^'.*'$/.test(s)) return s.slice(1, -1);
    const m = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(s);
    if (m) return (String(term(m[1]!) ?? '') === String(term(m[3]!) ?? '')) === (m[2] === '==');
    return value(s.replace(/^steps\.([\w-]+)\.outputs\./, 'steps.$1.'));
  };
  const expr = (e: string): unknown => (e.includes('&&') ? e.split('&&').every((x) => Boolean(term(x))) : term(e));
  const subst = (s: string): string => s.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, e: string) => String(expr(e) ?? ''));
  for (const [k, spec] of Object.entries(ACTION.inputs)) given[k] = inputs[k] ?? subst(spec.default ?? '');
  const env = {
    ...gitEnv(join(dir, '..')), GITHUB_WORKSPACE: dir, GITHUB_EVENT_PATH: files.event, GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'gemeente-oost/plannen', GITHUB_SHA: repo.git('rev-parse', 'HEAD').trim(), RUNNER_TEMP: tmp, ...extraEnv,
  };
  const job: Job = { code: 0, summary: '', outputs: {}, uses: [], log: '' };
  steps[''] = {};
  for (const step of ACTION.runs.steps) {
    const cond = step.if ?? 'success()';
    const ok = cond.includes('always()') ? Boolean(expr(cond)) : job.code === 0 && (cond === 'success()' || Boolean(expr(cond)));
    if (!ok) continue;
    if (step.uses) {
      job.uses.push({ uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, subst(v)])) });
      continue;
    }
    const out = join(tmp, `output-${step.id ?? 'x'}`);
    writeFileSync(out, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, subst(v)]));
    const r = spawnSync('bash', ['-e', '-c', step.run!], { cwd: dir, env: { ...env, ...stepEnv, GITHUB_OUTPUT: out }, encoding: 'utf8' });
    job.log += r.stdout + r.stderr;
    if (step.id) steps[step.id] = Object.fromEntries(readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    if (r.status !== 0 && job.code === 0) job.code = r.status ?? 1;
  }
  for (const [k, o] of Object.entries(ACTION.outputs)) job.outputs[k] = subst(o.value);
  job.summary = readFileSync(files.summary, 'utf8');
  void base;
  return job;
}

let basePath: string;
let repo: Repo;
let baseSha: string;
let headSha: string;
let movedSha: string;
const pr = (b: string, h: string) => ({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: b }, head: { sha: h } }, repository: { full_name: 'gemeente-oost/plannen' } });

beforeAll(() => {
  ensureBuilt();
  basePath = tmpBase('scaling-action-');
  repo = makeRepo(basePath, 'plannen');
  repo.write('plans/oost.scaling.yaml', planText(V2));   // changed by the pull request
  repo.write('plans/west.scaling.yaml', planText(V2).replace('Wijkcoach Oost', 'Wijkcoach West'));   // unchanged; has old warnings
  baseSha = repo.commit('Basis', '2025-03-01T10:00:00+01:00', '.');
  // Head: the financing of Oost gets weaker (new warnings), and an old finding stays.
  repo.write('plans/oost.scaling.yaml', planText(V1));
  headSha = repo.commit('Financiering Oost aangepast', '2025-03-02T10:00:00+01:00', '.');
});
afterAll(() => cleanup(basePath));

describe('the action on a pull request', () => {
  it('fails for findings new since the base, with the readiness diff of exactly the changed plans in the summary', { timeout: 120_000 }, () => {
    const job = runAction(repo, baseSha, pr(baseSha, headSha), { 'fail-level': 'warning', language: 'en' });
    expect(job.code).toBe(1);
    expect(job.summary).toContain('<!-- scaling-plan-summary -->');
    expect(job.summary).toContain('### Readiness of `plans/oost.scaling.yaml`');
    expect(job.summary).not.toContain('west.scaling.yaml');
    expect(job.summary).toContain('1 changed plan(s):');
    expect(job.summary).toMatch(/improved|worsened/);
    expect(Number(job.outputs['new-findings'])).toBeGreaterThan(0);
    expect(Number(job.outputs['warnings'])).toBeGreaterThan(Number(job.outputs['new-findings']));
    // SARIF written and handed to code scanning; annotations printed for the runner.
    expect(job.uses).toEqual([{ uses: 'github/codeql-action/upload-sarif@v3', with: { sarif_file: join(repo.dir, 'scaling-plan.sarif'), category: 'scaling-plan' } }]);
    expect(JSON.parse(readFileSync(join(repo.dir, 'scaling-plan.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(job.log).toMatch(/^::warning file=plans\/oost\.scaling\.yaml,line=\d+/m);
    expect(job.log).toContain('::error title=scaling-plan::');
  });

  it('does not fail for old findings, nor for new ones below the fail level', { timeout: 180_000 }, () => {
    // fail-level error: the new findings are warnings.
    const lenient = runAction(repo, baseSha, pr(baseSha, headSha), { 'fail-level': 'error' });
    expect(lenient.code).toBe(0);
    // Only moved lines since the base: every warning is old, so nothing fails even at fail-level warning.
    repo.write('plans/oost.scaling.yaml', `# Plan Oost\n\n${planText(V1)}`);
    movedSha = repo.commit('Kopje erboven', '2025-03-03T10:00:00+01:00', '.');
    const moved = runAction(repo, headSha, pr(headSha, movedSha), { 'fail-level': 'warning', language: 'nl' });
    expect(moved.code).toBe(0);
    expect(moved.outputs['new-findings']).toBe('0');
    expect(Number(moved.outputs['warnings'])).toBeGreaterThan(0);
    expect(moved.summary).toContain('### Gereedheid van `plans/oost.scaling.yaml`');
    expect(moved.summary).toContain('Geen veranderingen in het canvas of de meldingen.');
    expect(moved.summary).not.toContain('west.scaling.yaml');
  });

  it('keeps one pull-request comment up to date through the REST API (created, then updated)', { timeout: 180_000 }, async () => {
    // The API runs in its own process: the job's steps run synchronously here, as on a runner.
    const state = join(basePath, 'api-state.json');
    writeFileSync(state, JSON.stringify({ comments: [{ id: 1, body: 'Mooi plan!' }], calls: [], auth: '' }));
    const server = spawn(process.execPath, ['-e', API_SERVER, state], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const port = await new Promise<string>((done) => server.stdout!.once('data', (c: Buffer) => done(c.toString().trim())));
      const env = { GITHUB_API_URL: `http://127.0.0.1:${port}` };
      expect(runAction(repo, baseSha, pr(baseSha, headSha), { comment: 'true', 'fail-level': 'none' }, env).code).toBe(0);
      expect(runAction(repo, baseSha, pr(baseSha, headSha), { comment: 'true', 'fail-level': 'none' }, env).code).toBe(0);
    } finally {
      server.kill();
    }
    const api = JSON.parse(readFileSync(state, 'utf8')) as { comments: { id: number; body: string }[]; calls: string[]; auth: string };
    expect(api.calls).toEqual([
      'GET /repos/gemeente-oost/plannen/issues/7/comments?per_page=100&page=1',
      'POST /repos/gemeente-oost/plannen/issues/7/comments',
      'GET /repos/gemeente-oost/plannen/issues/7/comments?per_page=100&page=1',
      'PATCH /repos/gemeente-oost/plannen/issues/comments/42',
    ]);
    expect(api.auth).toBe('Bearer ghs_test_token');
    expect(api.comments).toHaveLength(2);
    expect(api.comments[0]!.body).toBe('Mooi plan!');
    expect(api.comments[1]!.body).toContain('<!-- scaling-plan-summary -->');
    expect(api.comments[1]!.body).toContain('### Readiness of `plans/oost.scaling.yaml`');
  });

  it('without comment: on, no API call; the action file is a composite action with the documented inputs', () => {
    expect(ACTION.runs.using).toBe('composite');
    expect(Object.keys(ACTION.inputs)).toEqual(['paths', 'language', 'fail-level', 'new-since', 'sarif-file', 'comment', 'github-token']);
    expect(ACTION.inputs['new-since']!.default).toBe('${{ github.event.pull_request.base.sha }}');
    expect(ACTION.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(ACTION.inputs['comment']!.default).toBe('false');
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string }[];
    expect(hooks).toEqual([expect.objectContaining({ id: 'scaling-plan-lint', entry: 'scaling-plan lint', files: '\\.scaling\\.ya?ml$', language: 'node' })]);
    expect(existsSync(join(ROOT, 'scripts/action/run.mjs'))).toBe(true);
  });
});

/** A tiny stand-in for the issue-comments REST API: state in a JSON file (argv[1]), the port on stdout. */
const API_SERVER = `
const http = require('node:http'); const fs = require('node:fs');
const file = process.argv[1];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const s = JSON.parse(fs.readFileSync(file, 'utf8'));
    s.calls.push(req.method + ' ' + req.url);
    s.auth = req.headers.authorization || '';
    let answer = {};
    if (req.method === 'GET') answer = s.comments;
    else if (req.method === 'POST') { s.comments.push({ id: 42, body: JSON.parse(body).body }); answer = { id: 42 }; }
    else if (req.method === 'PATCH') { const c = s.comments.find((x) => req.url.endsWith('/comments/' + x.id)); c.body = JSON.parse(body).body; answer = c; }
    fs.writeFileSync(file, JSON.stringify(s));
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(answer));
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;
