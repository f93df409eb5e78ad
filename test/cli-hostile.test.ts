/**
 * Issue 11, points 3, 5, 6 and 9, through the built CLI as a process:
 * a link out of the checkout is never read, one plan never wipes out the
 * report, no terminal escape reaches the terminal, a file name that is not
 * UTF-8 does not end the run.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATTERS, formatReport } from '../server/src/cli/formatters/index.js';
import type { FileResult } from '../server/src/cli/formatters/types.js';
import { hasControl, MAX_LINE, MAX_MESSAGE } from '../server/src/text.js';
import { BIN, ensureBuilt } from './git-helpers.js';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab'];
const CLEAN = join(__dirname, '..', 'examples', 'ns-stations.scaling.yaml');
/** An example plan with findings (warnings). */
const NORMAL = join(__dirname, '..', 'examples', 'havendam-welzijnscoach.scaling.yaml');
let base: string;

interface Run { code: number | null; out: string; err: string }
function lint(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, 'lint', ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: base, LANG: 'C' }, maxBuffer: 1 << 30 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
type Json = { file: string; diagnostics: { code: string; severity: string; message: string; line: number }[] }[];
const json = (r: Run): Json => JSON.parse(r.out) as Json;

beforeAll(() => {
  ensureBuilt();
  base = mkdtempSync(join(tmpdir(), 'scaling-hostile-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('11.3 a link out of the linted root is not read', () => {
  const SECRET = 'API_TOKEN=hunter2-very-secret';
  let repo: string;
  beforeAll(() => {
    writeFileSync(join(base, 'secret.env'), `${SECRET}\n`);
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'x.scaling.yaml'), `scaling-plan: 1\npilot: { name: "${SECRET}" }\n${SECRET}: [\n`);
    repo = join(base, 'checkout');
    mkdirSync(join(repo, 'plans'), { recursive: true });
    copyFileSync(CLEAN, join(repo, 'plans', 'ok.scaling.yaml'));
    symlinkSync('../secret.env', join(repo, 'leak.scaling.yaml'));
    symlinkSync('../outside', join(repo, 'linked'));
    symlinkSync('ok.scaling.yaml', join(repo, 'plans', 'alias.scaling.yaml')); // a link inside the root is read
  });

  it.each(FORMATS)('the whole checkout, --format %s: one SP001 on the link, its content nowhere', (format) => {
    const r = lint(repo, '--format', format);
    expect(r.code).toBe(1);
    expect(r.out + r.err).not.toContain('hunter2');
    if (format === 'json') {
      expect(json(r).map((f) => [f.file, f.diagnostics.map((d) => d.code)])).toEqual([
        ['leak.scaling.yaml', ['SP001']], ['plans/alias.scaling.yaml', []], ['plans/ok.scaling.yaml', []],
      ]);
      expect(json(r)[0]!.diagnostics[0]).toMatchObject({ severity: 'error', line: 1, message: 'This plan is not read: it is a link (symlink) to a file outside the folder being checked.' });
    }
  });

  it.each([
    ['the link named', ['leak.scaling.yaml']],
    ['a linked folder named', ['linked']],
    ['a plan in a linked folder named', ['linked/x.scaling.yaml']],
    ['a glob through a linked folder', ['linked/*.scaling.yaml']],
    ['in Dutch', ['leak.scaling.yaml', '--lang', 'nl']],
  ])('%s: one SP001, exit 1, nothing of it shown', (_name, args) => {
    const r = lint(repo, '--format', 'json', ...args);
    expect([r.code, r.err]).toEqual([1, '']);
    expect(r.out).not.toContain('hunter2');
    const [only, ...rest] = json(r);
    expect([rest.length, only!.diagnostics.map((d) => d.code)]).toEqual([0, ['SP001']]);
    expect(only!.diagnostics[0]!.message).toMatch(/^(This plan is not read: it is a link|Dit plan wordt niet gelezen: het is een koppeling)/);
  });

  it('a config file that links out of its folder is not read either', () => {
    const own = join(base, 'config-link');
    mkdirSync(own);
    writeFileSync(join(base, 'secret-config.yaml'), 'rules:\n  hunter2-in-a-key: off\nlang: hunter2\n');
    symlinkSync('../secret-config.yaml', join(own, '.scalingrc.yaml'));
    copyFileSync(CLEAN, join(own, 'ok.scaling.yaml'));
    const r = lint(own, '--format', 'json');
    expect(r.out + r.err).not.toContain('hunter2');
    expect(json(r).map((f) => [f.file, f.diagnostics.map((d) => d.message)])).toEqual([
      ['.scalingrc.yaml', ['The config file cannot be read (it is a link to a file outside this folder).']],
      ['ok.scaling.yaml', []],
    ]);
  });

  it('the root is the folder given: from above the checkout, the link still points out of it', () => {
    const r = lint(base, '--format', 'json', 'checkout');
    expect(r.out).not.toContain('hunter2');
    expect(json(r).find((f) => f.file === 'checkout/leak.scaling.yaml')!.diagnostics.map((d) => d.code)).toEqual(['SP001']);
  });
});

