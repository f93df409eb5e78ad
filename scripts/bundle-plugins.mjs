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

/**
 * vscode-jsonrpc loads `crypto` (for random pipe names) and
 * vscode-languageserver `child_process` (to resolve global modules) at the
 * top of a file, though a server on stdio uses neither: ~5 ms of every
 * start-up. In those two files the module is required on first use instead.
 */
const LAZY = [
  { file: /vscode-jsonrpc[\\/]lib[\\/]node[\\/]main\.js$/, name: 'crypto' },
  { file: /vscode-languageserver[\\/]lib[\\/]node[\\/]files\.js$/, name: 'child_process' },
];
export const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onLoad({ filter: /vscode-(jsonrpc|languageserver)[\\/]lib[\\/]node[\\/](main|files)\.js$/ }, async (args) => {
      const lazy = LAZY.find((l) => l.file.test(args.path));
      if (!lazy) return undefined;
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      const eager = new RegExp(`= require\\("${lazy.name}"\\);`);
      if (!eager.test(text)) throw new Error(`lazy-builtins: ${args.path} no longer requires "${lazy.name}" at its top; update scripts/bundle-plugins.mjs`);
      return { contents: text.replace(eager, `= new Proxy({}, { get: (_, key) => require("${lazy.name}")[key] });`), loader: 'js' };
    });
  },
};
