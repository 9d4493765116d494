// The model's `document` record. Its SHA-256 is computed on first read, not while annotating: the
// extension re-annotates on every edit and reads the hash only when it exports (3 % of a 10 KB run).
// The property is an enumerable getter, so JSON, spread and postMessage see a plain string.
import type { DocumentInfo } from './model';
import { sha256Hex } from './sha256';

export function documentInfo(uri: string | null, languageId: string, text: string): DocumentInfo {
  let hash: string | undefined;
  const info = { uri, languageId, length: text.length } as DocumentInfo;
  Object.defineProperty(info, 'sha256', {
    enumerable: true,
    get: () => (hash ??= sha256Hex(text)),
  });
  return info;
}
