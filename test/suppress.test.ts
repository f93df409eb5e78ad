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

describe('header placement (SPEC §1, §6.5)', () => {
  it('a scaling-disable among the comments above the first key silences the whole file, line 1 included, also after a title comment', () => {
    const text = `# Buurtcoach Noord — opschalingsplan\n# Versie 2, met de gemeente\n# scaling-disable SP301 -- financiering volgt in 2026\n${HEAD}`;
    expect(found(text, ['SP301', 'SP007'])).toEqual([]);
    const a = analyse(text);
    expect(a.suppressed.filter((s) => s.diagnostic.code === 'SP301')).toHaveLength(8);
    expect(new Set(a.suppressed.map((s) => s.justification))).toEqual(new Set(['financiering volgt in 2026']));
    expect(readSuppressions(parsePlan(text)).map((s) => [s.kind, s.codes, s.reason])).toEqual([['file', ['SP301'], 'financiering volgt in 2026']]);
  });

  it('after the first key it counts from its own line only: findings on line 1 stay, and it is unused', () => {
    const text = `scaling-plan: 1\n# scaling-disable SP301\npilot:\n  name: Buurtcoach\n`;
    expect(found(text, ['SP301', 'SP007'])).toEqual([...Array(8).fill('SP301@1'), 'SP007@2']);
  });

  it('a header disable without a code silences every finding of the file', () => {
    const text = `# Titel\n# scaling-disable -- nog in opbouw\n${HEAD}  naam: X\n`;
    expect(analyse(text).diagnostics).toEqual([]);
  });
});

describe('the reason after \' -- \'', () => {
  it('is never read as codes: one SP007 per unused code, none for words or codes in the reason', () => {
    const text = `${HEAD}# scaling-disable SP406 -- financiering volgt in 2026, SP301 ook\n`;
    expect(found(text, ['SP007'])).toEqual(['SP007@4']);
    expect(analyse(text).diagnostics.filter((d) => d.code === 'SP007').map((d) => d.data)).toEqual([{ code: 'SP406' }]);
    expect(readSuppressions(parsePlan(text))[0]).toMatchObject({ codes: ['SP406'], reason: 'financiering volgt in 2026, SP301 ook' });
  });

  it('a code after \' -- \' is reason text: it silences nothing', () => {
    const text = `${HEAD}  # scaling-disable-next-line SP003 -- SP002 komt later\n  naam: X\n`;
    expect(found(text, ['SP002', 'SP003', 'SP007'])).toEqual(['SP007@4', 'SP002@5']);
  });

  it('an empty reason (a trailing \' --\') is no code either', () => {
    const text = `${HEAD}  # scaling-disable-next-line SP002 --\n  naam: X\n`;
    expect(found(text, ['SP002', 'SP007'])).toEqual([]);
    expect(readSuppressions(parsePlan(text))[0]).toMatchObject({ codes: ['SP002'], reason: undefined });
  });

  it('is kept with what it silenced (for SARIF and the hover)', () => {
    const text = `${HEAD}  # scaling-disable-next-line SP002 -- de gemeente beslist in maart\n  naam: X\n`;
    expect(analyse(text).suppressed.map((s) => [s.diagnostic.code, s.diagnostic.range.start.line, s.justification]))
      .toEqual([['SP002', 4, 'de gemeente beslist in maart']]);
  });

  it('a code-less suppression that silences nothing is one SP007, whatever its reason', () => {
    const text = `${HEAD}  # scaling-disable-next-line -- SP002, SP003\n  summary: Een coach per wijk.\n`;
    expect(analyse(text).diagnostics.filter((d) => d.code === 'SP007').map((d) => [d.range.start.line, d.data])).toEqual([[3, { code: '' }]]);
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
