// The client's own features, INSIDE the extension host of a real VS Code:
// its commands, New scaling plan (an untitled plan the server checks too),
// the readiness summary, and a restart of the language server.
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, codeOf, diagnosticsFor, open, planUri, waitFor } = require('./helpers');

const PLAN = 'plans/station.scaling.yaml';

describe('the scaling-plan client', () => {
  before(async () => {
    await open(PLAN);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    await waitFor(() => ext && ext.isActive, 'activation');
    await diagnosticsFor(planUri(PLAN), (d) => d.length > 0, 'first diagnostics');
  });

  it('registers its commands', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const c of ['scalingPlan.newPlan', 'scalingPlan.showReadiness', 'scalingPlan.showRuleDoc', 'scalingPlan.restartServer']) {
      assert.ok(all.has(c), `${c} registered`);
    }
  });

  it('New scaling plan opens an untitled plan with every canvas part, and the server checks it', async () => {
    const doc = await vscode.commands.executeCommand('scalingPlan.newPlan');
    assert.strictEqual(doc.languageId, 'scaling-plan');
    assert.strictEqual(doc.uri.scheme, 'untitled');
    const text = doc.getText();
    for (const key of ['scaling-plan: 1', 'pilot:', 'impact:', 'routes:', 'ingredients:', 'pitfalls:', 'partners:', 'floor:', 'actions:', 'learning-agenda:']) {
      assert.ok(text.includes(key), `${key} in the new plan`);
    }
    assert.ok(/Hoe kan ik .+, terwijl .+\?/.test(text), 'a learning question');
    // The server's skeleton (as `scaling-plan init`): stage design, so only information findings, no SP001/SP002.
    assert.ok(/^ {2}stage: design\b/m.test(text), 'stage design');
    await new Promise((r) => setTimeout(r, 1500));
    const ours = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'scaling-plan');
    assert.deepStrictEqual(ours.map(codeOf).filter((c) => c === 'SP001' || c === 'SP002'), []);
    assert.deepStrictEqual(ours.filter((d) => d.severity !== vscode.DiagnosticSeverity.Information).map(codeOf), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Show readiness summary returns the counts the server computed', async () => {
    await open(PLAN);
    const result = await vscode.commands.executeCommand('scalingPlan.showReadiness');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(result && result.readiness, 'a readiness result');
    assert.strictEqual(result.readiness.ingredients.of, 8);
    assert.strictEqual(result.readiness.ingredients.present, 1); // only collaboration
    assert.deepStrictEqual(result.readiness.routes.keys, ['in']);
    assert.ok(result.readiness.diagnostics.error >= 1, 'SP004 and SP002 are errors');
  });

  it('restarts the language server, which then checks again', async () => {
    const { doc, editor } = await open(PLAN);
    await vscode.commands.executeCommand('scalingPlan.restartServer');
    // An edit after the restart: the new server must answer it.
    const line = doc.lineAt(20); // "    owner: gemeente-utrecht"
    await editor.edit((e) => e.replace(line.range, '    owner: ns'));
    // Non-empty: a restart first clears the old server's diagnostics.
    await diagnosticsFor(doc.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'SP004'), 'SP004 gone after the restart');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnosticsFor(doc.uri, (d) => d.some((x) => codeOf(x) === 'SP004'), 'SP004 back after revert');
  });

  it('starts the language server again when it crashes', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the server process with ps
    const { execFileSync } = require('child_process');
    const servers = () => execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n').filter((l) => /server\.js/.test(l)).map((l) => Number(l.trim().split(/\s+/)[0]));
    const [pid] = servers();
    assert.ok(pid, 'the language server runs as a child of the extension host');
    process.kill(pid, 'SIGKILL');
    await waitFor(() => { const now = servers(); return now.length === 1 && now[0] !== pid; }, 'a new server process');
    const { doc, editor } = await open(PLAN);
    await editor.edit((e) => e.replace(doc.lineAt(20).range, '    owner: ns'));
    await diagnosticsFor(doc.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'SP004'), 'the new server checks the edit');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnosticsFor(doc.uri, (d) => d.some((x) => codeOf(x) === 'SP004'), 'SP004 back after revert');
  });
});
