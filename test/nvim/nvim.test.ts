/**
 * A real third-party client: Neovim's built-in LSP client (headless, with
 * test/nvim/init.lua) opens a plan and receives our diagnostics, hover and
 * definition. Without `nvim`: skipped, saying so, on a developer machine;
 * a failure under CI=true (.ci/run installs Debian's).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, SERVER } from '../helpers/lspClient.js';
import { needs } from '../helpers/prerequisite.js';

const NVIM = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const HAS_NVIM = needs('Neovim (nvim)', NVIM.status === 0, 'apt-get install -y neovim');

const PLAN = `scaling-plan: 1
pilot:
  name: Buurtaanpak
  name: Dubbel
  owner: gemeente
partners:
  - id: gemeente
    name: Gemeente Utrecht
    type: municipality
`;

it.runIf(HAS_NVIM)('Neovim (built-in LSP client) receives our diagnostics, hover and definition', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nvim-lsp-'));
  try {
    const plan = join(dir, 'plan.scaling.yaml');
    const out = join(dir, 'out.json');
    writeFileSync(plan, PLAN);
    const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(ROOT, 'test/nvim/init.lua'), plan, '-c', `luafile ${join(ROOT, 'test/nvim/check.lua')}`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env, SCALING_PLAN_SERVER: SERVER, SCALING_NVIM_OUT: out, SCALING_NVIM_HOVER_LINE: '4', SCALING_NVIM_HOVER_CHAR: '10',
        XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache'),
      },
    });
    expect(r.error, String(r.stderr)).toBeUndefined();
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.filetype).toBe('scaling-plan');
    expect(result.clients).toBe(1);
    expect(result.received).toBe(true);
    const dup = result.diagnostics.find((d: { code: string }) => d.code === 'SP003');
    expect(dup).toMatchObject({ source: 'scaling-plan', severity: 1, lnum: 3, col: 2, end_lnum: 3, end_col: 6 });
    expect(dup.message).toBe("The key 'name' appears here a second time; only the first one counts. Merge the two or remove one.");
    expect(result.diagnostics.filter((d: { code: string }) => d.code === 'SP301')).toHaveLength(8);
    expect(result.hover.contents.value).toContain('**Partner `gemeente`** — Gemeente Utrecht');
    const defs = Array.isArray(result.definition) ? result.definition : [result.definition];
    expect(defs[0].range.start).toEqual({ line: 6, character: 8 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
