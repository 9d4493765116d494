// Document structure: the blocks (paragraphs, headings, list items) in document order, the
// title, and a "clean" copy of the text in which everything that is not prose (Markdown markup,
// code, HTML, link targets, web debris such as photo counters) is blanked with spaces. The clean
// copy has the same length as the text, so every later step shares the document's offsets.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { findDates } from './dates';
import { trimEndWhere } from './textTrim';

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
const BULLET_MARKER = /^(?:[•·●▪◦‣∙\-–—*+]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+(?=\S)/;
const TRAILING_SYMBOL = /[\s\p{S}\p{Extended_Pictographic}\u200d\ufe0f]/u;
const TERMINAL = /[.!?;:…"”»’)\]]$/;
const EVENT_WORD = /\b(?:meeting|meets|met|talks|conversation|call|visit|visits|summit|conference|briefing|statement|declaration|remarks|interview|readout|press release|receives|received|holds|held|speaks|spoke|address|communiqu[eé])\b/i;

export function analyzeStructure(text: string, languageId: string): Structure {
  return languageId === 'markdown' ? markdownStructure(text) : plainStructure(text);
}

interface Line { start: number; end: number; contentStart: number; contentEnd: number }

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
  let long = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    const width = l.contentEnd - l.contentStart;
    if (width > 130) long++;
    if (width < 40 || lines[i + 1].contentEnd === lines[i + 1].contentStart) continue;
    continued++;
    if (!TERMINAL.test(text.slice(Math.max(l.contentStart, l.contentEnd - 1), l.contentEnd))) unterminated++;
  }
  return continued >= 3 && unterminated / continued >= 0.5 && long <= lines.length * 0.05;
}

function plainStructure(text: string): Structure {
  const lines = splitLines(text);
  const wrapped = looksHardWrapped(text, lines);
  const blanks: [number, number][] = [];
  const blocks: Block[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const start = run[0].contentStart;
    const end = run[run.length - 1].contentEnd;
    blocks.push({ start, end, kind: 'paragraph' });
    run = [];
  };
  for (const line of lines) {
    if (line.contentStart === line.contentEnd) { flush(); continue; }
    const content = text.slice(line.contentStart, line.contentEnd);
    if (DEBRIS_LINE.test(content)) {
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
      blocks.push({ start, end: line.contentEnd, kind: 'bullet' });
      continue;
    }
    if (!wrapped) { flush(); run.push(line); flush(); continue; }
    run.push(line);
  }
  flush();
  const clean = blankRanges(text, blanks);
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
    const words = countWords(s);
    // trailing emoji and symbols do not hide a sentence's final stop
    const body = trimEndWhere(s, (c) => TRAILING_SYMBOL.test(c));
    if (words <= 12 && !/[.!?;…]["”»’)]?$/.test(body) && !/:$/.test(body) && !/[.!?]["”»’)]?\s/.test(body)) b.kind = 'heading';
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
  return words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

function countWords(s: string): number {
  let n = 0;
  const re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;
  while (re.exec(s)) n++;
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
    const words = countWords(s);
    if (b.kind !== 'heading' && (words >= 15 || /[.!?]["”»’]?$/.test(s))) break;
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

const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n[\s\S]{0,20000}?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/;

function markdownStructure(text: string): Structure {
  // front matter is metadata, not prose; blanked (newlines kept) so remark does not read it as a heading
  const fm = FRONT_MATTER.exec(text);
  const source = fm ? text.slice(0, fm[0].length).replace(/[^\r\n]/g, ' ') + text.slice(fm[0].length) : text;
  const tree = unified().use(remarkParse).parse(source) as MdNode;
  const kept: [number, number][] = [];
  const blocks: Block[] = [];
  let firstHeading: Block | null = null;

  const copyText = (node: MdNode): void => {
    if (node.type === 'text') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined && e > s) kept.push([s, e]);
      return;
    }
    // inline code, HTML, images and link targets stay blank; links keep their visible text
    if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return;
    for (const child of node.children ?? []) copyText(child);
  };
  const proseRange = (node: MdNode): [number, number] | null => {
    let lo = Infinity;
    let hi = -Infinity;
    const visit = (n: MdNode): void => {
      if (n.type === 'text') {
        const s = n.position?.start.offset;
        const e = n.position?.end.offset;
        if (s !== undefined && e !== undefined && e > s) { lo = Math.min(lo, s); hi = Math.max(hi, e); }
        return;
      }
      if (n.type === 'inlineCode' || n.type === 'html' || n.type === 'image' || n.type === 'imageReference') return;
      for (const c of n.children ?? []) visit(c);
    };
    visit(node);
    return lo < hi ? [lo, hi] : null;
  };
  const addBlock = (node: MdNode, kind: BlockKind): void => {
    copyText(node);
    const r = proseRange(node);
    if (!r) return;
    const block: Block = { start: r[0], end: r[1], kind };
    blocks.push(block);
    if (kind === 'heading' && !firstHeading) firstHeading = block;
  };
  const walk = (node: MdNode, inList: boolean): void => {
    switch (node.type) {
      case 'heading': addBlock(node, 'heading'); return;
      case 'paragraph': addBlock(node, inList ? 'bullet' : 'paragraph'); return;
      case 'listItem': {
        let first = true;
        for (const c of node.children ?? []) {
          if (c.type === 'paragraph') { addBlock(c, first ? 'bullet' : 'paragraph'); first = false; }
          else walk(c, false);
        }
        return;
      }
      case 'code': case 'html': case 'thematicBreak': case 'definition': case 'yaml': case 'table': return;
      default: for (const c of node.children ?? []) walk(c, inList);
    }
  };
  walk(tree, false);
  const clean = keepRanges(text, kept);
  // web debris survives Markdown too (`• 1` is a paragraph to remark)
  for (const b of blocks) {
    const s = clean.slice(b.start, b.end).trim();
    if (DEBRIS_LINE.test(s)) {
      b.kind = 'debris';
    } else if (b.kind === 'paragraph' && isDateline(s)) b.kind = 'dateline';
  }
  const title = firstHeading ?? pickTitle(clean, blocks);
  return { clean: blankDebris(clean, blocks), blocks, title };
}

function blankDebris(clean: string, blocks: Block[]): string {
  return blankRanges(clean, blocks.filter((b) => b.kind === 'debris').map((b) => [b.start, b.end]));
}

/** The text with the given sorted, disjoint ranges replaced by spaces (line breaks kept). */
export function blankRanges(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += text.slice(at, s) + text.slice(s, e).replace(/[^\r\n]/g, ' ');
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
  return letters >= 16 && upper / letters >= 0.8 && countWords(s) >= 4;
}

/** Blocks that carry prose: where quotes, speech and commitments are looked for. */
export function isProse(b: Block): boolean {
  return b.kind === 'paragraph' || b.kind === 'bullet';
}
