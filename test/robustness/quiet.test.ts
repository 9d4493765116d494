// Issue 5, "Quiet": no network access, no telemetry, and a manifest that says so honestly.
// The extension and CLI are bundled here exactly as scripts/build.mjs bundles them (esbuild), and
// everything the bundles take in is checked: no network module among their imports, no network
// API in their code (dependencies included), and the manifest's trust and virtual-workspace
// declarations present.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';

const ROOT = join(__dirname, '..', '..');

const NETWORK_MODULES = /^(?:node:)?(?:http|https|http2|net|tls|dgram|dns)(?:\/|$)/;
/** Network APIs a bundle could call without importing anything. */
const NETWORK_APIS = /\b(?:fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts\s*\()/;
const TELEMETRY = /\b(?:createTelemetryLogger|TelemetryReporter|applicationinsights|@vscode\/extension-telemetry)\b/i;

interface Bundle {
  name: string;
  code: string;
  externals: string[];
}

async function bundle(entry: string, platform: 'node' | 'browser'): Promise<Bundle> {
  const result = await build({
    entryPoints: [join(ROOT, entry)], bundle: true, write: false, metafile: true, platform, format: 'cjs',
    target: 'es2022', external: ['vscode'], logLevel: 'silent', outfile: 'out.js',
    ...(platform === 'browser' ? { mainFields: ['browser', 'module', 'main'] } : {}),
  });
  const meta = result.metafile as Metafile;
  const externals = Object.values(meta.inputs).flatMap((i) => i.imports.filter((imp) => imp.external).map((imp) => imp.path));
  return { name: `${entry} (${platform})`, code: result.outputFiles[0].text, externals: [...new Set(externals)] };
}

describe('robustness: quiet (no network, no telemetry)', function () {
  this.timeout(60_000);
  let bundles: Bundle[] = [];

  before(async () => {
    bundles = [
      await bundle('src/extension/desktop.ts', 'node'),
      await bundle('src/worker/nodeMain.ts', 'node'),
      await bundle('src/extension/web.ts', 'browser'),
      await bundle('src/worker/webMain.ts', 'browser'),
      await bundle('src/cli/main.ts', 'node'),
    ];
  });

  it('imports no network module in the extension or the CLI', () => {
    for (const b of bundles) {
      assert.deepEqual(b.externals.filter((m) => NETWORK_MODULES.test(m)), [], `${b.name} imports a network module`);
    }
  });

  it('calls no network API and carries no telemetry, dependencies included', () => {
    for (const b of bundles) {
      const api = NETWORK_APIS.exec(b.code);
      assert.equal(api, null, `${b.name} uses ${api?.[0]} near: ${api ? b.code.slice(Math.max(0, api.index - 80), api.index + 40) : ''}`);
      assert.doesNotMatch(b.code, TELEMETRY, `${b.name} carries telemetry`);
    }
  });

  it('declares untrusted-workspace and virtual-workspace support in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      capabilities?: { virtualWorkspaces?: unknown; untrustedWorkspaces?: { supported?: unknown; description?: string } };
    };
    const caps = manifest.capabilities;
    assert.ok(caps, 'package.json has no capabilities');
    // it only reads open documents and writes where the user says: both hold without trust and on virtual file systems
    assert.equal(caps.virtualWorkspaces, true);
    assert.equal(caps.untrustedWorkspaces?.supported, true);
    assert.ok((caps.untrustedWorkspaces?.description ?? '').length > 20, 'the trust declaration says why');
  });
});
