/**
 * `.scalingrc.yaml`: discovery upward from the plan (stopping at the
 * workspace or a `.git` folder), validation as diagnostics on the config
 * file (never an exception, the valid parts still apply), and the
 * per-folder cache the CLI relies on.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clearConfigCache, findConfigFile, loadConfigForFile, readConfig } from '../server/src/config/config.js';
import { RULES } from '../server/src/rules/index.js';

/** The last code of the catalogue, which the message names (it grows with each canvas version). */
const LAST = RULES[RULES.length - 1]!.code;

const brief = (text: string, lang?: 'nl' | 'en') =>
  readConfig(text, undefined, lang).diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.character + 1, d.message]);

describe('readConfig', () => {
  it('reads a valid config', () => {
    const r = readConfig('lang: nl\nrules:\n  SP407: off\n  SP301: error\nignore:\n  - archive/**\n', '/x/.scalingrc.yaml');
    expect(r).toEqual({ config: { lang: 'nl', rules: { SP407: 'off', SP301: 'error' }, ignore: ['archive/**'], file: '/x/.scalingrc.yaml' }, diagnostics: [] });
  });

  it('accepts an empty file, a comment-only file and empty sections', () => {
    for (const text of ['', '# nothing yet\n', 'rules:\nignore:\n']) {
      expect(readConfig(text)).toEqual({ config: { rules: {}, ignore: [] }, diagnostics: [] });
    }
  });

  it('takes rule codes, and names the code when given a rule name', () => {
    const r = readConfig('rules:\n  friction-unaddressed: hint\n');
    expect(r.config.rules).toEqual({});
    expect(r.diagnostics.map((d) => d.message)).toEqual([`There is no rule 'friction-unaddressed'; did you mean 'SP407'? Rule codes run from SP001 to ${LAST}.`]);
  });

  it('reports each invalid part at its node and keeps the valid parts', () => {
    const text = 'lang: fr\nrules:\n  SP301: loud\n  SP999: off\n  SP407: off\n  SP406: warnign\nignore: archive/**\ncolour: true\n';
    const r = readConfig(text);
    expect(r.config).toEqual({ rules: { SP407: 'off' }, ignore: [] });
    expect(brief(text)).toEqual([
      ['SP002', 1, 7, 9, "'lang' is the language of the messages: 'nl' (Dutch) or 'en' (English), not 'fr'."],
      ['SP002', 3, 10, 14, "The severity of SP301 is error, warning, info, hint or off, not 'loud'."],
      ['SP002', 4, 3, 8, `There is no rule 'SP999'. Rule codes run from SP001 to ${LAST}.`],
      ['SP002', 6, 10, 17, "The severity of SP406 is error, warning, info, hint or off, not 'warnign'; did you mean 'warning'?"],
      ['SP002', 7, 9, 19, "'ignore' is a list of patterns, for example `- archive/**`."],
      ['SP002', 8, 1, 7, "Unknown setting 'colour'. Allowed: lang, rules, ignore, extends, overrides, root."],
    ]);
    expect(r.diagnostics.every((d) => d.severity === 'error' && d.rule === 'schema' && d.docUrl.endsWith('/SP002.md'))).toBe(true);
  });

  it('suggests the setting or rule meant', () => {
    expect(brief('rule:\n  SP301: off\n')).toEqual([['SP002', 1, 1, 5, "Unknown setting 'rule'; did you mean 'rules'? Allowed: lang, rules, ignore, extends, overrides, root."]]);
    expect(brief('rules:\n  sp301: off\n')[0]![4]).toBe(`There is no rule 'sp301'; did you mean 'SP301'? Rule codes run from SP001 to ${LAST}.`);
  });

  it('reports a missing severity at the rule key, and non-text ignore patterns', () => {
    expect(brief('rules:\n  SP301:\nignore:\n  - ok/**\n  - [a]\n')).toEqual([
      ['SP002', 2, 3, 8, 'The severity of SP301 is error, warning, info, hint or off.'],
      ['SP002', 5, 5, 8, "Each pattern in 'ignore' is a piece of text, such as `archive/**`."],
    ]);
  });

  it('reports a config that is not a set of settings', () => {
    expect(brief('- lang: nl\n')).toEqual([['SP002', 1, 1, 11, 'A config file is a set of settings (key: value), such as `lang: en`.']]);
    expect(brief('rules: [SP301]\n')).toEqual([['SP002', 1, 8, 15, "'rules' maps rule codes to a severity, for example `SP407: off`."]]);
  });

  it('reports broken YAML (SP001) and duplicate keys (SP003) without throwing', () => {
    const dup = readConfig('lang: nl\nlang: en\n');
    expect(dup.config.lang).toBe('nl');
    expect(brief('lang: nl\nlang: en\n', 'en')).toEqual([['SP003', 2, 1, 5, "The key 'lang' appears here a second time; only the first one counts."]]);
    const broken = readConfig('rules: {SP301: off\n');
    expect(broken.diagnostics.map((d) => d.code)).toContain('SP001');
    const deep = readConfig(`rules: ${'['.repeat(5000)}`);
    expect(deep.diagnostics.map((d) => d.code)).toEqual(['SP001']);
    expect(readConfig('\u0000\u0001').diagnostics.map((d) => d.code)).toEqual(['SP001']);
  });

  it('writes its messages in the asked language, else in the config’s own', () => {
    expect(brief('lang: nl\nrules:\n  SP301: luid\n')).toEqual([
      ['SP002', 3, 10, 14, "De ernst van SP301 is error, warning, info, hint of off, niet ‘luid’."],
    ]);
    expect(brief('lang: nl\nrules:\n  SP301: luid\n', 'en')[0]![4]).toBe("The severity of SP301 is error, warning, info, hint or off, not 'luid'.");
    expect(readConfig('kleur: ja\n', undefined, undefined, 'nl').diagnostics[0]!.message).toBe('Onbekende instelling ‘kleur’. Toegestaan: lang, rules, ignore, extends, overrides, root.');
  });
});

