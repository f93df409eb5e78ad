#!/usr/bin/env bash
# Installs a real VS Code offline — code-server 4.100.3 from the npm registry
# (VS Code 1.100.3) — plus Debian's chromium, for the end-to-end tests.
# Facts from ../shared/tools/real-vscode/README.md; idempotent (a marker file
# records a finished install, so a second run takes no time).
#   E2E_ROOT (default ~/.cache/scaling-plan-e2e)
set -euo pipefail
E2E_ROOT="${E2E_ROOT:-$HOME/.cache/scaling-plan-e2e}"
CS_VERSION=4.100.3
MARKER="$E2E_ROOT/.installed-$CS_VERSION"
[ -f "$MARKER" ] && { echo "real VS Code already installed in $E2E_ROOT"; exit 0; }
T0=$(date +%s)
step() { echo "== e2e setup [$(( $(date +%s) - T0 ))s] $*"; }

node -v | grep -q '^v20\.' || { echo "code-server $CS_VERSION needs Node 20, found $(node -v)"; exit 1; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
missing=""
for b in rg chromium g++ make python3; do command -v "$b" >/dev/null || missing="$missing $b"; done
if [ -n "$missing" ]; then
  step "apt: ripgrep chromium build tools (missing:$missing)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    ripgrep chromium libkrb5-dev build-essential python3 >/dev/null
fi
[ -f /usr/include/krb5.h ] || [ -f /usr/include/krb5/krb5.h ] || \
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libkrb5-dev >/dev/null

mkdir -p "$E2E_ROOT"
cd "$E2E_ROOT"
[ -f package.json ] || echo '{"name":"scaling-plan-e2e-vscode","private":true}' > package.json
step "npm: code-server $CS_VERSION (install scripts off: its own postinstall would download)"
npm install --no-audit --no-fund --ignore-scripts "code-server@$CS_VERSION" >/dev/null

NODE_GYP="$(npm prefix -g)/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js"
NODEDIR="$(npm config get nodedir 2>/dev/null || true)"
case "$NODEDIR" in ""|undefined|null) NODEDIR=/usr ;; esac
[ -f "$NODEDIR/include/node/node.h" ] || { echo "no Node headers under $NODEDIR/include/node"; exit 1; }
gyp_build() { (cd "$1" && node "$NODE_GYP" rebuild --nodedir="$NODEDIR" >"$E2E_ROOT/gyp-$(basename "$1").log" 2>&1) \
  || { echo "node-gyp failed in $1, see $E2E_ROOT/gyp-$(basename "$1").log"; exit 1; }; }

step "argon2 from source (node-pre-gyp would try to download a prebuilt binary)"
npm rebuild --foreground-scripts --build-from-source argon2 >"$E2E_ROOT/gyp-argon2.log" 2>&1 \
  || { echo "argon2 build failed, see $E2E_ROOT/gyp-argon2.log"; exit 1; }

VSC="$E2E_ROOT/node_modules/code-server/lib/vscode"
step "VS Code server dependencies"
(cd "$VSC" && npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null)
step "native modules"
for m in kerberos node-pty @vscode/spdlog @vscode/deviceid native-watchdog; do gyp_build "$VSC/node_modules/$m"; done
mkdir -p "$VSC/node_modules/@vscode/ripgrep/bin"
cp "$(command -v rg)" "$VSC/node_modules/@vscode/ripgrep/bin/rg"
step "built-in extensions' dependencies"
(cd "$VSC/extensions" && npm install --no-audit --no-fund --omit=dev >/dev/null)
ln -sfn node_modules "$VSC/node_modules.asar"
ln -sfn code-linux.sh "$VSC/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VSC/bin/helpers/browser.sh"
node -e "require('$E2E_ROOT/node_modules/argon2')"
touch "$MARKER"
step "done: $(du -sh "$E2E_ROOT" | cut -f1) in $E2E_ROOT"
