/**
 * Severity by stage (SPEC §6.3) where a user sees it: the real CLI as a
 * process (`--format json`, SARIF levels, the exit status) and the real
 * language server over stdio — and `.scalingrc.yaml` still wins.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import { renderCanvas } from '../server/src/preview/render.js';
import { fileUri, startServer } from './helpers/lspClient.js';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin/scaling-plan.js');

/** A young plan: findings of every family (SP1xx–SP5xx) and two infos (SP204, SP503). */
const plan = (stage: string | undefined): string => [
  'scaling-plan: 1',
  'pilot:',
  '  name: Buurtcoach',
  ...(stage === undefined ? [] : [`  stage: ${stage}`]),
  'impact:',
  '  issue: Eenzaamheid onder ouderen',
  'actions:',
  '  - { id: a1, title: Functieprofiel opstellen, due: 2025-03-01 }',
  '',
].join('\n');

/** The defaults of SPEC §3 for this plan. */
const DEFAULTS = {
  SP101: 'warning', SP103: 'warning', SP201: 'warning', SP204: 'info', SP301: 'warning',
  SP401: 'warning', SP402: 'warning', SP408: 'info', SP501: 'warning', SP503: 'info',
};
/** SP601 (no learning agenda) speaks only once the pilot runs: `running`, `evaluating`, `scaling` (SPEC §6.4). */
const RUNNING = { ...DEFAULTS, SP601: 'info' };

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'scaling-stage-'));
  mkdirSync(join(tmp, '.git')); // config discovery stops here
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonDiagnostic { code: string; severity: string; line: number }

function lint(name: string, text: string, config?: string, format = 'json'): { code: number | null; out: string } {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'plan.scaling.yaml'), text);
  if (config !== undefined) writeFileSync(join(dir, '.scalingrc.yaml'), config);
  const r = spawnSync(process.execPath, [BIN, 'lint', '--format', format, 'plan.scaling.yaml'], {
    cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' },
  });
  return { code: r.status, out: r.stdout };
}

/** code → its severities (one each here: a rule's severity does not vary within a plan). */
function severities(out: string): Record<string, string> {
  const [file] = JSON.parse(out) as { diagnostics: JsonDiagnostic[] }[];
  const by: Record<string, Set<string>> = {};
  for (const d of file!.diagnostics) (by[d.code] ??= new Set()).add(d.severity);
  return Object.fromEntries(Object.entries(by).map(([c, s]) => [c, [...s].join('|')]));
}

describe('severity by stage: the CLI (json and exit status)', () => {
  it('no stage: the defaults; warnings only, so exit 0', () => {
    const r = lint('none', plan(undefined));
    expect(severities(r.out)).toEqual(DEFAULTS);
    expect(r.code).toBe(0);
  });

  it('`running` (and `evaluating`): the defaults', () => {
    for (const stage of ['running', 'evaluating']) {
      const r = lint(stage, plan(stage));
      expect(severities(r.out)).toEqual(RUNNING);
      expect(r.code).toBe(0);
    }
  });

  it('`design`: every warning of SP1xx–SP7xx reports info; exit 0', () => {
    const r = lint('design', plan('design'));
    expect(severities(r.out)).toEqual({
      SP101: 'info', SP103: 'info', SP201: 'info', SP204: 'info', SP301: 'info',
      SP401: 'info', SP402: 'info', SP408: 'info', SP501: 'info', SP503: 'info',
    });
    expect(r.code).toBe(0);
  });

  it('`scaling`: warnings of SP3xx and SP4xx are errors, the rest stays; exit 1', () => {
    const r = lint('scaling', plan('scaling'));
    expect(severities(r.out)).toEqual({ ...RUNNING, SP301: 'error', SP401: 'error', SP402: 'error' });
    expect(r.code).toBe(1);
  });

  it('an invalid stage is SP002 (error, exit 1) and keeps the defaults', () => {
    const r = lint('invalid', plan('opschalen'));
    const [file] = JSON.parse(r.out) as { diagnostics: JsonDiagnostic[] }[];
    expect(file!.diagnostics.filter((d) => d.code === 'SP002')).toMatchObject([{ severity: 'error', line: 4 }]);
    expect(severities(r.out)).toEqual({ ...DEFAULTS, SP002: 'error' });
    expect(r.code).toBe(1);
  });

  it('`.scalingrc.yaml` wins over the stage, both ways', () => {
    const config = 'rules:\n  SP301: warning\n  SP401: off\n  SP103: error\n  SP101: warning\n';
    const scaling = lint('config-scaling', plan('scaling'), config);
    expect(severities(scaling.out)).toEqual({ ...RUNNING, SP301: 'warning', SP103: 'error', SP402: 'error', SP401: undefined });
    expect(Object.keys(severities(scaling.out))).not.toContain('SP401');
    expect(scaling.code).toBe(1);
    const design = lint('config-design', plan('design'), 'rules:\n  SP101: warning\n');
    expect(severities(design.out)).toMatchObject({ SP101: 'warning', SP103: 'info', SP301: 'info' });
    expect(design.code).toBe(0);
  });

  it('SARIF levels follow the stage (error, warning, note)', () => {
    const r = lint('sarif', plan('scaling'), undefined, 'sarif');
    const results = (JSON.parse(r.out) as { runs: { results: { ruleId: string; level: string }[] }[] }).runs[0]!.results;
    const level = (code: string): string[] => [...new Set(results.filter((x) => x.ruleId === code).map((x) => x.level))];
    expect(level('SP301')).toEqual(['error']);
    expect(level('SP101')).toEqual(['warning']);
    expect(level('SP503')).toEqual(['note']);
    expect(r.code).toBe(1);
  });

  it('stylish prints the stage severity', () => {
    const r = lint('stylish', plan('design'), undefined, 'stylish');
    expect(r.out).not.toMatch(/\bwarning\b/);
    expect(r.out).toMatch(/\binfo\b.*SP301/);
  });
});

