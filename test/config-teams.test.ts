/**
 * `.scalingrc.yaml` for teams (docs/config.md): `extends` (a path, or a
 * package in node_modules — data only, nothing executed), `overrides`
 * (globs → rules, lang), merged with the parent folders' configs up to the
 * repository root (nearest wins per key), `root: true`, cycles reported.
 * The pure module with an in-memory ConfigHost, and the CLI on real files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forPlan, resolveFolder, type ConfigHost } from '../server/src/config/layers.js';
import { BIN, ensureBuilt } from './git-helpers.js';

/** A file system in memory, `/`-separated: the module needs nothing else (it runs in a browser worker too). */
function memoryHost(files: Record<string, string>): ConfigHost {
  const dirs = new Set<string>();
  for (const f of Object.keys(files)) for (let d = f; d !== '/'; ) dirs.add((d = d.slice(0, d.lastIndexOf('/')) || '/'));
  const norm = (p: string): string => {
    const out: string[] = [];
    for (const s of p.split('/')) {
      if (s === '..') out.pop();
      else if (s !== '.' && s !== '') out.push(s);
    }
    return `/${out.join('/')}`;
  };
  return {
    readFile: (p) => files[norm(p)],
    isFile: (p) => norm(p) in files,
    exists: (p) => norm(p) in files || dirs.has(norm(p)),
    dirname: (p) => norm(p).slice(0, norm(p).lastIndexOf('/')) || '/',
    join: (...parts) => norm(parts.join('/')),
    relative: (from, to) => (to.startsWith(`${from}/`) ? to.slice(from.length + 1) : to),
  };
}

describe('layers (pure)', () => {
  const host = memoryHost({
    '/repo/.git/HEAD': '',
    '/repo/.scalingrc.yaml': 'lang: nl\nextends: "@gemeente/scaling-config"\nrules:\n  SP204: off\n',
    '/repo/node_modules/@gemeente/scaling-config/package.json': '{ "name": "@gemeente/scaling-config", "scaling-plan": "team.yaml", "main": "index.js" }',
    '/repo/node_modules/@gemeente/scaling-config/team.yaml': 'rules:\n  SP204: error\n  SP407: off\n  SP503: warning\n',
    '/repo/node_modules/@gemeente/scaling-config/index.js': 'throw new Error("never run")',
    '/repo/plans/.scalingrc.yaml': 'extends: ../shared/base.scalingrc.yaml\nrules:\n  SP503: off\noverrides:\n  - files: [archief/**]\n    rules:\n      SP301: off\n    lang: en\n',
    '/repo/shared/base.scalingrc.yaml': 'rules:\n  SP302: info\n',
  });

  it('merges the folder chain and what each extends: nearest wins per key, a file over what it extends', () => {
    const folder = resolveFolder('/repo/plans', host);
    expect(folder.config.lang).toBe('nl');
    expect(folder.config.rules).toEqual({ SP204: 'off', SP407: 'off', SP503: 'off', SP302: 'info' });
    expect(folder.sources.map((s) => s.file)).toEqual(['/repo/plans/.scalingrc.yaml', '/repo/.scalingrc.yaml']);
    expect(folder.sources.flatMap((s) => s.diagnostics)).toEqual([]);
  });

  it('applies overrides to the plans their globs match (relative to the config that declares them)', () => {
    const folder = resolveFolder('/repo/plans/archief/2023', host);
    expect(forPlan(folder, '/repo/plans/archief/2023/oud.scaling.yaml')).toMatchObject({ lang: 'en', rules: { SP301: 'off', SP503: 'off' } });
    const other = resolveFolder('/repo/plans', host);
    expect(forPlan(other, '/repo/plans/nieuw.scaling.yaml').rules['SP301']).toBeUndefined();
    expect(forPlan(other, '/repo/plans/nieuw.scaling.yaml').lang).toBe('nl');
  });

  it('reports a cycle, an unknown package and a package field leaving the package, on the extends value', () => {
    const bad = memoryHost({
      '/r/.git/HEAD': '',
      '/r/.scalingrc.yaml': 'extends: [./a.yaml, nergens-te-vinden]\n',
      '/r/a.yaml': 'extends: ./b.yaml\n',
      '/r/b.yaml': 'extends: ./a.yaml\nrules:\n  SP301: off\n',
      '/r/node_modules/evil/package.json': '{ "scaling-plan": "../../etc/passwd.yaml" }',
      '/r/sub/.scalingrc.yaml': 'extends: evil\n',
    });
    const top = resolveFolder('/r', bad);
    const messages = top.sources[0]!.diagnostics.map((d) => d.message);
    expect(messages.some((m) => /makes a cycle: .*a\.yaml → .*b\.yaml → .*a\.yaml/.test(m))).toBe(true);
    expect(messages.some((m) => m.startsWith("'nergens-te-vinden' is not found"))).toBe(true);
    expect(top.config.rules).toEqual({ SP301: 'off' }); // the valid parts still apply
    expect(top.sources[0]!.diagnostics.every((d) => d.code === 'SP002' && d.range.start.line === 0)).toBe(true);
    const sub = resolveFolder('/r/sub', bad);
    expect(sub.sources[0]!.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^'evil' is not found/)]);
  });

  it('root: true stops the merge with the folders above', () => {
    const h = memoryHost({ '/r/.git/HEAD': '', '/r/.scalingrc.yaml': 'lang: nl\n', '/r/p/.scalingrc.yaml': 'root: true\nrules:\n  SP301: off\n' });
    expect(resolveFolder('/r/p', h).config).toMatchObject({ rules: { SP301: 'off' } });
    expect(resolveFolder('/r/p', h).config.lang).toBeUndefined();
  });
});

