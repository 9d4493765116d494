// Bundles every entry point with esbuild. unified and remark-parse are ESM-only while VS Code
// loads extensions as CommonJS, so the extension, the CLI and the test suites are bundled.
// Type checking is `npm run typecheck` (tsc); esbuild only strips types.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

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
  { ...common, entryPoints: ['src/extension/activate.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs',
    external: ['vscode'] },
  // the same extension for vscode.dev (web worker extension host): no Node built-ins on this path
  { ...common, entryPoints: ['src/extension/activate.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs',
    external: ['vscode'], mainFields: ['browser', 'module', 'main'] },
  // the benchmark (npm run bench)
  { ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.js', platform: 'node', format: 'cjs' },
];

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
