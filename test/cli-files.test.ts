/** The linear glob matcher (config/glob.ts) and the gitignore-style `ignore` matcher of cli/files.ts. */
import { describe, expect, it } from 'vitest';
import { ignoreMatcher } from '../server/src/cli/files.js';
import { compileGlob } from '../server/src/config/glob.js';

const globToRegExp = compileGlob;

const matches = (glob: string, paths: string[]) => paths.filter((p) => globToRegExp(glob).test(p));

describe('compileGlob', () => {
  const paths = ['a.scaling.yaml', 'a.scaling.yml', 'plans/b.scaling.yaml', 'plans/sub/c.scaling.yaml', 'plans/sub/deep/d.scaling.yml', 'x.y'];

  it('* and ? stay within one folder name', () => {
    expect(matches('*.scaling.yaml', paths)).toEqual(['a.scaling.yaml']);
    expect(matches('plans/*', paths)).toEqual(['plans/b.scaling.yaml']);
    expect(matches('?.y', paths)).toEqual(['x.y']);
    expect(matches('plans/?.scaling.yaml', paths)).toEqual(['plans/b.scaling.yaml']);
  });

  it('** spans folders, also none', () => {
    expect(matches('**/*.scaling.yaml', paths)).toEqual(['a.scaling.yaml', 'plans/b.scaling.yaml', 'plans/sub/c.scaling.yaml']);
    expect(matches('plans/**/*.yml', paths)).toEqual(['plans/sub/deep/d.scaling.yml']);
    expect(matches('plans/**', paths)).toEqual(['plans/b.scaling.yaml', 'plans/sub/c.scaling.yaml', 'plans/sub/deep/d.scaling.yml']);
  });

  it('{a,b} is a choice, nested too; [..] a class', () => {
    expect(matches('*.scaling.{yaml,yml}', paths)).toEqual(['a.scaling.yaml', 'a.scaling.yml']);
    expect(matches('plans/{sub/{deep/,},}*.y{a,}ml', paths)).toEqual(['plans/b.scaling.yaml', 'plans/sub/c.scaling.yaml', 'plans/sub/deep/d.scaling.yml']);
    expect(matches('plans/[a-b].*', paths)).toEqual(['plans/b.scaling.yaml']);
    expect(matches('plans/[!b].*', paths)).toEqual([]);
  });

  it('takes other characters literally', () => {
    expect(globToRegExp('a+b (1).scaling.yaml').test('a+b (1).scaling.yaml')).toBe(true);
    expect(globToRegExp('a.scaling.yaml').test('aXscaling.yaml')).toBe(false);
    expect(globToRegExp('\\*.yaml').test('*.yaml')).toBe(true);
    expect(globToRegExp('\\*.yaml').test('a.yaml')).toBe(false);
  });
});

describe('ignoreMatcher', () => {
  it('matches folders and what is inside them, gitignore-style', () => {
    const ignored = ignoreMatcher(['archive/**', 'drafts', '*.old.scaling.yaml', '/top.scaling.yaml']);
    expect(['archive/a.scaling.yaml', 'archive/x/b.scaling.yaml', 'drafts/c.scaling.yaml', 'plans/drafts/d.scaling.yaml', 'e.old.scaling.yaml', 'plans/f.old.scaling.yaml', 'top.scaling.yaml'].every(ignored)).toBe(true);
    expect(['plans/archive/a.scaling.yaml', 'plans/top.scaling.yaml', 'plans/g.scaling.yaml', 'draftsman.scaling.yaml'].some(ignored)).toBe(false);
  });

  it('ignores nothing without patterns', () => {
    expect(ignoreMatcher([])('anything.scaling.yaml')).toBe(false);
  });
});

it('never throws on a pattern the RegExp engine refuses', () => {
  expect(globToRegExp('[z-a].yaml').test('[z-a].yaml')).toBe(true);
  expect(ignoreMatcher(['[z-a]'])('[z-a]/x.scaling.yaml')).toBe(true);
});

/**
 * Issue 11.4: patterns that make a backtracking RegExp take seconds to
 * minutes. Each is asserted by its result; that the whole table finishes is
 * the check (vitest's own timeout), no clock is read.
 */
describe('adversarial patterns are matched in linear time', () => {
  const as = 'a'.repeat(40);
  const cases: [string, string, boolean][] = [
    ['*a*a*a*a*a*a*a*a*b', as, false],
    ['*a*a*a*a*a*a*a*a*b', `${as}b`, true],
    ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(4000), false],
    [`${'**/'.repeat(30)}x`, `${'a/'.repeat(60)}y`, false],
    [`${'**/'.repeat(30)}x`, `${'a/'.repeat(60)}x`, true],
    [`${'**/*'.repeat(20)}b`, `${'a/'.repeat(40)}a`, false],
    ['{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}b', 'a'.repeat(20), false],
    ['{*a,*a*,a*}'.repeat(12) + 'b', 'a'.repeat(60), false],
    [`${'?*'.repeat(40)}!`, 'x'.repeat(200), false],
    [`[a-z]*${'[a-z]*'.repeat(30)}0`, 'q'.repeat(300), false],
  ];
  it.each(cases)('%s', (glob, path, expected) => {
    expect(compileGlob(glob).test(path)).toBe(expected);
    // gitignore-style (any folder before, anything inside after) too.
    expect(ignoreMatcher([glob])(path)).toBe(expected);
  });

  it('a config ignore pattern and a long file name, through the CLI, in one run', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { spawnSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'scaling-glob-'));
    try {
      writeFileSync(join(dir, '.scalingrc.yaml'), 'ignore:\n  - "*a*a*a*a*a*a*a*a*b"\n  - "**/**/**/**/**/**/**/**/**/**/z"\n');
      writeFileSync(join(dir, `${'a'.repeat(40)}.scaling.yaml`), 'scaling-plan: 1\n');
      const r = spawnSync(process.execPath, [join(__dirname, '..', 'bin/scaling-plan.js'), 'lint', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
      expect(r.status).not.toBe(2);
      expect((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file)).toEqual([`${'a'.repeat(40)}.scaling.yaml`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('compileGlob: the rest of the syntax', () => {
  it('classes, escapes, unclosed braces, non-ASCII', () => {
    expect(compileGlob('[!/]').test('/')).toBe(false);
    expect(compileGlob('a[]]b').test('a]b')).toBe(true);
    expect(compileGlob('x{a,b').test('xb')).toBe(true);
    expect(compileGlob('}x').test('}x')).toBe(true);
    expect(compileGlob('ë*😀?.yaml').test('ëlla😀😀.yaml')).toBe(true);
    expect(compileGlob('[😀-😂]').test('😁')).toBe(true);
    expect(compileGlob('').test('')).toBe(true);
    expect(compileGlob('**').test('a/b/c')).toBe(true);
    expect(compileGlob('a/**').test('a/b/c')).toBe(true);
    expect(compileGlob('a**b').test('a/b')).toBe(false);
  });
});