describe('discovery', () => {
  const root = mkdtempSync(join(tmpdir(), 'scalingrc-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  beforeEach(() => clearConfigCache());

  const repo = join(root, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'plans', 'wijk', 'noord'), { recursive: true });
  mkdirSync(join(repo, 'other'), { recursive: true });
  writeFileSync(join(root, '.scalingrc.yaml'), 'lang: en\n'); // above the repository: never reached
  writeFileSync(join(repo, '.scalingrc.yaml'), 'lang: nl\n');
  writeFileSync(join(repo, 'plans', 'wijk', '.scalingrc.yml'), 'rules:\n  SP301: off\n');

  it('finds the nearest config upward, .yml too', () => {
    expect(findConfigFile(join(repo, 'plans', 'wijk', 'noord'))).toBe(join(repo, 'plans', 'wijk', '.scalingrc.yml'));
    expect(findConfigFile(join(repo, 'plans'))).toBe(join(repo, '.scalingrc.yaml'));
  });

  it('stops at the folder holding .git, and at stopDir', () => {
    writeFileSync(join(repo, 'other', 'x'), '');
    rmSync(join(repo, '.scalingrc.yaml'));
    try {
      expect(findConfigFile(join(repo, 'other'))).toBeUndefined();
      expect(findConfigFile(join(repo, 'plans', 'wijk', 'noord'), join(repo, 'plans', 'wijk', 'noord'))).toBeUndefined();
      expect(findConfigFile(join(repo, 'plans', 'wijk', 'noord'), join(repo, 'plans', 'wijk'))).toBe(join(repo, 'plans', 'wijk', '.scalingrc.yml'));
    } finally {
      writeFileSync(join(repo, '.scalingrc.yaml'), 'lang: nl\n');
    }
  });

  it('loadConfigForFile gives the config, its file and its problems', () => {
    const r = loadConfigForFile(join(repo, 'plans', 'wijk', 'noord', 'a.scaling.yaml'));
    // Merged with the parent folders' configs up to the repository root: `lang` comes from the root's, the rule from the nearest.
    const wijk = join(repo, 'plans', 'wijk', '.scalingrc.yml');
    expect(r).toEqual({
      config: { lang: 'nl', rules: { SP301: 'off' }, ignore: [], file: wijk }, diagnostics: [], file: wijk,
      sources: [{ file: wijk, diagnostics: [] }, { file: join(repo, '.scalingrc.yaml'), diagnostics: [] }],
    });
    expect(loadConfigForFile(join(repo, 'other', 'b.scaling.yaml'))).toEqual({
      config: { lang: 'nl', rules: {}, ignore: [], file: join(repo, '.scalingrc.yaml') }, diagnostics: [], file: join(repo, '.scalingrc.yaml'),
      sources: [{ file: join(repo, '.scalingrc.yaml'), diagnostics: [] }],
    });
  });

  it('reads a folder’s config once, until the cache is cleared', () => {
    const dir = join(repo, 'cached');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.scalingrc.yaml'), 'lang: en\n');
    const first = loadConfigForFile(join(dir, 'a.scaling.yaml'));
    writeFileSync(join(dir, '.scalingrc.yaml'), 'lang: nl\n');
    const second = loadConfigForFile(join(dir, 'b.scaling.yaml'));
    expect(second.config).toBe(first.config);
    expect(second.config.lang).toBe('en');
    clearConfigCache();
    expect(loadConfigForFile(join(dir, 'a.scaling.yaml')).config.lang).toBe('nl');
  });

  it('has no config where none is found', () => {
    const bare = mkdtempSync(join(tmpdir(), 'noconfig-'));
    mkdirSync(join(bare, '.git'));
    try {
      expect(loadConfigForFile(join(bare, 'p.scaling.yaml'))).toEqual({ config: { rules: {}, ignore: [] }, diagnostics: [], file: undefined, sources: [] });
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
