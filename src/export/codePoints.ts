// Offsets in Unicode code points, as W3C Web Annotation and brat count them, from the model's
// UTF-16 code units. One linear pass builds the table; every lookup after that is O(1), so an
// export with thousands of spans stays linear in the document length.

export interface CodePointIndex {
  /** The code-point offset of a UTF-16 offset (0 … text.length). */
  at(utf16Offset: number): number;
  /** The document length in code points. */
  readonly length: number;
}

export function codePointIndex(text: string): CodePointIndex {
  const table = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const c = text.charCodeAt(i);
    // a high surrogate followed by a low one is one code point: its second unit maps to the
    // same code point, so an offset that (wrongly) splits a pair still lands on that character
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        table[i + 1] = points;
        i++;
      }
    }
    points++;
  }
  table[text.length] = points;
  return {
    length: points,
    at(utf16Offset: number): number {
      if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
        throw new RangeError(`offset ${utf16Offset} outside the document (0…${text.length})`);
      }
      return table[utf16Offset];
    },
  };
}

/** Whether a UTF-16 offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