describe('severity by stage: the language server over stdio', () => {
  it('publishes stage severities and SP404 related information', async () => {
    const dir = join(tmp, 'lsp');
    mkdirSync(dir);
    const c = await startServer({ workspaceFolders: [dir] });
    try {
      const u = fileUri(join(dir, 'plan.scaling.yaml'));
      const text = [
        'scaling-plan: 1', // 0
        'pilot:', // 1
        '  name: Buurtcoach', // 2
        '  stage: scaling', // 3
        '  drivers:', // 4  SP404 frontrunners, SP501
        '    - { name: Projectleider gemeente }', // 5
        'pitfalls:', // 6  the related location
        '  coherence: { components: [coach, buurtteam] }', // 7
        '',
      ].join('\n');
      const wait = c.diagnostics(u, 1);
      c.open(u, text);
      const p = await wait;
      const sev = (code: string): number[] => [...new Set(p.diagnostics.filter((d) => d.code === code).map((d) => d.severity!))];
      expect(sev('SP301')).toEqual([1]); // error at `scaling`
      expect(sev('SP501')).toEqual([2]); // SP5xx stays a warning
      expect(sev('SP204')).toEqual([3]); // info stays info
      const sp404 = p.diagnostics.find((d) => d.code === 'SP404')!;
      expect(sp404.severity).toBe(1);
      expect(sp404.range.start).toEqual({ line: 4, character: 2 });
      expect(sp404.relatedInformation).toEqual([{
        location: { uri: u, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 8 } } },
        message: "The condition belongs here, under pitfall 'pilot-only conditions' (pitfalls.pilot-conditions).",
      }]);
    } finally {
      await c.stop();
    }
  });
});

describe('severity by stage: the preview', () => {
  it('shows the stage severity on findings and in the readiness badges', () => {
    const counts = (stage: string): Record<string, number> => {
      const { body } = renderCanvas(analyse(plan(stage), { lang: 'en' }), { lang: 'en' });
      const out: Record<string, number> = {};
      for (const sev of ['error', 'warning', 'info']) out[sev] = (body.match(new RegExp(`class="finding sev-${sev}"`, 'g')) ?? []).length;
      // Sheet 1 shows a badge per part (ingredients, pitfalls …), then the plan's total in the readiness table.
      const badges = [...body.matchAll(/<span class="badge sev-error">(\d+) /g)].map((m) => Number(m[1]));
      out['errorBadge'] = badges.length > 0 ? badges[badges.length - 1]! : 0;
      return out;
    };
    const scaling = counts('scaling');
    const design = counts('design');
    expect(scaling.error).toBeGreaterThan(0);
    expect(scaling.errorBadge).toBe(10); // 8 × SP301, SP401 and SP402 as errors
    expect(design).toMatchObject({ error: 0, warning: 0, errorBadge: 0 });
    expect(design.info).toBeGreaterThan(0);
  });
});
