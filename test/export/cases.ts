// The documents every export test runs on: the seed and the synthetic astral readout as the
// engine annotates them, and the synthetic readout's hand-built model (format logic on its
// own, whatever the engine returns). Engine output is computed on first use, so an engine
// failure fails the tests that need it, not the loading of the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotate } from '../../src/engine';
import type { Annotations } from '../../src/engine/model';
import { ASTRAL_PATH, ASTRAL_TEXT, astralAnnotations } from '../fixtures/export/astralReadout';

export const SEED_PATH = join(__dirname, '..', '..', 'samples', 'seed-meeting-procurator-general.txt');

export interface ExportCase {
  name: string;
  text: string;
  /** Whether the model comes from the engine (then it must not be empty: the seed has quotes). */
  fromEngine: boolean;
  annotations(): Annotations;
}

function engineCase(name: string, path: string): ExportCase {
  const text = readFileSync(path, 'utf8');
  let cached: Annotations | undefined;
  return {
    name, text, fromEngine: true,
    annotations: () => (cached ??= annotate(text, { languageId: 'plaintext', uri: pathToFileURL(path).href })),
  };
}

export const CASES: ExportCase[] = [
  { name: 'hand-built model of the astral readout', text: ASTRAL_TEXT, fromEngine: false, annotations: astralAnnotations },
  engineCase('engine on the seed', SEED_PATH),
  engineCase('engine on the astral readout', ASTRAL_PATH),
];

/** Engine output with nothing in it would make every check below pass vacuously: say so instead. */
export function assertHasContent(c: ExportCase, a: Annotations): void {
  if (a.quotes.length === 0 || a.officials.length === 0) {
    throw new Error(`${c.name}: the model has ${a.officials.length} officials and ${a.quotes.length} quotes; ` +
      'both documents have officials and quotes, so the export checks would prove nothing');
  }
}

/** The document as code points (an independent view: JavaScript's string iterator). */
export function codePointsOf(text: string): string[] {
  return Array.from(text);
}

/** How many official mentions, quotes, paraphrases and commitments a model has. */
export function itemCount(a: Annotations): number {
  return a.officials.reduce((n, o) => n + o.mentions.length, 0) + a.quotes.length + a.paraphrases.length + a.commitments.length;
}
