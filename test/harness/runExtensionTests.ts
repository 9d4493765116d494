// Runs the integration suites the @vscode/test-electron way (extensionDevelopmentPath +
// extensionTestsPath, mocha inside the Node extension host) against a code-server started with
// `--vscode-option enable-smoke-test-driver` (without it the built workbench ignores the payload),
// with headless chromium as the window. Relays the extension host's console (mocha's spec
// reporter), collects the `[readout-metric] name=value` lines, exits with the tests' result.
//
// Usage: node --import tsx test/harness/runExtensionTests.ts <baseUrl> <workspaceFolder>
//          <extensionDevelopmentPath> <extensionTestsPath> [metrics.json]
// Env: READOUT_E2E_TIMEOUT_S (default 600), READOUT_E2E_VERBOSE=1 (every workbench log line),
//      READOUT_TEST_ENV_JSON (the extension host's extra environment, like test-electron's extensionTestsEnv)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, workbenchUrl } from './browser';

// Workbench chatter that is never about the extension under test (offline gallery, auth, sockets,
// the web worker host's iframe, language detection's model, settings the workbench writes itself).
const NOISE = new RegExp(
  [
    'Failed to load resource', 'ChatModelSelection', '\\[AgentHost', 'AccountPolicyGate', 'open-vsx\\.org',
    'mobile\\.events\\.data', "authentication provider 'github'", 'Creating a socket', 'connection token',
    'reconnection-grace', 'An unknown error occurred', '\\[Extension Host\\] ?$', 'same-origin iframe',
    'allow-scripts and allow-same-origin', 'Updating additional builtin extensions cache',
    '\\[Service Worker\\] registered', 'vscode-languagedetection', 'Unable to write into user settings',
  ].join('|'),
);
const METRIC = /\[readout-metric\] ([\w().-]+)=(.+)$/;

async function main(): Promise<number> {
  const [base, folder, devPath, testsPath, metricsFile] = process.argv.slice(2);
  if (!base || !folder || !devPath || !testsPath) {
    console.error('usage: runExtensionTests.ts <baseUrl> <workspaceFolder> <extensionDevelopmentPath> <extensionTestsPath> [metrics.json]');
    return 2;
  }
  const timeoutS = Number(process.env.READOUT_E2E_TIMEOUT_S ?? 600);
  const verbose = process.env.READOUT_E2E_VERBOSE === '1';
  const started = Date.now();
  const log = (...args: unknown[]) => console.log(`[harness ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...args);

  // The workbench takes location.host as the remote authority; these URIs name paths on the server.
  const remote = (path: string) => `vscode-remote://${new URL(base).host}${resolve(path)}`;
  const payload: [string, string][] = [
    ['extensionDevelopmentPath', remote(devPath)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  if (process.env.READOUT_TEST_ENV_JSON) payload.push(['extensionEnvironment', process.env.READOUT_TEST_ENV_JSON]);

  const metrics: Record<string, string> = {};
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    let finish!: (code: number | 'timeout') => void;
    const result = new Promise<number | 'timeout'>((r) => (finish = r));
    // The workbench calls this when the extension host has run the tests and exited.
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    page.on('console', async (message) => {
      let text: string;
      try {
        const values = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => '<?>')));
        let level: string = message.type();
        // workbench log lines arrive as ['%c INFO', 'color: …', format, …args]
        if (typeof values[0] === 'string' && values[0].startsWith('%c')) {
          level = values[0].replace('%c', '').trim();
          values.splice(0, 2);
        }
        text = `${level.padEnd(5)} ${values.length ? format(...values) : message.text()}`;
      } catch {
        text = message.text();
      }
      const m = METRIC.exec(text);
      if (m) metrics[m[1]!] = m[2]!.trim();
      if (verbose || !NOISE.test(text)) console.log(text);
    });
    page.on('pageerror', (e) => console.log('[pageerror]', e.message));

    log('opening the workbench on', folder);
    await page.goto(workbenchUrl(base, resolve(folder), payload));
    const timer = setTimeout(() => finish('timeout'), timeoutS * 1000);
    const code = await result;
    clearTimeout(timer);
    log(code === 'timeout' ? `no result after ${timeoutS} s` : `extension host exit code: ${code}`);

    if (Object.keys(metrics).length) {
      log('measurements:');
      for (const [name, value] of Object.entries(metrics)) console.log(`  ${name.padEnd(28)} ${value}`);
      if (metricsFile) {
        mkdirSync(dirname(metricsFile), { recursive: true });
        writeFileSync(metricsFile, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...metrics }, null, 2)}\n`);
      }
    }
    return code === 0 ? 0 : 1;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
