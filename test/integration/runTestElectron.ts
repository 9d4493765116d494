// The same integration suites under @vscode/test-electron, for machines that can download VS Code
// (this project's own CI cannot: it runs them in code-server, test/harness/run-integration.sh).
// Usage: node scripts/build.mjs && node --import tsx test/integration/runTestElectron.ts
// Env: READOUT_VSCODE_VERSION (default 'stable'), READOUT_TEST_GREP, READOUT_SMOKE_FAIL (as in the harness).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const PROJECT = resolve(__dirname, '../..');
const SEED = 'seed-meeting-procurator-general.txt';

async function main(): Promise<void> {
  // the workspace the suites expect: the fixture folder with the seed readout copied in
  const workspace = mkdtempSync(join(tmpdir(), 'readout-ws-'));
  cpSync(join(PROJECT, 'test/fixtures/workspace'), workspace, { recursive: true });
  cpSync(join(PROJECT, 'samples', SEED), join(workspace, SEED));
  const passOn = ['READOUT_TEST_GREP', 'READOUT_SMOKE_FAIL'].filter((k) => process.env[k] !== undefined);
  try {
    await runTests({
      version: process.env.READOUT_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: PROJECT,
      extensionTestsPath: join(PROJECT, 'out/test/integration/index.js'),
      extensionTestsEnv: Object.fromEntries(passOn.map((k) => [k, process.env[k]])),
      // a throw-away window on the workspace: no other extensions, no workspace-trust prompt
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
