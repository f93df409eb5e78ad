/**
 * Start-up (issue 17): the bin scripts run a bundle through a V8 code cache
 * (bin/load-bundle.js, scripts/codecache.mjs). A cache may only ever make the
 * command faster: with one, without one, with one made for another bundle and
 * with one V8 rejects, `lint` prints exactly what it prints without any. And
 * the developer flow holds: a bundle older than the tsc output is not run.
 * Each case runs in its own copy of bin/ and dist/ (npm test rebuilds the
 * repository's dist/ meanwhile, in test/vsix.test.ts).
 */
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const work = mkdtempSync(join(tmpdir(), 'scaling-startup-'));
const copy = join(work, 'copy');
const bundle = join(copy, 'dist/cli.js');
const cache = join(copy, 'dist/cli.codecache');

const ENV = { PATH: process.env['PATH'] ?? '', LANG: 'C' };
type Run = { code: number | null; out: string; err: string };
function node(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...ENV, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const lint = (bin: string, env: Record<string, string> = {}): Run => node([bin, 'lint', '--format', 'json', EXAMPLES], env);

/** What the loader did with the copy's cache (bin/load-bundle.js cacheState()). */
function cacheState(): string {
  const script = `const l = require(${JSON.stringify(join(copy, 'bin/load-bundle.js'))}); l.loadBundle(${JSON.stringify(bundle)}); process.stdout.write(l.cacheState());`;
  return spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }).stdout;
}

let reference: Run;
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'server/out/cli/main.js'))) spawnSync('npx', ['tsc', '-b'], { cwd: ROOT, stdio: 'ignore' });
  cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
  await esbuild.build({
    absWorkingDir: ROOT, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: join(copy, 'dist'),
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
  });
  // The tsc output, as the repository's bin runs it when its dist/ is stale or missing.
  reference = node(['-e', `require(${JSON.stringify(join(ROOT, 'server/out/cli/main.js'))}).main(['lint', '--format', 'json', ${JSON.stringify(EXAMPLES)}]).then((c) => { process.exitCode = c; })`]);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the code cache of the bin scripts', () => {
  it('changes nothing that lint prints: none, written, used, stale, rejected', () => {
    expect(reference.out).toContain('"SP');
    const bin = join(copy, 'bin/scaling-plan.js');
    const same = (r: Run): void => expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: reference.code, out: reference.out, err: '' });

    expect(cacheState()).toBe('none');
    same(lint(bin));

    same(lint(bin, { SCALING_PLAN_WRITE_CODE_CACHE: '1' })); // the workload scripts/codecache.mjs runs
    expect(statSync(cache).size).toBeGreaterThan(10_000);
    expect(cacheState()).toBe('used');
    same(lint(bin));

    // The bundle was rebuilt (another mtime): the old cache is not for it.
    const t = statSync(bundle).mtime;
    utimesSync(bundle, t, new Date(t.getTime() + 5000));
    expect(cacheState()).toBe('stale');
    same(lint(bin));

    // A cache that names this bundle but holds no V8 code: V8 rejects it, the script compiles as usual.
    const header = readFileSync(cache).subarray(0, readFileSync(cache).indexOf(10) + 1).toString();
    const st = statSync(bundle);
    writeFileSync(cache, header.replace(/ \d+ [\d.]+ (v\S+ \S+)\n$/, ` ${st.size} ${st.mtimeMs} $1\n`) + 'x'.repeat(5000));
    expect(cacheState()).toBe('rejected');
    same(lint(bin));
  }, 120_000);
});

describe('which code the bin scripts run', () => {
  const dev = join(work, 'dev');
  const stub = (file: string, says: string): void => {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `exports.main = async () => { process.stdout.write(${JSON.stringify(says)}); return 0; };\n`);
  };
  const ran = (): string => spawnSync(process.execPath, [join(dev, 'bin/scaling-plan.js'), 'lint'], { encoding: 'utf8' }).stdout;

  it('runs the bundle when it is newer than server/out, server/out when it is older or missing', () => {
    cpSync(join(ROOT, 'bin'), join(dev, 'bin'), { recursive: true });
    stub(join(dev, 'dist/cli.js'), 'bundle');
    stub(join(dev, 'server/out/cli/main.js'), 'out');
    const now = Date.now() / 1000;
    utimesSync(join(dev, 'server/out/cli/main.js'), now - 60, now - 60);
    utimesSync(join(dev, 'dist/cli.js'), now, now);
    expect(ran()).toBe('bundle');
    utimesSync(join(dev, 'server/out/cli/main.js'), now + 60, now + 60); // a developer's fresh `tsc -b`
    expect(ran()).toBe('out');
    rmSync(join(dev, 'dist'), { recursive: true });
    expect(ran()).toBe('out');
  });
});
