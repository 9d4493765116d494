#!/usr/bin/env bash
# Installs what the real-VS Code harness needs, idempotently (a second run only checks):
# Debian's chromium and the build tools for code-server's native modules (apt, when missing and
# run as root), then Node 24 and code-server, both from the npm registry, under $READOUT_E2E_HOME.
# About 3 minutes the first time on 2 cores; a fraction of a second after that.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/env.sh"

# 0) System packages: the harness' browser, and what code-server's native modules compile with.
APT_PACKAGES=(chromium build-essential python3 pkg-config libkrb5-dev)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "missing apt packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})"; exit 1; }
  echo "installing apt packages: ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

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
  # (without the user agent of an outer npm, `npm test` running on the machine's Node: npm reads it as its own setting, and
  # code-server's postinstall reads the Node version from it)
  if ! (cd "$READOUT_E2E_HOME/code-server" && env -u npm_config_user_agent PATH="$READOUT_NODE24_DIR/bin:$PATH" npm_config_nodedir="$READOUT_NODE24_DIR" \
        npm install --no-audit --no-fund --foreground-scripts "code-server@$READOUT_CODE_SERVER_VERSION") > "$log" 2>&1; then
    tail -40 "$log"; echo "code-server install failed (full log: $log)"; exit 1
  fi
fi
echo "code-server: $(installed_version)"

[ -x "$READOUT_CHROMIUM" ] || { echo "no chromium at $READOUT_CHROMIUM (apt-get install chromium)"; exit 1; }
echo "chromium: $("$READOUT_CHROMIUM" --version 2>/dev/null | head -1)"
