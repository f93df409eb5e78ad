/**
 * `scaling-plan render` as a user runs it: the built command as a process
 * (after `npx tsc -b`), checking the file it writes, stdout, stderr and the
 * exit status.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, byItem, FIXTURES, hasClass, parseHtml, textOf } from './render-helpers';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin/scaling-plan.js');

function cli(args: string[], cwd: string, env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, 'render', ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let tmp: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'server/out/cli/main.js'))) spawnSync('npx', ['tsc', '-b'], { cwd: ROOT, stdio: 'ignore' });
  tmp = mkdtempSync(join(tmpdir(), 'scaling-render-'));
  mkdirSync(join(tmp, '.git')); // config discovery stops here
  for (const f of ['station.scaling.yaml', 'minimal.scaling.yaml', 'not-a-plan.scaling.yaml']) copyFileSync(join(FIXTURES, f), join(tmp, f));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('scaling-plan render', () => {
  it('writes the canvas to -o and exits 0, even when the plan has findings', () => {
    const r = cli(['station.scaling.yaml', '-o', 'out/../canvas.html'], tmp);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^scaling-plan: canvas written to out\/\.\.\/canvas\.html \(\d+ findings\)\.\n$/);
    const html = readFileSync(join(tmp, 'canvas.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<title>Interventiemedewerker onbegrepen gedrag — Scaling canvas</title>');
    expect(html).not.toMatch(/<script|<link|\ssrc=/i);
    const root = parseHtml(html);
    expect(all(root, hasClass('finding')).length).toBeGreaterThan(0);
    expect(all(root, byItem('ingredients/financing'))).toHaveLength(1);
  });

  it('writes to stdout without -o (or with -o -)', () => {
    for (const args of [['minimal.scaling.yaml'], ['minimal.scaling.yaml', '-o', '-']]) {
      const r = cli(args, tmp);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/^<!doctype html>/);
      expect(textOf(all(parseHtml(r.out), (e) => e.tag === 'h1')[0]!)).toBe('Buurtteam Noord');
    }
  });

  it('speaks Dutch with --lang nl, with the config file, or with LANG', () => {
    const flag = cli(['minimal.scaling.yaml', '--lang', 'nl'], tmp);
    expect(flag.out).toContain('<html lang="nl">');
    expect(flag.out).toContain('Benodigde ingrediënten');
    const env = cli(['minimal.scaling.yaml'], tmp, { LANG: 'nl_NL.UTF-8' });
    expect(env.out).toContain('<html lang="nl">');
    const dir = join(tmp, 'configured');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(FIXTURES, 'minimal.scaling.yaml'), join(dir, 'p.scaling.yaml'));
    writeFileSync(join(dir, '.scalingrc.yaml'), 'lang: nl\nrules:\n  SP301: off\n');
    const cfg = cli(['p.scaling.yaml'], dir);
    expect(cfg.out).toContain('<html lang="nl">');
    // The config's rules apply: SP301 is off, so no "ingredient missing" finding on the canvas.
    expect(cfg.out).not.toContain('SP301');
    expect(cli(['p.scaling.yaml', '--lang', 'en'], dir).out).toContain('<html lang="en">');
  });

  it('renders what is not a plan too (exit 0: the findings are on the page)', () => {
    const r = cli(['not-a-plan.scaling.yaml'], tmp);
    expect(r.code).toBe(0);
    expect(r.out).toContain('This file is not (yet) a readable plan');
  });

  it('exits 2 for usage errors and unreadable files, with a plain message', () => {
    const cases: [string[], RegExp][] = [
      [[], /^scaling-plan render: give one plan\nRun 'scaling-plan render --help' for the options\.\n$/],
      [['a.scaling.yaml', 'b.scaling.yaml'], /give one plan, not 2/],
      [['minimal.scaling.yaml', '--lang', 'fr'], /'--lang' must be one of: nl, en \(not 'fr'\)/],
      [['minimal.scaling.yaml', '--colour'], /unknown option '--colour'/],
      [['minimal.scaling.yaml', '-o'], /'--output' needs a value/],
      [['missing.scaling.yaml'], /^scaling-plan render: 'missing\.scaling\.yaml' cannot be read \(not found\)\n$/],
      [['.'], /cannot be read \(this is a folder\)/],
      [['minimal.scaling.yaml', '-o', '.'], /'\.' cannot be written \(this is a folder\)/],
      [['minimal.scaling.yaml', '-o', 'no/such/dir/x.html'], /cannot be written \(not found\)/],
      [['minimal.scaling.yaml', '-o', 'minimal.scaling.yaml'], /the output would overwrite the plan itself/],
      [['minimal.scaling.yaml', '--config', 'nope.yaml'], /the config file 'nope\.yaml' cannot be read \(not found\)/],
    ];
    for (const [args, err] of cases) {
      const r = cli(args, tmp);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out, args.join(' ')).toBe('');
      expect(r.err, args.join(' ')).toMatch(err);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(readFileSync(join(tmp, 'minimal.scaling.yaml'), 'utf8')).toContain('Buurtteam Noord');
  });

  it('says so in Dutch too', () => {
    const r = cli(['missing.scaling.yaml', '--lang', 'nl'], tmp);
    expect(r.err).toBe("scaling-plan render: ‘missing.scaling.yaml’ kan niet gelezen worden (niet gevonden)\n");
  });

  it('has --help', () => {
    const r = cli(['--help'], tmp);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: scaling-plan render PLAN \[options\]/);
    expect(cli(['--help', '--lang', 'nl'], tmp).out).toMatch(/^Gebruik: scaling-plan render PLAN/);
  });
});
