// Issue 5: a 5 MB paragraph with no punctuation must come back, inside the same generous bound
// as every other input (./annotateChecked.ts), with output that keeps every invariant. Each text
// runs in a child process that is killed at the bound, so a hang fails the test instead of the suite.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { timeBoundMs } from './annotateChecked';
import { HUGE_LENGTH, HUGE_TEXTS } from './huge/hugeTexts';

const ROOT = join(__dirname, '..', '..');
const CHILD = join(__dirname, 'huge', 'annotateHuge.ts');

describe('robustness: a 5 MB paragraph with no punctuation', function () {
  const bound = timeBoundMs(HUGE_LENGTH);
  this.timeout(bound + 30_000);

  for (const name of Object.keys(HUGE_TEXTS)) {
    it(`${name}: returns within ${(bound / 1000).toFixed(0)} s with valid output`, () => {
      const started = Date.now();
      // the bound is on annotate itself; the child also builds the text and loads the engine
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=4096', CHILD, name], {
        cwd: ROOT, encoding: 'utf8', timeout: bound + 10_000, killSignal: 'SIGKILL',
      });
      assert.ok(run.signal === null, `annotate did not return: killed after ${((Date.now() - started) / 1000).toFixed(0)} s`);
      assert.equal(run.status, 0, `the child failed:\n${run.stderr.slice(0, 2000)}`);
      const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; length: number; violations: string[] };
      assert.equal(result.length, HUGE_LENGTH);
      assert.deepEqual(result.violations, []);
      assert.ok(result.ms <= bound, `annotate took ${(result.ms / 1000).toFixed(1)} s (bound ${(bound / 1000).toFixed(0)} s)`);
    });
  }
});
