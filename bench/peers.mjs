// The language-server peer row: yaml-language-server and our server get the same
// 1,000 plans the same way — opened in batches of BATCH, each batch after the previous
// one's diagnostics, as an editor opening files would (a flood of 1,000 didOpens at
// once measures a flooded pipe) — so the ratio compares like with like. Then edits of
// the large plan in yaml-language-server. A peer that goes away gives a row saying why.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLsp } from './lsp.mjs';

const BATCH = 50;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const ms = (x) => `${x.toFixed(0)} ms`;
const since = (t) => Number(process.hrtime.bigint() - t) / 1e6;

async function openAll(lsp, folder, languageId) {
  const files = fs.readdirSync(folder).filter((f) => /\.scaling\.ya?ml$/.test(f));
  const t = process.hrtime.bigint();
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(files.slice(i, i + BATCH).map((f) => {
      const uri = pathToFileURL(path.join(folder, f)).href;
      const w = lsp.diagnostics(uri);
      lsp.open(uri, fs.readFileSync(path.join(folder, f), 'utf8'), languageId);
      return w;
    }));
  }
  return since(t);
}

export async function batchRows({ repo, here, folder, large, schema, version, note, quick }) {
  const what = `1,000 plans opened in batches of ${BATCH} → all published`;
  const ours = await startLsp(process.execPath, [path.join(repo, 'bin/scaling-plan-language-server.js'), '--stdio'], { initializationOptions: { lang: 'en' } });
  let oursMs;
  try {
    oursMs = await openAll(ours, folder, 'scaling-plan');
    note('peers', `our language server (schema + all rules): ${what}`, ms(oursMs), `(RSS peak ${ours.rssMb(true).toFixed(0)} MB)`);
  } finally { await ours.stop(); }

  const bin = path.join(here, 'node_modules/yaml-language-server/bin/yaml-language-server');
  const settings = { yaml: { validate: true, hover: false, completion: false, schemas: { [pathToFileURL(schema).href]: ['*.scaling.yaml'] } } };
  const yls = await startLsp(process.execPath, [bin, '--stdio'], { settings, rootUri: pathToFileURL(folder).href });
  try {
    const all = await openAll(yls, folder, 'yaml');
    note('peers', `yaml-language-server ${version} (our schema only): ${what}`, ms(all), `(${(all / oursMs).toFixed(2)}× our server's time; RSS peak ${yls.rssMb(true).toFixed(0)} MB)`);
    const uri = pathToFileURL(path.join(path.dirname(folder), 'large.scaling.yaml')).href;
    let w = yls.diagnostics(uri);
    yls.open(uri, large, 'yaml');
    await w;
    const lat = [];
    const lines = large.split('\n');
    for (let v = 2; v < (quick ? 8 : 30); v++) {
      lines[2] = `  name: x ${v}`;
      const t = process.hrtime.bigint();
      w = yls.diagnostics(uri, v);
      yls.change(uri, v, lines.join('\n'));
      await w;
      lat.push(since(t));
      await new Promise((r) => setTimeout(r, 30));
    }
    note('peers', `yaml-language-server ${version}, large plan: didChange → publishDiagnostics p50 / p95`, `${ms(pct(lat, 50))} / ${ms(pct(lat, 95))}`);
  } catch (e) {
    note('peers', `yaml-language-server ${version}: not measured`, `failed: ${e instanceof Error ? e.message : String(e)}`, `(RSS peak before: ${yls.rssMb(true).toFixed(0)} MB)`);
  } finally { await yls.stop(); }
}
