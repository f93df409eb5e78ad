/**
 * Start-up (issue 17): the schema's validator is ajv standalone code generated
 * at build time (scripts/build-validator.mjs) and committed. This file fails
 * when the committed code drifts from the schema, when it disagrees with ajv
 * compiling the schema at run time, and when `lint` loads what it does not use.
 */
import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../server/src/model/plan.js';
import { EXTRA_KEYWORDS, planSchema } from '../server/src/schema/load.js';
import { planValidator } from '../server/src/schema/validate.js';

const ROOT = join(__dirname, '..');
const plans = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? plans(join(dir, e.name)) : /\.scaling\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));

describe('generated schema validator', () => {
  it('is the code the build script writes for the current schema (run `node scripts/build-validator.mjs` after editing it)', async () => {
    const script = (await import(pathToFileURL(join(ROOT, 'scripts/build-validator.mjs')).href)) as { generate(): string; EXTRA_KEYWORDS: string[] };
    expect(readFileSync(join(ROOT, 'server/src/schema/validator.generated.ts'), 'utf8')).toBe(script.generate());
    expect(script.EXTRA_KEYWORDS).toEqual(EXTRA_KEYWORDS);
  });

  it('carries the schema file itself as data (hovers and completion read no file)', () => {
    expect(planSchema()).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas/scaling-plan.schema.json'), 'utf8')));
  });

  it('reports exactly the errors ajv reports when it compiles the schema, on every fixture and example', () => {
    const ajv = new Ajv({ allErrors: true, verbose: true, messages: false, $data: false, strict: true, allowUnionTypes: true });
    for (const keyword of EXTRA_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'array', 'object'] });
    const compiled = ajv.compile(planSchema());
    const generated = planValidator();
    let invalid = 0;
    const shape = (errors: typeof compiled.errors) => (errors ?? []).map((e) => [e.keyword, e.instancePath, e.schemaPath, e.params, e.data, e.parentSchema]);
    const files = [...plans(join(ROOT, 'test/fixtures/rules')), ...plans(join(ROOT, 'examples'))];
    for (const f of files) {
      const data = parsePlan(readFileSync(f, 'utf8')).data;
      const ok = compiled(data);
      expect([f, generated(data)]).toEqual([f, ok]);
      expect([f, shape(generated.errors)]).toEqual([f, shape(compiled.errors)]);
      if (!ok) invalid++;
    }
    expect(files.length).toBeGreaterThan(50);
    expect(invalid).toBeGreaterThan(5); // the comparison covers failing plans, not only valid ones
  });

  it('ignores our own keywords (x-nl …): a description in Dutch is no constraint', () => {
    const data = parsePlan(readFileSync(join(ROOT, 'examples', readdirSync(join(ROOT, 'examples')).find((f) => f.endsWith('.scaling.yaml'))!), 'utf8')).data;
    expect(JSON.stringify(planSchema())).toContain('"x-nl"');
    planValidator()(data);
    expect((planValidator().errors ?? []).filter((e) => EXTRA_KEYWORDS.includes(e.keyword))).toEqual([]);
  });

  it('`lint` loads neither ajv\'s compiler nor markdown-it, the preview or git (server/out, as the CLI runs)', () => {
    const plan = join(ROOT, 'examples', readdirSync(join(ROOT, 'examples')).find((f) => f.endsWith('.scaling.yaml'))!);
    const script = `const m = require(${JSON.stringify(join(ROOT, 'server/out/cli/main.js'))});
      const io = { out() {}, err() {}, cwd: process.cwd(), isTty: false, env: process.env };
      m.main(['lint', ${JSON.stringify(plan)}], io).then(() => process.stdout.write(JSON.stringify(Object.keys(require.cache))));`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    const rel = loaded.map((f) => f.slice(ROOT.length + 1));
    expect(rel).toContain('server/out/schema/validator.generated.js');
    expect(rel).toContain('server/out/cli/commands/lint.js');
    expect(rel.filter((f) => /node_modules\/(markdown-it|linkify-it|entities)\/|server\/out\/(preview|git)\/|node_modules\/ajv\/dist\/(core|ajv|compile)/.test(f))).toEqual([]);
  });
});
