/**
 * Inline suppression (SPEC §1) as a user sees it: what is silenced, what is
 * not, and SP007 for a suppression that silences nothing — in both
 * languages, at the comment.
 */
import { describe, expect, it } from 'vitest';
import { analyse, type LintOptions } from '../server/src/lint.js';
import { parsePlan } from '../server/src/model/plan.js';
import { readSuppressions } from '../server/src/suppress.js';

const HEAD = 'scaling-plan: 1\npilot:\n  name: Buurtcoach\n';

/** `code@line` (1-based) of every diagnostic of the given codes. */
function found(text: string, codes: string[], options: LintOptions = {}): string[] {
  return analyse(text, options).diagnostics.filter((d) => codes.includes(d.code)).map((d) => `${d.code}@${d.range.start.line + 1}`);
}

describe('scaling-disable-next-line', () => {
  it('silences one code on the next line only', () => {
    const text = `${HEAD}  # scaling-disable-next-line SP002\n  naam: X\n  sumary: Y\n`;
    expect(found(text, ['SP002', 'SP007'])).toEqual(['SP002@6']);
  });

  it('takes several codes, comma or space separated, in any case', () => {
    const line = '  drivers: [{ naam: A, name: B, name: C }]\n';
    for (const codes of ['SP002, SP003', 'SP002 SP003', 'sp003,sp002', 'SP002,  SP003']) {
      expect(found(`${HEAD}  # scaling-disable-next-line ${codes}\n${line}`, ['SP002', 'SP003', 'SP007']), codes).toEqual([]);
    }
    expect(found(`${HEAD}${line}`, ['SP002', 'SP003'])).toEqual(['SP002@4', 'SP003@4']);
  });

  it('silences every code when it names none', () => {
    const text = `${HEAD}  # scaling-disable-next-line\n  drivers: [{ naam: A, name: B, name: C }]\n`;
    expect(found(text, ['SP002', 'SP003', 'SP007'])).toEqual([]);
  });

  it('does not reach past a blank line or a comment line', () => {
    const text = `${HEAD}  # scaling-disable-next-line SP002\n\n  naam: X\n`;
    expect(found(text, ['SP002', 'SP007'])).toEqual(['SP007@4', 'SP002@6']);
  });
});

describe('scaling-disable (rest of the file)', () => {
  it('silences a code from its own line to the end of the file', () => {
    const text = `${HEAD}  naam: X\n# scaling-disable SP002\n  sumary: Y\nkleur: Z\n`;
    expect(found(text, ['SP002', 'SP007'])).toEqual(['SP002@4']);
  });

  it('silences findings about the whole file when it is the first line', () => {
    const text = `# scaling-disable SP301\n${HEAD}`;
    expect(found(text, ['SP301', 'SP007'])).toEqual([]);
    expect(found(HEAD, ['SP301'])).toHaveLength(8);
  });

  it('counts only on a line of its own', () => {
    const text = `${HEAD}  summary: Iets   # scaling-disable SP002\n  naam: X\n`;
    expect(readSuppressions(parsePlan(text))).toEqual([]);
    expect(found(text, ['SP002', 'SP007'])).toEqual(['SP002@5']);
  });

  it('without a code silences everything after it', () => {
    const text = `${HEAD}# scaling-disable\n  naam: X\n  name: Y\n`;
    expect(found(text, ['SP002', 'SP003', 'SP007'])).toEqual([]);
  });
});

describe('SP007 unused-suppression', () => {
  it('reports each unused code once, on the comment, in both languages', () => {
    const text = `${HEAD}  # scaling-disable-next-line SP002, SP003\n  naam: X\n`;
    const en = analyse(text, { lang: 'en' }).diagnostics.filter((d) => d.code === 'SP007');
    expect(en.map((d) => [d.message, d.severity, d.range, d.data])).toEqual([[
      'This suppression of SP003 silences nothing; remove it.', 'hint',
      { start: { line: 3, character: 2 }, end: { line: 3, character: 42 } }, { code: 'SP003' },
    ]]);
    const nl = analyse(text, { lang: 'nl' }).diagnostics.filter((d) => d.code === 'SP007');
    expect(nl.map((d) => d.message)).toEqual(['Deze onderdrukking van SP003 onderdrukt niets; haal haar weg.']);
  });

  it('words an unused suppression of all codes as such', () => {
    const text = `${HEAD}# scaling-disable\n`;
    expect(analyse(text, { lang: 'nl' }).diagnostics.filter((d) => d.code === 'SP007').map((d) => d.message))
      .toEqual(['Deze onderdrukking onderdrukt niets; haal haar weg.']);
  });

  it('follows the configured severity, and is silent when off', () => {
    const text = `${HEAD}# scaling-disable SP999\n`;
    expect(analyse(text, { rules: { SP007: 'warning' } }).diagnostics.filter((d) => d.code === 'SP007').map((d) => d.severity)).toEqual(['warning']);
    expect(found(text, ['SP007'], { rules: { SP007: 'off' } })).toEqual([]);
  });

  it('counts a suppression of a rule that is off as unused', () => {
    const text = `${HEAD}  # scaling-disable-next-line SP002\n  naam: X\n`;
    expect(found(text, ['SP002', 'SP007'], { rules: { SP002: 'off' } })).toEqual(['SP007@4']);
  });

  it('ignores comments that only look like suppressions', () => {
    const text = `${HEAD}# scaling-disabled SP002\n# see scaling-disable-next-line in the docs\n  naam: X\n`;
    expect(readSuppressions(parsePlan(text))).toEqual([]);
    expect(found(text, ['SP002', 'SP007'])).toEqual(['SP002@6']);
  });

  it('reads a suppression inside a block text as text, not as a comment', () => {
    const text = `${HEAD}  summary: |\n    # scaling-disable SP002\n  naam: X\n`;
    expect(found(text, ['SP002', 'SP007'])).toEqual(['SP002@6']);
  });
});
