// Workspace row (issue 17): the language server started on a folder of 1,000 plans,
// none open, until every plan's diagnostics are published (lsp/workspace.ts), vs the CLI; RSS after.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLsp } from './lsp.mjs';

export async function workspaceRow({ repo, folder, cliMs, note }) {
  const server = path.join(repo, 'bin/scaling-plan-language-server.js');
  const files = fs.readdirSync(folder).filter((f) => /\.scaling\.ya?ml$/.test(f));
  const t = process.hrtime.bigint();
  const lsp = await startLsp(process.execPath, [server, '--stdio'], { initializationOptions: { lang: 'en' }, rootUri: pathToFileURL(folder).href });
  try {
    await Promise.all(files.map((f) => lsp.diagnostics(pathToFileURL(path.join(folder, f)).href)));
    const all = Number(process.hrtime.bigint() - t) / 1e6;
    note('language server', `workspace of ${files.length} closed plans: start → all diagnostics published`, `${all.toFixed(0)} ms`, `(${(all / cliMs).toFixed(2)}× the CLI on the same folder; RSS ${lsp.rssMb().toFixed(0)} MB)`);
  } catch (e) {
    note('language server', 'workspace scan: not measured', `failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  await lsp.stop();
}
