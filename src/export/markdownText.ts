// Document text made safe to print inside Markdown (CommonMark and GitHub's dialect): words
// from a readout must read as words, never as emphasis, links, HTML, tables, math or lists.
// Only characters that can start a construct are escaped, so the brief stays readable as
// plain text in a terminal too.

/** Escaped wherever they stand: emphasis, code, links, HTML, table cells, strikethrough, math, headings. */
const ALWAYS = /[\\`*_[\]<>|~$#]/g;
/** An HTML entity or character reference (`&amp;`, `&#39;`), which a renderer would decode. */
const ENTITY = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g;
/** What would open a block at the start of a line: a list item, a setext underline, an ordered list. */
const LINE_START = /^(?:([-+=])|([0-9]{1,9})([.)]))/;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\v\f\x85]/;

function escapeLine(line: string): string {
  const escaped = line.trim().replace(ALWAYS, '\\$&').replace(ENTITY, '\\&');
  return escaped.replace(LINE_START, (_m, sign: string | undefined, digits: string | undefined, dot: string | undefined) =>
    sign !== undefined ? `\\${sign}` : `${digits}\\${dot}`);
}

/** One line of inline text: line breaks become spaces, runs of whitespace one space. */
export function inlineText(text: string): string {
  return escapeLine(text.split(LINE_BREAK).join(' ').replace(/\s+/g, ' '));
}

/** Text as a blockquote, one `>` line per line of the text (a blank line stays a paragraph break). */
export function blockquote(text: string): string {
  return text
    .trim()
    .split(LINE_BREAK)
    .map((line) => {
      const escaped = escapeLine(line.replace(/\s+/g, ' '));
      return escaped ? `> ${escaped}` : '>';
    })
    .join('\n');
}
