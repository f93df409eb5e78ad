/**
 * `scaling-plan report` (SPEC §6.6), the built command as a process: the
 * portfolio lists every plan with the counts of `lint --format json`, sorted
 * by plan name; the HTML page is self-contained and sorts without scripts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from './git-helpers.js';

let dir: string;
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' } });

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'scaling-report-'));
  mkdirSync(join(dir, '.git'));
  cpSync(join(__dirname, '../examples'), join(dir, 'examples'), { recursive: true });
  cpSync(join(__dirname, 'fixtures/cli/project/plans'), join(dir, 'more'), { recursive: true });
  for (const code of ['SP302', 'SP404', 'SP502']) cpSync(join(__dirname, 'fixtures/rules', code), join(dir, 'rules', code), { recursive: true });
  // A plan the config silences a rule for, and one with a stage: the report follows lint's settings.
  writeFileSync(join(dir, 'rules/SP302/.scalingrc.yaml'), 'rules:\n  SP302: off\n  SP301: error\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Entry { file: string; name: string | null; stage: string | null; findings: Record<string, number>; readiness: { diagnostics: Record<string, number> } }

describe('report', () => {
  it('has, per plan, the counts of lint --format json, sorted by plan name', () => {
    const lint = JSON.parse(run(['lint', '--format', 'json', '.']).stdout) as { file: string; diagnostics: { severity: string }[] }[];
    const r = run(['report', '--format', 'json', '.']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { plans: Entry[]; totals: { plans: number } };
    const plans = lint.filter((f) => /\.scaling\.ya?ml$/.test(f.file));
    expect(report.plans.map((p) => p.file).sort()).toEqual(plans.map((p) => p.file).sort());
    expect(report.totals.plans).toBe(plans.length);
    for (const p of plans) {
      const counts = { error: 0, warning: 0, info: 0, hint: 0 } as Record<string, number>;
      for (const d of p.diagnostics) counts[d.severity]!++;
      const e = report.plans.find((x) => x.file === p.file)!;
      expect(e.findings).toEqual(counts);
      expect(e.readiness.diagnostics).toEqual(counts);
    }
    const names = report.plans.map((p) => (p.name ?? p.file).toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true })));
  });

  it('writes a self-contained HTML page with one table per sort key and no script', () => {
    const r = run(['report', '.', '-o', 'portfolio.html', '--lang', 'nl']);
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'portfolio.html'), 'utf8');
    expect(html).not.toMatch(/<script|src=|@import|url\(/i);
    expect(html).toContain('<html lang="nl">');
    for (const id of ['name', 'name-desc', 'stage', 'errors', 'warnings']) {
      expect(html).toContain(`id="${id}"`);
      expect(html).toContain(`href="#${id}"`);
    }
    // The default view is the name order and comes last, so `:target ~ #name` can hide it.
    expect(html.lastIndexOf('<section class="view"')).toBe(html.indexOf('<section class="view" id="name">'));
    expect(html).toContain('.view:target ~ #name{display:none}');
    const count = JSON.parse(run(['report', '--format', 'json', '.']).stdout).plans.length as number;
    expect(html.match(/<tr><th scope="row">/g)!.length).toBe(count * 5);
  });

  it('writes markdown for a wiki or a job summary, and a bad format is a usage error', () => {
    const md = run(['report', '--format', 'markdown', 'more']);
    expect(md.stdout.split('\n').filter((l) => l.startsWith('| ') && l.includes('.scaling.y')).length).toBe(3);
    expect(md.stdout).toContain('## Portfolio of scaling plans');
    expect(run(['report', '--format', 'pdf']).status).toBe(2);
    expect(run(['report', 'nowhere']).status).toBe(2);
  });
});
