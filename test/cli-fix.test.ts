/**
 * SPEC §6.6 on the command line: `lint --fix` (the safe fixes of
 * `source.fixAll`, written, linted again), `--stdin [--stdin-filename]`,
 * `--new-since REV` — the built command as a process, on real files and
 * throw-away git repositories.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeFixes } from '../server/src/edits/fixes.js';
import { analyse } from '../server/src/lint.js';
import { BIN, cleanup, cli, ensureBuilt, gitEnv, makeRepo, planText, tmpBase, V1, V2 } from './git-helpers.js';

const RULES_DIR = join(__dirname, 'fixtures/rules');
let base: string;
beforeAll(() => {
  ensureBuilt();
  base = tmpBase('scaling-fix-');
});
afterAll(() => cleanup(base));

interface JsonDiag { code: string; message: string; line: number; severity: string; new?: boolean }
const parse = (out: string): { file: string; diagnostics: JsonDiag[] }[] => JSON.parse(out) as { file: string; diagnostics: JsonDiag[] }[];

/** Every rule fixture for which `source.fixAll` has something to do. */
function fixable(): { name: string; path: string; fixed: { code: string; message: string }[] }[] {
  const out = [];
  for (const code of readdirSync(RULES_DIR)) {
    for (const f of readdirSync(join(RULES_DIR, code)).filter((n) => n.startsWith('fires-'))) {
      const path = join(RULES_DIR, code, f);
      const a = analyse(readFileSync(path, 'utf8'));
      if (safeFixes(a).length === 0) continue;
      const fixed = a.diagnostics.filter((d) => (d.code === 'SP002' && typeof d.data?.['replace'] === 'string') || d.code === 'SP301');
      out.push({ name: `${code}/${f}`, path, fixed: fixed.map((d) => ({ code: d.code, message: d.message })) });
    }
  }
  return out;
}

/** Whether every value of `a` is in `b` at the same path (what the user wrote is kept; an empty value may be filled in). */
function contained(a: unknown, b: unknown): boolean {
  if (a === null && b !== undefined) return true; // an empty value the fix filled in
  if (a === null || typeof a !== 'object') return JSON.stringify(a) === JSON.stringify(b);
  if (b === null || typeof b !== 'object') return false;
  return Object.entries(a as Record<string, unknown>).every(([k, v]) => contained(v, (b as Record<string, unknown>)[k]));
}

describe('lint --fix', () => {
  const cases = fixable();
  const dir = () => join(base, 'fix');
  const nameOf = (c: { name: string }): string => c.name.replace('/', '-');
  let first: ReturnType<typeof parse>;
  let before: Map<string, string>;
  beforeAll(() => {
    // All fixable fixtures in one folder: one `lint --fix` process for all of them.
    mkdirSync(join(dir(), '.git'), { recursive: true }); // config discovery stops here
    before = new Map(cases.map((c) => [nameOf(c), readFileSync(c.path, 'utf8')]));
    for (const c of cases) copyFileSync(c.path, join(dir(), nameOf(c)));
    const r = cli(['lint', '--fix', '--format', 'json', '.'], dir(), gitEnv(base));
    expect(r.err).toBe('');
    first = parse(r.out);
  });

  it('finds fixable fixtures (SP002 respellings, SP301 skeletons), and none that does not parse', () => {
    expect(cases.map((c) => c.name.split('/')[0])).toEqual(expect.arrayContaining(['SP002', 'SP301']));
    expect(cases.map((c) => c.name.split('/')[0])).not.toContain('SP001');
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: fixed on disk, linted again, the fixed findings gone, still a plan', (_name, c) => {
    const after = readFileSync(join(dir(), nameOf(c)), 'utf8');
    const original = before.get(nameOf(c))!;
    expect(after).not.toBe(original);
    // What is reported is the analysis of the file as written now.
    const again = analyse(after);
    const reported = first.find((f) => f.file === nameOf(c))!.diagnostics;
    expect(reported.map((d) => `${d.code} ${d.line} ${d.message}`)).toEqual(again.diagnostics.map((d) => `${d.code} ${d.range.start.line + 1} ${d.message}`));
    expect(again.diagnostics.filter((d) => d.code === 'SP001')).toEqual([]);
    for (const f of c.fixed) expect(again.diagnostics.some((d) => d.code === f.code && d.message === f.message)).toBe(false);
    // Nothing the user wrote is lost (a respelled key moves its value, so only skeleton-only fixes are checked so).
    if (c.fixed.every((f) => f.code === 'SP301')) expect(contained(analyse(original).doc.data, again.doc.data)).toBe(true);
  });

  it('a second --fix has nothing left to do; a clean plan stays byte for byte', () => {
    const texts = cases.map((c) => readFileSync(join(dir(), nameOf(c)), 'utf8'));
    const clean = readFileSync(join(RULES_DIR, 'SP301/passes.scaling.yaml'), 'utf8');
    writeFileSync(join(dir(), 'clean.scaling.yaml'), clean);
    cli(['lint', '--fix', '.'], dir(), gitEnv(base));
    expect(cases.map((c) => readFileSync(join(dir(), nameOf(c)), 'utf8'))).toEqual(texts);
    expect(readFileSync(join(dir(), 'clean.scaling.yaml'), 'utf8')).toBe(clean);
  });
});

