/**
 * Git safety (issue 7) and clear errors (issue 5): hostile revisions never
 * reach git or a shell, and leave nothing behind; hostile file names and
 * commit subjects are data; outside a repository, an unknown revision or a
 * missing git each give one plain sentence and exit 2.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRevision, diffPlan, GitError, planHistory } from '../server/src/git/readiness.js';
import { armRepo, cleanup, cli, ensureBuilt, gitEnv, makeRepo, planText, pwned, tmpBase, V1, V2, type Repo } from './git-helpers.js';

let base: string;
let repo: Repo;

beforeAll(() => {
  ensureBuilt();
  base = tmpBase('scaling-git-safety-');
  repo = makeRepo(base, 'team');
  repo.write('plan.scaling.yaml', planText(V1));
  repo.commit('Plan', '2025-01-10T09:00:00+01:00', '.');
});
afterAll(() => cleanup(base));

describe('revisions we accept', () => {
  it.each(['HEAD', 'HEAD~2', 'HEAD^', 'HEAD^2', 'main', 'origin/main', 'v1.0', 'a1b2c3d', '@{u}', 'HEAD@{1}', 'feature/x-y_z', 'release-2025.03', '@'])('%s', (rev) => {
    expect(() => checkRevision(rev)).not.toThrow();
  });

  it.each(['-p', '--output=/tmp/x', '$(touch x)', ';rm -rf /', '`id`', 'HEAD;id', 'HEAD|id', 'HEAD&&id', 'a..b', 'a...b', 'HEAD:plan.scaling.yaml', ':/fix', 'a b',
    '', "'", 'HEAD\nid', '../x', '.hidden', 'x.lock', '~1', '^HEAD', 'HEAD\u0000', 'a'.repeat(201)])('rejects %j', (rev) => {
    expect(() => checkRevision(rev)).toThrow(GitError);
  });
});

describe('hostile revisions on the command line', () => {
  const cases: [string, string[]][] = [
    ['--from $(touch x)', ['--from', '$(touch x)']],
    ['--from=$(touch x)', ['--from=$(touch x)']],
    ['--from -p', ['--from', '-p']],
    ['--from=-p', ['--from=-p']],
    ["--from ';rm -rf /'", ['--from', ';rm -rf /']],
    ['--to --output=OUT', ['--to', '--output=OUT']],
    ['--to=--output=OUT', ['--to=--output=OUT']],
    ['--from `touch x`', ['--from', '`touch x`']],
    ['--from HEAD --to "HEAD; touch x"', ['--from', 'HEAD', '--to', 'HEAD; touch x']],
  ];
  it.each(cases)('%s: exit 2, a plain sentence, nothing written', (_name, args) => {
    const out = join(base, 'output-file');
    const before = readdirSync(repo.dir).sort();
    const r = cli(['diff', 'plan.scaling.yaml', ...args.map((a) => a.replace('OUT', out))], repo.dir, gitEnv(base));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^scaling-plan diff: '.*' is not a revision we accept: give a branch, tag, commit hash or something like HEAD~2\.\n$/);
    expect(readdirSync(repo.dir).sort()).toEqual(before);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(base, 'x'))).toBe(false);
  });

  it('the in-process API rejects them too, before any git runs (even outside a repository)', async () => {
    await expect(diffPlan('nowhere/plan.scaling.yaml', { cwd: base, from: '-p', lang: 'en' })).rejects.toMatchObject({ kind: 'bad-revision' });
    await expect(diffPlan('nowhere/plan.scaling.yaml', { cwd: base, to: '--output=x', lang: 'nl' })).rejects.toThrow(GitError);
  });

  it('control characters in a revision are not echoed to the terminal', () => {
    const r = cli(['diff', 'plan.scaling.yaml', '--from', 'a\u001b[31mb'], repo.dir, gitEnv(base));
    expect(r.err).toBe("scaling-plan diff: 'a?[31mb' is not a revision we accept: give a branch, tag, commit hash or something like HEAD~2.\n");
  });
});

describe('clear errors, exit 2', () => {
  it('an unknown revision', () => {
    expect(cli(['diff', 'plan.scaling.yaml', '--from', 'nope'], repo.dir, gitEnv(base))).toEqual({
      code: 2, out: '', err: "scaling-plan diff: the revision 'nope' does not exist in this repository.\n",
    });
    expect(cli(['diff', 'plan.scaling.yaml', '--to', 'HEAD~5', '--lang', 'nl'], repo.dir, gitEnv(base))).toEqual({
      code: 2, out: '', err: 'scaling-plan diff: de revisie ‘HEAD~5’ bestaat niet in deze repository.\n',
    });
  });

  it('outside a repository', () => {
    const lone = join(base, 'lone');
    mkdirSync(lone, { recursive: true });
    for (const command of ['diff', 'history']) {
      expect(cli([command, 'plan.scaling.yaml'], lone, gitEnv(base))).toEqual({
        code: 2, out: '', err: `scaling-plan ${command}: 'plan.scaling.yaml' is not inside a git repository.\n`,
      });
    }
  });

  it('git not installed', () => {
    const bin = join(base, 'bin-without-git');
    mkdirSync(bin, { recursive: true });
    symlinkSync(process.execPath, join(bin, 'node'));
    for (const command of ['diff', 'history']) {
      expect(cli([command, 'plan.scaling.yaml', '--lang', 'nl'], repo.dir, { ...gitEnv(base), PATH: bin })).toEqual({
        code: 2, out: '', err: `scaling-plan ${command}: git is niet gevonden: installeer git of zet het in het PATH.\n`,
      });
    }
  });

  it('usage: one plan, known formats', () => {
    expect(cli(['diff'], repo.dir, gitEnv(base)).code).toBe(2);
    expect(cli(['diff', 'a.scaling.yaml', 'b.scaling.yaml'], repo.dir, gitEnv(base)).err).toBe("scaling-plan diff: give one plan, not 2\nRun 'scaling-plan diff --help' for the options.\n");
    expect(cli(['history', 'plan.scaling.yaml', '-f', 'pdf'], repo.dir, gitEnv(base)).err).toBe("scaling-plan history: '--format' must be one of: text, json, markdown, html (not 'pdf')\nRun 'scaling-plan history --help' for the options.\n");
    const help = cli(['diff', '--help'], repo.dir, gitEnv(base));
    expect([help.code, help.out.split('\n')[0]]).toEqual([0, 'Usage: scaling-plan diff PLAN [options]']);
  });
});

describe('a working-tree plan that links out of the repository (issue 11.3)', () => {
  it('is not read: exit 2, one plain sentence, nothing of it shown', () => {
    const own = makeRepo(base, 'leaky');
    own.write('plan.scaling.yaml', planText(V1));
    own.commit('Plan', '2025-01-10T09:00:00+01:00', '.');
    writeFileSync(join(base, 'secret.env'), 'API_TOKEN=hunter2-secret\n');
    symlinkSync('../secret.env', join(own.dir, 'leak.scaling.yaml'));
    const r = cli(['diff', 'leak.scaling.yaml'], own.dir, gitEnv(base));
    expect(r).toEqual({ code: 2, out: '', err: "scaling-plan diff: the plan 'leak.scaling.yaml' is a link (symlink) to a file outside the repository and is not read.\n" });
  });
});

describe('hostile file names and commit messages are data', () => {
  it.each(['-p.scaling.yaml', ':(exclude)x.scaling.yaml', '*.scaling.yaml', 'a\nb.scaling.yaml', '$(touch x).scaling.yaml'])('%j', async (name) => {
    const own = makeRepo(base, `names-${readdirSync(base).length}`);
    own.write(name, planText(V1));
    own.write('other.scaling.yaml', planText(V1));
    own.commit('Plan', '2025-01-10T09:00:00+01:00', '.');
    own.write(name, planText(V2));
    own.commit('Better', '2025-02-01T09:00:00+01:00', '.');
    const diff = await diffPlan(name, { cwd: own.dir, from: 'HEAD~1', to: 'HEAD', lang: 'en' });
    expect([diff.file, diff.from.present, diff.ingredients.map((m) => m.key)]).toEqual([name, true, ['financing']]);
    const history = await planHistory(name, { cwd: own.dir, lang: 'en' });
    expect(history.commits.map((c) => [c.subject, c.change, c.path])).toEqual([['Better', 'modified', name], ['Plan', 'added', name]]);
    expect(existsSync(join(own.dir, 'x'))).toBe(false);
    // The CLI too, with the name after `--` (never read as an option).
    const r = cli(['history', '--format', 'json', '--', name], own.dir, gitEnv(base));
    expect([r.code, (JSON.parse(r.out) as { commits: unknown[] }).commits.length]).toEqual([0, 2]);
  });

  it('a commit subject with separators and escape sequences', async () => {
    const own = makeRepo(base, 'subjects');
    own.write('p.scaling.yaml', planText(V1));
    const evil = `Plan \u001e${'0'.repeat(40)} \u001b[2J done`;
    own.commit(evil, '2025-01-10T09:00:00+01:00', '.');
    const history = await planHistory('p.scaling.yaml', { cwd: own.dir, lang: 'en' });
    expect(history.commits.map((c) => c.subject)).toEqual([evil]);
    const r = cli(['history', 'p.scaling.yaml'], own.dir, gitEnv(base));
    expect(r.out.split('\n')[2]).toMatch(new RegExp(`^[0-9a-f]{7}  2025-01-10  Anne de Vries  Plan \\?0{40} \\?\\[2J done  \\[plan added\\]$`));
  });
});

/**
 * Issue 11.1: a repository's own config and attributes name programs
 * (filters, textconv, external diff, fsmonitor, hooks, pager…): `diff` and
 * `history` start none of them — they compare commits with commits, read
 * blobs, and read the working-tree plan themselves.
 */
