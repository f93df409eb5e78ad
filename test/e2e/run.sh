#!/usr/bin/env bash
# npm run test:e2e — the packaged extension in a real VS Code (code-server,
# driven by Debian's Chromium) and the language server in Neovim.
# Installs what is missing, builds and packages the .vsix, then runs:
#   1. extension-host tests (mocha inside VS Code's extension host)
#   2. UI tests as a person would (Problems panel, quick fix, snippet, preview)
#   3. the canvas editor: a status from its list, a fix button, undo, save (canvasEditor.mjs)
#   4. Neovim's built-in LSP client against scaling-plan-language-server
set -euo pipefail
cd "$(dirname "$0")/../.."
T0=$(date +%s)
bash test/e2e/setup.sh
echo "== e2e: package the extension"
npm run --silent package
VSIX="$(ls -t scaling-plan-*.vsix | head -1)"
echo "== e2e [$(( $(date +%s) - T0 ))s]: extension-host tests"
node test/e2e/exthost.mjs
echo "== e2e [$(( $(date +%s) - T0 ))s]: UI tests with $VSIX"
node test/e2e/ui.mjs "$VSIX"
echo "== e2e [$(( $(date +%s) - T0 ))s]: the canvas editor with $VSIX"
node test/e2e/canvasEditor.mjs "$VSIX"
echo "== e2e [$(( $(date +%s) - T0 ))s]: Neovim"
npx vitest run test/nvim
echo "== e2e done in $(( $(date +%s) - T0 ))s"
