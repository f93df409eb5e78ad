// Runs INSIDE the extension host of a real VS Code, with the real vscode API.
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, codeOf, diagnosticsFor, open, planUri, waitFor } = require('./helpers');

const PLAN = 'plans/station.scaling.yaml';

describe('scaling-plan in a real VS Code', () => {
  it('activates when a plan is opened, with the scaling-plan language', async () => {
    const { doc } = await open(PLAN);
    assert.strictEqual(doc.languageId, 'scaling-plan');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'extension installed');
    await waitFor(() => ext.isActive, 'activation');
  });

  it('publishes our diagnostics with codes and documentation links', async () => {
    const uri = planUri(PLAN);
    const ds = await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'SP004'), 'SP004');
    const codes = ds.map(codeOf);
    for (const c of ['SP002', 'SP004', 'SP301']) assert.ok(codes.includes(c), `${c} in ${codes}`);
    const sp004 = ds.find((d) => codeOf(d) === 'SP004');
    assert.match(String(sp004.code.target), /docs\/rules\/SP004\.md$/);
    assert.strictEqual(sp004.range.start.line, 20); // owner: gemeente-utrecht
    assert.match(sp004.message, /gemeente-utrecht/);
  });

  it('completes enum values and partner ids', async () => {
    const { doc } = await open(PLAN);
    const line = doc.lineAt(20); // "    owner: gemeente-utrecht"
    const pos = new vscode.Position(20, line.text.indexOf(':') + 2);
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, pos);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('ns'), `partner id ns in ${labels.slice(0, 20)}`);
  });

  it('explains a canvas key on hover', async () => {
    const { doc } = await open(PLAN);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(27, 4)); // "  collaboration:"
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(/collaboration|samenwerking/i.test(text), text);
  });

  it('goes to a partner definition and renames it everywhere', async () => {
    const { doc } = await open(PLAN);
    const ownerLine = 3; // "  owner: ns"
    const pos = new vscode.Position(ownerLine, doc.lineAt(ownerLine).text.indexOf('ns') + 1);
    const defs = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, pos);
    const def = defs[0];
    const range = def.targetRange || def.range;
    assert.strictEqual(range.start.line, 11); // "  - id: ns"
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, pos, 'ns-reizigers');
    const edits = edit.get(doc.uri);
    assert.ok(edits.length >= 3, `rename edits: ${edits.length}`);
  });

  it('offers quick fixes that make their diagnostic disappear', async () => {
    const { doc } = await open(PLAN);
    const uri = doc.uri;
    const ds = await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'SP002'), 'SP002');
    const misspelt = ds.find((d) => codeOf(d) === 'SP002' && /statuz/.test(d.message));
    assert.ok(misspelt, 'SP002 for statuz');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, misspelt.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, `a preferred fix among ${actions.map((a) => a.title)}`);
    assert.ok(actions.some((a) => /SP002/.test(a.title) && /suppress|onderdruk/i.test(a.title)), 'suppress action');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await diagnosticsFor(uri, (d) => !d.some((x) => codeOf(x) === 'SP002' && /statuz/.test(x.message)), 'SP002 gone');
    assert.ok(doc.getText().includes('status: partial'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('opens the canvas preview beside the editor', async () => {
    await open(PLAN);
    await vscode.commands.executeCommand('scalingPlan.openPreviewToSide');
    await waitFor(() => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview)), 'webview tab');
  });

  it('follows .scalingrc.yaml: severities change when the config changes', async () => {
    const folder = vscode.workspace.workspaceFolders[0].uri;
    const rc = vscode.Uri.joinPath(folder, '.scalingrc.yaml');
    const uri = planUri(PLAN);
    await open(PLAN);
    await vscode.workspace.fs.writeFile(rc, Buffer.from('rules:\n  SP301: error\n  SP503: off\n'));
    try {
      await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'SP301') && d.filter((x) => codeOf(x) === 'SP301').every((x) => x.severity === vscode.DiagnosticSeverity.Error), 'SP301 as error');
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
    await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'SP301' && x.severity === vscode.DiagnosticSeverity.Warning), 'SP301 back to warning');
  });
});
