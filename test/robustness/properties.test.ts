// Issue 5, "never throws, never hangs": the engine on random and mutated readouts. Every run
// checks the invariants of ./invariants.ts (spans, references, unique ids, schema) and the time
// bound of ./annotateChecked.ts. Seeded, so a failure replays; sized so the suite takes well under
// a minute on two cores. Longer runs: READOUT_FC_RUNS=20 (a multiplier) and READOUT_FC_SEED=<n>.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { annotateChecked } from './annotateChecked';
import { shiftedBy } from './shift';
import { allReadouts } from './corpus/readouts';
import { applyMutation, blankText, composedReadout, languageId, mutations, tokenSoup } from './arbitraries';

const SEED = Number(process.env.READOUT_FC_SEED ?? 20250605);
const SCALE = Math.max(1, Number(process.env.READOUT_FC_RUNS ?? 1));
const runs = (n: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: Math.round(n * SCALE), endOnFailure: false });

describe('robustness: the engine on random and mutated input', function () {
  this.timeout(300_000 * SCALE);

  it('annotates every sample readout as it is (both language paths)', () => {
    for (const r of allReadouts()) {
      annotateChecked(r.text, { languageId: r.languageId, twice: true });
      annotateChecked(r.text, { languageId: r.languageId === 'markdown' ? 'plaintext' : 'markdown' });
    }
  });

  it('mutated sample readouts: marks, apostrophes, line breaks, BOM, NFD, combining marks, emoji, RTL, long lines, odd Markdown', () => {
    const readouts = allReadouts();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: readouts.length - 1 }), mutations, languageId, (i, ms, lang) => {
        const text = ms.reduce(applyMutation, readouts[i].text);
        annotateChecked(text, { languageId: lang });
      }),
      runs(400),
    );
  });

  it('composed readouts, plain and mutated', () => {
    fc.assert(
      fc.property(composedReadout, fc.option(mutations, { nil: undefined }), (r, ms) => {
        annotateChecked(ms ? ms.reduce(applyMutation, r.text) : r.text, { languageId: r.languageId });
      }),
      runs(300),
    );
  });

  it('token soup: dense runs of names, titles, verbs, triggers, marks and layout', () => {
    fc.assert(
      fc.property(tokenSoup, languageId, (text, lang) => {
        annotateChecked(text, { languageId: lang });
      }),
      runs(600),
    );
  });

  it('arbitrary strings of any code units (lone surrogates, controls, astral)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000, size: 'large' }), languageId, (text, lang) => {
        annotateChecked(text, { languageId: lang });
      }),
      runs(200),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000, size: 'large' }), languageId, (text, lang) => {
        annotateChecked(text, { languageId: lang });
      }),
      runs(150),
    );
  });

  it('empty and whitespace-only input', () => {
    annotateChecked('', { languageId: 'plaintext' });
    annotateChecked('', { languageId: 'markdown' });
    fc.assert(
      fc.property(blankText, languageId, (text, lang) => {
        annotateChecked(text, { languageId: lang });
      }),
      runs(100),
    );
  });

  it('gives the same answer twice for the same text (stable ids)', () => {
    const readouts = allReadouts();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: readouts.length - 1 }), mutations, languageId, (i, ms, lang) => {
        annotateChecked(ms.reduce(applyMutation, readouts[i].text), { languageId: lang, twice: true });
      }),
      runs(60),
    );
  });

  it('reads a leading BOM as nothing: every span moves by one, nothing else changes', () => {
    // editors and the CLI may hand the engine a UTF-8 byte order mark; it is not text
    const readouts = allReadouts();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: readouts.length - 1 }), fc.option(mutations, { nil: undefined }), languageId, (i, ms, lang) => {
        const text = (ms ?? []).reduce(applyMutation, readouts[i].text).replace(/^\ufeff+/, '');
        const plain = annotateChecked(text, { languageId: lang });
        const withBom = annotateChecked('\ufeff' + text, { languageId: lang });
        assert.deepEqual({ ...withBom, document: null }, { ...shiftedBy(plain, 1), document: null });
      }),
      runs(60),
    );
  });
});
