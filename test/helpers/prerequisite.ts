/**
 * Tests that need a program from outside the project (Chromium, Neovim, a
 * real VS Code). Under CI (`CI=true`) a missing one FAILS — .ci/run installs
 * every prerequisite before `npm test`, so a skip there would hide a broken
 * install step. On a developer machine the tests are skipped, saying why.
 */
import { it } from 'vitest';

export const IN_CI = !!process.env['CI'] && !['false', '0'].includes(process.env['CI']!.toLowerCase());

/**
 * True when `present`; otherwise registers one test that fails under CI (or
 * one skipped test on a dev machine, with a warning) and returns false:
 * use it as `describe.runIf(needs(...))(...)`.
 */
export function needs(what: string, present: boolean, install: string): boolean {
  if (present) return true;
  const why = `${what} is not installed (${install})`;
  if (IN_CI) {
    it(`prerequisite: ${what}`, () => {
      throw new Error(`${why}. Under CI=true no test may skip: .ci/run must install it before npm test.`);
    });
  } else {
    console.warn(`SKIPPED: ${why}.`);
    it.skip(`${what} (skipped: ${why})`, () => undefined);
  }
  return false;
}