describe('the CLI honours team config', () => {
  let dir: string;
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' } });
  const write = (p: string, t: string): void => {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  };
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'scaling-team-'));
    mkdirSync(join(dir, '.git'));
    const plan = 'scaling-plan: 1\npilot:\n  name: Buurtcoach\n';
    write('.scalingrc.yaml', 'extends: "@gemeente/scaling-config"\n');
    write('node_modules/@gemeente/scaling-config/package.json', '{ "name": "@gemeente/scaling-config" }');
    write('node_modules/@gemeente/scaling-config/index.scalingrc.yaml', 'rules:\n  SP301: off\n');
    write('plans/.scalingrc.yaml', 'overrides:\n  - files: ["oost/**"]\n    rules:\n      SP201: error\n');
    write('plans/oost/a.scaling.yaml', plan);
    write('plans/west/b.scaling.yaml', plan);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lint: the package\'s rules everywhere, the override only where its glob matches', () => {
    const out = JSON.parse(run(['lint', '--format', 'json', 'plans']).stdout) as { file: string; diagnostics: { code: string; severity: string }[] }[];
    const of = (f: string) => out.find((r) => r.file === f)!.diagnostics;
    expect(of('plans/oost/a.scaling.yaml').some((d) => d.code === 'SP301')).toBe(false);
    expect(of('plans/west/b.scaling.yaml').some((d) => d.code === 'SP301')).toBe(false);
    expect(of('plans/oost/a.scaling.yaml').find((d) => d.code === 'SP201')!.severity).toBe('error');
    expect(of('plans/west/b.scaling.yaml').find((d) => d.code === 'SP201')!.severity).toBe('warning');
  });

  it('lint --config FILE: that file with what it extends, instead of the folder chain', () => {
    write('ci/strict.scalingrc.yaml', 'extends: ../shared/base.yaml\nrules:\n  SP201: error\n');
    write('shared/base.yaml', 'rules:\n  SP204: off\n');
    const out = JSON.parse(run(['lint', '--format', 'json', '--config', 'ci/strict.scalingrc.yaml', 'plans/west']).stdout) as { file: string; diagnostics: { code: string; severity: string }[] }[];
    const ds = out.find((r) => r.file === 'plans/west/b.scaling.yaml')!.diagnostics;
    expect(ds.find((d) => d.code === 'SP201')!.severity).toBe('error');
    expect(ds.some((d) => d.code === 'SP204')).toBe(false);
    expect(ds.some((d) => d.code === 'SP301')).toBe(true); // the package of the folder chain does not apply
  });
});

describe('schemas/scalingrc.schema.json', () => {
  it('accepts the team keys and refuses what the config reader refuses', async () => {
    const { readFileSync } = await import('node:fs');
    const { default: Ajv } = await import('ajv');
    const rc = JSON.parse(readFileSync(join(__dirname, '../schemas/scalingrc.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(rc);
    expect(validate({ root: true, extends: ['@gemeente/scaling-config', '../team.scalingrc.yaml'], overrides: [{ files: ['archief/**'], rules: { SP301: 'off' }, lang: 'en' }] })).toBe(true);
    expect(validate({ extends: 'team.yaml', overrides: [{ files: 'a/**' }] })).toBe(true);
    expect(validate({ overrides: [{ rules: { SP301: 'off' } }] })).toBe(false); // no files
    expect(validate({ overrides: [{ files: ['x'], colour: 1 }] })).toBe(false);
    expect(validate({ overrides: [{ files: ['x'], rules: { SP301: 'fatal' } }] })).toBe(false);
    expect(validate({ root: 'yes' })).toBe(false);
  });
});
