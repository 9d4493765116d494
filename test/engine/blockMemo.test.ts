// Re-annotating with a document's memo (issue 5's latency) gives exactly what annotating from
// scratch gives, whatever the edit: the memo saves work, never changes the answer.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotate, BlockMemo, BlockMemos } from '../../src/engine';
import { BLOCK_MEMO_LIMIT } from '../../src/engine/blockMemo';
import type { Token } from '../../src/engine/tokens';
import { tokenize } from '../../src/engine/tokens';
import { seedText } from './helpers';

/** One edit of the text: replace [at, at + remove) with `insert`. */
const edit = (text: string, at: number, remove: number, insert: string): string => text.slice(0, at) + insert + text.slice(at + remove);

describe('BlockMemo', () => {
  it('gives the same annotations as no memo over a run of edits of the seed (typing, deleting, splitting and joining paragraphs)', () => {
    const seed = seedText();
    const paragraph = seed.indexOf('\n\n', 600);
    assert.ok(paragraph > 0);
    const versions = [
      seed,
      edit(seed, 40, 0, 'x'), // a letter typed in the first paragraph: every later block moves by one
      edit(seed, 40, 1, ''), // and deleted again
      edit(seed, paragraph, 2, ' '), // two paragraphs joined
      edit(seed, paragraph, 0, '\n\nThe Minister said: “We will act.”'), // a paragraph inserted
      edit(seed, 0, 0, seed.slice(0, paragraph)), // the same paragraphs twice in one document
      edit(seed, 0, 0, seed.slice(0, paragraph)),
      '',
      seed,
    ];
    for (const languageId of ['plaintext', 'markdown']) {
      const memo = new BlockMemo();
      for (const [n, text] of versions.entries()) {
        assert.deepEqual(annotate(text, { languageId, memo }), annotate(text, { languageId }), `${languageId}, version ${n}`);
      }
    }
  });

  it('gives the same annotations as no memo for random edits of the seed', () => {
    const seed = seedText();
    const anEdit = fc.record({
      at: fc.nat({ max: seed.length }),
      remove: fc.nat({ max: 80 }),
      insert: fc.constantFrom('', 'a', '\n\n', '“', '” he said. ', 'The President will visit. ', '\r\n'),
    });
    fc.assert(
      fc.property(fc.array(anEdit, { minLength: 1, maxLength: 4 }), (edits) => {
        const memo = new BlockMemo();
        let text = seed;
        annotate(text, { memo });
        for (const e of edits) {
          text = edit(text, Math.min(e.at, text.length), e.remove, e.insert);
          assert.deepEqual(annotate(text, { memo }), annotate(text));
        }
      }),
      { seed: 20261127, numRuns: 40 },
    );
  });

  it('scans a block again only when its text changed, and shifts the tokens of a block that moved', () => {
    const memo = new BlockMemo();
    let scans = 0;
    const tokensOf = (clean: string, start: number, end: number): Token[] =>
      memo.tokens(clean.slice(start, end), start, () => { scans++; return tokenize(clean, start, end); });

    const first = 'One paragraph.\n\nMinister Lavrov said so.';
    memo.begin(first.length);
    tokensOf(first, 0, 14);
    const before = tokensOf(first, 16, first.length);
    assert.equal(scans, 2);

    const second = `Another${first}`;
    memo.begin(second.length);
    const moved = tokensOf(second, 23, second.length);
    assert.equal(scans, 2, 'the unchanged block is not scanned again');
    assert.deepEqual(moved, tokenize(second, 23, second.length));
    assert.deepEqual(moved.map((t) => t.start), before.map((t) => t.start + 7));
    tokensOf(second, 0, 21);
    assert.equal(scans, 3, 'the edited block is scanned');
  });

  it('keeps only the blocks the last annotation read', () => {
    const memo = new BlockMemo();
    let scans = 0;
    const make = (): Token[] => { scans++; return []; };
    memo.begin(10);
    memo.tokens('old', 0, make);
    memo.begin(10);
    memo.tokens('new', 0, make);
    memo.begin(10);
    memo.tokens('old', 0, make);
    assert.equal(scans, 3, 'a block two annotations old was dropped');
  });

  it(`keeps nothing for a document longer than ${BLOCK_MEMO_LIMIT} characters`, () => {
    const memo = new BlockMemo();
    assert.equal(memo.begin(BLOCK_MEMO_LIMIT + 1), false);
    assert.equal(memo.begin(BLOCK_MEMO_LIMIT), true);
  });
});

describe('BlockMemos', () => {
  it('keeps one memo per document, the least recently annotated going first, and none without a URI', () => {
    const memos = new BlockMemos(2);
    const a = memos.for('file:///a.txt');
    assert.ok(a);
    assert.equal(memos.for('file:///a.txt'), a);
    memos.for('file:///b.txt');
    memos.for('file:///a.txt');
    memos.for('file:///c.txt'); // b is the least recent
    assert.equal(memos.size, 2);
    assert.equal(memos.for('file:///a.txt'), a);
    assert.equal(memos.for(null), undefined);
    assert.equal(memos.for(''), undefined);
    memos.forget('file:///a.txt');
    assert.notEqual(memos.for('file:///a.txt'), a);
  });
});