function stdinCli(args: string[], input: string, cwd: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, env: gitEnv(base), encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('lint --stdin', () => {
  const plan = 'scaling-plan: 1\npilot:\n  name: Buurtcoach\ningredients:\n  collaboration: { status: sufficient }\n';

  it('lints standard input as <stdin>, or under --stdin-filename with that name and its folder\'s config', () => {
    const dir = join(base, 'stdin');
    mkdirSync(join(dir, '.git'), { recursive: true });
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans/.scalingrc.yaml'), 'rules:\n  SP301: error\n');
    const plain = stdinCli(['lint', '--stdin', '--format', 'json'], plan, dir);
    expect(parse(plain.out)[0]!.file).toBe('<stdin>');
    expect(parse(plain.out)[0]!.diagnostics.filter((d) => d.code === 'SP301').map((d) => d.severity)).toEqual(Array(7).fill('warning'));
    const named = stdinCli(['lint', '--stdin', '--stdin-filename', 'plans/buurt.scaling.yaml', '--format', 'json'], plan, dir);
    expect(parse(named.out)[0]!.file).toBe('plans/buurt.scaling.yaml');
    expect(parse(named.out)[0]!.diagnostics.filter((d) => d.code === 'SP301').map((d) => d.severity)).toEqual(Array(7).fill('error'));
    expect(named.code).toBe(1);
  });

  it('with --fix prints the fixed text on stdout and the report on stderr', () => {
    const dir = join(base, 'stdin-fix');
    mkdirSync(join(dir, '.git'), { recursive: true });
    const r = stdinCli(['lint', '--stdin', '--fix'], plan, dir);
    expect(r.out.startsWith(plan.replace(/\n$/, ''))).toBe(true);
    expect(analyse(r.out).diagnostics.filter((d) => d.code === 'SP301')).toEqual([]);
    expect(r.err).toContain('SP302');
  });

  it('is a usage error with a PATH, and --stdin-filename without --stdin', () => {
    expect(stdinCli(['lint', '--stdin', 'x.scaling.yaml'], plan, base).code).toBe(2);
    expect(stdinCli(['lint', '--stdin-filename', 'x.scaling.yaml'], plan, base).code).toBe(2);
  });
});

describe('lint --new-since', () => {
  it('prints every finding, marks the new ones, and fails only for those', () => {
    const repo = makeRepo(base, 'since');
    repo.write('plan.scaling.yaml', planText(V2));
    const baseSha = repo.commit('base', '2025-03-01T10:00:00+01:00', 'plan.scaling.yaml');
    const old = cli(['lint', '--format', 'json', 'plan.scaling.yaml'], repo.dir, gitEnv(base));
    const oldCount = parse(old.out)[0]!.diagnostics.length;
    expect(oldCount).toBeGreaterThan(0);
    // Same plan, lines moved down: nothing is new, exit 0 even with --max-warnings 0.
    repo.write('plan.scaling.yaml', `# Plan van het wijkteam\n\n${planText(V2)}`);
    const moved = cli(['lint', '--format', 'json', '--new-since', baseSha, '--max-warnings', '0', 'plan.scaling.yaml'], repo.dir, gitEnv(base));
    expect(parse(moved.out)[0]!.diagnostics.map((d) => d.new)).toEqual(Array(oldCount).fill(false));
    expect(moved.code).toBe(0);
    // Weaker financing: new warnings appear; they alone count.
    repo.write('plan.scaling.yaml', planText(V1));
    const worse = cli(['lint', '--format', 'json', '--new-since', baseSha, '--max-warnings', '0', 'plan.scaling.yaml'], repo.dir, gitEnv(base));
    const ds = parse(worse.out)[0]!.diagnostics;
    expect(ds.some((d) => d.new === true)).toBe(true);
    expect(ds.filter((d) => d.new === false).length).toBeGreaterThan(0);
    expect(worse.code).toBe(1);
    const stylish = cli(['lint', '--new-since', baseSha, 'plan.scaling.yaml'], repo.dir, gitEnv(base));
    expect(stylish.out).toContain(`${ds.filter((d) => d.new).length} new since ${baseSha}`);
    expect(stylish.out.split('\n').filter((l) => / new$/.test(l)).length).toBe(ds.filter((d) => d.new).length);
  });

  it('a plan that did not exist at REV: all its findings are new; a bad revision is a usage error', () => {
    const repo = makeRepo(base, 'since-new');
    repo.write('README.md', 'x\n');
    const first = repo.commit('first', '2025-03-01T10:00:00+01:00', 'README.md');
    repo.write('plan.scaling.yaml', planText(V1));
    const r = cli(['lint', '--format', 'json', '--new-since', first, 'plan.scaling.yaml'], repo.dir, gitEnv(base));
    expect(parse(r.out)[0]!.diagnostics.every((d) => d.new === true)).toBe(true);
    expect(cli(['lint', '--new-since', 'no-such-branch', 'plan.scaling.yaml'], repo.dir, gitEnv(base)).code).toBe(2);
    expect(cli(['lint', '--new-since', '--upload-pack=x', 'plan.scaling.yaml'], repo.dir, gitEnv(base)).code).toBe(2);
  });
});
