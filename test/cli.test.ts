/**
 * `scaling-plan lint` and `init` as a user runs them: the BUILT command
 * (`node bin/scaling-plan.js`, after `npx tsc -b`) as a process, in a
 * fixture folder, checking stdout, stderr and the exit status. The fixture
 * config leaves only SP001, SP003 and SP301 on, so outputs are literal.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../server/src/rules/index.js';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin/scaling-plan.js');
const FIXTURES = join(__dirname, 'fixtures/cli');
const PROJECT = join(FIXTURES, 'project');

function cli(args: string[], cwd = PROJECT, env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const DOCS = 'https://github.com/scaling-plans/scaling-plan/blob/main/docs/rules/';
const DUP = "The key 'name' appears here a second time; only the first one counts. Merge the two or remove one.";
const FIN = "Ingredient 'financing' is missing: add `financing:` under `ingredients` and describe where it stands (status, risk) and what is needed.";
const PRIV = "Ingredient 'privacy' is missing: add `privacy:` under `ingredients` and describe where it stands (status, risk) and what is needed.";
const sp301 = (message: string, severity = 'warning') => ({ code: 'SP301', rule: 'ingredient-missing', severity, message, line: 4, column: 1, endLine: 4, endColumn: 12, docUrl: `${DOCS}SP301.md` });
const BROKEN = { file: 'plans/broken.scaling.yaml', diagnostics: [{ code: 'SP003', rule: 'duplicate-key', severity: 'error', message: DUP, line: 4, column: 3, endLine: 4, endColumn: 7, docUrl: `${DOCS}SP003.md` }] };
const PARTIAL = { file: 'plans/partial.scaling.yaml', diagnostics: [sp301(FIN), sp301(PRIV)] };
const COMPLETE = { file: 'plans/sub/complete.scaling.yml', diagnostics: [] };
const PARTIAL_STYLISH =
  'plans/partial.scaling.yaml\n' +
  `  4:1  warning  ${FIN}  SP301\n` +
  `  4:1  warning  ${PRIV}      SP301\n`;

let tmp: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'server/out/cli/main.js'))) spawnSync('npx', ['tsc', '-b'], { cwd: ROOT, stdio: 'ignore' });
  tmp = mkdtempSync(join(tmpdir(), 'scaling-cli-'));
  mkdirSync(join(tmp, '.git')); // config discovery stops here, not in the host's folders
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A private copy of the project fixture, to add what git cannot hold (node_modules, .git, odd files). */
function copyProject(name: string): string {
  const dir = join(tmp, name);
  cpSync(PROJECT, dir, { recursive: true });
  return dir;
}

