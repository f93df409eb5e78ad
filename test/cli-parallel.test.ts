/**
 * `lint --concurrency` and `lint --cache`, run as a user runs them (the
 * built CLI as a process) on ~60 plans (enough for `auto` to start a worker) derived from examples/ by small
 * deterministic mutations (a misspelt status, a misspelt ingredient, a
 * duplicate key, a syntax error, a suppression …), in three folders: one
 * plain, one with its own `.scalingrc.yaml` (severities, lang, `ignore`),
 * one nested below it. The output of a serial run is the reference: every
 * other way of running must give the same bytes and the same exit status.
 * `SCALING_PLAN_DEBUG=workers,cache` makes the CLI say on stderr how many
 * workers ran and how many plans came from the cache, so a test proves the
 * path it claims to test was taken.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
/**
 * The compiled sources (server/out), not bin/scaling-plan.js: bin picks dist/cli.js when it is
 * newer, and test/vsix.test.ts rebuilds dist/ while this file runs — the cache's build id (and
 * a worker's entry) would change between two runs of one test. The bundle has its own test below.
 */
let BIN = '';

interface Run { code: number | null; out: string; err: string }

function cli(args: string[], cwd: string, env: Record<string, string> = {}, bin?: string): Run {
  bin ??= BIN;
  const key = JSON.stringify([args, cwd, env, bin]);
  const seen = cwd === project ? runs.get(key) : undefined; // the shared project is never written: a run there is reused
  if (seen) return seen;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { PATH: process.env['PATH'] ?? '', LANG: 'C', ...env } });
  const run = { code: r.status, out: r.stdout, err: r.stderr };
  if (cwd === project) runs.set(key, run);
  return run;
}
const runs = new Map<string, Run>();

/** Variant k of an example: one small change, chosen and placed by k, so that findings differ from plan to plan. */
function mutate(text: string, k: number): string {
  const nth = (find: string, replace: string): string => {
    const at: number[] = [];
    for (let i = text.indexOf(find); i >= 0; i = text.indexOf(find, i + 1)) at.push(i);
    if (at.length === 0) return `${text}# variant ${k}\n`;
    const i = at[k % at.length]!;
    return text.slice(0, i) + replace + text.slice(i + find.length);
  };
  switch (k % 8) {
    case 0: return text;
    case 1: return nth('status: partial', 'status: parital'); // SP002 with a safe spelling fix
    case 2: return nth('  privacy:', '  privacyy:'); // SP002 + SP301
    case 3: return nth('name: ', `name: Variant ${k} `);
    case 4: return `${text}pilot:\n  name: Tweede\n`; // SP003
    case 5: return `${text}broken: [\n`; // SP001
    case 6: return `# scaling-disable SP406 -- bewust, variant ${k}\n${text}`; // a suppression (SARIF), or SP007
    default: return nth('status: sufficient', 'status: insufficient');
  }
}

