/**
 * The workspace scan (issue 17, point 3) shows what the CLI reports: a folder
 * of every example plan, every rule fixture, a Dutch sub-team (`lang: nl` in
 * its own config) and one plan big enough for the analysis worker — opened
 * by no one — gets, plan by plan, exactly the diagnostics `scaling-plan lint
 * --format json` prints for it (code, severity, message, place, related
 * places), and nothing for a plan the CLI does not lint.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver/node';
import { oneLine, MAX_MESSAGE } from '../../server/src/text.js';
import { examplePlans } from '../helpers/doublePlan.js';
import { fileUri, ROOT, startServer, type LspClient } from '../helpers/lspClient.js';
import { PLAN } from './plans.js';

const RULES = join(ROOT, 'test/fixtures/rules');
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

interface Finding { code: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; docUrl?: string; related?: unknown[] }
interface CliFile { file: string; diagnostics: (Finding & Record<string, unknown>)[] }

let dir: string;
let s: LspClient;

function cliJson(cwd: string): Promise<CliFile[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin/scaling-plan.js'), 'lint', '.', '--format', 'json'], { cwd, env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' } });
    let out = '';
    let err = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('exit', (code) => (code === 0 || code === 1 ? resolve(JSON.parse(out) as CliFile[]) : reject(new Error(`lint exited ${code}: ${err}`))));
  });
}

const place = (r: Diagnostic['range']) => ({ line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });
/** An LSP diagnostic as `--format json` writes it (the CLI prints a message as one bounded line). */
function asCli(d: Diagnostic): Finding {
  const out: Finding = { code: String(d.code), severity: SEVERITY[d.severity ?? 0]!, message: oneLine(d.message, MAX_MESSAGE), ...place(d.range), docUrl: d.codeDescription?.href };
  if (d.relatedInformation?.length) out.related = d.relatedInformation.map((r) => ({ message: r.message, ...place(r.location.range) }));
  return out;
}
const fromCli = ({ code, severity, message, line, column, endLine, endColumn, docUrl, related }: Finding): Finding =>
  ({ code, severity, message, line, column, endLine, endColumn, docUrl, ...(related ? { related } : {}) });

/** What the panel shows for a closed plan: its publish, once the scan reached it (it may have already). */
function shown(uri: string): Promise<{ diagnostics: Diagnostic[] }> {
  const done = s.published.find((p) => p.uri === uri);
  return done ? Promise.resolve(done) : s.diagnostics(uri, undefined, 180_000);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lsp-workspace-cli-'));
  for (const f of examplePlans()) cpSync(f, join(dir, 'examples', relative(join(ROOT, 'examples'), f)), { recursive: true });
  for (const code of readdirSync(RULES)) cpSync(join(RULES, code), join(dir, 'rules', code), { recursive: true });
  mkdirSync(join(dir, 'nl-team'));
  writeFileSync(join(dir, 'nl-team', '.scalingrc.yaml'), 'lang: nl\nignore:\n  - "concept-*"\n');
  writeFileSync(join(dir, 'nl-team', 'plan.scaling.yaml'), PLAN.replace('name: Interventiemedewerker', 'naam: Interventiemedewerker'));
  writeFileSync(join(dir, 'nl-team', 'concept-x.scaling.yaml'), 'scaling-plan: 1\npilot: {}\n');
  // Over OFFLOAD_CHARS (512 kB): read in the worker thread, with the same findings.
  const actions = Array.from({ length: 14_000 }, (_, i) => `  - id: extra-${i}\n    title: Actie ${i}\n    owner: ns\n`).join('');
  writeFileSync(join(dir, 'big.scaling.yaml'), PLAN + actions);
});

afterAll(async () => {
  await s?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('workspace diagnostics equal the CLI', () => {
  it('every closed plan gets exactly what `lint --format json` reports for it; a plan the CLI skips gets none', async () => {
    const cli = cliJson(dir);
    s = await startServer({ workspaceFolders: [dir] });
    const files = await cli;
    expect(files.length).toBeGreaterThan(200);
    expect(files.map((f) => f.file)).toContain('big.scaling.yaml');
    const got = await Promise.all(files.map((f) => shown(fileUri(join(dir, f.file)))));
    files.forEach((f, i) => {
      expect({ file: f.file, diagnostics: got[i]!.diagnostics.map(asCli) }).toEqual({ file: f.file, diagnostics: f.diagnostics.map(fromCli) });
    });
    // The Dutch team's config holds in both: its language, and its ignore.
    const nl = files.find((f) => f.file === 'nl-team/plan.scaling.yaml')!;
    expect(nl.diagnostics.map((d) => d.code)).toContain('SP002');
    expect(nl.diagnostics.every((d) => String(d.docUrl).includes('/docs/rules/nl/'))).toBe(true);
    expect(files.map((f) => f.file)).not.toContain('nl-team/concept-x.scaling.yaml');
    expect((await shown(fileUri(join(dir, 'nl-team/concept-x.scaling.yaml')))).diagnostics).toEqual([]);
    // Each plan was published once: the scan checks every plan one time.
    const counts = new Map<string, number>();
    for (const p of s.published) counts.set(p.uri, (counts.get(p.uri) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
  }, 240_000);
});
