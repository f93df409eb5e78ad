/**
 * `render --pdf` and what every sheet names: the Chromium finder (env var,
 * PATH, install places, a plain sentence when there is none), the real
 * print through Debian's Chromium (five A3 pages), and the date (today, or
 * SOURCE_DATE_EPOCH) and git revision — marked when the plan differs from
 * it — as the built command writes them.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../server/src/cli/pdf';
import { cleanup, cli, ensureBuilt, gitEnv, makeRepo, planText, tmpBase, V2, type Repo } from './git-helpers';
import { all, hasClass, parseHtml, textOf } from './render-helpers';

const CHROMIUM = '/usr/bin/chromium';
const CI = process.env['CI'] === 'true';
let base: string;
let repo: Repo;

beforeAll(() => {
  ensureBuilt();
  base = tmpBase('scaling-render-pdf-');
  repo = makeRepo(base, 'team');
  repo.write('plan.scaling.yaml', planText(V2));
  repo.commit('Eerste versie', '2025-01-10T09:00:00+01:00', '.');
  mkdirSync(join(base, 'loose'));
  writeFileSync(join(base, 'loose/plan.scaling.yaml'), planText(V2));
  mkdirSync(join(base, 'bin'));
});
afterAll(() => cleanup(base));

const metaLines = (html: string): string[] => all(parseHtml(html), hasClass('sheet-meta')).map((e) => textOf(e).replace(/\s+/g, ' ').trim());

describe('finding a Chromium', () => {
  it('takes SCALING_PLAN_CHROMIUM first, and says so when it points at nothing', () => {
    const fake = join(base, 'bin/my-chrome');
    writeFileSync(fake, '#!/bin/sh\n');
    expect(findChromium({ SCALING_PLAN_CHROMIUM: fake, PATH: '' }, 'linux')).toEqual({ path: fake });
    const none = findChromium({ SCALING_PLAN_CHROMIUM: join(base, 'nope'), PATH: '' }, 'linux');
    expect(none).toEqual({ error: {
      nl: `SCALING_PLAN_CHROMIUM wijst naar ‘${join(base, 'nope')}’, maar daar staat geen programma.`,
      en: `SCALING_PLAN_CHROMIUM points at '${join(base, 'nope')}', but there is no program there.`,
    } });
  });

  it('looks on the PATH by the usual names', () => {
    const dir = join(base, 'bin');
    writeFileSync(join(dir, 'google-chrome-stable'), '#!/bin/sh\n');
    chmodSync(join(dir, 'google-chrome-stable'), 0o755);
    expect(findChromium({ PATH: dir }, 'darwin')).toEqual({ path: join(dir, 'google-chrome-stable') });
  });

  it('says plainly, in both languages, when there is none (and downloads nothing)', () => {
    const r = findChromium({ PATH: join(base, 'loose') }, 'darwin');
    expect('error' in r && r.error.en).toMatch(/^no Chromium or Google Chrome found to make the PDF with\. Install one .* set SCALING_PLAN_CHROMIUM .* Without --pdf you get the canvas as an HTML file/);
    expect('error' in r && r.error.nl).toMatch(/^geen Chromium of Google Chrome gevonden om de PDF mee te maken\./);
  });
});

describe('render --pdf', () => {
  it('exits 2 with that sentence when there is no Chromium, and writes nothing', () => {
    const env = { ...gitEnv(base), SCALING_PLAN_CHROMIUM: join(base, 'nope') };
    const r = cli(['render', 'plan.scaling.yaml', '--pdf', 'out.pdf', '--lang', 'en'], repo.dir, env);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`scaling-plan render: SCALING_PLAN_CHROMIUM points at '${join(base, 'nope')}', but there is no program there.\n`);
    expect(existsSync(join(repo.dir, 'out.pdf'))).toBe(false);
  });

  it.skipIf(!existsSync(CHROMIUM) && !CI)('prints the five sheets on five A3 landscape pages', () => {
    const env = { ...gitEnv(base), SCALING_PLAN_CHROMIUM: CHROMIUM };
    const r = cli(['render', 'plan.scaling.yaml', '--pdf', 'canvas.pdf', '-o', 'canvas.html', '--lang', 'nl'], repo.dir, env);
    expect(r.err).toMatch(/^scaling-plan: canvas geschreven naar canvas\.html \(\d+ meldingen\)\.\nscaling-plan: canvas geschreven naar canvas\.pdf \(\d+ meldingen\)\.\n$/);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const pdf = readFileSync(join(repo.dir, 'canvas.pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(5);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!;
    expect(Math.abs(Number(box[1]) - 1190.55)).toBeLessThan(3);
    expect(Math.abs(Number(box[2]) - 841.89)).toBeLessThan(3);
  }, 120_000);
});

describe('the date and revision on every sheet', () => {
  const epoch = String(Date.UTC(2026, 11, 1, 12) / 1000);
  it('inside git: the short HEAD, marked when the plan differs from it', () => {
    const head = repo.git('rev-parse', '--short', 'HEAD').trim();
    const env = { ...gitEnv(base), SOURCE_DATE_EPOCH: epoch };
    const clean = cli(['render', 'plan.scaling.yaml', '--lang', 'en'], repo.dir, env);
    expect(clean.code).toBe(0);
    expect(metaLines(clean.out)).toEqual(Array(5).fill(`Wijkcoach Oost · Date 2026-12-01 · Revision ${head}`));
    repo.write('plan.scaling.yaml', `${planText(V2)}# bewerkt\n`);
    const dirty = cli(['render', 'plan.scaling.yaml', '--lang', 'nl'], repo.dir, env);
    expect(metaLines(dirty.out)[0]).toBe(`Wijkcoach Oost · Datum 2026-12-01 · Revisie ${head} (gewijzigd sinds deze revisie)`);
    repo.write('plan.scaling.yaml', planText(V2));
  });

  it('outside git: the date only, and the same bytes twice with SOURCE_DATE_EPOCH', () => {
    const env = { ...gitEnv(base), SOURCE_DATE_EPOCH: epoch };
    const a = cli(['render', 'loose/plan.scaling.yaml', '--lang', 'en'], base, env);
    expect(a.code).toBe(0);
    expect(metaLines(a.out)[0]).toBe('Wijkcoach Oost · Date 2026-12-01');
    expect(cli(['render', 'loose/plan.scaling.yaml', '--lang', 'en'], base, env).out).toBe(a.out);
  });
});