let tmp: string;
let project: string;
let planCount = 0;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'server/out/cli/main.js'))) spawnSync('npx', ['tsc', '-b'], { cwd: ROOT, stdio: 'ignore' });
  tmp = mkdtempSync(join(tmpdir(), 'scaling-parallel-'));
  BIN = join(tmp, 'source-cli.js');
  writeFileSync(BIN, `require(${JSON.stringify(join(ROOT, 'server/out/cli/main.js'))}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`);
  project = join(tmp, 'project');
  mkdirSync(join(project, '.git'), { recursive: true }); // config discovery stops here
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.scaling.yaml')).sort();
  const folders = ['plain', 'team', 'team/nested'];
  for (const f of folders) mkdirSync(join(project, f), { recursive: true });
  writeFileSync(join(project, 'team/.scalingrc.yaml'), 'lang: nl\nrules:\n  SP207: error\n  SP503: off\nignore:\n  - skip-*\n');
  let k = 0;
  for (let round = 0; round < 10; round++) {
    for (const [e, name] of examples.entries()) {
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      const folder = folders[(round + e) % folders.length]!;
      const base = name.replace('.scaling.yaml', '');
      writeFileSync(join(project, folder, `${base}-${String(round).padStart(2, '0')}.scaling.yaml`), mutate(text, k++));
      if (round === 0) for (const ignored of ['team', 'team/nested']) writeFileSync(join(project, ignored, `skip-${base}.scaling.yaml`), text);
      planCount++;
    }
  }
  for (let i = 0; i < EXTRA; i++) {
    const name = examples[i % examples.length]!;
    writeFileSync(join(project, 'plain', `extra-${String(i).padStart(2, '0')}.scaling.yaml`), mutate(readFileSync(join(ROOT, 'examples', name), 'utf8'), k++));
    planCount++;
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copy(name: string): string {
  const dir = join(tmp, name);
  cpSync(project, dir, { recursive: true });
  return dir;
}

/** The project without its extra plans (below `auto`'s threshold, so runs stay serial): the cache does not need many plans, and each run costs less. */
const EXTRA = 20;
function copySmall(name: string): string {
  const dir = copy(name);
  for (const f of readdirSync(join(dir, 'plain')).filter((n) => n.startsWith('extra-'))) rmSync(join(dir, 'plain', f));
  return dir;
}

describe('lint --concurrency', () => {
  // Formatters are pure functions of the findings: json shows the findings are the same, sarif
  // (fingerprints, suppressions) and stylish (the summary) cover what is built on top.
  it('gives the same bytes and exit status serially, in 2 workers and with auto, in json, sarif and stylish', () => {
    expect(planCount).toBeGreaterThanOrEqual(60);
    for (const format of ['json', 'sarif', 'stylish']) {
      const off = cli(['lint', '--format', format, '--concurrency', 'off'], project, { SCALING_PLAN_DEBUG: 'workers' });
      expect(off.err).toContain('debug: workers=0');
      expect(off.code).toBe(1);
      const two = cli(['lint', '--format', format, '--concurrency', '2'], project, { SCALING_PLAN_DEBUG: 'workers' });
      expect(two.err).toContain('debug: workers=2');
      // auto takes the same worker path as N; two formats suffice to show it picks it.
      const auto = ['json', 'sarif'].includes(format) ? [cli(['lint', '--format', format], project)] : [];
      for (const r of [two, ...auto]) {
        expect(r.out).toBe(off.out);
        expect(r.code).toBe(off.code);
      }
    }
  }, 600_000);

  it('the runs differ by plan: the mutations give findings of many kinds, the config and ignore apply', () => {
    const r = cli(['lint', '--format', 'json', '--concurrency', '2'], project, { SCALING_PLAN_DEBUG: 'workers' });
    const files = JSON.parse(r.out) as { file: string; diagnostics: { code: string; severity: string; docUrl: string }[] }[];
    expect(files).toHaveLength(planCount); // every plan, none lost, the skip-* ones ignored
    expect(files.some((f) => f.file.includes('skip-'))).toBe(false);
    const codes = new Set(files.flatMap((f) => f.diagnostics.map((d) => d.code)));
    for (const c of ['SP001', 'SP002', 'SP003', 'SP301', 'SP406']) expect(codes).toContain(c);
    const team = files.filter((f) => f.file.startsWith('team/'));
    expect(team.flatMap((f) => f.diagnostics).some((d) => d.code === 'SP503')).toBe(false);
    expect(team.flatMap((f) => f.diagnostics).filter((d) => d.code === 'SP207').every((d) => d.severity === 'error')).toBe(true);
    expect(team.flatMap((f) => f.diagnostics).every((d) => d.docUrl.includes('/docs/rules/nl/'))).toBe(true); // lang: nl there
    expect(files.filter((f) => f.file.startsWith('plain/')).flatMap((f) => f.diagnostics).some((d) => d.docUrl.includes('/docs/rules/nl/'))).toBe(false);
  }, 120_000);

  it('--quiet, --max-warnings and --lang give the same bytes and status with workers', () => {
    for (const extra of [['--quiet'], ['--max-warnings', '0', '--format', 'json'], ['--lang', 'en', '--format', 'github']]) {
      const off = cli(['lint', ...extra, '--concurrency', 'off'], project);
      const two = cli(['lint', ...extra, '--concurrency', '2'], project);
      expect(two.out).toBe(off.out);
      expect(two.err).toBe(off.err);
      expect(two.code).toBe(off.code);
    }
  }, 300_000);

  it('--fix writes the same files and reports the same with workers as serially', () => {
    const a = copy('fix-off');
    const b = copy('fix-two');
    const off = cli(['lint', '--fix', '--format', 'json', '--concurrency', 'off'], a);
    const two = cli(['lint', '--fix', '--format', 'json', '--concurrency', '2'], b, { SCALING_PLAN_DEBUG: 'workers' });
    expect(two.err).toContain('debug: workers=2');
    expect(two.out).toBe(off.out);
    expect(two.code).toBe(off.code);
    let changed = 0;
    for (const folder of ['plain', 'team', 'team/nested']) {
      for (const f of readdirSync(join(a, folder)).filter((n) => n.endsWith('.yaml'))) {
        const fixed = readFileSync(join(a, folder, f), 'utf8');
        expect(readFileSync(join(b, folder, f), 'utf8')).toBe(fixed);
        if (fixed !== readFileSync(join(project, folder, f), 'utf8')) changed++;
      }
    }
    expect(changed).toBeGreaterThan(5); // the misspelt statuses were fixed
    expect(off.out).not.toContain('parital');
  }, 300_000);

  it('loses no plan when a worker stops: its plans are checked in the main thread, and stderr says so', () => {
    const off = cli(['lint', '--format', 'sarif', '--concurrency', 'off'], project, { SCALING_PLAN_DEBUG: 'workers' });
    const crashed = cli(['lint', '--format', 'sarif', '--concurrency', '2'], project, { SCALING_PLAN_DEBUG: 'worker-exit' });
    expect(crashed.out).toBe(off.out);
    expect(crashed.code).toBe(off.code);
    expect(crashed.err).toBe('scaling-plan: 2 worker threads stopped (exit code 3); the plans not done yet were checked in the main thread.\n');
  }, 120_000);

  it('--help names the options in English and in Dutch', () => {
    const en = cli(['lint', '--help', '--lang', 'en'], project).out;
    expect(en).toContain('      --concurrency N|auto|off  check plans in N worker threads; auto\n');
    expect(en).toContain('      --cache           keep the findings in .scalingplancache and reuse\n');
    const nl = cli(['lint', '--help', '--lang', 'nl'], project).out;
    expect(nl).toContain('      --concurrency N|auto|off  plannen in N werkthreads controleren; auto\n');
    expect(nl).toContain('      --cache-location PAD  het cachebestand (of een map om het in te zetten)\n');
  });

  it('refuses a concurrency that is not a whole number from 1, auto or off', () => {
    for (const bad of ['0', 'two', '-1', '1.5']) {
      const r = cli(['lint', `--concurrency=${bad}`], project);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`scaling-plan lint: '--concurrency' must be a whole number from 1, auto or off (not '${bad}')\nRun 'scaling-plan lint --help' for the options.\n`);
    }
  });
});

