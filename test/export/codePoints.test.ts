import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codePointIndex, splitsSurrogatePair } from '../../src/export/codePoints';

describe('export: UTF-16 to code point offsets', () => {
  it('agrees with the string iterator at every offset that does not split a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const index = codePointIndex(text);
        assert.equal(index.length, Array.from(text).length);
        for (let i = 0; i <= text.length; i++) {
          if (splitsSurrogatePair(text, i)) continue;
          assert.equal(index.at(i), Array.from(text.slice(0, i)).length, `offset ${i}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts an emoji, a flag and a ZWJ family by their code points, a combining mark as one', () => {
    const text = 'a😀b🇧🇾c👩‍👩‍👧e\u0301';
    const index = codePointIndex(text);
    assert.equal(index.at(text.indexOf('b')), 2);
    assert.equal(index.at(text.indexOf('c')), 5);
    assert.equal(index.at(text.indexOf('e')), 11);
    assert.equal(index.length, 13);
  });

  it('maps an offset inside a surrogate pair to that character, and refuses offsets outside the text', () => {
    const index = codePointIndex('x😀');
    assert.equal(index.at(2), 1);
    assert.throws(() => index.at(4), RangeError);
    assert.throws(() => index.at(-1), RangeError);
  });

  it('builds the table for a 5-million-character document in one pass', () => {
    const text = 'Talks 🤝 in Minsk. '.repeat(300_000);
    const started = performance.now();
    const index = codePointIndex(text);
    const ms = performance.now() - started;
    assert.equal(index.at(text.length), Array.from(text).length);
    assert.ok(ms < 1500, `${ms.toFixed(0)} ms`);
  });
});
