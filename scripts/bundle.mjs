// Bundles the extension into dist/ with esbuild, so the .vsix needs no node_modules:
//   dist/client.js          the VS Code client (only `vscode` stays external)
//   dist/server.js          the language server, every dependency inlined
//   dist/analysisWorker.js  the worker thread that reads big plans (offload.ts finds it beside server.js)
//   dist/cli.js             the command line (bin/scaling-plan.js runs it when it is newer than server/out)
//   dist/lintWorker.js      a worker thread of `lint --concurrency` (pool.ts finds it beside cli.js)
//   dist/media/*.js         webview scripts, when media/ holds TypeScript entry points
//   dist/*.codecache        V8 code caches of cli.js and server.js for the bin scripts (codecache.mjs)
// Identifiers are kept (whitespace and syntax minified only): a stack trace in
// a user's output channel must still name our functions.
//   node scripts/bundle.mjs            build
//   import { bundle } from './bundle.mjs'   the same, returning esbuild's metafiles (tests)
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeValidator as buildValidator } from './build-validator.mjs';
import { writeCodeCaches } from './codecache.mjs';
import { lazyBuiltins, oneLspNamespace } from './bundle-plugins.mjs';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

/** Builds every bundle; returns the metafiles by name (which sources each bundle holds). */
export async function bundle({ outdir = join(ROOT, 'dist') } = {}) {
  buildValidator();
  rmSync(outdir, { recursive: true, force: true });
  const builds = {
    client: esbuild.build({
      ...common,
      entryPoints: { client: 'client/src/extension.ts' },
      outdir,
      external: ['vscode'],
    }),
    server: esbuild.build({
      ...common,
      entryPoints: { server: 'server/src/server.ts', analysisWorker: 'server/src/lsp/analysisWorker.ts', cli: 'server/src/cli/main.ts' },
      outdir,
      plugins: [oneLspNamespace, lazyBuiltins],
    }),
    // `lint --concurrency`: its own build, so it stays one small addition to the list above.
    lintWorker: esbuild.build({ ...common, entryPoints: { lintWorker: 'server/src/cli/lintWorker.ts' }, outdir }),
  };
  const media = join(ROOT, 'media');
  const scripts = existsSync(media) ? readdirSync(media).filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')) : [];
  if (scripts.length > 0) {
    builds.media = esbuild.build({
      ...common,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      entryPoints: scripts.map((f) => `media/${f}`),
      outdir: join(outdir, 'media'),
    });
  }
  Object.assign(builds, webBuilds(outdir));
  const metafiles = {};
  for (const [name, build] of Object.entries(builds)) metafiles[name] = (await build).metafile;
  await writeCodeCaches(outdir); // dist/*.codecache for the bin scripts (scripts/codecache.mjs)
  return metafiles;
}

// --- github.dev / vscode.dev (issue 17.4): the browser entry and its web-worker server ---
//   dist/web/client.js   the extension's `browser` entry (vscode-languageclient/browser; only `vscode` external)
//   dist/web/server.js   the language server in a web worker (vscode-languageserver/browser)
// platform 'browser' makes esbuild refuse any Node API these import (node:fs …), so the
// build itself checks that neither entry reaches one.
function webBuilds(outdir) {
  const web = { ...common, platform: 'browser', target: 'es2022', outdir: join(outdir, 'web') };
  return {
    webClient: esbuild.build({ ...web, format: 'cjs', entryPoints: { client: 'client/src/browserExtension.ts' }, external: ['vscode'] }),
    webServer: esbuild.build({ ...web, format: 'iife', entryPoints: { server: 'server/src/browserServer.ts' } }),
  };
}
/** Only the two browser bundles, into `outdir`/web (test/browser-worker.test.ts builds them fresh). */
export async function bundleWeb({ outdir }) {
  const builds = webBuilds(outdir);
  return { webClient: (await builds.webClient).metafile, webServer: (await builds.webServer).metafile };
}
// --- end of the browser block ---

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const metafiles = await bundle();
  for (const meta of Object.values(metafiles)) {
    for (const [file, out] of Object.entries(meta.outputs)) {
      if (!file.endsWith('.map')) console.log(`${file.replace(/^.*?dist\//, 'dist/')}  ${(out.bytes / 1024).toFixed(0)} KB`);
    }
  }
}