describe('lint: files, folders and globs', () => {
  it('lints the current folder by default: stylish, exit 1 on an error', () => {
    const r = cli(['lint']);
    expect(r.out).toBe(
      'plans/broken.scaling.yaml\n' +
      `  4:3  error  ${DUP}  SP003\n` +
      '\n' +
      PARTIAL_STYLISH +
      '\n' +
      '✖ 3 problems (1 error, 2 warnings)\n',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
  });

  it('json: every plan found, sorted, clean ones with an empty list; not the ignored archive, not notes.yaml', () => {
    const r = cli(['lint', '--format', 'json']);
    expect(JSON.parse(r.out)).toEqual([BROKEN, PARTIAL, COMPLETE]);
    expect(r.code).toBe(1);
  });

  it('exit 0 when clean, with only a tick line', () => {
    expect(cli(['lint', 'plans/sub'])).toEqual({ code: 0, out: '✔ no problems\n', err: '' });
  });

  it('files as given, relative to the cwd with forward slashes', () => {
    const r = cli(['lint', '-f', 'json', './plans/../plans/partial.scaling.yaml', join(PROJECT, 'plans/sub/complete.scaling.yml')]);
    expect(JSON.parse(r.out)).toEqual([PARTIAL, COMPLETE]);
    expect(r.code).toBe(0);
    const up = cli(['lint', '-f', 'json', '../partial.scaling.yaml'], join(PROJECT, 'plans/sub'));
    expect(JSON.parse(up.out)).toEqual([{ ...PARTIAL, file: '../partial.scaling.yaml' }]);
  });

  it('globs: *, **, ? and {a,b}', () => {
    const files = (glob: string) => (JSON.parse(cli(['lint', '-f', 'json', glob]).out) as { file: string }[]).map((f) => f.file);
    expect(files('plans/**/*.scaling.y{a,}ml')).toEqual(['plans/broken.scaling.yaml', 'plans/partial.scaling.yaml', 'plans/sub/complete.scaling.yml']);
    expect(files('plans/*.scaling.yaml')).toEqual(['plans/broken.scaling.yaml', 'plans/partial.scaling.yaml']);
    expect(files('plans/?roken.*')).toEqual(['plans/broken.scaling.yaml']);
    expect(files('**/complete.*')).toEqual(['plans/sub/complete.scaling.yml']);
  });

  it('a glob that matches no plan is an error (exit 2)', () => {
    expect(cli(['lint', 'plans/*.scaling.json'])).toEqual({ code: 2, out: '', err: "scaling-plan: No plan matches the pattern 'plans/*.scaling.json'.\n" });
  });

  it('folders are searched recursively, skipping node_modules and .git', () => {
    const dir = copyProject('recurse');
    for (const sub of ['node_modules/pkg', '.git/hooks']) {
      mkdirSync(join(dir, sub), { recursive: true });
      cpSync(join(PROJECT, 'plans/partial.scaling.yaml'), join(dir, sub, 'hidden.scaling.yaml'));
    }
    cpSync(join(PROJECT, 'plans/sub'), join(dir, 'plans/sub/deeper/still'), { recursive: true });
    const r = cli(['lint', '-f', 'json', '.'], dir);
    expect((JSON.parse(r.out) as { file: string }[]).map((f) => f.file)).toEqual([
      'plans/broken.scaling.yaml', 'plans/partial.scaling.yaml', 'plans/sub/complete.scaling.yml', 'plans/sub/deeper/still/complete.scaling.yml',
    ]);
  });
});

describe('lint: ignore globs from the config', () => {
  it('skips ignored plans found in folders', () => {
    const r = cli(['lint', '-f', 'json', 'archive']);
    expect(r).toEqual({ code: 0, out: '[]\n', err: '' });
  });

  it('says so when a plan named on the command line is ignored', () => {
    expect(cli(['lint', 'archive/old.scaling.yaml'])).toEqual({
      code: 0,
      out: '✔ no problems\n',
      err: "scaling-plan: 'archive/old.scaling.yaml' is skipped: it matches an 'ignore' pattern in .scalingrc.yaml.\n",
    });
  });
});

describe('lint: options', () => {
  it('--max-warnings: exit 1 only past the limit', () => {
    const over = cli(['lint', 'plans/partial.scaling.yaml', '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.out).toBe(`${PARTIAL_STYLISH}\n✖ 2 problems (0 errors, 2 warnings)\n`);
    expect(over.err).toBe('scaling-plan: Too many warnings: 2, while --max-warnings allows at most 1.\n');
    expect(cli(['lint', 'plans/partial.scaling.yaml', '--max-warnings=2']).code).toBe(0);
    expect(cli(['lint', 'plans/partial.scaling.yaml']).code).toBe(0);
  });

  it('--quiet: errors only, in the output and in the warning count', () => {
    const r = cli(['lint', '--quiet', '-f', 'json']);
    expect(JSON.parse(r.out)).toEqual([BROKEN, { ...PARTIAL, diagnostics: [] }, COMPLETE]);
    expect(r.code).toBe(1);
    expect(cli(['lint', '-q', '--max-warnings', '0', 'plans/partial.scaling.yaml'])).toEqual({ code: 0, out: '✔ no problems\n', err: '' });
  });

  it('--lang nl: Dutch messages and summary', () => {
    const r = cli(['lint', '--lang', 'nl', 'plans/partial.scaling.yaml']);
    expect(r.out).toBe(
      'plans/partial.scaling.yaml\n' +
      '  4:1  waarschuwing  Ingrediënt ‘financiering’ (`financing`) ontbreekt: voeg `financing:` toe onder `ingredients` en beschrijf hoe het ervoor staat (status, risico) en wat er nodig is.  SP301\n' + // both messages pass the 160-character column: no padding
      '  4:1  waarschuwing  Ingrediënt ‘privacy en gegevensdeling’ (`privacy`) ontbreekt: voeg `privacy:` toe onder `ingredients` en beschrijf hoe het ervoor staat (status, risico) en wat er nodig is.  SP301\n' +
      '\n' +
      '✖ 2 problemen (0 fouten, 2 waarschuwingen)\n',
    );
  });

  it('language: --lang, else the config, else LC_ALL / LC_MESSAGES / LANG, else English', () => {
    const summary = (args: string[], env: Record<string, string>, cwd = PROJECT) => cli(['lint', 'plans/partial.scaling.yaml', ...args], cwd, env).out.split('\n').at(-2);
    const NL = '✖ 2 problemen (0 fouten, 2 waarschuwingen)';
    const EN = '✖ 2 problems (0 errors, 2 warnings)';
    expect(summary([], { LANG: 'nl_NL.UTF-8' })).toBe(NL);
    expect(summary([], { LANG: 'nl_NL.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe(EN);
    expect(summary([], { LANG: 'C', LC_MESSAGES: 'nl_BE' })).toBe(NL);
    expect(summary(['--lang', 'en'], { LANG: 'nl_NL.UTF-8' })).toBe(EN);
    const dir = copyProject('dutch');
    writeFileSync(join(dir, '.scalingrc.yaml'), `lang: nl\n${readFileSync(join(PROJECT, '.scalingrc.yaml'), 'utf8')}`);
    expect(summary([], { LANG: 'en_US.UTF-8' }, dir)).toBe(NL);
    expect(summary(['--lang=en'], {}, dir)).toBe(EN);
  });

  it('--config FILE replaces the nearest config (its ignore list too)', () => {
    const r = cli(['lint', '-f', 'json', '--config', '../elsewhere/strict.yaml', 'plans/partial.scaling.yaml', 'archive']);
    expect(JSON.parse(r.out)).toEqual([
      { file: 'archive/old.scaling.yaml', diagnostics: [sp301(FIN, 'error'), sp301(PRIV, 'error')] },
      { file: 'plans/partial.scaling.yaml', diagnostics: [sp301(FIN, 'error'), sp301(PRIV, 'error')] },
    ]);
    expect(r.code).toBe(1);
  });

  it('a config with problems appears as an entry of its own', () => {
    const r = cli(['lint', '-f', 'json'], join(FIXTURES, 'badconfig'));
    const schema = (message: string, line: number, column: number, endColumn: number) => ({ code: 'SP002', rule: 'schema', severity: 'error', message, line, column, endLine: line, endColumn, docUrl: `${DOCS}SP002.md` });
    expect(JSON.parse(r.out)).toEqual([
      {
        file: '.scalingrc.yaml',
        diagnostics: [
          schema("'lang' is the language of the messages: 'nl' (Dutch) or 'en' (English), not 'fr'.", 1, 7, 9),
          schema("The severity of SP301 is error, warning, info, hint or off, not 'loud'.", 3, 10, 14),
          schema(`There is no rule 'SP999'. Rule codes run from SP001 to ${RULES[RULES.length - 1]!.code}.`, 4, 3, 8),
          schema("'ignore' is a list of patterns, for example `- archive/**`.", 40, 9, 19),
          schema("Unknown setting 'colour'. Allowed: lang, rules, ignore, extends, overrides, root.", 41, 1, 7),
        ],
      },
      { file: 'plan.scaling.yaml', diagnostics: [] },
    ]);
    expect(r.code).toBe(1);
  });

  it('the other formats, through the command', () => {
    const sarif = JSON.parse(cli(['lint', '-f', 'sarif', 'plans/broken.scaling.yaml']).out);
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['SP003']);
    expect(cli(['lint', '-f', 'github', 'plans/broken.scaling.yaml']).out).toBe(
      `::error file=plans/broken.scaling.yaml,line=4,col=3,endLine=4,endColumn=7,title=SP003 duplicate-key::${DUP}\n`,
    );
    expect(JSON.parse(cli(['lint', '-f', 'gitlab', 'plans/broken.scaling.yaml']).out)[0].location).toEqual({ path: 'plans/broken.scaling.yaml', lines: { begin: 4 } });
  });

  it('colours only on a terminal: never in a pipe', () => {
    expect(cli(['lint', 'plans/partial.scaling.yaml']).out).not.toContain('\u001b[');
  });
});

describe('lint: usage errors and unreadable paths (exit 2)', () => {
  it('an unknown option', () => {
    expect(cli(['lint', '--frobnicate'])).toEqual({ code: 2, out: '', err: "scaling-plan lint: unknown option '--frobnicate'\nRun 'scaling-plan lint --help' for the options.\n" });
  });

  it('a bad value', () => {
    expect(cli(['lint', '--format', 'xml']).err).toBe("scaling-plan lint: '--format' must be one of: stylish, json, sarif, github, gitlab (not 'xml')\nRun 'scaling-plan lint --help' for the options.\n");
    expect(cli(['lint', '--max-warnings', '-1']).err).toBe("scaling-plan lint: '--max-warnings' must be a whole number, 0 or more (not '-1')\nRun 'scaling-plan lint --help' for the options.\n");
    expect(cli(['lint', '--lang']).code).toBe(2);
    expect(cli(['lint', '--config', 'missing.yaml']).err).toBe("scaling-plan lint: the config file 'missing.yaml' cannot be read (not found)\nRun 'scaling-plan lint --help' for the options.\n");
  });

  it('in Dutch when asked', () => {
    expect(cli(['lint', '--frobnicate', '--lang', 'nl']).err).toBe("scaling-plan lint: onbekende optie '--frobnicate'\nZie 'scaling-plan lint --help' voor de opties.\n");
  });

  it('a path that does not exist', () => {
    expect(cli(['lint', 'nope.scaling.yaml'])).toEqual({ code: 2, out: '', err: "scaling-plan: 'nope.scaling.yaml' does not exist.\n" });
  });

  it.skipIf(process.platform !== 'linux')('a plan found in a folder that cannot be read (a link out of it): one SP001 on it, the others still reported, exit 1', () => {
    const dir = copyProject('unreadable');
    symlinkSync('/proc/self/mem', join(dir, 'plans/unreadable.scaling.yaml')); // reading it would fail with EIO, even as root
    const r = cli(['lint', '-f', 'json', 'plans'], dir);
    const link = { code: 'SP001', rule: 'yaml-syntax', severity: 'error', message: 'This plan is not read: it is a link (symlink) to a file outside the folder being checked.', line: 1, column: 1, endLine: 1, endColumn: 1, docUrl: `${DOCS}SP001.md` };
    expect(JSON.parse(r.out)).toEqual([BROKEN, PARTIAL, COMPLETE, { file: 'plans/unreadable.scaling.yaml', diagnostics: [link] }]);
    expect([r.err, r.code]).toEqual(['', 1]);
  });

  it('--help is not an error', () => {
    const r = cli(['lint', '--help']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Usage: scaling-plan lint [PATH…] [options]');
    expect(cli(['help', 'lint']).out).toBe(r.out);
  });
});

describe('init', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`writes a ${lang} skeleton that has every part and reads without errors`, () => {
      const dir = join(tmp, `init-${lang}`);
      mkdirSync(dir);
      const r = cli(['init', '--lang', lang], dir);
      expect(r.code).toBe(0);
      expect(r.out).toBe(lang === 'nl'
        ? 'plan.scaling.yaml geschreven. Vul de lege waarden in (de vraag staat erachter) en controleer het plan met: scaling-plan lint plan.scaling.yaml\n'
        : 'Wrote plan.scaling.yaml. Fill in the prompts, then check the plan with: scaling-plan lint plan.scaling.yaml\n');
      const text = readFileSync(join(dir, 'plan.scaling.yaml'), 'utf8');
      for (const part of ['pilot:', 'impact:', 'routes:', 'strategy:', 'transferable:', 'ingredients:', 'pitfalls:', 'partners:', 'scale:', 'floor:', 'actions:', 'learning-agenda:']) {
        expect(text).toContain(`\n${part}`);
      }
      expect(text).toContain(lang === 'nl' ? '# Onderdeel 3 — de benodigde ingrediënten: de acht ingrediënten.' : '# Part 3 — the eight ingredients (ingrediënten).');
      const lint = cli(['lint', '-f', 'json'], dir);
      const found = JSON.parse(lint.out) as { diagnostics: { severity: string; code: string }[] }[];
      expect(found[0]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(lint.code).toBe(0);
    });
  }

  it('refuses to overwrite a file (exit 2)', () => {
    const dir = join(tmp, 'init-twice');
    mkdirSync(dir);
    expect(cli(['init', 'mijn.scaling.yaml'], dir).code).toBe(0);
    writeFileSync(join(dir, 'mijn.scaling.yaml'), 'keep me\n');
    expect(cli(['init', 'mijn.scaling.yaml'], dir)).toEqual({ code: 2, out: '', err: "scaling-plan init: 'mijn.scaling.yaml' already exists; init overwrites nothing. Choose another name.\n" });
    expect(readFileSync(join(dir, 'mijn.scaling.yaml'), 'utf8')).toBe('keep me\n');
  });
});
