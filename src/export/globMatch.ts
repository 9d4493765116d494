// Matches relative paths (`reports/2024/release.txt`) against the folder-export glob
// (`**/*.{txt,md}`): `**` spans folders, `*` and `?` stay within a name, `[a-z]`/`[!x]` are
// classes, `{a,b}` alternatives. Case-insensitive, like file names on Windows and macOS.
// No regular expressions: the matcher is a dynamic programme over path segments and a
// two-pointer wildcard match within a name, so a hostile pattern costs at most
// (pattern length × path length) steps instead of backtracking exponentially.

type Token = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: [string, string][] };

/** Alternatives beyond this many are ignored: `{a,b}{c,d}…` grows as a product. */
const MAX_ALTERNATIVES = 256;

export function compileGlob(pattern: string): (path: string) => boolean {
  const normalized = pattern.trim().replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  const alternatives = expandBraces(normalized).map((p) => p.split('/').filter((s) => s.length > 0).map(segmentMatcher));
  return (path: string) => {
    const segments = path.replace(/\\/g, '/').split('/').filter((s) => s.length > 0).map((s) => s.toLowerCase());
    return alternatives.some((parts) => matchSegments(parts, segments));
  };
}

type SegmentMatcher = 'globstar' | Token[];

function segmentMatcher(segment: string): SegmentMatcher {
  return segment === '**' ? 'globstar' : tokenize(segment.toLowerCase());
}

function matchSegments(parts: SegmentMatcher[], segments: string[]): boolean {
  const width = segments.length + 1;
  // memo[p * width + s]: 0 unknown, 1 matches, 2 does not
  const memo = new Uint8Array((parts.length + 1) * width);
  // iterative from the end, so deep folders do not grow the call stack
  for (let p = parts.length; p >= 0; p--) {
    for (let s = segments.length; s >= 0; s--) {
      let ok: boolean;
      if (p === parts.length) ok = s === segments.length;
      else if (parts[p] === 'globstar') ok = memo[(p + 1) * width + s] === 1 || (s < segments.length && memo[p * width + s + 1] === 1);
      else ok = s < segments.length && matchName(parts[p] as Token[], segments[s]) && memo[(p + 1) * width + s + 1] === 1;
      memo[p * width + s] = ok ? 1 : 2;
    }
  }
  return memo[0] === 1;
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) { tokens.push({ kind: 'char', char: c }); continue; }
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-' && j + 2 < body.length) { ranges.push([body[j], body[j + 2]]); j += 2; }
        else ranges.push([body[j], body[j]]);
      }
      tokens.push({ kind: 'class', negated, ranges });
      i = close;
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

function matchToken(token: Token, c: string): boolean {
  switch (token.kind) {
    case 'char': return token.char === c;
    case 'any': return true;
    case 'class': return token.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== token.negated;
    case 'star': return false;
  }
}

/** Wildcard match with one remembered star: linear in practice, (tokens × name) at worst. */
function matchName(tokens: Token[], name: string): boolean {
  let t = 0;
  let n = 0;
  let starT = -1;
  let starN = 0;
  while (n < name.length) {
    if (t < tokens.length && tokens[t].kind === 'star') { starT = t++; starN = n; }
    else if (t < tokens.length && matchToken(tokens[t], name[n])) { t++; n++; }
    else if (starT >= 0) { t = starT + 1; n = ++starN; }
    else return false;
  }
  while (t < tokens.length && tokens[t].kind === 'star') t++;
  return t === tokens.length;
}

/** `a{b,c}d` → `abd`, `acd`; nested braces expand from the inside out. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.lastIndexOf('{');
  if (open < 0) return [pattern];
  const close = pattern.indexOf('}', open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  // inner braces first: `{a,b{c,d}}` passes through `{a,bc}` and `{a,bd}`, so drop repeats
  const results = new Set<string>();
  for (const option of pattern.slice(open + 1, close).split(',')) {
    for (const expanded of expandBraces(head + option + tail)) {
      if (results.size >= MAX_ALTERNATIVES) return [...results];
      results.add(expanded);
    }
  }
  return [...results];
}
