import assert from 'node:assert/strict';
import { looksLikeReadout } from '../../src/extension/viewModel/readoutDetection';
import type { Annotations } from '../../src/engine/model';
import { seedAnnotations } from './seedAnnotations';

function without(annotations: Annotations, change: Partial<Annotations>): Annotations {
  return { ...annotations, ...change };
}

describe('automatic readout detection', () => {
  it('recognises the seed readout', () => {
    assert.equal(looksLikeReadout(seedAnnotations), true);
  });

  it('leaves a text whose people hold no office plain (a README quoting its author)', () => {
    const readme = without(seedAnnotations, {
      officials: seedAnnotations.officials.map((o) => ({ ...o, roles: [] })),
    });
    assert.equal(looksLikeReadout(readme), false);
  });

  it('needs more than a job title: someone with an office must speak, commit, or meet someone', () => {
    const titleOnly = without(seedAnnotations, {
      quotes: [],
      paraphrases: [],
      commitments: [],
      meeting: { ...seedAnnotations.meeting, participants: ['o2'] },
    });
    assert.equal(looksLikeReadout(titleOnly), false);
    assert.equal(looksLikeReadout(without(titleOnly, { meeting: seedAnnotations.meeting })), true);
  });

  it('leaves an empty model plain', () => {
    assert.equal(
      looksLikeReadout(without(seedAnnotations, { officials: [], quotes: [], paraphrases: [], commitments: [], turns: [] })),
      false,
    );
  });
});
