/**
 * Running the user's own `git`: always `execFile` with an argument array
 * (never a shell), revisions checked before git sees them, paths after `--`
 * and read literally (GIT_LITERAL_PATHSPECS), so nothing a user or a plan
 * writes can become a command or an option. Failures are GitErrors with a
 * plain message in both languages; the CLI turns them into exit 2.
 *
 * **Invariant (issue 11.1): git never starts a program the repository
 * names, and never touches the working tree.** We only read: `rev-parse`,
 * `cat-file` (blobs, without `--filters`/`--textconv`), `ls-tree`,
 * `diff-tree` between two commits and `log --name-status`. The working-tree
 * plan is read by us with fs (rename.ts finds its old name in our own code),
 * so no clean/smudge filter, textconv, external diff or fsmonitor ever has a
 * reason to run; the settings below switch them off all the same.
 */
import type * as ChildProcess from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Lang, Localized } from '../model/types.js';
import { clean } from '../text.js';

// Loaded when git first runs: the language server starts without it (issue 17: start-up).
const childProcess = (): typeof ChildProcess => require('node:child_process') as typeof ChildProcess;

export { clean } from '../text.js';

export type GitErrorKind = 'no-git' | 'not-repository' | 'bad-revision' | 'unknown-revision' | 'not-found' | 'failed';

export class GitError extends Error {
  constructor(readonly kind: GitErrorKind, readonly text: Localized) {
    super(text.en);
    this.name = 'GitError';
  }
  say(lang: Lang): string {
    return this.text[lang];
  }
}

/** Big enough for a 5 MB plan and a long history; a runaway answer is an error, not a hang. */
const MAX_OUTPUT = 64 * 1024 * 1024;

/**
 * Our settings win over every config file (command-line `-c` beats the
 * repository's `.git/config`) where they would change what we parse
 * (colours, log.follow, quoted paths) or start a program: signatures
 * (gpg.program), the fsmonitor hook, hooks, the pager, automatic gc. Not
 * `diff.external=` (git would then try to run an empty command): we never
 * ask for a patch, and pass `--no-ext-diff --no-textconv` where diff options
 * apply.
 */
const CONFIG = [
  '--no-pager',
  '-c', 'color.ui=false', '-c', 'log.showSignature=false', '-c', 'log.follow=false', '-c', 'core.quotePath=false',
  '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.attributesFile=/dev/null',
  '-c', 'core.pager=cat', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false',
];

/**
 * No prompt, no optional locks (no index refresh written), literal paths,
 * no system-wide config or attributes, and no network at all: a partial
 * clone would otherwise fetch a missing object — through `core.sshCommand`
 * or a transport the repository chooses — on a mere `rev-parse`
 * (GIT_NO_LAZY_FETCH from git 2.45; GIT_ALLOW_PROTOCOL with a protocol
 * that does not exist refuses every transport in older versions too).
 */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', PAGER: 'cat',
    GIT_CONFIG_NOSYSTEM: '1', GIT_ATTR_NOSYSTEM: '1', GIT_NO_LAZY_FETCH: '1', GIT_ALLOW_PROTOCOL: 'none',
  };
  delete env['GIT_EXTERNAL_DIFF'];
  return env;
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `git ARGS` in `cwd`; a non-zero exit is a result, only a missing git is thrown. */
export function git(cwd: string, args: readonly string[], input?: string): Promise<GitResult> {
  return new Promise((done, fail) => {
    const child = childProcess().execFile('git', [...CONFIG, ...args], { cwd, env: gitEnv(), maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : error ? -1 : 0;
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') return fail(noGit());
      if (error && code === -1) return fail(failed(args, String((error as Error).message)));
      done({ code, stdout, stderr });
    });
    child.on('error', () => undefined); // reported through the callback
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input ?? '');
  });
}

const noGit = (): GitError => new GitError('no-git', {
  nl: 'git is niet gevonden: installeer git of zet het in het PATH.',
  en: 'git was not found: install git or add it to the PATH.',
});

export function failed(args: readonly string[], stderr: string): GitError {
  const why = clean(stderr.split('\n').find((l) => l.trim() !== '') ?? '');
  return new GitError('failed', { nl: `git ${args[0]} mislukte: ${why}`, en: `git ${args[0]} failed: ${why}` });
}

/**
 * A revision we pass to git: branch and tag names, hashes, HEAD~2, main^,
 * origin/main, v1.0, @{u}, HEAD@{1}. Nothing that starts with `-` (an
 * option), no `..` (a range), no `:` (a path or a message search), no
 * spaces, quotes or shell characters.
 */
const REVISION = /^[A-Za-z0-9_@][A-Za-z0-9_.\/~^@{}+-]{0,199}$/;

export function checkRevision(rev: string): void {
  if (!REVISION.test(rev) || rev.includes('..') || rev.includes('//') || rev.endsWith('.lock')) {
    throw new GitError('bad-revision', {
      nl: `‘${clean(rev)}’ is geen revisie die we aannemen: geef een branch, tag, commit-hash of iets als HEAD~2.`,
      en: `'${clean(rev)}' is not a revision we accept: give a branch, tag, commit hash or something like HEAD~2.`,
    });
  }
}

