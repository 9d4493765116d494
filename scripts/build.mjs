// Bundles every entry point with esbuild. unified and remark-parse are ESM-only while VS Code
// loads extensions as CommonJS, so the extension, the CLI and the test suites are bundled.
// Type checking is `npm run typecheck` (tsc); esbuild only strips types.
import { build } from 'esbuild';
import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

/** @type {import('esbuild').BuildOptions[]} */
const bundles = [
  // the command line
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs',
    banner: { js: '#!/usr/bin/env node' } },
  // the extension for VS Code desktop and code-server (Node extension host)
  { ...common, entryPoints: ['src/extension/desktop.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs',
    external: ['vscode'] },
  // its engine, off the extension host's thread: a worker_threads Worker
  { ...common, entryPoints: ['src/worker/nodeMain.ts'], outfile: 'dist/annotateWorker.js', platform: 'node', format: 'cjs' },
  // the same extension for vscode.dev (web worker extension host): no Node built-ins on this path
  { ...common, entryPoints: ['src/extension/web.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs',
    external: ['vscode'], mainFields: ['browser', 'module', 'main'] },
  // its engine in a Web Worker: a classic worker script, so no module system at all
  { ...common, entryPoints: ['src/worker/webMain.ts'], outfile: 'dist/web/annotateWorker.js', platform: 'browser', format: 'iife',
    mainFields: ['browser', 'module', 'main'] },
  // the benchmark (npm run bench)
  { ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.js', platform: 'node', format: 'cjs' },
  // the integration tests (npm run test:integration), never shipped, so not built for --production:
  // the runner (mocha included; the extension host loads it as extensionTestsPath) and the suites,
  // a bundle of their own, loaded once the runner has switched source maps on
  ...(production ? [] : [
    // mocha's parallel mode (worker processes) is never used in the extension host
    { ...common, entryPoints: ['test/integration/index.ts'], outfile: 'out/test/integration/index.js', platform: 'node',
      format: 'cjs', external: ['vscode', './suites.js', '*/parallel-buffered-runner.cjs'] },
    { ...common, entryPoints: ['readout:integration-suites'], outfile: 'out/test/integration/suites.js', platform: 'node',
      format: 'cjs', external: ['vscode'], plugins: [integrationSuites()] },
  ]),
];

/** Every `*.test.ts` under a folder, as sorted posix paths relative to the project root. */
function testFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f).split('\\').join('/'))
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
}

/**
 * The virtual module `readout:integration-suites`: one lazy loader per `*.test.ts` file anywhere under
 * test/integration, so a new suite file is picked up without touching the runner, and suites run only when mocha is ready.
 */
function integrationSuites() {
  const name = 'readout:integration-suites';
  return {
    name,
    setup(b) {
      b.onResolve({ filter: /^readout:integration-suites$/ }, () => ({ path: name, namespace: name }));
      b.onLoad({ filter: /.*/, namespace: name }, () => {
        const files = testFiles('test/integration');
        const loaders = files.map((f) => `  [${JSON.stringify(f)}, () => require(${JSON.stringify(`./${f}`)})],`);
        return {
          contents: `module.exports.suites = [\n${loaders.join('\n')}\n];\n`,
          resolveDir: process.cwd(),
          loader: 'js',
          watchDirs: ['test/integration'],
        };
      });
    },
  };
}

for (const options of bundles) {
  if (watch) {
    const { context } = await import('esbuild');
    const ctx = await context(options);
    await ctx.watch();
  } else {
    await build(options);
  }
}
chmodSync('dist/cli.js', 0o755);
