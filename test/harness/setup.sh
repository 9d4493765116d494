#!/usr/bin/env bash
# Installs what the real-VS Code harness needs, idempotently (a second run only checks):
# Node 24 and code-server, both from the npm registry, under $READOUT_E2E_HOME.
# Needs: Node >= 20 with npm, and for code-server's native modules build-essential, python3,
# pkg-config, libkrb5-dev (apt; .ci/run installs them). About 3 minutes the first time on 2 cores.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/env.sh"

# A private npm project folder, so that nothing lands in the user's global npm prefix.
npm_project() { mkdir -p "$1" && { [ -f "$1/package.json" ] || echo '{"private":true}' > "$1/package.json"; }; }

# 1) Node 24: code-server 4.133 and later refuse to install or run on another major.
if [ ! -x "$READOUT_NODE24_DIR/bin/node" ]; then
  echo "installing $READOUT_NODE24_PKG into $READOUT_E2E_HOME/node24"
  npm_project "$READOUT_E2E_HOME/node24"
  (cd "$READOUT_E2E_HOME/node24" && npm install --no-audit --no-fund "$READOUT_NODE24_PKG")
fi
echo "node24: $("$READOUT_NODE24_DIR/bin/node" --version)"

# 2) code-server, installed with Node 24 first on PATH (its postinstall checks npm's user agent)
#    and npm_config_nodedir pointing at that Node's headers (node-gyp would download them).
installed_version() {
  "$READOUT_NODE24_DIR/bin/node" -p "require('$READOUT_E2E_HOME/code-server/node_modules/code-server/package.json').version" 2>/dev/null || true
}
if [ ! -x "$READOUT_CODE_SERVER_BIN" ] || [ "$(installed_version)" != "$READOUT_CODE_SERVER_VERSION" ]; then
  echo "installing code-server@$READOUT_CODE_SERVER_VERSION into $READOUT_E2E_HOME/code-server (builds native modules, a few minutes)"
  npm_project "$READOUT_E2E_HOME/code-server"
  log="$READOUT_E2E_HOME/code-server/install.log"
  if ! (cd "$READOUT_E2E_HOME/code-server" && PATH="$READOUT_NODE24_DIR/bin:$PATH" npm_config_nodedir="$READOUT_NODE24_DIR" \
        npm install --no-audit --no-fund --foreground-scripts "code-server@$READOUT_CODE_SERVER_VERSION") > "$log" 2>&1; then
    tail -40 "$log"; echo "code-server install failed (full log: $log)"; exit 1
  fi
fi
echo "code-server: $(installed_version)"

[ -x "$READOUT_CHROMIUM" ] || { echo "no chromium at $READOUT_CHROMIUM (apt-get install chromium)"; exit 1; }
echo "chromium: $("$READOUT_CHROMIUM" --version 2>/dev/null | head -1)"