export interface Repo {
  /** Absolute, real path of the working tree's top folder. */
  root: string;
  /** The plan's path inside the repository, with forward slashes (how git names it). */
  path: string;
}

/** The repository around `planPath`, and the plan's path in it. */
export async function openRepo(planPath: string, cwd: string): Promise<Repo> {
  const abs = resolve(cwd, planPath);
  const dir = existingFolder(dirname(abs));
  const top = await git(dir, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) {
    if (/not a git repository/i.test(top.stderr)) {
      throw new GitError('not-repository', {
        nl: `‘${clean(planPath)}’ staat niet in een git-repository.`,
        en: `'${clean(planPath)}' is not inside a git repository.`,
      });
    }
    throw failed(['rev-parse'], top.stderr);
  }
  const root = realpathSync(top.stdout.replace(/\r?\n$/, ''));
  // The plan may be gone from disk (a deleted plan): resolve its folder's real path as far as it exists.
  const realDir = realpathSync(dir);
  const rest = relative(dir, abs);
  const path = relative(root, resolve(realDir, rest)).split(sep).join('/');
  if (path === '' || path.startsWith('../') || path === '..') {
    throw new GitError('not-repository', {
      nl: `‘${clean(planPath)}’ staat niet in de git-repository ${clean(root)}.`,
      en: `'${clean(planPath)}' is not inside the git repository ${clean(root)}.`,
    });
  }
  return { root, path };
}

/** The nearest folder that exists, so git can start there even when the plan's own folder is gone. */
function existingFolder(dir: string): string {
  let d = dir;
  while (!existsSync(d)) {
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  return d;
}

/** The full commit hash a revision names; unknown revisions are a clear error. */
export async function resolveCommit(repo: Repo, rev: string): Promise<string> {
  checkRevision(rev);
  const r = await git(repo.root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  const hash = r.stdout.trim();
  if (r.code !== 0 || !/^[0-9a-f]{40,64}$/.test(hash)) {
    throw new GitError('unknown-revision', {
      nl: `de revisie ‘${clean(rev)}’ bestaat niet in deze repository.`,
      en: `the revision '${clean(rev)}' does not exist in this repository.`,
    });
  }
  return hash;
}

/**
 * The text of `path` at each commit, in one `git cat-file --batch` process;
 * undefined where the plan is absent (or is not a file) at that commit.
 */
export async function readAtCommits(repo: Repo, wanted: readonly { commit: string; path: string }[]): Promise<(string | undefined)[]> {
  if (wanted.length === 0) return [];
  // The batch protocol is line-based: a path with a line break is read on its own.
  if (wanted.some((w) => /[\r\n]/.test(w.path))) return Promise.all(wanted.map((w) => readOne(repo, w.commit, w.path)));
  const out = await batch(repo.root, wanted.map((w) => `${w.commit}:${w.path}\n`).join(''));
  return parseBatch(out, wanted.length);
}

async function readOne(repo: Repo, commit: string, path: string): Promise<string | undefined> {
  const type = await git(repo.root, ['cat-file', '-t', `${commit}:${path}`]);
  if (type.code !== 0 || type.stdout.trim() !== 'blob') return undefined;
  const r = await git(repo.root, ['cat-file', 'blob', `${commit}:${path}`]);
  return r.code === 0 ? r.stdout : undefined;
}

function batch(cwd: string, input: string): Promise<Buffer> {
  return new Promise((done, fail) => {
    const child = childProcess().spawn('git', [...CONFIG, 'cat-file', '--batch'], { cwd, env: gitEnv(), windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_OUTPUT * 4) child.kill();
      else chunks.push(c);
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', (e: NodeJS.ErrnoException) => fail(e.code === 'ENOENT' ? noGit() : failed(['cat-file'], e.message)));
    child.on('close', (code) => (code === 0 ? done(Buffer.concat(chunks)) : fail(failed(['cat-file'], stderr || `exit ${String(code)}`))));
    child.stdin.on('error', () => undefined); // git gone early: the close handler reports it
    child.stdin.end(input);
  });
}

/** `<oid> <type> <size>\n<content>\n` per object, or `<name> missing\n`. */
function parseBatch(out: Buffer, count: number): (string | undefined)[] {
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.toString('utf8', at, eol);
    at = eol + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      texts.push(undefined); // `missing` or `ambiguous`: the plan is not there
      continue;
    }
    const size = Number(m[2]);
    texts.push(m[1] === 'blob' ? out.toString('utf8', at, at + size) : undefined);
    at += size + 1;
  }
  while (texts.length < count) texts.push(undefined);
  return texts;
}

/**
 * The files that differ between two commits (`git diff --name-only -z`,
 * tree to tree: no working tree, no textconv, no external diff), paths
 * relative to the repository root with forward slashes. Renames count as
 * changed under their new name. For the GitHub Action's "changed plans".
 */
export async function changedPaths(root: string, fromCommit: string, toCommit: string): Promise<string[]> {
  checkRevision(fromCommit);
  checkRevision(toCommit);
  const r = await git(root, ['diff', '--no-ext-diff', '--no-textconv', '-M', '--name-only', '-z', fromCommit, toCommit, '--']);
  if (r.code !== 0) throw failed(['diff'], r.stderr);
  return r.stdout.split('\0').filter((p) => p !== '');
}
