#!/usr/bin/env bash
# npm run test:harness: the harness' own check, that its exit code is the tests' result.
# Runs only the smoke suite twice: as is (must exit 0), and with READOUT_SMOKE_FAIL=1, which adds
# a failing test (must exit non-zero, and because of that test, not of a crash). About 30 s.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
log="$(mktemp "${READOUT_E2E_TMP:-/tmp}/ro-selftest-XXXXXX.log")"
trap 'rm -f "$log"' EXIT
failed=0

READOUT_TEST_GREP='^smoke' bash "$HERE/run-integration.sh" > "$log" 2>&1
rc=$?
if [ $rc -eq 0 ] && grep -q ' passing' "$log"; then echo "ok: passing smoke suite -> exit 0"
else echo "FAIL: passing smoke suite -> exit $rc"; tail -40 "$log"; failed=1; fi

READOUT_TEST_GREP='^smoke' READOUT_SMOKE_FAIL=1 bash "$HERE/run-integration.sh" > "$log" 2>&1
rc=$?
if [ $rc -ne 0 ] && grep -q '1 failing' "$log" && grep -q 'fails on purpose' "$log"; then echo "ok: failing smoke test -> exit $rc"
else echo "FAIL: failing smoke test -> exit $rc (expected non-zero, with 1 failing)"; tail -40 "$log"; failed=1; fi

exit $failed
