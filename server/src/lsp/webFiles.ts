/**
 * The browser host's files (host.ts), for github.dev / vscode.dev: the
 * server in a web worker has no file system, so a document's "path" is its
 * URI, decoded (`vscode-vfs://github/owner/repo/wijk noord/a.scaling.yaml`), and the only
 * files it can read are the documents the editor has open.
 *
 * Chosen (docs/web.md): `.scalingrc.yaml` counts when it is open in the
 * editor — its folder chain, `extends` of other open configs, `overrides` and
 * `ignore` then work as on the desktop; a config that is not open is not
 * seen (the editor opens no file on its own, and asking the client for every
 * folder's files on each look-up would cost a round trip per folder). An
 * `extends` of a file that is not open is reported on the config, saying so.
 * The walk up stops at the workspace folder (no `.git` to find here).
 */
import { forPlan, resolveFolder, type ConfigHost } from '../config/layers.js';
import { ignoreMatcher } from '../config/ignore.js';
import type { ServerFiles } from './host.js';

/** `scheme://authority` and the path after it. */
function split(uri: string): { root: string; segments: string[] } {
  const m = /^([a-z][a-z0-9+.-]*:(?:\/\/[^/]*)?)(.*)$/i.exec(uri);
  const root = m?.[1] ?? '';
  return { root, segments: (m?.[2] ?? uri).split('/').filter((s) => s !== '') };
}

function join(...parts: string[]): string {
  const [first = '', ...rest] = parts;
  const { root, segments } = split(first);
  for (const part of rest) {
    for (const s of part.split('/')) {
      if (s === '..') segments.pop();
      else if (s !== '' && s !== '.') segments.push(s);
    }
  }
  return segments.length === 0 ? root : `${root}/${segments.join('/')}`;
}

function dirname(uri: string): string {
  const { root, segments } = split(uri);
  return segments.length <= 1 ? root : `${root}/${segments.slice(0, -1).join('/')}`;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * A document's path: its URI without query or fragment, each name decoded,
 * so `ignore` and `overrides` globs (`wijk noord/**`) match `wijk%20noord`.
 */
function toPath(uri: string): string | undefined {
  if (uri.startsWith('untitled:')) return undefined;
  const { root, segments } = split(uri.replace(/[?#].*$/, ''));
  return [root, ...segments.map(decode)].join('/');
}

function toUri(path: string): string {
  const { root, segments } = split(path);
  return [root, ...segments.map(encodeURIComponent)].join('/');
}

/** `to` relative to `from`, `/`-separated. */
function relative(from: string, to: string): string {
  const a = split(from);
  const b = split(to);
  if (a.root !== b.root) return to;
  let i = 0;
  while (i < a.segments.length && i < b.segments.length && a.segments[i] === b.segments[i]) i++;
  return [...a.segments.slice(i).map(() => '..'), ...b.segments.slice(i)].join('/');
}

export const WEB_FILES: ServerFiles = {
  toPath,
  toUri,
  inside: (path, folder) => path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`),
  dirname,
  relative: (dir, path) => relative(dir, path) || '.',
  ignoreMatcher: (patterns) => ignoreMatcher(patterns),
  configFor(path, stopDir, openText) {
    const host: ConfigHost = {
      readFile: openText,
      readError: (p, nl) => (openText(p) === undefined
        ? nl ? 'in de browser leest de taalserver alleen bestanden die open staan in de editor' : 'in the browser the language server reads only the files open in the editor'
        : undefined),
      isFile: (p) => openText(p) !== undefined,
      exists: (p) => openText(p) !== undefined,
      dirname,
      join,
      relative,
    };
    const folder = resolveFolder(dirname(path), host, stopDir !== undefined ? { stopDir } : {});
    if (folder.file === undefined) return undefined;
    return { config: forPlan(folder, path), diagnostics: folder.sources[0]?.diagnostics ?? [] };
  },
};
