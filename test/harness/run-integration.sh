#!/usr/bin/env bash
# npm run test:integration: the integration suites (test/integration/**/*.test.ts, mocha in the
# extension host) in a real VS Code: a throw-away code-server, headless chromium as its window.
# Exit code = the tests' result. Needs test/harness/setup.sh done once.
# Env: READOUT_TEST_GREP=regex (only matching tests), READOUT_SMOKE_FAIL=1 (the smoke suite fails on
#      purpose: the harness' self-test), READOUT_E2E_KEEP=1 (keep the state dir), READOUT_E2E_VERBOSE=1,
#      READOUT_E2E_TIMEOUT_S (default 600).
# Writes test-results/integration-metrics.json (activation, open → decorations) when the suites print them.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
. "$HERE/env.sh"
. "$HERE/code-server.sh"
cd "$ROOT"

[ -x "$READOUT_CODE_SERVER_BIN" ] || { echo "code-server is not installed: run bash test/harness/setup.sh"; exit 1; }

t0=$(date +%s%N)
node scripts/build.mjs   # the extension's bundles and the integration bundle (out/test/integration/index.js)

STATE="$(mktemp -d "$READOUT_E2E_TMP/ro-XXXXXX")"
cleanup() {
  cs_stop "$STATE"
  if [ "${READOUT_E2E_KEEP:-0}" = 1 ]; then echo "state kept in $STATE"; else rm -rf "$STATE"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The workspace: the fixture folder with the seed readout copied in (the sample stays the one source).
WORKSPACE="$STATE/workspace"
cp -r test/fixtures/workspace "$WORKSPACE"
cp samples/seed-meeting-procurator-general.txt "$WORKSPACE/"

# What the extension host's environment gets (the tests read these).
READOUT_TEST_ENV_JSON="$(node -e '
  const keys = ["READOUT_TEST_GREP", "READOUT_SMOKE_FAIL"];
  console.log(JSON.stringify(Object.fromEntries(keys.filter((k) => process.env[k]).map((k) => [k, process.env[k]]))));')"
export READOUT_TEST_ENV_JSON

cs_prepare "$STATE"
port="$(cs_free_port)"
cs_start "$port" "$STATE" --vscode-option enable-smoke-test-driver

set +e
node --import tsx "$HERE/runExtensionTests.ts" "http://127.0.0.1:$port" "$WORKSPACE" "$ROOT" \
  "$ROOT/out/test/integration/index.js" "$ROOT/test-results/integration-metrics.json"
rc=$?
set -e
[ $rc -eq 0 ] || cs_log_tails "$STATE"
echo "integration run: $([ $rc -eq 0 ] && echo passed || echo FAILED) in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
exit $rc