describe('lint --cache', () => {
  const DEBUG = { SCALING_PLAN_DEBUG: 'cache' };
  let count = 0;
  beforeAll(() => { count = planCount - EXTRA; });
  const stats = (r: Run): string => /debug: cache (hits=\d+ misses=\d+)/.exec(r.err)?.[1] ?? `no cache line in: ${r.err}`;

  it('an unchanged re-run takes every plan from the cache and prints the same bytes', () => {
    const dir = copySmall('cache-same');
    const plain = cli(['lint', '--format', 'sarif'], dir);
    const cold = cli(['lint', '--format', 'sarif', '--cache'], dir, DEBUG);
    expect(stats(cold)).toBe(`hits=0 misses=${count}`);
    expect(existsSync(join(dir, '.scalingplancache'))).toBe(true);
    const warm = cli(['lint', '--format', 'sarif', '--cache'], dir, DEBUG);
    expect(stats(warm)).toBe(`hits=${count} misses=0`);
    for (const r of [cold, warm]) {
      expect(r.out).toBe(plain.out);
      expect(r.code).toBe(plain.code);
    }
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]); // written by rename, nothing left over
  }, 120_000);

  it('a changed plan is linted again and its new findings show', () => {
    const dir = copySmall('cache-edit');
    cli(['lint', '--cache'], dir);
    const file = join(dir, 'plain', readdirSync(join(dir, 'plain')).filter((f) => f.endsWith('.scaling.yaml')).sort()[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('scaling-plan: 1', 'scaling-plan: 1\nscaling-plan: 1'));
    const after = cli(['lint', '--format', 'json', '--cache'], dir, DEBUG);
    expect(stats(after)).toBe(`hits=${count - 1} misses=1`);
    expect(after.out).toBe(cli(['lint', '--format', 'json'], dir).out);
    expect(after.out).toContain("The key 'scaling-plan' appears here a second time");
  }, 120_000);

  it('a changed config makes its plans miss; the others still hit', () => {
    const dir = copySmall('cache-config');
    cli(['lint', '--cache'], dir);
    writeFileSync(join(dir, 'team/.scalingrc.yaml'), 'lang: en\nrules:\n  SP207: hint\nignore:\n  - skip-*\n');
    const after = cli(['lint', '--format', 'json', '--cache'], dir, DEBUG);
    const team = (JSON.parse(after.out) as { file: string }[]).filter((f) => f.file.startsWith('team/')).length;
    expect(stats(after)).toBe(`hits=${count - team} misses=${team}`);
    expect(after.out).toBe(cli(['lint', '--format', 'json'], dir).out);
  }, 120_000);

  it('a damaged, foreign or tampered cache file is ignored and rewritten, never a crash', () => {
    const dir = copySmall('cache-bad');
    const plain = cli(['lint', '--format', 'json'], dir);
    const cacheFile = join(dir, 'my.cache');
    cli(['lint', '--cache', '--cache-location', 'my.cache'], dir);
    const good = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { outcome: { diagnostics: unknown[] } }> };
    const first = Object.keys(good.entries)[0]!;
    good.entries[first]!.outcome.diagnostics = [{ code: 'SP999', message: 'not a real finding' }]; // no range: a formatter would throw
    const tampered = JSON.stringify(good);
    for (const [text, expected] of [['{"entries": [1, 2', `hits=0 misses=${count}`], ['{"hello": "world"}', `hits=0 misses=${count}`], ['\u0000\u0001binary', `hits=0 misses=${count}`], [tampered, `hits=${count - 1} misses=1`]] as const) {
      writeFileSync(cacheFile, text);
      const r = cli(['lint', '--format', 'json', '--cache', '--cache-location', 'my.cache'], dir, DEBUG);
      expect(stats(r)).toBe(expected);
      expect(r.out).toBe(plain.out);
      expect(r.code).toBe(plain.code);
      expect(r.out).not.toContain('SP999');
      expect((JSON.parse(readFileSync(cacheFile, 'utf8')) as { format: string }).format).toBe('scaling-plan-cache/1');
    }
  }, 300_000);

  it('--fix with --cache still fixes, also when the result comes from the cache', () => {
    const dir = copySmall('cache-fix');
    const name = readdirSync(join(dir, 'plain')).find((f) => readFileSync(join(dir, 'plain', f), 'utf8').includes('parital'))!;
    const file = join(dir, 'plain', name);
    const original = readFileSync(file, 'utf8');
    cli(['lint', '--cache'], dir); // a cache without --fix: not the same key
    const first = cli(['lint', '--fix', '--cache', '--format', 'json'], dir, DEBUG);
    expect(stats(first)).toBe(`hits=0 misses=${count}`);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).not.toContain('parital');
    writeFileSync(file, original); // as a checkout would put it back
    const again = cli(['lint', '--fix', '--cache', '--format', 'json'], dir, DEBUG);
    expect(stats(again)).toMatch(/^hits=\d+ misses=\d+$/);
    expect(Number(/hits=(\d+)/.exec(stats(again))![1])).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(again.out).toBe(first.out);
  }, 300_000);

  it('--cache-location takes a folder too; --cache-location without --cache is a usage error', () => {
    const dir = copySmall('cache-where');
    mkdirSync(join(dir, 'caches'));
    cli(['lint', '--cache', '--cache-location', 'caches'], dir);
    expect(readdirSync(join(dir, 'caches'))).toEqual(['.scalingplancache']);
    expect(existsSync(join(dir, '.scalingplancache'))).toBe(false);
    const r = cli(['lint', '--cache-location', 'caches'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe("scaling-plan lint: '--cache-location' goes with '--cache'\nRun 'scaling-plan lint --help' for the options.\n");
  }, 120_000);
});

describe('the bundle', () => {
  it('dist/cli.js runs its workers from dist/lintWorker.js and gives the serial bytes', async () => {
    const out = join(tmp, 'dist');
    const { bundle } = (await import(join(ROOT, 'scripts/bundle.mjs'))) as { bundle: (o: { outdir: string }) => Promise<unknown> };
    await bundle({ outdir: out });
    expect(existsSync(join(out, 'lintWorker.js'))).toBe(true);
    const bin = join(tmp, 'bundled-cli.js');
    writeFileSync(bin, `require(${JSON.stringify(join(out, 'cli.js'))}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`);
    const off = cli(['lint', '--format', 'json', '--concurrency', 'off'], project, { SCALING_PLAN_DEBUG: 'workers' });
    const two = cli(['lint', '--format', 'json', '--concurrency', '2'], project, { SCALING_PLAN_DEBUG: 'workers' }, bin);
    expect(two.err).toContain('debug: workers=2');
    expect(two.out).toBe(off.out);
    expect(two.code).toBe(off.code);
  }, 300_000);
});
