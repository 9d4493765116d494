#!/usr/bin/env bash
# npm run test:ui: Readout as a user gets it. Packages readout.vsix (npm run package), installs it
# into a fresh code-server (--install-extension), opens a copy of the fixture workspace with the seed
# readout, and drives the workbench with the mouse and keyboard through headless chromium
# (test/ui/workbench.ui.ts). Screenshots go to test-results/screenshots/. Exit code = the result.
# Needs test/harness/setup.sh done once.
# Env: READOUT_E2E_KEEP=1 (keep the state dir), READOUT_UI_SKIP_PACKAGE=1 (reuse readout.vsix).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HARNESS="$ROOT/test/harness"
. "$HARNESS/env.sh"
. "$HARNESS/code-server.sh"
cd "$ROOT"

[ -x "$READOUT_CODE_SERVER_BIN" ] || { echo "code-server is not installed: run bash test/harness/setup.sh"; exit 1; }

t0=$(date +%s%N)
STATE="$(mktemp -d "$READOUT_E2E_TMP/ro-ui-XXXXXX")"
cleanup() {
  cs_stop "$STATE"
  if [ "${READOUT_E2E_KEEP:-0}" = 1 ]; then echo "state kept in $STATE"; else rm -rf "$STATE"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${READOUT_UI_SKIP_PACKAGE:-0}" != 1 ] || [ ! -f readout.vsix ]; then
  npm run -s package > "$STATE/package.log" 2>&1 || { cat "$STATE/package.log"; exit 1; }
fi
echo "readout.vsix: $(stat -c %s readout.vsix) bytes"

WORKSPACE="$STATE/workspace"
cp -r test/fixtures/workspace "$WORKSPACE"
cp samples/seed-meeting-procurator-general.txt "$WORKSPACE/"

cs_prepare "$STATE"
cs_install_vsix "$STATE" readout.vsix
ls "$STATE/ext" | grep -q '^readout\.readout-' || { echo "readout.vsix did not install"; cat "$STATE/install-extension.log"; exit 1; }
port="$(cs_free_port)"
cs_start "$port" "$STATE"

set +e
READOUT_UI_URL="http://127.0.0.1:$port" READOUT_UI_WORKSPACE="$WORKSPACE" \
  npx mocha --no-config --node-option import=tsx --ui bdd --reporter spec --timeout 120000 test/ui/workbench.ui.ts
rc=$?
set -e
[ $rc -eq 0 ] || cs_log_tails "$STATE"
echo "UI run: $([ $rc -eq 0 ] && echo passed || echo FAILED) in $(( ($(date +%s%N) - t0) / 1000000 )) ms; screenshots in test-results/screenshots/"
exit $rc
