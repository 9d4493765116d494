// Every regular expression literal in src/export and the extension's export files, checked by
// recheck for catastrophic backtracking (document text and user globs reach them).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';

const ROOT = join(__dirname, '..', '..');
const FILES = [
  ...readdirSync(join(ROOT, 'src', 'export')).filter((f) => f.endsWith('.ts')).map((f) => join('src', 'export', f)),
  ...readdirSync(join(ROOT, 'src', 'extension')).filter((f) => /^export.*\.ts$/.test(f)).map((f) => join('src', 'extension', f)),
];

/** Regex literals of a TypeScript source: a `/` where an expression starts, up to its closing `/` and flags. */
function regexLiterals(source: string): { pattern: string; flags: string }[] {
  const found: { pattern: string; flags: string }[] = [];
  const code = source.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) => ' '.repeat(m.length)); // drop comments
  for (let i = 0; i < code.length; i++) {
    if (code[i] === "'" || code[i] === '"' || code[i] === '`') {
      const quote = code[i];
      for (i++; i < code.length && code[i] !== quote; i++) if (code[i] === '\\') i++;
      continue;
    }
    if (code[i] !== '/') continue;
    let j = i - 1;
    while (j >= 0 && /\s/.test(code[j])) j--;
    if (j >= 0 && !'=(,:!&|?;{}[+'.includes(code[j]) && !/\breturn$|\btest$/.test(code.slice(Math.max(0, j - 6), j + 1))) continue;
    let k = i + 1;
    let inClass = false;
    for (; k < code.length && code[k] !== '\n'; k++) {
      if (code[k] === '\\') { k++; continue; }
      if (code[k] === '[') inClass = true;
      else if (code[k] === ']') inClass = false;
      else if (code[k] === '/' && !inClass) break;
    }
    if (code[k] !== '/') continue;
    let end = k + 1;
    while (/[a-z]/.test(code[end] ?? '')) end++;
    found.push({ pattern: code.slice(i + 1, k), flags: code.slice(k + 1, end) });
    i = end - 1;
  }
  return found;
}

describe('export: regular expressions', () => {
  it('finds the regex literals it checks', () => {
    const all = FILES.flatMap((f) => regexLiterals(readFileSync(join(ROOT, f), 'utf8')));
    assert.ok(all.length >= 10, `only ${all.length} found`);
    assert.ok(all.some((r) => r.pattern.includes('\\x1c')), 'the brat line-break class is among them');
  });

  for (const file of FILES) {
    it(`${file}: none is open to catastrophic backtracking`, () => {
      for (const { pattern, flags } of regexLiterals(readFileSync(join(ROOT, file), 'utf8'))) {
        const result = checkSync(pattern, flags.replace(/[^gimsuy]/g, ''));
        const complexity = 'complexity' in result ? ` (${JSON.stringify(result.complexity)})` : '';
        assert.equal(result.status, 'safe', `/${pattern}/${flags} is ${result.status}${complexity}`);
      }
    });
  }
});
