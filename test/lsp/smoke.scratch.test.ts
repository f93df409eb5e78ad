import { it } from 'vitest';
import { startServer } from '../helpers/lspClient.js';
it('smoke', async () => {
  const c = await startServer();
  const uri = 'file:///tmp/x/a.scaling.yaml';
  const p = c.diagnostics(uri, 1);
  c.open(uri, 'scaling-plan: 1\npilot:\n  name: X\n  name: Y\ningredients:\n  financing:\n    status: partial\n');
  const d = await p;
  console.log(JSON.stringify(d, null, 1).slice(0, 3000));
  console.log(c.logs);
  const h = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 4 } });
  console.log(JSON.stringify(h));
  const s = await c.request('textDocument/documentSymbol', { textDocument: { uri } });
  console.log(JSON.stringify(s).slice(0, 1000));
  await c.stop();
});
