// One call of the engine as the robustness tests see it: it must return (not throw), within a
// generous time bound, output that satisfies every invariant, and the same output again for the
// same text (ids are stable). Throws an Error naming the input when any of that fails.
import { isDeepStrictEqual } from 'node:util';
import { annotate } from '../../src/engine';
import type { Annotations } from '../../src/engine/model';
import { violations } from './invariants';

/**
 * The bound catches hangs and runaway growth, not slowness: 3 s plus 5 µs per character
 * (200 KB/s, fifty times below the 10 MB/s target), generous for a loaded 2-core machine.
 */
export const timeBoundMs = (length: number): number => 3000 + length * 0.005;

export interface CheckOptions {
  languageId: string;
  /** Also annotate a second time and compare (determinism); costs a second run. */
  twice?: boolean;
}

export function annotateChecked(text: string, { languageId, twice = false }: CheckOptions): Annotations {
  const describe = (): string => `${languageId} input of ${text.length} chars: ${JSON.stringify(text.length > 300 ? text.slice(0, 300) + '…' : text)}`;
  const t0 = performance.now();
  let a: Annotations;
  try {
    a = annotate(text, { languageId, uri: null });
  } catch (e) {
    throw new Error(`annotate threw ${(e as Error).stack?.split('\n').slice(0, 4).join(' ⏎ ')}\non ${describe()}`);
  }
  const ms = performance.now() - t0;
  if (ms > timeBoundMs(text.length)) throw new Error(`annotate took ${ms.toFixed(0)} ms (bound ${timeBoundMs(text.length).toFixed(0)} ms) on ${describe()}`);
  const broken = violations(text, a);
  if (broken.length > 0) throw new Error(`invariants broken:\n  ${broken.join('\n  ')}\non ${describe()}`);
  if (twice && !isDeepStrictEqual(annotate(text, { languageId, uri: null }), a)) throw new Error(`a second run differs on ${describe()}`);
  return a;
}