describe('a repository that names programs runs none of them', () => {
  let armed: Repo;
  let armedBase: string;
  const small = 'scaling-plan: 1\npilot:\n  name: Buurtkamer Noord\n  owner: buurt\n';
  beforeAll(() => {
    armedBase = tmpBase('scaling-git-armed-');
    armed = makeRepo(armedBase, 'armed');
    armed.write('plan.scaling.yaml', planText(V1));
    armed.commit('Plan', '2025-01-10T09:00:00+01:00', '.');
    armed.write('plan.scaling.yaml', planText(V2));
    armed.commit('Better', '2025-02-01T09:00:00+01:00', '.');
    armed.git('mv', 'plan.scaling.yaml', 'moved.scaling.yaml');
    armed.commit('Moved', '2025-02-10T09:00:00+01:00');
    armRepo(armed, armedBase);
    // In the working tree: a new plan git does not know, and the moved plan renamed again (by hand, not `git mv`).
    armed.write('new.scaling.yaml', small);
    renameSync(join(armed.dir, 'moved.scaling.yaml'), join(armed.dir, 'renamed.scaling.yaml'));
    armed.write('sub/other.yml', 'x: 1\n');
    expect(pwned(armedBase)).toEqual([]);
  });
  afterAll(() => cleanup(armedBase));

  const runs: [string, string[]][] = [
    ['diff of a plan absent at HEAD', ['diff', 'new.scaling.yaml', '--format', 'json']],
    ['diff of a plan renamed in the working tree', ['diff', 'renamed.scaling.yaml', '--format', 'json']],
    ['diff between commits across a rename', ['diff', 'moved.scaling.yaml', '--from', 'HEAD~3', '--to', 'HEAD', '--format', 'json']],
    ['diff --from HEAD~1 --to HEAD of a plan renamed since', ['diff', 'renamed.scaling.yaml', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'json']],
    ['diff as text and markdown', ['diff', 'renamed.scaling.yaml', '--format', 'markdown']],
    ['history', ['history', 'moved.scaling.yaml', '--format', 'json']],
    ['history of a plan renamed in the working tree', ['history', 'renamed.scaling.yaml']],
  ];
  it.each(runs)('%s: the report, and no program ran', (_name, args) => {
    const r = cli(args, armed.dir, gitEnv(armedBase));
    expect([r.code, r.err]).toEqual([0, '']);
    expect(pwned(armedBase)).toEqual([]);
  });

  it('the reports are right: renames are found between commits and in the working tree', () => {
    const diff = (args: string[]): { from: { path: string; present: boolean }; to: { path: string; present: boolean } } =>
      JSON.parse(cli(['diff', ...args, '--format', 'json'], armed.dir, gitEnv(armedBase)).out);
    expect(diff(['new.scaling.yaml']).from).toMatchObject({ present: false });
    expect(diff(['renamed.scaling.yaml']).from).toMatchObject({ path: 'moved.scaling.yaml', present: true });
    expect(diff(['moved.scaling.yaml', '--from', 'HEAD~3', '--to', 'HEAD']).from).toMatchObject({ path: 'plan.scaling.yaml', present: true });
    expect(diff(['renamed.scaling.yaml', '--from', 'HEAD~2', '--to', 'HEAD']).to).toMatchObject({ path: 'moved.scaling.yaml', present: true });
    const history = JSON.parse(cli(['history', 'moved.scaling.yaml', '--format', 'json'], armed.dir, gitEnv(armedBase)).out) as { commits: { subject: string; change: string }[] };
    expect(history.commits.map((c) => [c.subject, c.change])).toEqual([['Moved', 'renamed'], ['Better', 'modified'], ['Plan', 'added']]);
    expect(pwned(armedBase)).toEqual([]);
  });

  it('a revision that names a missing object is unknown: no lazy fetch, no ssh command', () => {
    const missing = 'deadbeef'.repeat(5);
    for (const args of [['--from', missing], ['--from', 'HEAD', '--to', missing]]) {
      const r = cli(['diff', 'renamed.scaling.yaml', ...args], armed.dir, gitEnv(armedBase));
      expect([r.code, r.out, r.err]).toEqual([2, '', `scaling-plan diff: the revision '${missing}' does not exist in this repository.\n`]);
    }
    expect(pwned(armedBase)).toEqual([]);
  });

  it('the in-process API (what the language server calls) runs none either', async () => {
    await diffPlan('new.scaling.yaml', { cwd: armed.dir, lang: 'en' });
    await diffPlan('renamed.scaling.yaml', { cwd: armed.dir, from: 'HEAD~1', to: 'HEAD', lang: 'nl' });
    await planHistory('renamed.scaling.yaml', { cwd: armed.dir, lang: 'en' });
    expect(pwned(armedBase)).toEqual([]);
  });
});
