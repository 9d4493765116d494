// The integration runner: VS Code's extension host loads this bundle (extensionTestsPath) and
// awaits run(), in code-server (test/harness/run-integration.sh) as under @vscode/test-electron
// (runTestElectron.ts). Every test/integration/**/*.test.ts is compiled into a second bundle,
// suites.js (scripts/build.mjs). Each suite registers its describe/it once mocha has set its
// globals; smoke runs first (it measures the extension's activation, which only the first suite
// to open a readout sees).
import Mocha from 'mocha';
import { findSourceMap } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SMOKE = 'test/integration/smoke.test.ts';
const SUITES_BUNDLE = resolve(__dirname, 'suites.js');
const PROJECT = resolve(__dirname, '../../..');

/**
 * Points the suites' stack frames at the .ts lines. VS Code's extension host owns
 * Error.prepareStackTrace, so Node's own source-map support never reaches these stacks.
 */
function mapSuiteFrames(stack: string): string {
  const map = findSourceMap(SUITES_BUNDLE);
  if (!map) return stack;
  return stack.replace(/[^\s()]*suites\.js:(\d+):(\d+)/g, (frame, line: string, column: string) => {
    const origin = map.findOrigin(Number(line), Number(column));
    if (!('fileName' in origin)) return frame;
    const file = origin.fileName.startsWith('file:') ? fileURLToPath(origin.fileName) : resolve(origin.fileName);
    return `${relative(PROJECT, file)}:${origin.lineNumber}:${origin.columnNumber}`;
  });
}

/** Env (passed through the harness' extensionEnvironment): READOUT_TEST_GREP runs only the matching tests. */
export function run(): Promise<void> {
  process.setSourceMapsEnabled(true); // so that findSourceMap knows the suites' map
  const { suites } = require(SUITES_BUNDLE) as typeof import('readout:integration-suites');
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: Mocha.reporters.Spec,
    color: false,
    // generous: the first test waits for the extension to activate in a cold extension host
    timeout: 60_000,
    ...(process.env.READOUT_TEST_GREP ? { grep: process.env.READOUT_TEST_GREP } : {}),
  });
  const ordered = [...suites].sort(([a], [b]) => Number(b === SMOKE) - Number(a === SMOKE) || a.localeCompare(b));
  for (const [file, load] of ordered) {
    // what mocha.loadFiles does for a file on disk, for a suite already in the bundle
    mocha.suite.emit('pre-require', globalThis, file, mocha);
    mocha.suite.emit('require', load(), file, mocha);
    mocha.suite.emit('post-require', globalThis, file, mocha);
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('fail', (_test, error: unknown) => {
      if (error instanceof Error && error.stack) error.stack = mapSuiteFrames(error.stack);
    });
  });
}
