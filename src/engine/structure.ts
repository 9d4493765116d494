// Document structure: the blocks (paragraphs, headings, list items) in document order, the
// title, and a "clean" copy of the text in which everything that is not prose (Markdown markup,
// code, HTML, link targets, web debris such as photo counters) is blanked with spaces. The clean
// copy has the same length as the text, so every later step shares the document's offsets.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { findDates } from './dates';
import { trimEndWhere } from './textTrim';
import { isSpokenLine } from './terms';
import { FUNCTION_WORDS } from './lexicon/words';
import { HONORIFICS as HONORIFIC_WORDS } from './lexicon/titles';

export type BlockKind = 'paragraph' | 'heading' | 'bullet' | 'dateline' | 'debris';

export interface Block {
  /** Where the block's prose starts and ends (markers and surrounding blanks excluded). */
  start: number;
  end: number;
  kind: BlockKind;
}

export interface Structure {
  clean: string;
  /** Every block, debris and datelines included, in document order. */
  blocks: Block[];
  /** The headline block, or null when the document has none (it opens with prose). */
  title: Block | null;
}

const DEBRIS_LINE = /^(?:[•·●▪◦*]\s*\d{1,4}(?::\d{2})?|\d{1,3}|(?:\*\s*){3,}|[-=_~]{3,}|[•·●▪◦]|\(?photo\)?)$/i;
/** A page's metadata line (`Subjects: Indonesia and ASEAN’s importance …`, `Tags: …`): a list of topics, not prose. */
const METADATA_LINE = /^(?:subjects?|topics?|tags|keywords|categories|filed under)[ \t]*:/i;
/** A page's accessibility link left in a scrape (`Skip to main content`, `Press "Enter" to skip to content`). */
const SKIP_LINK_LINE = /^(?:press\s+["“]?enter["”]?\s+to\s+)?(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search|footer)\.?$/i;
/** A link to another story left in a scrape (`Also Read:The Double Mask of …`, `Read more: …`, `Related: …`): its names are that story's. */
const RELATED_LINK_LINE = /^(?:also\s+read|read\s+(?:also|more)|see\s+also|related(?:\s+(?:news|stories|story|articles?|posts?))?|recommended|you\s+may\s+also\s+like)[ \t]*[:|–—]/i;
const isDebrisLine = (s: string): boolean => DEBRIS_LINE.test(s) || METADATA_LINE.test(s) || SKIP_LINK_LINE.test(s) || RELATED_LINK_LINE.test(s);
// (a day with its dot opens a date, not a numbered item: `2. August 2022`, `06. 11. 2019`)
const BULLET_MARKER = /^(?:[•·●▪◦‣∙\-–—*+]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+(?=\S)(?!(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?\s+\d{4}\b|\d{1,2}\.\s?\d{4}\b)/;
const TRAILING_SYMBOL = /[\s\p{S}\p{Extended_Pictographic}\u200d\ufe0f]/u;
const TERMINAL = /[.!?;:…"”»’)\]]$/;
const MID_SENTENCE_END = /[\p{L}\p{N},]$/u;
const EVENT_WORD = /\b(?:meeting|meets|met|talks|conversation|call|visit|visits|summit|conference|briefing|statement|declaration|remarks|interview|readout|press release|receives|received|holds|held|speaks|spoke|address|communiqu[eé])\b/i;

export function analyzeStructure(text: string, languageId: string): Structure {
  return languageId === 'markdown' ? markdownStructure(text) : plainStructure(text);
}

interface Line { start: number; end: number; contentStart: number; contentEnd: number }
/** Whether a line's last character closes a sentence (or a quotation or bracket around one). */
const endsTerminal = (text: string, l: Line): boolean => TERMINAL.test(text.slice(Math.max(l.contentStart, l.contentEnd - 1), l.contentEnd));

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let from = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    let cs = from;
    let ce = end;
    while (cs < ce && isBlank(text.charCodeAt(cs))) cs++;
    while (ce > cs && isBlank(text.charCodeAt(ce - 1))) ce--;
    lines.push({ start: from, end, contentStart: cs, contentEnd: ce });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return lines;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f;
}

/** Hard-wrapped text (lines cut at a fixed width) joins lines into paragraphs; otherwise each line is one. */
function looksHardWrapped(text: string, lines: Line[]): boolean {
  let continued = 0;
  let unterminated = 0;
  const widths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    const width = l.contentEnd - l.contentStart;
    widths.push(width);
    if (width < 40 || lines[i + 1].contentEnd === lines[i + 1].contentStart) continue;
    continued++;
    if (!endsTerminal(text, l)) unterminated++;
  }
  if (continued < 3 || unterminated / continued < 0.5) return false;
  if (widths.filter((w) => w > 130).length <= lines.length * 0.05) return true;
  // (a wider column, up to 200: most lines are then within a fifth of the widest, as a transcript cut at 150 is)
  // (a loop, not Math.max(...): a huge file has more lines than a call takes arguments)
  let max = 0;
  let wide = 0;
  for (const w of widths) if (w >= 40) { wide++; if (w > max) max = w; }
  let nearMax = 0;
  for (const w of widths) if (w >= 40 && w >= 0.8 * max) nearMax++;
  return continued >= 5 && max <= 200 && nearMax >= 0.7 * wide;
}

/** A line shorter than this share of the column ends a hard-wrapped paragraph (a wrapped line falls short only by a word). */
const SHORT_LINE = 0.6;

/** The column hard-wrapped lines were cut at: the widest line of 40 to 200 characters. */
function wrapColumn(lines: Line[]): number {
  let max = 0;
  for (const l of lines) {
    const w = l.contentEnd - l.contentStart;
    if (w >= 40 && w <= 200 && w > max) max = w;
  }
  return max;
}

/** A line that stops on a word or a comma, followed by one that starts in lower case: one sentence cut in two. */
function continuesSentence(text: string, previous: Line, line: Line): boolean {
  if (!MID_SENTENCE_END.test(text.slice(Math.max(previous.contentStart, previous.contentEnd - 2), previous.contentEnd))) return false;
  const first = text.charCodeAt(line.contentStart);
  return first >= 97 && first <= 122;
}

function plainStructure(text: string): Structure {
  const lines = splitLines(text);
  const wrapped = looksHardWrapped(text, lines);
  const column = wrapped ? wrapColumn(lines) : 0;
  const blanks: [number, number][] = [];
  const blocks: Block[] = [];
  let run: Line[] = [];
  // (a list item's run starts past its marker, and goes on over the lines that continue it)
  let bulletStart = -1;
  const flush = (): void => {
    if (run.length === 0) return;
    const start = bulletStart >= 0 ? bulletStart : run[0].contentStart;
    const end = run[run.length - 1].contentEnd;
    blocks.push({ start, end, kind: bulletStart >= 0 ? 'bullet' : 'paragraph' });
    run = [];
    bulletStart = -1;
  };
  let bodyBegun = false;
  for (const line of lines) {
    if (line.contentStart === line.contentEnd) { flush(); continue; }
    const content = text.slice(line.contentStart, line.contentEnd);
    if (isDebrisLine(content)) {
      flush();
      blocks.push({ start: line.contentStart, end: line.contentEnd, kind: 'debris' });
      blanks.push([line.contentStart, line.contentEnd]);
      continue;
    }
    const bullet = BULLET_MARKER.exec(content);
    if (bullet) {
      flush();
      const start = line.contentStart + bullet[0].length;
      blanks.push([line.contentStart, start]);
      // (its text may wrap onto the next lines, as a numbered joint statement copied from a PDF does: `2. The two leaders
      // reaffirmed that the India-Sri Lanka bilateral` / `partnership is underpinned by …`)
      run.push(line);
      bulletStart = start;
      continue;
    }
    // (one line broken in the middle of a sentence, as a copy from a PDF or an e-mail leaves it, joins the next when that
    // goes on in lower case: `… and we will open` / `a trade house in Ulaanbaatar next year,” the President stressed.`)
    // (not in the header lines before the first sentence's stop: a headline may go on in lower case on a second line)
    // (in hard-wrapped text, a line far shorter than the column ends its paragraph when it ends a sentence, or in the header
    // before the first sentence: `High Commission of India` / `Colombo` / `India - Sri Lanka Joint Statement: …`)
    const previous = run.length > 0 ? run[run.length - 1] : null;
    const shortEnd = wrapped && previous !== null && previous.contentEnd - previous.contentStart < column * SHORT_LINE
      && (!bodyBegun || endsTerminal(text, previous));
    if (shortEnd || (!wrapped && !(previous !== null && bodyBegun && continuesSentence(text, previous, line)))) flush();
    run.push(line);
    if (!bodyBegun) bodyBegun = endsTerminal(text, line);
  }
  flush();
  const clean = readTypedMarks(blankInlineDebris(blankRanges(text, blanks)));
  classifyBlocks(clean, blocks);
  return { clean, blocks, title: pickTitle(clean, blocks) };
}

/** Datelines and short unpunctuated lines (headings) are told apart from prose paragraphs. */
function classifyBlocks(clean: string, blocks: Block[]): void {
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const s = clean.slice(b.start, b.end);
    if (isDateline(s)) { b.kind = 'dateline'; continue; }
    // a headline in capitals is a heading however long
    if (isShouting(s)) { b.kind = 'heading'; continue; }
    // a heading is short: long blocks are prose whatever their ending
    if (s.length > 160) continue;
    // trailing emoji and symbols do not hide a sentence's final stop
    const body = trimEndWhere(s, (c) => TRAILING_SYMBOL.test(c));
    // (the words are counted last: most short paragraphs end with a stop)
    if (!/[.!?;…]["”»’)]?$/.test(body) && !/:$/.test(body) && !/[.!?]["”»’)]?\s/.test(body) && countWords(s, 13) <= 12 && !isSpokenLine(s)) b.kind = 'heading';
  }
}

