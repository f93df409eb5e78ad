/**
 * The Node host's files (host.ts): documents are `file:` URIs, config files
 * are read from disk (config/config.ts `NODE_HOST`, links out of a folder
 * refused), an open config document wins over the file on disk, and
 * `ignore` is matched as the CLI matches it.
 */
import { dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ignoreMatcher, toDisplay } from '../cli/files.js';
import { loadConfigForFile, NODE_HOST } from '../config/config.js';
import type { ConfigHost } from '../config/layers.js';
import type { ServerFiles } from './host.js';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export const NODE_FILES: ServerFiles = {
  toPath: uriToPath,
  toUri: (path) => pathToFileURL(path).href,
  inside: (path, folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep),
  dirname: (path) => dirname(path),
  relative: (dir, path) => toDisplay(path, dir),
  ignoreMatcher: (patterns) => ignoreMatcher(patterns),
  configFor(path, stopDir, openText) {
    const host: ConfigHost = { ...NODE_HOST, readFile: (f) => openText(f) ?? NODE_HOST.readFile(f) };
    const found = loadConfigForFile(path, stopDir, undefined, undefined, host);
    return found.file ? found : undefined;
  },
};
