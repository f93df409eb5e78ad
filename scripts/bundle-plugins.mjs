// esbuild plugins for start-up (issue 17), used by scripts/bundle.mjs.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * Every file of ours that imports `vscode-languageserver/node` (a CommonJS
 * package) gets its own interop copy of its ~320 exports from esbuild
 * (`__toESM`): twelve copies at start-up. Routing our imports through one ES
 * module that re-exports the package makes that one copy.
 */
export const oneLspNamespace = {
  name: 'one-lsp-namespace',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) => {
      if (args.namespace === 'lsp-once' || !args.importer.startsWith(resolve(ROOT, 'server/src'))) return undefined;
      return { path: 'vscode-languageserver/node', namespace: 'lsp-once' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lsp-once' }, () => ({
      contents: "export * from 'vscode-languageserver/node';", resolveDir: ROOT, loader: 'js',
    }));
  },
};
