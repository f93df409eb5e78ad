const vscode = require('vscode');

exports.EXTENSION_ID = 'scaling-plans.scaling-plan';

exports.waitFor = async function waitFor(fn, what, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
};

exports.planUri = function planUri(rel) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, rel);
};

exports.codeOf = function codeOf(d) {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
};

exports.open = async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(exports.planUri(rel));
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
};

exports.diagnosticsFor = async function diagnosticsFor(uri, predicate, what) {
  return exports.waitFor(() => {
    const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'scaling-plan');
    return predicate(ds) ? ds : null;
  }, what);
};
