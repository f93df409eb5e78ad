/**
 * Throwaway git repositories for the diff and history tests: fixed author,
 * committer and dates (so the dates in the reports are known), no user or
 * system git config, and git never looks above the temporary folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const BIN = join(ROOT, 'bin/scaling-plan.js');

/** A base folder for repositories; git stops looking for a repository at its parent. */
export function tmpBase(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The environment git runs in: no user config, no prompts, git never looks above `base`. */
export function gitEnv(base: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: base,
    LANG: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(base, 'no-gitconfig'),
    GIT_CEILING_DIRECTORIES: base,
    ...extra,
  };
}

export interface Repo {
  dir: string;
  git(...args: string[]): string;
  write(path: string, text: string): void;
  /** Commits everything staged plus `paths` at a fixed date (`2025-03-01T10:00:00+01:00`). */
  commit(message: string, date: string, ...paths: string[]): string;
}

export function makeRepo(base: string, name: string): Repo {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  const env = gitEnv(base);
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  const dated = (date: string, ...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Anne de Vries');
  git('config', 'user.email', 'anne@example.org');
  git('config', 'commit.gpgSign', 'false');
  return {
    dir,
    git,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    commit(message, date, ...paths) {
      if (paths.length > 0) git('add', '--', ...paths);
      dated(date, 'commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
  };
}

/** Merges `branch` into the current branch at a fixed date (no editor). */
export function merge(repo: Repo, branch: string, date: string, message: string): string {
  const env = { ...gitEnv(dirname(repo.dir)), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const r = spawnSync('git', ['merge', '--no-ff', '-q', '-m', message, branch], { cwd: repo.dir, env, encoding: 'utf8' });
  return r.status === 0 ? repo.git('rev-parse', 'HEAD').trim() : `conflict: ${r.stdout}${r.stderr}`;
}

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/** The built command as a user runs it. */
export function cli(args: string[], cwd: string, env: Record<string, string>): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export function cleanup(base: string): void {
  rmSync(base, { recursive: true, force: true });
}

/** The CLI runs from server/out: build it when a test is run on its own (`npm test` builds first). */
export function ensureBuilt(): void {
  if (!existsSync(join(ROOT, 'server/out/cli/main.js'))) spawnSync('npx', ['tsc', '-b'], { cwd: ROOT, stdio: 'ignore' });
}

/** A version of the test plan: what a team changes between commits. */
export interface PlanVersion {
  /** `weak`: insufficient, high risk, temporary money only; `strong`: sufficient, a structural funder and an action. */
  financing: 'weak' | 'strong';
  /** The municipality as partner (and structural funder when financing is strong). */
  municipality: boolean;
  privacy: 'unknown' | 'sufficient';
  routeOut: boolean;
}

export const V1: PlanVersion = { financing: 'weak', municipality: false, privacy: 'unknown', routeOut: false };
export const V2: PlanVersion = { financing: 'strong', municipality: true, privacy: 'unknown', routeOut: false };

/** The plan as a team would write it; each option changes lines far apart, so branches merge cleanly. */
export function planText(v: PlanVersion): string {
  const strong = v.financing === 'strong';
  return [
    'scaling-plan: 1',
    'pilot:',
    '  name: Wijkcoach Oost',
    '  owner: welzijn',
    '  period: { start: 2024-01-01, end: 2025-12-31 }',
    '  drivers:',
    '    - name: Projectleider wijkteam',
    '      partner: welzijn',
    '      embedded: true',
    'routes:',
    '  in:',
    '    ambition: De wijkcoach wordt een vaste functie.',
    '    actions: [a1]',
    ...(v.routeOut ? ['  out:', '    ambition: Twee buurgemeenten nemen de werkwijze over.', '    after: [in]', '    actions: [a1]'] : []),
    'ingredients:',
    '  collaboration: { status: sufficient }',
    '  needs: { status: sufficient }',
    '  governance: { status: partial, actions: [a1] }',
    '  value: { status: sufficient }',
    '  financing:',
    `    status: ${strong ? 'sufficient' : 'insufficient'}`,
    `    risk: ${strong ? 'low' : 'high'}`,
    '    funders:',
    '      - partner: welzijn',
    '        kind: temporary',
    '        until: 2025-12-31',
    ...(strong ? ['      - partner: gemeente-oost', '        kind: structural', '        scheme: Wmo', '    actions: [a2]'] : []),
    '  skills: { status: sufficient }',
    '  technology: { status: sufficient }',
    '',
    `  privacy: { status: ${v.privacy} }`,
    'pitfalls:',
    '  pilot-conditions:',
    '    - kind: extra-funding',
    '      description: Tijdelijke subsidie voor extra uren.',
    ...(strong ? ['      at-scale: De gemeente betaalt de uren uit de Wmo.'] : []),
    'partners:',
    '  - id: welzijn',
    '    name: Welzijn Oost',
    '    type: welfare',
    `    roles: [owner, implementer${v.municipality ? ', receiver' : ''}]`,
    '    needed-for: [pilot, in]',
    '    involvement: involved',
    ...(v.municipality
      ? ['  - id: gemeente-oost', '    name: Gemeente Oost', '    type: municipality', '    roles: [funder, policy]', '    needed-for: [in]', '    involvement: involved', '    friction: resistance']
      : []),
    'actions:',
    ...(strong ? ['  - id: a2', '    title: Structurele financiering in de begroting', '    owner: gemeente-oost', '    due: 2025-09-01'] : []),
    '  - id: a1',
    '    title: Functieprofiel opstellen',
    '    owner: welzijn',
    '    due: 2025-03-01',
    '',
  ].join('\n');
}

/**
 * A repository that names programs in its own config and attributes, as a
 * hostile checkout (or a zipped workspace with its `.git`) can: a clean and
 * smudge filter, a long-running filter process, a textconv and an external
 * diff driver, `diff.external`, an fsmonitor hook, hooks for everything, a
 * pager, a signature program, an ssh command that a partial clone's lazy
 * fetch would start. Each program, if git ever
 * started it, leaves a file `pwned-<what>` in `base`; `pwned(base)` lists them.
 * The attributes are committed first, the config set after (git's own `add`
 * would run the filter).
 */
export function armRepo(repo: Repo, base: string): void {
  writeFileSync(join(repo.dir, '.gitattributes'), '* filter=x diff=x\n*.yml filter=y diff=x\n');
  repo.commit('Attributes', '2025-01-20T09:00:00+01:00', '.gitattributes');
  const mark = (what: string): string => `touch '${join(base, `pwned-${what}`)}'`;
  const hooks = join(repo.dir, '.git', 'evil-hooks');
  mkdirSync(hooks, { recursive: true });
  for (const hook of ['post-checkout', 'post-index-change', 'pre-commit', 'reference-transaction', 'pre-auto-gc', 'post-rewrite', 'fsmonitor-watchman']) {
    writeFileSync(join(hooks, hook), `#!/bin/sh\n${mark(`hook-${hook}`)}\n`, { mode: 0o755 });
  }
  const settings: [string, string][] = [
    ['filter.x.clean', `${mark('clean')}; cat`],
    ['filter.x.smudge', `${mark('smudge')}; cat`],
    ['filter.x.required', 'true'],
    ['filter.y.process', `${mark('process')}; cat`],
    ['diff.x.textconv', `${mark('textconv')}; cat`],
    ['diff.x.command', mark('diff-command')],
    ['diff.external', mark('diff-external')],
    ['core.fsmonitor', mark('fsmonitor')],
    ['core.hooksPath', hooks],
    ['core.pager', mark('pager')],
    ['pager.log', mark('pager-log')],
    ['pager.diff', mark('pager-diff')],
    ['log.showSignature', 'true'],
    ['gpg.program', mark('gpg')],
    ['core.sshCommand', mark('ssh')],
    ['core.askPass', mark('askpass')],
    ['credential.helper', `!${mark('credential')}`],
    ['core.editor', mark('editor')],
    ['uploadpack.packObjectsHook', mark('pack-objects')],
    ['core.alternateRefsCommand', mark('alternate-refs')],
    ['gc.auto', '1'],
    // A partial clone fetches a missing object on demand — over ssh, through core.sshCommand.
    ['core.repositoryformatversion', '1'],
    ['extensions.partialClone', 'origin'],
    ['remote.origin.url', 'ssh://example.invalid/plans.git'],
    ['remote.origin.promisor', 'true'],
    ['protocol.ssh.allow', 'always'],
  ];
  for (const [key, value] of settings) repo.git('config', key, value);
}

/** The `pwned-*` files a hostile program left in `base` (and a `pwned` anywhere in the repository). */
export function pwned(base: string): string[] {
  const found: string[] = [];
  const look = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('pwned')) found.push(e.name);
      else if (e.isDirectory()) look(join(dir, e.name));
    }
  };
  look(base);
  return found.sort();
}
