/**
 * `ignore` in the editor too (issue 13, point 6): a plan that the
 * `.scalingrc.yaml` ignores gets no diagnostics from the language server,
 * as in the CLI — over stdio, with the real server.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileUri, startServer } from '../helpers/lspClient.js';

const BROKEN = 'scaling-plan: 1\npilot:\n  naam: X\n';

describe('ignore in the editor', () => {
  it('publishes no diagnostics for an ignored plan, and does again once the pattern is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsp-ignore-'));
    mkdirSync(join(dir, 'archive', 'old'), { recursive: true });
    writeFileSync(join(dir, '.scalingrc.yaml'), 'ignore:\n  - archive/**\n  - "*.draft.scaling.yaml"\n');
    const s = await startServer({ workspaceFolders: [dir] });
    try {
      const ignored = fileUri(join(dir, 'archive', 'old', 'plan.scaling.yaml'));
      const draft = fileUri(join(dir, 'x.draft.scaling.yaml'));
      const kept = fileUri(join(dir, 'plan.scaling.yaml'));
      const waits = [s.diagnostics(ignored, 1), s.diagnostics(draft, 1), s.diagnostics(kept, 1)];
      s.open(ignored, BROKEN);
      s.open(draft, BROKEN);
      s.open(kept, BROKEN);
      const [a, b, c] = await Promise.all(waits);
      expect(a.diagnostics).toEqual([]);
      expect(b.diagnostics).toEqual([]);
      expect(c.diagnostics.map((d) => d.code)).toContain('SP002');
      // The config is edited: the plan is checked again.
      const cfg = fileUri(join(dir, '.scalingrc.yaml'));
      const again = s.diagnostics(ignored, 1);
      s.open(cfg, 'ignore: []\n', 1, 'yaml');
      expect((await again).diagnostics.map((d) => d.code)).toContain('SP002');
    } finally {
      await s.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
