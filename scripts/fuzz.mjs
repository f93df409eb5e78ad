// The long fuzz run (issue 7): the properties of test/fuzz.test.ts, many
// more times. Prints a summary and, for a failure, the smallest failing
// input fast-check could shrink it to, with the seed to replay it.
//   npm run fuzz                       20,000 cases in all
//   npm run fuzz -- --runs 100000      more cases
//   npm run fuzz -- --seconds 600      as many as fit in ten minutes
//   npm run fuzz -- --seed 42          replay a run
// The generators live in test/helpers/hostile.ts (TypeScript, shared with the
// tests); esbuild bundles them with the engine's sources into one file first.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function options(argv) {
  const o = { runs: 20_000, seconds: undefined, seed: Date.now() % 2 ** 31 };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=');
    const value = () => Number(inline ?? argv[++i]);
    if (name === '--runs') o.runs = value();
    else if (name === '--seconds') o.seconds = value();
    else if (name === '--seed') o.seed = value();
    else if (name === '-h' || name === '--help') {
      console.log('Usage: node scripts/fuzz.mjs [--runs N | --seconds N] [--seed N]');
      process.exit(0);
    } else {
      console.error(`fuzz: unknown option ${argv[i]}`);
      process.exit(2);
    }
  }
  if (![o.runs, o.seed, o.seconds ?? 1].every((n) => Number.isFinite(n) && n > 0)) {
    console.error('fuzz: --runs, --seconds and --seed take a positive number');
    process.exit(2);
  }
  return o;
}

/** Bundled under node_modules/.cache so that the engine still finds schemas/ (two folders up). */
function loadHelpers() {
  const dir = join(ROOT, 'node_modules', '.cache');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'scaling-plan-fuzz.cjs');
  esbuild.buildSync({ entryPoints: [join(ROOT, 'test/helpers/hostile.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning', external: ['fast-check'] });
  const require = createRequire(join(ROOT, 'package.json'));
  // fast-check from the same (CommonJS) module the bundle uses: arbitraries do not cross copies.
  return { h: require(outfile), fc: require('fast-check') };
}

const show = (text) => (text.length > 2000 ? `${JSON.stringify(text.slice(0, 2000))} … (${text.length} characters)` : JSON.stringify(text));

function main() {
  const o = options(process.argv.slice(2));
  const { h, fc } = loadHelpers();
  const seeds = h.seedPlans();
  const properties = [
    ['plans that fit the schema', h.planText(false), (text) => [...h.lintViolations(text), ...h.fitViolations(text)]],
    ['plans with noise (wrong types, unknown and nasty keys)', h.planText(true), (text) => h.lintViolations(text, 'nl')],
    [`mutations of ${seeds.length} example plans`, h.mutatedPlan(seeds).map((m) => m.text), (text) => h.lintViolations(text)],
  ];
  console.log(`fuzz: seed ${o.seed}, ${o.seconds ? `${o.seconds} s` : `${o.runs} cases`} in all, over ${properties.length} properties`);

  // The fixed hostile inputs first: they are few and must always pass.
  let failed = 0;
  for (const f of h.hostileFiles()) {
    const text = Buffer.isBuffer(f.data) ? f.data.toString('utf8') : f.data;
    const v = h.lintViolations(text);
    if (v.length > 0) {
      failed++;
      console.log(`✗ hostile file ${f.name}:\n  ${v.join('\n  ')}`);
    }
  }

  for (const [name, arbitrary, violations] of properties) {
    const t0 = performance.now();
    const result = fc.check(fc.property(arbitrary, (text) => violations(text).length === 0), {
      seed: o.seed,
      numRuns: o.seconds ? Number.MAX_SAFE_INTEGER : Math.ceil(o.runs / properties.length),
      ...(o.seconds ? { interruptAfterTimeLimit: (o.seconds * 1000) / properties.length, markInterruptAsFailure: false } : {}),
    });
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    if (!result.failed) {
      console.log(`✓ ${name}: ${result.numRuns} cases in ${s} s`);
      continue;
    }
    failed++;
    const text = result.counterexample?.[0] ?? '';
    console.log(`✗ ${name}: failed after ${result.numRuns} cases (${s} s), shrunk ${result.numShrinks} times`);
    if (result.errorInstance) console.log(`  error: ${result.errorInstance instanceof Error ? result.errorInstance.stack : String(result.errorInstance)}`);
    console.log(`  smallest failing input: ${show(text)}`);
    console.log(`  what is wrong:\n    ${violations(text).join('\n    ')}`);
    console.log(`  replay: node scripts/fuzz.mjs --seed ${o.seed} (path ${result.counterexamplePath})`);
  }
  console.log(failed === 0 ? 'fuzz: no failures' : `fuzz: ${failed} failing`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main();
