/**
 * The whole workspace (issue 17, point 4): closed plans in the workspace
 * folders get diagnostics, the config's `ignore` holds, and files created,
 * changed or deleted on disk (workspace/didChangeWatchedFiles) are followed —
 * over stdio with the real server, asserting final states, never times.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileUri, startServer, type LspClient } from '../helpers/lspClient.js';

const BROKEN = 'scaling-plan: 1\npilot:\n  naam: X\n';
const FIXED = 'scaling-plan: 1\npilot:\n  name: X\n';

let dir: string;
let s: LspClient;
const codes = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.map((d) => d.code);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lsp-workspace-'));
  mkdirSync(join(dir, 'team', 'archive'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(dir, '.scalingrc.yaml'), 'ignore:\n  - "**/archive/**"\n');
  writeFileSync(join(dir, 'a.scaling.yaml'), BROKEN);
  writeFileSync(join(dir, 'team', 'b.scaling.yml'), BROKEN);
  writeFileSync(join(dir, 'team', 'archive', 'old.scaling.yaml'), BROKEN);
  writeFileSync(join(dir, 'node_modules', 'x', 'dep.scaling.yaml'), BROKEN);
  writeFileSync(join(dir, 'notes.yaml'), BROKEN);
});

afterEach(async () => {
  await s?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('workspace diagnostics', () => {
  it('checks every closed plan of the folder once, honouring ignore, skipping node_modules and other files', async () => {
    const a = fileUri(join(dir, 'a.scaling.yaml'));
    const b = fileUri(join(dir, 'team', 'b.scaling.yml'));
    const old = fileUri(join(dir, 'team', 'archive', 'old.scaling.yaml'));
    s = await startServer({ workspaceFolders: [dir] });
    const [pa, pb, pold] = await Promise.all([s.diagnostics(a), s.diagnostics(b), s.diagnostics(old)]);
    expect(codes(pa)).toContain('SP002');
    expect(codes(pb)).toContain('SP002');
    expect(pold.diagnostics).toEqual([]); // ignored: published empty, as the CLI skips it
    // The plans the watcher is registered for, and nothing else was published for.
    expect(s.serverRequests).toContain('client/registerCapability');
    const uris = [...new Set(s.published.map((p) => p.uri))].sort();
    expect(uris).toEqual([a, old, b].sort());
  });

  it('follows the disk: a changed plan is checked again, a deleted one is cleared, a created one is checked', async () => {
    const a = fileUri(join(dir, 'a.scaling.yaml'));
    const c = fileUri(join(dir, 'team', 'c.scaling.yaml'));
    s = await startServer({ workspaceFolders: [dir] });
    expect(codes(await s.diagnostics(a))).toContain('SP002');

    writeFileSync(join(dir, 'a.scaling.yaml'), FIXED);
    let next = s.diagnostics(a);
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: a, type: 2 }] });
    expect(codes(await next)).not.toContain('SP002');

    writeFileSync(join(dir, 'team', 'c.scaling.yaml'), BROKEN);
    next = s.diagnostics(c);
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c, type: 1 }] });
    expect(codes(await next)).toContain('SP002');

    unlinkSync(join(dir, 'team', 'c.scaling.yaml'));
    next = s.diagnostics(c);
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c, type: 3 }] });
    expect((await next).diagnostics).toEqual([]);
    expect(s.published.filter((p) => p.uri === c).map((p) => p.diagnostics.length > 0)).toEqual([true, false]);
  });

  it('an open plan is the editor\'s text; once closed, the panel shows the file on disk again', async () => {
    const a = fileUri(join(dir, 'a.scaling.yaml'));
    s = await startServer({ workspaceFolders: [dir] });
    expect(codes(await s.diagnostics(a))).toContain('SP002');
    const opened = s.diagnostics(a, 1);
    s.open(a, FIXED, 1);
    const mine = await opened;
    expect(mine.version).toBe(1);
    expect(codes(mine)).not.toContain('SP002');
    const closed = s.diagnostics(a);
    s.close(a);
    // didClose clears, then the disk's text (still broken) is published: the final state counts.
    await closed;
    while (s.published.filter((p) => p.uri === a).at(-1)?.diagnostics.length === 0) await s.diagnostics(a);
    expect(codes(s.published.filter((p) => p.uri === a).at(-1)!)).toContain('SP002');
  });
});
