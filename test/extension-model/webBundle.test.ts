// The web extension (vscode.dev, the web worker extension host) must not reach a Node built-in:
// bundle the extension for the browser, as scripts/build.mjs does, and look at what it requires.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '../..');

describe('web extension bundle', () => {
  it('requires nothing but vscode, and no Node built-in is on its path', async function () {
    this.timeout(60_000);
    const result = await build({
      entryPoints: [join(root, 'src/extension/activate.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      external: ['vscode'],
      mainFields: ['browser', 'module', 'main'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
    const inputs = Object.keys(result.metafile.inputs);
    assert.deepEqual(inputs.filter((i) => i.startsWith('node:') || /(^|\/)node_modules\/(fs|path|os|crypto|worker_threads)\//.test(i)), []);
    assert.ok(!/\bprocess\.(env|cwd|platform)\b/.test(code), 'the bundle reads Node’s process object');
  });

  it('is the manifest’s browser entry, and the manifest declares what it supports', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  });
});
