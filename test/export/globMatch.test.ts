import assert from 'node:assert/strict';
import { compileGlob, expandBraces } from '../../src/export/globMatch';

describe('export: folder glob', () => {
  const cases: [string, string, boolean][] = [
    ['**/*.{txt,md}', 'release.txt', true],
    ['**/*.{txt,md}', 'a/b/c/release.md', true],
    ['**/*.{txt,md}', 'a/b/release.json', false],
    ['**/*.{txt,md}', 'README.MD', true],
    ['*.txt', 'release.txt', true],
    ['*.txt', 'sub/release.txt', false],
    ['readouts/**', 'readouts/2024/x.txt', true],
    ['readouts/**/*.txt', 'readouts/x.txt', true],
    ['readouts/**/*.txt', 'other/x.txt', false],
    ['**/2024-0?-*.txt', 'y/2024-04-10.txt', true],
    ['**/2024-0?-*.txt', 'y/2024-10-10.txt', false],
    ['**/[a-c]*.txt', 'b.txt', true],
    ['**/[!a-c]*.txt', 'b.txt', false],
    ['./**/*.txt', 'x/y.txt', true],
    ['**\\*.txt', 'x\\y.txt', true],
    ['{a,b{c,d}}.txt', 'bd.txt', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(compileGlob(glob)(path), expected);
    });
  }

  it('expands nested braces and caps the number of alternatives', () => {
    assert.deepEqual(expandBraces('{a,b{c,d}}x'), ['ax', 'bcx', 'bdx']);
    assert.equal(expandBraces('{a,b}'.repeat(20)).length, 256);
  });

  it('takes polynomial, not exponential, time on hostile patterns', () => {
    const started = performance.now();
    const match = compileGlob(`${'**/'.repeat(30)}${'*a'.repeat(30)}b`);
    assert.equal(match(`${'x/'.repeat(40)}${'a'.repeat(200)}`), false);
    assert.ok(performance.now() - started < 2000, `${performance.now() - started} ms`);
  });
});
