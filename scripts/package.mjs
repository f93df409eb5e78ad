// Packs the extension into scaling-plan-<version>.vsix with @vscode/vsce, offline:
// no dependencies (the bundles in dist/ hold them), no prepublish script, no
// network. Run after `node scripts/bundle.mjs` (`npm run package` does both).
//   node scripts/package.mjs [--out FILE_OR_FOLDER]
import { createVSIX } from '@vscode/vsce';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const missing = ['dist/client.js', 'dist/server.js', 'dist/web/client.js', 'dist/web/server.js'].filter((f) => !existsSync(join(ROOT, f)));
if (missing.length > 0) {
  console.error(`package: ${missing.join(', ')} missing — run \`node scripts/bundle.mjs\` first (or \`npm run package\`).`);
  process.exit(2);
}

const at = process.argv.indexOf('--out');
const packagePath = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

try {
  await createVSIX({
    cwd: ROOT,
    packagePath,
    dependencies: false,
    // A missing repository would make vsce ask on stdin; README links to the repository are rewritten from it.
    allowMissingRepository: true,
    gitHubIssueLinking: false,
    gitLabIssueLinking: false,
  });
} catch (e) {
  console.error(`package: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
