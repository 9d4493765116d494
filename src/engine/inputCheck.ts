// Decides whether a text is something the engine should read at all: binary data and
// oversized documents get a clear reason instead of a slow or meaningless annotation.

/**
 * Default size above which views decline politely (characters) when the engine has to run on
 * the caller's thread. The engine itself has no limit. At 2–4 MB/s, one million characters (far
 * above the longest transcript of remarks) keeps each pause under about half a second; the
 * extension allows more when its worker thread runs the engine (src/extension/sizeLimit.ts).
 */
export const DEFAULT_SIZE_LIMIT = 1_000_000;

export type InputVerdict =
  | { ok: true }
  | { ok: false; reason: 'binary' | 'too-large'; message: string };

/** How much of the text is sampled for the binary test: the verdict must be cheap on huge inputs. */
const SAMPLE = 8192;

/**
 * A text is binary when its first 8 KB hold a NUL character or mostly control characters
 * (what `git` and `grep` do), or many U+FFFD replacement characters (bytes that were not UTF-8).
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return false;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
    else if (c === 0xfffd) replacement++;
  }
  return control / n > 0.1 || replacement / n > 0.1;
}

export function checkInput(text: string, sizeLimit: number = Infinity): InputVerdict {
  if (looksBinary(text)) {
    return { ok: false, reason: 'binary', message: 'looks like a binary file (control characters or invalid UTF-8), not a readout' };
  }
  if (text.length > sizeLimit) {
    const mb = (text.length / 1e6).toFixed(1);
    return { ok: false, reason: 'too-large', message: `is ${mb} million characters, above the limit of ${(sizeLimit / 1e6).toFixed(1)} million` };
  }
  return { ok: true };
}