/** A line that is a date, optionally with a time and a place: `21 August 202013:53`, `February 25, 2016, Minsk`. */
function isDateline(s: string): boolean {
  if (s.length > 80) return false;
  const dates = findDates(s);
  if (dates.length === 0) return false;
  let rest = blankRanges(s, dates.map((d) => [d.start, d.end]));
  rest = rest.replace(/\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?/gi, ' ').replace(/\bdate\b/gi, ' ');
  // what is left may only be a place: at most four capitalized words
  const words = rest.split(/[\s,.\-–—|/]+/).filter(Boolean);
  return words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()) && !HONORIFIC_WORDS.has(w.toLowerCase()));
}

/** The words of s, counted up to `max` (the callers only compare the count with a small number). */
function countWords(s: string, max: number): number {
  let n = 0;
  const re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;
  while (n < max && re.exec(s)) n++;
  return n;
}

/**
 * The headline: among the opening blocks before the first real paragraph, the first with three
 * or more words; one that names an event (meeting, talks, statement…) is preferred.
 */
function pickTitle(clean: string, blocks: Block[]): Block | null {
  const candidates: Block[] = [];
  let seen = 0;
  for (const b of blocks) {
    if (b.kind === 'debris' || b.kind === 'dateline') continue;
    if (++seen > 5) break;
    const s = clean.slice(b.start, b.end);
    const words = countWords(s, 30);
    // (a headline may be long, `Video conference of …: Remarks by … at the press conference`, but has no final stop)
    if (b.kind !== 'heading' && (words >= 30 || /[.!?,]["”»’]?$/.test(s.trimEnd()))) break;
    // a breadcrumb (`Home > Foreign Ministry Spokesperson's Remarks`) or a menu is not a headline
    if (words >= 3 && !/(?:^|\s)(?:>|»|\||\/)\s|^home\b/i.test(s)) candidates.push(b);
  }
  return candidates.find((b) => EVENT_WORD.test(clean.slice(b.start, b.end))) ?? candidates[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Markdown: remark-parse gives the block tree with exact offsets; only text nodes are prose.

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const markdown = unified().use(remarkParse);

const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n[\s\S]{0,20000}?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/;

function markdownStructure(text: string): Structure {
  // front matter is metadata, not prose; blanked (newlines kept) so remark does not read it as a heading
  // remark drops a leading byte order mark from its offsets; a space in its place keeps them the document's
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(bom);
  const fm = FRONT_MATTER.exec(body);
  const blanked = fm ? blankOf(body.slice(0, fm[0].length)) + body.slice(fm[0].length) : body;
  // runs of more than 32 emphasis marks are not prose, and micromark is cubic in them; nor are runs of brackets, in which
  // it is quadratic (10,000 `[` then 10,000 `]`: 0.7 s alone, 3.6 s in a full test run)
  const source = limitNesting(' '.repeat(bom) + blanked).replace(/[*_]{33,}|\[{33,}|\]{33,}/g, (run) => ' '.repeat(run.length));
  const kept: [number, number][] = [];
  const blocks: Block[] = [];
  let firstHeading: Block | null = null;

  // every walk is iterative: Markdown nested thousands deep (`>>>>…`, `- - - …`) must not overflow the stack
  const SKIPPED_INLINE = new Set(['inlineCode', 'html', 'image', 'imageReference']);
  /** The text nodes' ranges under a node, in order: inline code, HTML, images and link targets stay out. */
  let offset = 0; // where the chunk being walked starts in the document
  const textRanges = (node: MdNode): [number, number][] => {
    const out: [number, number][] = [];
    const stack: MdNode[] = [node];
    while (stack.length) {
      const n = stack.pop() as MdNode;
      if (n.type === 'text') {
        const a = n.position?.start.offset;
        const b = n.position?.end.offset;
        if (a !== undefined && b !== undefined && b > a) out.push([a + offset, b + offset]);
        continue;
      }
      if (SKIPPED_INLINE.has(n.type)) continue;
      const children = n.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return out;
  };
  const addBlock = (node: MdNode, kind: BlockKind): void => {
    const ranges = textRanges(node);
    if (ranges.length === 0) return;
    kept.push(...ranges);
    let end = ranges[0][1];
    for (const r of ranges) if (r[1] > end) end = r[1];
    const block: Block = { start: ranges[0][0], end, kind };
    blocks.push(block);
    if (kind === 'heading' && !firstHeading) firstHeading = block;
  };
  type Task = { node: MdNode; inList: boolean; as?: BlockKind };
  const walk = (root: MdNode, inList: boolean): void => {
    const stack: Task[] = [{ node: root, inList }];
    const pushChildren = (tasks: Task[]): void => { for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i]); };
    while (stack.length) {
      const { node, inList: listed, as } = stack.pop() as Task;
      if (as) { addBlock(node, as); continue; }
      switch (node.type) {
        case 'heading': addBlock(node, 'heading'); break;
        case 'paragraph': addBlock(node, listed ? 'bullet' : 'paragraph'); break;
        case 'listItem': {
          // its first paragraph is the bullet; the rest are paragraphs or blocks of their own
          let first = true;
          pushChildren((node.children ?? []).map((c) => {
            if (c.type !== 'paragraph') return { node: c, inList: false };
            const task: Task = { node: c, inList: false, as: first ? 'bullet' : 'paragraph' };
            first = false;
            return task;
          }));
          break;
        }
        case 'code': case 'html': case 'thematicBreak': case 'definition': case 'yaml': case 'table': break;
        default: pushChildren((node.children ?? []).map((c) => ({ node: c, inList: listed })));
      }
    }
  };
  for (const chunk of chunks(source)) {
    offset = chunk.start;
    walk(markdown.parse(source.slice(chunk.start, chunk.end)) as MdNode, false);
  }
  const clean = keepRanges(text, kept);
  // web debris survives Markdown too (`• 1` is a paragraph to remark)
  for (const b of blocks) {
    const s = clean.slice(b.start, b.end).trim();
    if (isDebrisLine(s)) {
      b.kind = 'debris';
    } else if (b.kind === 'paragraph' && isDateline(s)) b.kind = 'dateline';
  }
  const title = firstHeading ?? pickTitle(clean, blocks);
  return { clean: readTypedMarks(blankInlineDebris(blankDebris(clean, blocks))), blocks, title };
}

/** Markdown is parsed in pieces of about this many characters (see chunks): small enough that
 * micromark's quadratic cost within a piece stays small, large enough that the pieces are few.
 * (2,000, not 4,000: 5,400 short block quotes, 170 KB, took 1.7 s to structure in pieces of 4,000 and 1.2 s in pieces of
 * 2,000; 1 MB of Markdown readouts 1.1 s and 0.7–0.8 s; 1,000 was no faster.) */
const CHUNK = 2_000;

/**
 * remark-parse (micromark) takes time quadratic in the number of block quotes and lists in one
 * parse: 4,000 one-line quotes take 3 s. Markdown blocks are local, so the document is parsed in
 * pieces cut where a new block must start anyway: after a blank line, before a line at the left
 * margin, outside fenced code. (A reference link defined in another piece reads as plain text.)
 */
function chunks(source: string): { start: number; end: number }[] {
  if (source.length <= CHUNK) return [{ start: 0, end: source.length }];
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let fence: string | null = null;
  let previousBlank = false;
  let at = 0;
  for (const line of source.split(/(?<=\n)/)) {
    const trimmed = line.trimStart();
    const marker = /^(`{3,}|~{3,})/.exec(trimmed.slice(0, 20));
    const blank = trimmed.length === 0;
    if (fence === null && previousBlank && !blank && /^[^\s]/.test(line) && at - start >= CHUNK) {
      out.push({ start, end: at });
      start = at;
    }
    if (marker && line.length - trimmed.length < 4) {
      if (fence === null) fence = marker[1][0];
      else if (marker[1][0] === fence) fence = null;
    }
    previousBlank = blank;
    at += line.length;
  }
  out.push({ start, end: source.length });
  return out;
}

/** Deeper than this, list and quote markers at a line's start are read as plain spaces. */
const MAX_NESTING = 32;

/**
 * remark-parse takes quadratic time on lists nested thousands deep (`- - - - …`: 6 s for 5,000
 * levels). No readout nests so; past MAX_NESTING markers a line's further markers become spaces
 * (same length, so offsets hold), and what follows is read as indented code, which is skipped.
 */
function limitNesting(source: string): string {
  const head = source.slice(0, 200_000);
  if (!DEEP_LIST.test(head) && !DEEP_QUOTE.test(head)) return source;
  return source.split(/(?<=\n)/).map((line) => {
    let i = 0;
    let depth = 0;
    let cut = -1;
    for (;;) {
      let j = i;
      while (j < line.length && j - i < 3 && (line[j] === ' ' || line[j] === '\t')) j++;
      const c = line[j];
      if (c !== '-' && c !== '*' && c !== '+' && c !== '>') break;
      j++;
      while (j < line.length && (line[j] === ' ' || line[j] === '\t')) j++;
      if (++depth === MAX_NESTING + 1) cut = i;
      i = j;
    }
    return cut < 0 ? line : line.slice(0, cut) + ' '.repeat(i - cut) + line.slice(i);
  }).join('');
}
const DEEP_LIST = /(?:[-*+>][ \t]+){33}/;
const DEEP_QUOTE = /(?:>[ \t]*){33}/;

/** Link notes a scrape leaves inside sentences, glued to names: `Vjosa Osmani(link is external)`. */
const INLINE_DEBRIS = /\((?:link is external|external link|opens in (?:a )?new (?:window|tab)|link sends e-?mail)\)/gi;

function blankInlineDebris(clean: string): string {
  if (!clean.includes('(')) return clean;
  return clean.replace(INLINE_DEBRIS, (m) => ' '.repeat(m.length));
}

/** Two apostrophes typed for a quotation mark, as typewriter copy and PDFs have them: `''The set of documents …'', he said`. */
const DOUBLED_OPENING = /(?<![\p{L}\p{N}'])''(?=[\p{L}\p{N}])/gu;
const DOUBLED_CLOSING = /(?<=[\p{L}\p{N}.,!?])''(?![\p{L}\p{N}'])/gu;

/** The clean text reads such a pair as one double mark and a space (same length, so every offset stays). */
function readTypedMarks(clean: string): string {
  // (and the Arabic comma of a translation as a comma: `Senior Advisor to Secretary of State, Brian Hook، who is …`)
  const commas = clean.includes('\u060C') ? clean.replace(/\u060C/g, ',') : clean;
  if (!commas.includes("''")) return commas;
  return commas.replace(DOUBLED_OPENING, ' "').replace(DOUBLED_CLOSING, '" ');
}

function blankDebris(clean: string, blocks: Block[]): string {
  return blankRanges(clean, blocks.filter((b) => b.kind === 'debris').map((b) => [b.start, b.end]));
}

/** As many spaces as `s` has characters, its line breaks kept. (Whole runs at a time: a replacement per
 * character made the Markdown path spend half its time collecting the small strings.) */
function blankOf(s: string): string {
  let out = '';
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    out += ' '.repeat(i - at) + s[i];
    at = i + 1;
  }
  return out + ' '.repeat(s.length - at);
}

/** The text with the given sorted, disjoint ranges replaced by spaces (line breaks kept). */
export function blankRanges(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += text.slice(at, s) + blankOf(text.slice(s, e));
    at = e;
  }
  return out + text.slice(at);
}

/** The text with everything outside the given sorted, disjoint ranges replaced by spaces (line breaks kept). */
function keepRanges(text: string, ranges: [number, number][]): string {
  const blanks: [number, number][] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) blanks.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < text.length) blanks.push([at, text.length]);
  return blankRanges(text, blanks);
}

/** A block written in capitals: four words or more and at least four in five letters upper case. */
export function isShouting(s: string): boolean {
  // most blocks show a lower-case letter at once: decide on the first 40 letters before counting all
  if (s.length > 600 || /[a-z].*[a-z].*[a-z]/.test(s.slice(0, 40))) return false;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const lower = c.toLowerCase();
    const up = c.toUpperCase();
    if (lower === up) continue;
    letters++;
    if (c === up) upper++;
  }
  return letters >= 16 && upper / letters >= 0.8 && countWords(s, 4) >= 4;
}

/** Blocks that carry prose: where quotes, speech and commitments are looked for. */
export function isProse(b: Block): boolean {
  return b.kind === 'paragraph' || b.kind === 'bullet';
}
