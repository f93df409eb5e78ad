/**
 * Git safety (issue 7) and clear errors (issue 5): hostile revisions never
 * reach git or a shell, and leave nothing behind; hostile file names and
 * commit subjects are data; outside a repository, an unknown revision or a
 * missing git each give one plain sentence and exit 2.
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRevision, diffPlan, GitError, planHistory } from '../server/src/git/readiness.js';
import { cleanup, cli, ensureBuilt, gitEnv, makeRepo, planText, tmpBase, V1, V2, type Repo } from './git-helpers.js';

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
