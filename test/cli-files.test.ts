/** The glob → RegExp translation and the gitignore-style `ignore` matcher of cli/files.ts. */
import { describe, expect, it } from 'vitest';
import { globToRegExp, ignoreMatcher } from '../server/src/cli/files.js';

const matches = (glob: string, paths: string[]) => paths.filter((p) => globToRegExp(glob).test(p));

describe('globToRegExp', () => {
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
