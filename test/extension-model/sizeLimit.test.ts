// The size limit: the user's value wins; unset, five million characters when the engine runs in
// a worker, one million when it runs on the extension host's thread; the manifest declares the
// worker's default.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInput } from '../../src/engine';
import { IN_PROCESS_SIZE_LIMIT, WORKER_SIZE_LIMIT, effectiveSizeLimit } from '../../src/extension/sizeLimit';

describe('size limit (readout.sizeLimit)', () => {
  it('is the user’s value when they set one, whatever runs the engine', () => {
    assert.equal(effectiveSizeLimit(1000, 'worker'), 1000);
    assert.equal(effectiveSizeLimit(20_000_000, 'in-process'), 20_000_000);
  });

  it('defaults to 5,000,000 characters in a worker and 1,000,000 on the host’s thread', () => {
    assert.equal(effectiveSizeLimit(undefined, 'worker'), 5_000_000);
    assert.equal(effectiveSizeLimit(undefined, 'in-process'), 1_000_000);
    const fiveMegabytes = 'x'.repeat(5_000_000);
    assert.equal(checkInput(fiveMegabytes, effectiveSizeLimit(undefined, 'worker')).ok, true);
    assert.equal(checkInput(fiveMegabytes, effectiveSizeLimit(undefined, 'in-process')).ok, false);
  });

  it('is declared in the manifest with the worker’s default, and says what happens without a worker', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.properties['readout.sizeLimit'];
    assert.equal(setting.default, WORKER_SIZE_LIMIT);
    assert.match(setting.markdownDescription, /1,000,000/);
    assert.equal(IN_PROCESS_SIZE_LIMIT, 1_000_000);
  });
});
