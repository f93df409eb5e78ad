/**
 * Where a plan came from when it is not at a revision under its current
 * name. Between two commits git answers (`diff-tree -M`, plumbing: no
 * external diff, no textconv, no working tree). Against the working tree we
 * answer ourselves: `git diff COMMIT` would hash the working tree and so run
 * the clean filters and fsmonitor a repository names (issue 11.1).
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { git, readAtCommits, type Repo } from './git.js';

/** The plan's old path if git sees `path` in `to` as renamed from a path in `from`; else undefined. */
export async function renamedBetween(repo: Repo, from: string, to: string, path: string): Promise<string | undefined> {
  const r = await git(repo.root, ['diff-tree', '-r', '-M', '--no-ext-diff', '--no-textconv', '--name-status', '-z', from, to, '--']);
  if (r.code !== 0) return undefined;
  const tokens = r.stdout.split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const status = tokens[i]!;
    if (/^[RC]\d*$/.test(status)) {
      const [old, now] = [tokens[i + 1], tokens[i + 2]];
      if (status.startsWith('R') && now === path && old) return old;
      i += 2;
    } else if (/^[A-Z]$/.test(status)) i += 1;
  }
  return undefined;
}

/** Git's default: a rename needs half the content in common. */
const MIN_SIMILARITY = 0.5;
/** Bounds on what we read to find a rename: candidates, and bytes per candidate and in all. */
const MAX_CANDIDATES = 100;
const MAX_BLOB = 10 * 1024 * 1024;
const MAX_TOTAL = 32 * 1024 * 1024;
const PLAN = /\.scaling\.ya?ml$/;

interface TreeEntry { oid: string; size: number; path: string }

/**
 * The path in `commit` that the working-tree plan at `path` (text `text`)
 * was renamed from: a file of `commit` that is gone from the working tree,
 * with the same content (same blob id) or, like git's `-M`, at least half of
 * it in common (by lines). Plans are tried first; reading is bounded.
 */
export async function renamedInWorkingTree(repo: Repo, commit: string, path: string, text: string): Promise<string | undefined> {
  const gone = (await treeOf(repo, commit)).filter((e) => e.path !== path && !onDisk(repo, e.path));
  if (gone.length === 0) return undefined;
  const bytes = Buffer.from(text, 'utf8');
  const oid = blobId(bytes, gone[0]!.oid.length === 64 ? 'sha256' : 'sha1');
  const same = gone.find((e) => e.oid === oid);
  if (same) return same.path;

  const ordered = [...gone.filter((e) => PLAN.test(e.path)), ...gone.filter((e) => !PLAN.test(e.path))];
  const candidates: TreeEntry[] = [];
  let total = 0;
  for (const e of ordered) {
    if (candidates.length >= MAX_CANDIDATES || total + e.size > MAX_TOTAL) break;
    if (e.size > MAX_BLOB || e.size === 0) continue;
    // Sizes too far apart can never share half the content.
    if (Math.min(e.size, bytes.length) < MIN_SIMILARITY * Math.max(e.size, bytes.length)) continue;
    candidates.push(e);
    total += e.size;
  }
  const texts = await readAtCommits(repo, candidates.map((e) => ({ commit, path: e.path })));
  let best: { path: string; score: number } | undefined;
  candidates.forEach((e, i) => {
    const t = texts[i];
    if (t === undefined) return;
    const score = similarity(t, text);
    if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { path: e.path, score };
  });
  return best?.path;
}

/** Every file of the commit (`ls-tree -r -l`): blob id, size, path. */
async function treeOf(repo: Repo, commit: string): Promise<TreeEntry[]> {
  const r = await git(repo.root, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit]);
  if (r.code !== 0) return [];
  const out: TreeEntry[] = [];
  for (const record of r.stdout.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]{40,64}) +(\d+)\t([\s\S]+)$/.exec(record);
    if (m) out.push({ oid: m[1]!, size: Number(m[2]), path: m[3]! });
  }
  return out;
}

function onDisk(repo: Repo, path: string): boolean {
  try {
    lstatSync(join(repo.root, ...path.split('/')));
    return true;
  } catch {
    return false;
  }
}

/** Git's object id of a blob with these bytes. */
function blobId(bytes: Buffer, algorithm: 'sha1' | 'sha256'): string {
  // node:crypto on first use: the language server starts without it (issue 17: start-up).
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * The share of content two texts have in common, by lines (each line
 * weighs its length + 1), against the larger: 1 for equal texts, 0 for
 * nothing in common. Linear in the texts' length.
 */
export function similarity(a: string, b: string): number {
  const size = Math.max(a.length, b.length);
  if (size === 0) return 1;
  const count = new Map<string, number>();
  for (const line of a.split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
  let common = 0;
  for (const line of b.split('\n')) {
    const n = count.get(line) ?? 0;
    if (n > 0) {
      count.set(line, n - 1);
      common += line.length + 1;
    }
  }
  return Math.min(1, common / (size + 1));
}
