/**
 * The message language, SPEC §6.1, in every face: the resolver itself, the
 * real language server over stdio (OS locale vs. display language, config,
 * setting; links to the rule page in its own language), and the CLI as a
 * process (`init`, `render`, `diff` under a Dutch OS locale).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docUrl, osLocale, resolveLanguage } from '../server/src/i18n.js';
import { BIN, makeRepo, tmpBase } from './git-helpers.js';
import { fileUri, startServer, type StartOptions } from './helpers/lspClient.js';

const NL_SP301 = /^Ingrediënt ‘samenwerking’ \(`collaboration`\) ontbreekt/;
const EN_SP301 = /^Ingredient 'collaboration' is missing/;
const DIRS: string[] = [];
const tmp = (prefix: string): string => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  DIRS.push(d);
  return d;
};
afterAll(() => {
  for (const d of DIRS) rmSync(d, { recursive: true, force: true });
});

describe('resolveLanguage (SPEC §6.1)', () => {
  it('takes the first that applies: choice, config, a Dutch display language, a Dutch OS locale, else English', () => {
    expect(resolveLanguage({ choice: 'en', config: 'nl', display: 'nl', os: 'nl_NL.UTF-8' })).toEqual({ lang: 'en', source: 'choice' });
    expect(resolveLanguage({ choice: 'auto', config: 'en', display: 'nl', os: 'nl_NL' })).toEqual({ lang: 'en', source: 'config' });
    expect(resolveLanguage({ display: 'nl', os: 'en_US.UTF-8' })).toEqual({ lang: 'nl', source: 'display' });
    expect(resolveLanguage({ display: 'en', os: 'nl_NL.UTF-8' })).toEqual({ lang: 'nl', source: 'os' });
    expect(resolveLanguage({ display: 'en-GB', os: 'de_DE.UTF-8' })).toEqual({ lang: 'en', source: 'default' });
    expect(resolveLanguage({})).toEqual({ lang: 'en', source: 'default' });
  });
  it('reads the OS locale in POSIX order, skipping C, POSIX and empty values, else Intl', () => {
    const intl = (): string => 'nl-BE';
    expect(osLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'nl_NL.UTF-8' }, intl)).toBe('en_US.UTF-8');
    expect(osLocale({ LC_ALL: '', LC_MESSAGES: 'nl_BE', LANG: 'C' }, intl)).toBe('nl_BE');
    expect(osLocale({ LC_ALL: 'C.UTF-8', LANG: 'POSIX' }, intl)).toBe('nl-BE');
    expect(osLocale({}, () => undefined)).toBeUndefined();
  });
  it('links to the rule page in the message language', () => {
    expect(docUrl('SP301', 'en')).toMatch(/\/docs\/rules\/SP301\.md$/);
    expect(docUrl('SP301', 'nl')).toMatch(/\/docs\/rules\/nl\/SP301\.md$/);
  });
});

async function lspSp301(options: StartOptions, files: Record<string, string> = {}): Promise<{ message: string; href: string; lang: unknown }> {
  const dir = tmp('lang-lsp-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const s = await startServer({ workspaceFolders: [dir], ...options });
  try {
    const u = fileUri(join(dir, 'plan.scaling.yaml'));
    const wait = s.diagnostics(u, 1);
    s.open(u, 'scaling-plan: 1\npilot:\n  name: X\n');
    const d = (await wait).diagnostics.find((x) => (x.data as { item: string }).item === 'ingredients/collaboration')!;
    const lang = await s.request('scalingPlan/language', { uri: u });
    return { message: d.message, href: d.codeDescription!.href, lang };
  } finally {
    await s.stop();
  }
}

describe('language server', () => {
  it('answers in Dutch on a Dutch OS locale when the editor says `en`, and links the Dutch rule page', async () => {
    const r = await lspSp301({ locale: 'en', env: { LANG: 'nl_NL.UTF-8' } });
    expect(r.message).toMatch(NL_SP301);
    expect(r.href).toMatch(/\/docs\/rules\/nl\/SP301\.md$/);
    expect(r.lang).toEqual({ lang: 'nl', source: 'os' });
  });
  it('LC_ALL wins over LANG: LC_ALL=en_US.UTF-8 LANG=nl_NL.UTF-8 is English', async () => {
    const r = await lspSp301({ locale: 'en', env: { LC_ALL: 'en_US.UTF-8', LANG: 'nl_NL.UTF-8' } });
    expect(r.message).toMatch(EN_SP301);
    expect(r.href).toMatch(/\/docs\/rules\/SP301\.md$/);
    expect(r.lang).toEqual({ lang: 'en', source: 'default' });
  });
  it('`lang: en` in .scalingrc.yaml beats the OS locale', async () => {
    const r = await lspSp301({ locale: 'en', env: { LANG: 'nl_NL.UTF-8' } }, { '.scalingrc.yaml': 'lang: en\n' });
    expect(r.message).toMatch(EN_SP301);
    expect(r.lang).toEqual({ lang: 'en', source: 'config' });
  });
  it('the setting scalingPlan.language beats the config', async () => {
    const r = await lspSp301({ locale: 'en', settings: { scalingPlan: { language: 'nl' } } }, { '.scalingrc.yaml': 'lang: en\n' });
    expect(r.message).toMatch(NL_SP301);
    expect(r.lang).toEqual({ lang: 'nl', source: 'choice' });
  });
  it('a Dutch display language counts even on an English OS', async () => {
    const r = await lspSp301({ locale: 'nl', env: { LANG: 'en_US.UTF-8' } });
    expect(r.lang).toEqual({ lang: 'nl', source: 'display' });
  });
});

function cli(args: string[], cwd: string, env: Record<string, string>): { out: string; err: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: cwd, ...env } });
  return { out: r.stdout, err: r.stderr, status: r.status };
}
const DUTCH = { LANG: 'nl_NL.UTF-8' };

describe('command line under LANG=nl_NL.UTF-8', () => {
  it('init writes a Dutch skeleton and says so in Dutch', () => {
    const dir = tmp('lang-init-');
    const r = cli(['init', 'nieuw.scaling.yaml'], dir, DUTCH);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^nieuw\.scaling\.yaml geschreven\./);
    const text = readFileSync(join(dir, 'nieuw.scaling.yaml'), 'utf8');
    expect(text).toMatch(/^# Opschalingsplan volgens het opschalingscanvas\./);
    expect(text).toMatch(/^  skills: +# kennis en vaardigheden — /m);
    expect(cli(['init', 'en.scaling.yaml'], dir, { LC_ALL: 'en_US.UTF-8', ...DUTCH }).out).toMatch(/^Wrote en\.scaling\.yaml\./);
  });
  it('lint and render speak Dutch and link the Dutch rule pages', () => {
    const dir = tmp('lang-render-');
    writeFileSync(join(dir, 'p.scaling.yaml'), 'scaling-plan: 1\npilot:\n  name: Buurtteam\n');
    const html = cli(['render', 'p.scaling.yaml'], dir, DUTCH).out;
    expect(html).toContain('<html lang="nl">');
    const json = JSON.parse(cli(['lint', 'p.scaling.yaml', '--format', 'json'], dir, DUTCH).out) as { diagnostics: { message: string; docUrl: string }[] }[];
    expect(json[0]!.diagnostics[0]!.docUrl).toMatch(/\/docs\/rules\/nl\/SP\d{3}\.md$/);
    const sarif = JSON.parse(cli(['lint', 'p.scaling.yaml', '--format', 'sarif'], dir, DUTCH).out) as { runs: { tool: { driver: { rules: { helpUri: string }[] } } }[] };
    expect(sarif.runs[0]!.tool.driver.rules[0]!.helpUri).toMatch(/\/docs\/rules\/nl\/SP001\.md$/);
  });
  it('diff speaks Dutch', () => {
    const base = tmpBase('lang-diff-');
    DIRS.push(base);
    const repo = makeRepo(base, 'r');
    repo.write('p.scaling.yaml', 'scaling-plan: 1\npilot:\n  name: Buurtteam\n');
    repo.commit('start', '2025-03-01T10:00:00+01:00', 'p.scaling.yaml');
    repo.write('p.scaling.yaml', 'scaling-plan: 1\npilot:\n  name: Buurtteam\nroutes:\n  in:\n    ambition: Vast\n');
    const r = cli(['diff', 'p.scaling.yaml'], repo.dir, { ...DUTCH, GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: base });
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^Gereedheid van p\.scaling\.yaml: HEAD \([0-9a-f]+\) → werkmap/);
    expect(r.out).toContain('Opschalingsroutes');
  });
});
