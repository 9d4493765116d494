// The engine tells a listener how long each step took (the benchmark's per-step table), and
// listening changes nothing in what it returns.
import assert from 'node:assert/strict';
import { annotate } from '../../src/engine';
import type { AnnotateStep } from '../../src/engine';
import { seedText } from './helpers';

const STEPS: AnnotateStep[] = ['structure', 'labels', 'officials', 'quotes', 'references', 'turns', 'attribution', 'paraphrases', 'commitments', 'meeting', 'model'];

describe('onStep', () => {
  it('reports every step once, in order, with a time that is a finite non-negative number', () => {
    const told: [AnnotateStep, number][] = [];
    annotate(seedText(), { onStep: (step, ms) => told.push([step, ms]) });
    assert.deepEqual(told.map(([s]) => s), STEPS);
    for (const [step, ms] of told) assert.ok(Number.isFinite(ms) && ms >= 0, `${step}: ${ms}`);
  });

  it('returns the same annotations with and without a listener', () => {
    const text = seedText();
    assert.deepEqual(annotate(text, { onStep: () => {} }), annotate(text));
  });
});