describe('11.5 one plan never wipes out the report', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(base, 'flood');
    mkdirSync(dir);
    // A bad block-scalar header, then 1 MB of text the reader's message would otherwise quote.
    writeFileSync(join(dir, 'a-big.scaling.yaml'), `scaling-plan: 1\npilot:\n  name: |x${'abc def '.repeat(131_072)}\n${'  more text\n'.repeat(2000)}`);
    copyFileSync(NORMAL, join(dir, 'b-normal.scaling.yaml'));
    writeFileSync(join(dir, 'c-bad.scaling.yaml'), 'scaling-plan: 1\npilot: [\n');
  });

  it.each(FORMATS)('--format %s: every plan reported, every message and line bounded', (format) => {
    const r = lint(dir, '--format', format);
    expect([r.code, r.err]).toEqual([1, '']);
    expect(r.out.length).toBeLessThan(400_000);
    // json and gitlab are one JSON value on one line (SPEC §4); their messages are bounded below.
    if (format !== 'json' && format !== 'gitlab') for (const line of r.out.split('\n')) expect(line.length).toBeLessThanOrEqual(MAX_LINE);
    for (const file of ['a-big.scaling.yaml', 'b-normal.scaling.yaml', 'c-bad.scaling.yaml']) expect(r.out).toContain(file);
  });

  it('the messages are at most MAX_MESSAGE characters; the normal plan is reported as when linted alone', () => {
    const all = json(lint(dir, '--format', 'json'));
    for (const f of all) for (const d of f.diagnostics) expect(d.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(all.find((f) => f.file === 'a-big.scaling.yaml')!.diagnostics.some((d) => d.code === 'SP001')).toBe(true);
    expect(all.find((f) => f.file === 'b-normal.scaling.yaml')).toEqual(json(lint(dir, '--format', 'json', 'b-normal.scaling.yaml'))[0]);
  });

  it('stylish pads no row to a long message', () => {
    const rows = lint(dir).out.split('\n').filter((l) => /  SP\d{3}$/.test(l));
    const long = rows.filter((l) => l.length > 200);
    expect([rows.length > 20, long.length > 0]).toEqual([true, true]);
    // A long message gets no padding; the others are padded to the capped column, not to the longest.
    expect(long.every((l) => !/ {3}SP\d{3}$/.test(l))).toBe(true);
    expect(rows.every((l) => !/ {163}SP\d{3}$/.test(l))).toBe(true);
  });

  it('a formatter that fails on one file loses only that file (formatReport)', () => {
    const ok: FileResult = { file: 'ok.scaling.yaml', diagnostics: [{ code: 'SP301', rule: 'ingredient-missing', severity: 'warning', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, docUrl: '', item: '' }] };
    const broken = { file: 'broken.scaling.yaml', diagnostics: [{ ...ok.diagnostics[0]!, range: undefined }] } as unknown as FileResult;
    for (const name of FORMATS) {
      const report = formatReport(FORMATTERS[name]!, [broken, ok], { lang: 'en', color: false, version: '0.0.0' });
      expect([name, report.failed.map((f) => f.file)]).toEqual([name, ['broken.scaling.yaml']]);
      expect(report.output).toContain('ok.scaling.yaml');
      expect(report.output).not.toContain('broken.scaling.yaml');
    }
  });
});

describe('11.6 no terminal escape reaches the terminal', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(base, 'escapes');
    mkdirSync(dir);
    const plan = [
      'scaling-plan: 1',
      '"\\e[2K\\e[1A\\e[32m✔ no problems": 1',
      'pilot:',
      '  name: "bell\\a cr\\r nul\\0 csi\\x9b31m del\\x7f"',
      '  "rtl\\u202Eoverride\\u2066iso\\u2028sep": x',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'plan.scaling.yaml'), plan);
    writeFileSync(join(dir, '\u001b[31mred\u0007.scaling.yaml'), plan);
  });

  it.each(FORMATS)('--format %s: no control character at all, the findings still there', (format) => {
    for (const args of [[], ['--lang', 'nl']]) {
      const r = lint(dir, '--format', format, ...args);
      expect(r.code).toBe(1);
      expect(hasControl(r.out.replace(/\n/g, ''))).toBe(false);
      expect(r.out).not.toContain('\u001b');
      expect(r.out).toContain('SP002');
    }
  });

  it('stylish shows the key with its escapes as ?', () => {
    const out = lint(dir, 'plan.scaling.yaml').out;
    expect(out).toContain('?[2K?[1A?[32m✔ no problems');
    expect(lint(dir).out).toContain('?[31mred?.scaling.yaml');
  });
});

describe('11.9 a file name that is not UTF-8', () => {
  it('is one SP001 entry; the other plans are linted; the exit status is theirs', () => {
    const dir = join(base, 'names');
    mkdirSync(dir);
    copyFileSync(CLEAN, join(dir, 'good.scaling.yaml'));
    const bad = Buffer.concat([Buffer.from(`${dir}/pl`), Buffer.from([0xff, 0xfe]), Buffer.from('n.scaling.yaml')]);
    writeFileSync(bad, readFileSync(CLEAN));
    mkdirSync(Buffer.concat([Buffer.from(`${dir}/map`), Buffer.from([0xc3])]));
    const r = lint(dir, '--format', 'json');
    expect([r.code, r.err]).toEqual([1, '']);
    expect(json(r).map((f) => [f.file, f.diagnostics.map((d) => [d.code, d.message])])).toEqual([
      ['good.scaling.yaml', []],
      ['map\uFFFD', [['SP001', 'This folder cannot be searched: its name is not valid UTF-8. Rename the folder.']]],
      ['pl\uFFFD\uFFFDn.scaling.yaml', [['SP001', 'This file cannot be read: its name is not valid UTF-8. Rename the file.']]],
    ]);
    const stylish = lint(dir, '--lang', 'nl');
    expect(stylish.code).toBe(1);
    expect(stylish.out).toContain('Dit bestand kan niet gelezen worden: de naam is geen geldige UTF-8. Geef het bestand een nieuwe naam.');
  });
});
