// The web extension (vscode.dev, the web worker extension host) must not reach a Node built-in:
// bundle the extension for the browser, as scripts/build.mjs does, and look at what it requires.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '../..');

/** Bundles a source file for the browser as scripts/build.mjs does; the code and what it took in. */
async function bundleForBrowser(entry: string, format: 'cjs' | 'iife') {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format,
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

const NODE_INPUT = (i: string) => i.startsWith('node:') || /(^|\/)node_modules\/(fs|path|os|crypto|worker_threads)\//.test(i);

describe('web extension bundle', () => {
  it('requires nothing but vscode, and no Node built-in is on its path', async function () {
    this.timeout(60_000);
    const { code, inputs } = await bundleForBrowser('src/extension/web.ts', 'cjs');
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
    assert.deepEqual(inputs.filter(NODE_INPUT), []);
    assert.ok(!/\bprocess\.(env|cwd|platform)\b/.test(code), 'the bundle reads Node’s process object');
    // the engine runs in a Web Worker from the extension's own files; the in-process fallback stays bundled
    assert.ok(inputs.includes('src/extension/annotateService/webWorker.ts'), 'the web entry does not start a Web Worker');
    assert.ok(!inputs.includes('src/extension/annotateService/nodeWorker.ts'), 'the web entry reaches the Node worker');
  });

  it('has a Web Worker for the engine that requires nothing and reaches no Node built-in', async function () {
    this.timeout(60_000);
    const { code, inputs } = await bundleForBrowser('src/worker/webMain.ts', 'iife');
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], []);
    assert.deepEqual(inputs.filter(NODE_INPUT), []);
    assert.ok(inputs.includes('src/engine/annotate.ts'), 'the worker bundles the engine');
    assert.ok(!/\bprocess\.(env|cwd|platform)\b/.test(code), 'the worker reads Node’s process object');
  });

  it('is the manifest’s browser entry, and the manifest declares what it supports', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  });
});
