// The one entry of the engine: text in, annotation model out. Pure: no I/O, no vscode.
import type { AnnotateOptions, Annotations } from './model';
import { sha256Hex } from './sha256';

export function annotate(text: string, options: AnnotateOptions = {}): Annotations {
  const languageId = options.languageId ?? 'plaintext';
  return {
    format: 'readout-annotations',
    version: 1,
    document: { uri: options.uri ?? null, languageId, length: text.length, sha256: sha256Hex(text) },
    meeting: { title: null, kind: 'meeting', date: null, place: null, participants: [] },
    officials: [],
    quotes: [],
    paraphrases: [],
    commitments: [],
    turns: [],
  };
}
