/**
 * Golden tests of every `lint` output format on one fixed result set, built
 * from the real analysis of the fixture plans in test/fixtures/cli/project
 * (whose config leaves only SP001, SP003 and SP301 on).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../server/src/config/config.js';
import { github } from '../server/src/cli/formatters/github.js';
import { gitlab } from '../server/src/cli/formatters/gitlab.js';
import { json } from '../server/src/cli/formatters/json.js';
import { MAX_SARIF_RESULTS, sarif } from '../server/src/cli/formatters/sarif.js';
import { stylish } from '../server/src/cli/formatters/stylish.js';
import type { FileResult, FormatContext } from '../server/src/cli/formatters/types.js';
import { analyse } from '../server/src/lint.js';
import type { Lang, Severity } from '../server/src/model/types.js';
import { RULES } from '../server/src/rules/index.js';

const PROJECT = join(__dirname, 'fixtures/cli/project');
const RULE_SETTINGS = readConfig(readFileSync(join(PROJECT, '.scalingrc.yaml'), 'utf8')).config.rules;

function result(file: string, lang: Lang = 'en', severity?: Severity): FileResult {
  const rules = severity ? { ...RULE_SETTINGS, SP301: severity } : RULE_SETTINGS;
  return { file, diagnostics: analyse(readFileSync(join(PROJECT, file), 'utf8'), { lang, rules }).diagnostics };
}

const en: FormatContext = { lang: 'en', color: false, version: '9.9.9' };
const RESULTS = [result('plans/broken.scaling.yaml'), result('plans/partial.scaling.yaml'), result('plans/sub/complete.scaling.yml')];
const DUP = "The key 'name' appears here a second time; only the first one counts. Merge the two or remove one.";
const FIN = "Ingredient 'financing' is missing: add `financing:` under `ingredients` and describe where it stands (status, risk) and what is needed.";
const PRIV = "Ingredient 'privacy' is missing: add `privacy:` under `ingredients` and describe where it stands (status, risk) and what is needed.";
const DOCS = 'https://github.com/scaling-plans/scaling-plan/blob/main/docs/rules/';

describe('stylish', () => {
  it('groups per file in aligned columns, with a summary', () => {
    expect(stylish(RESULTS, en)).toBe(
      'plans/broken.scaling.yaml\n' +
      `  4:3  error  ${DUP}  SP003\n` +
      '\n' +
      'plans/partial.scaling.yaml\n' +
      `  4:1  warning  ${FIN}  SP301\n` +
      `  4:1  warning  ${PRIV}      SP301\n` +
      '\n' +
      '✖ 3 problems (1 error, 2 warnings)\n',
    );
  });

  it('aligns line numbers to the right and columns to the left', () => {
    const d = RESULTS[0]!.diagnostics[0]!;
    const far = { ...d, range: { start: { line: 11, character: 9 }, end: { line: 11, character: 12 } } };
    expect(stylish([{ file: 'p.scaling.yaml', diagnostics: [d, far] }], en)).toBe(
      'p.scaling.yaml\n' +
      `   4:3   error  ${DUP}  SP003\n` +
      `  12:10  error  ${DUP}  SP003\n` +
      '\n' +
      '✖ 2 problems (2 errors, 0 warnings)\n',
    );
  });

  it('speaks Dutch, in the summary too', () => {
    const nl = [result('plans/partial.scaling.yaml', 'nl')];
    expect(stylish(nl, { ...en, lang: 'nl' })).toBe(
      'plans/partial.scaling.yaml\n' +
      '  4:1  waarschuwing  Ingrediënt ‘financiering’ (`financing`) ontbreekt: voeg `financing:` toe onder `ingredients` en beschrijf hoe het ervoor staat (status, risico) en wat er nodig is.  SP301\n' + // both messages pass the 160-character column: no padding
      '  4:1  waarschuwing  Ingrediënt ‘privacy en gegevensdeling’ (`privacy`) ontbreekt: voeg `privacy:` toe onder `ingredients` en beschrijf hoe het ervoor staat (status, risico) en wat er nodig is.  SP301\n' +
      '\n' +
      '✖ 2 problemen (0 fouten, 2 waarschuwingen)\n',
    );
  });

  it('counts info and hints, singular where one', () => {
    const info = result('plans/partial.scaling.yaml', 'en', 'info');
    const hint = result('plans/broken.scaling.yaml');
    hint.diagnostics = hint.diagnostics.map((d) => ({ ...d, severity: 'hint' as const }));
    const out = stylish([hint, info], en);
    expect(out.split('\n').at(-2)).toBe('✖ 3 problems (0 errors, 0 warnings, 2 info, 1 hint)');
    expect(stylish([RESULTS[0]!], en).split('\n').at(-2)).toBe('✖ 1 problem (1 error, 0 warnings)');
  });

  it('prints only a tick line when clean', () => {
    expect(stylish([RESULTS[2]!], en)).toBe('✔ no problems\n');
    expect(stylish([], { ...en, lang: 'nl' })).toBe('✔ geen problemen\n');
  });

  it('colours only when asked (a terminal without NO_COLOR)', () => {
    expect(stylish([RESULTS[0]!], { ...en, color: true })).toBe(
      '\u001b[4mplans/broken.scaling.yaml\u001b[24m\n' +
      `  \u001b[2m4:3\u001b[22m  \u001b[31merror\u001b[39m  ${DUP}  \u001b[2mSP003\u001b[22m\n` +
      '\n' +
      '\u001b[31m\u001b[1m✖ 1 problem (1 error, 0 warnings)\u001b[22m\u001b[39m\n',
    );
    expect(stylish(RESULTS, en)).not.toContain('\u001b');
  });
});

describe('json', () => {
  it('is exactly the SPEC shape, every file present, 1-based', () => {
    const out = json(RESULTS);
    expect(out.endsWith('\n')).toBe(true);
    expect(JSON.parse(out)).toEqual([
      {
        file: 'plans/broken.scaling.yaml',
        diagnostics: [{ code: 'SP003', rule: 'duplicate-key', severity: 'error', message: DUP, line: 4, column: 3, endLine: 4, endColumn: 7, docUrl: `${DOCS}SP003.md` }],
      },
      {
        file: 'plans/partial.scaling.yaml',
        diagnostics: [
          { code: 'SP301', rule: 'ingredient-missing', severity: 'warning', message: FIN, line: 4, column: 1, endLine: 4, endColumn: 12, docUrl: `${DOCS}SP301.md` },
          { code: 'SP301', rule: 'ingredient-missing', severity: 'warning', message: PRIV, line: 4, column: 1, endLine: 4, endColumn: 12, docUrl: `${DOCS}SP301.md` },
        ],
      },
      { file: 'plans/sub/complete.scaling.yml', diagnostics: [] },
    ]);
    // The SPEC keys come first, in the SPEC's order.
    expect(Object.keys(JSON.parse(out)[0].diagnostics[0])).toEqual(['code', 'rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'docUrl']);
  });

  it('is an empty list when nothing was linted', () => {
    expect(json([])).toBe('[]\n');
  });
});

describe('sarif', () => {
  const log = JSON.parse(sarif(RESULTS, en));

  it('is SARIF 2.1.0 with one run and the whole rule catalogue', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect([driver.name, driver.version, driver.informationUri]).toEqual(['scaling-plan', '9.9.9', 'https://github.com/scaling-plans/scaling-plan']);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.code));
    expect(driver.rules[2]).toEqual({
      id: 'SP003',
      name: 'duplicate-key',
      shortDescription: { text: 'A key appears twice in one mapping.' },
      fullDescription: { text: 'A key appears twice in one mapping.' },
      helpUri: `${DOCS}SP003.md`,
      help: { text: 'A key appears twice in one mapping.', markdown: `[SP003 duplicate-key](${DOCS}SP003.md)` },
      defaultConfiguration: { level: 'error' },
    });
    const sp301 = driver.rules.find((r: { id: string }) => r.id === 'SP301');
    expect(sp301.helpUri).toBe(`${DOCS}SP301.md`);
    expect(sp301.defaultConfiguration).toEqual({ level: 'warning' });
    expect(sp301.shortDescription).toEqual({ text: 'One of the eight ingredients for scaling is missing from the plan.' });
  });

  it('has one result per finding, with rule index and 1-based region', () => {
    const idx301 = RULES.findIndex((r) => r.code === 'SP301');
    const loc = (uri: string, startColumn: number, endColumn: number) => [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 4, startColumn, endLine: 4, endColumn } } }];
    // The fingerprint: code, canvas item and the count among findings of both on one item (SPEC §6.6).
    const fp = (code: string, item: string, n: number) => ({ 'scalingPlan/v1': createHash('sha256').update(`${code}\u0000${item}\u0000${n}`).digest('hex') });
    const [dup, fin, priv] = [RESULTS[0]!.diagnostics[0]!, RESULTS[1]!.diagnostics[0]!, RESULTS[1]!.diagnostics[1]!];
    expect(log.runs[0].results).toEqual([
      { ruleId: 'SP003', ruleIndex: 2, level: 'error', message: { text: DUP }, locations: loc('plans/broken.scaling.yaml', 3, 7), partialFingerprints: fp('SP003', dup.item, 0) },
      { ruleId: 'SP301', ruleIndex: idx301, level: 'warning', message: { text: FIN }, locations: loc('plans/partial.scaling.yaml', 1, 12), partialFingerprints: fp('SP301', fin.item, 0) },
      { ruleId: 'SP301', ruleIndex: idx301, level: 'warning', message: { text: PRIV }, locations: loc('plans/partial.scaling.yaml', 1, 12), partialFingerprints: fp('SP301', priv.item, fin.item === priv.item ? 1 : 0) },
    ]);
    expect(log.runs[0].invocations).toBeUndefined();
  });

  it('maps info and hint to note, and encodes the file URI', () => {
    const info = { ...result('plans/partial.scaling.yaml', 'en', 'info'), file: 'mijn plannen/a#1.scaling.yaml' };
    const out = JSON.parse(sarif([info], en)).runs[0].results;
    expect(out.map((r: { level: string }) => r.level)).toEqual(['note', 'note']);
    expect(out[0].locations[0].physicalLocation.artifactLocation.uri).toBe('mijn%20plannen/a%231.scaling.yaml');
  });

  it(`stops at ${MAX_SARIF_RESULTS} results per run and says so`, () => {
    const d = RESULTS[0]!.diagnostics[0]!;
    const many = [{ file: 'big.scaling.yaml', diagnostics: Array.from({ length: MAX_SARIF_RESULTS + 3 }, () => d) }];
    const run = JSON.parse(sarif(many, en)).runs[0];
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe('3 more findings left out (SARIF limit: 25000).');
  });
});

describe('github', () => {
  it('writes one workflow command per finding', () => {
    expect(github(RESULTS)).toBe(
      `::error file=plans/broken.scaling.yaml,line=4,col=3,endLine=4,endColumn=7,title=SP003 duplicate-key::${DUP}\n` +
      `::warning file=plans/partial.scaling.yaml,line=4,col=1,endLine=4,endColumn=12,title=SP301 ingredient-missing::${FIN}\n` +
      `::warning file=plans/partial.scaling.yaml,line=4,col=1,endLine=4,endColumn=12,title=SP301 ingredient-missing::${PRIV}\n`,
    );
    expect(github([RESULTS[2]!])).toBe('');
  });

  it('uses notice for info and hint, and escapes as the runner expects', () => {
    const info = result('plans/partial.scaling.yaml', 'en', 'hint');
    const d = { ...info.diagnostics[0]!, message: '100% sure\r\nnext: line' };
    expect(github([{ file: 'a,b:c%.scaling.yaml', diagnostics: [d] }])).toBe(
      '::notice file=a%2Cb%3Ac%25.scaling.yaml,line=4,col=1,endLine=4,endColumn=12,title=SP301 ingredient-missing::100%25 sure%0D%0Anext: line\n',
    );
  });
});

describe('gitlab', () => {
  it('writes a Code Quality report with stable, distinct fingerprints', () => {
    const report = JSON.parse(gitlab(RESULTS));
    expect(report).toEqual([
      { description: DUP, check_name: 'SP003', fingerprint: '4cd87cf968ec4cfb56cdef459e118e78', severity: 'major', location: { path: 'plans/broken.scaling.yaml', lines: { begin: 4 } } },
      { description: FIN, check_name: 'SP301', fingerprint: '8648a9613c7df55ae115a67929bb8c9f', severity: 'minor', location: { path: 'plans/partial.scaling.yaml', lines: { begin: 4 } } },
      { description: PRIV, check_name: 'SP301', fingerprint: 'bc8efa19d7502320a49ce3ce9efc1d23', severity: 'minor', location: { path: 'plans/partial.scaling.yaml', lines: { begin: 4 } } },
    ]);
  });

  it('keeps a fingerprint when the finding moves to another line', () => {
    const moved = RESULTS[0]!.diagnostics.map((d) => ({ ...d, range: { start: { line: 40, character: 2 }, end: { line: 40, character: 6 } } }));
    const report = JSON.parse(gitlab([{ file: 'plans/broken.scaling.yaml', diagnostics: moved }]));
    expect(report[0].fingerprint).toBe('4cd87cf968ec4cfb56cdef459e118e78');
    expect(report[0].location.lines.begin).toBe(41);
  });

  it('maps info and hint to info', () => {
    const info = result('plans/partial.scaling.yaml', 'en', 'info');
    expect(JSON.parse(gitlab([info])).map((r: { severity: string }) => r.severity)).toEqual(['info', 'info']);
  });
});
