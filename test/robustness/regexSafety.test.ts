// Issue 5, "no catastrophic backtracking": EVERY regular expression in src/ checked by recheck.
//
// How every regex is found (soundly, not by grepping):
//  1. ./regex/regexSites.ts parses src/ with the TypeScript compiler API and lists each regex
//     literal (its pattern is in the source), each `new RegExp(…)`/`RegExp(…)` call, and each
//     `match`/`matchAll`/`search` call whose argument is a string (the string becomes a regex).
//  2. A constructor's pattern is often assembled from word lists by functions, so rather than
//     partially evaluate TypeScript, ./regex/captureBuiltRegexes.ts runs the real code: in a
//     fresh process it replaces the global RegExp with a recording proxy, loads every src/
//     module (module-level regexes are built on load), and runs the engine and every export on
//     a workload (samples, composed, mutated readouts) to build the ones made inside functions.
//     Each built regex carries the file:line of the `new RegExp` that made it (source-mapped).
//  3. Coverage: every constructor call site found in step 1 must have been seen in step 2, and
//     every implicit string-to-regex call must have a literal argument; otherwise the test fails
//     naming the site (hoist the regex to module level, or extend the workload). Nothing is
//     passed unchecked. (A site built from runtime values is checked for the values the workload
//     produced: keep such patterns to a fixed set, as quotes.ts does with its two apostrophes.)
// recheck runs offline here with its bundled native binary (`check`, auto backend: the native
// agent, else the jar, else the pure-JS worker); two checks run at a time, with a fixed random
// seed. Verdicts (safe or vulnerable, never unknown) are cached in node_modules/.cache by recheck
// version, pattern, flags and parameters, so only new or changed regexes cost time on a rerun.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from 'recheck';
import type { Diagnostics } from 'recheck';
import { VerdictCache } from './regex/verdictCache';
import { ROOT, findRegexSites } from './regex/regexSites';
import type { RegexSite } from './regex/regexSites';
import type { BuiltRegex } from './regex/captureBuiltRegexes';

interface Checked {
  pattern: string;
  flags: string;
  where: string[];
}

function captureBuilt(): BuiltRegex[] {
  const dir = mkdtempSync(join(tmpdir(), 'readout-regex-'));
  try {
    const out = join(dir, 'built.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'regex', 'captureBuiltRegexes.ts'), out], {
      cwd: ROOT, encoding: 'utf8', timeout: 120_000,
    });
    if (run.status !== 0) throw new Error(`capturing built regexes failed (${run.signal ?? run.status}):\n${run.stderr.slice(0, 3000)}`);
    return JSON.parse(readFileSync(out, 'utf8')) as BuiltRegex[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A readable verdict: the attack string recheck found, shortened. */
function verdict(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `vulnerable (${d.complexity.summary}); attack: ${d.attack.pattern.slice(0, 200)}`;
  if (d.status === 'unknown') return `unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`;
  return d.status;
}

// (the fuzzer's own clocks are off: with them, a match slowed by a busy machine reached its 1 s attack timeout and a linear
// pattern was reported polynomial; its limits on characters read bound the work instead, the same on any machine. Without
// them the largest pattern, THAT_CUE, took 25–35 s on stop 26's machine. The whole check of one pattern may take 10 minutes
// before it is called unknown, which fails the test: with 3 minutes, four patterns that stop 26's machine decided in time
// ran out of it on stop 27's, about 3.5 times slower, in a fresh clone's CI; the verdict does not depend on the clock, only
// whether one comes)
const PARAMS = { randomSeed: 42, timeout: 600_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;

/** recheck on every regex, `parallel` at a time, through the cache. */
async function checkAll(regexes: Checked[], parallel: number): Promise<Map<Checked, string>> {
  const cache = new VerdictCache(PARAMS);
  const out = new Map<Checked, string>();
  const flagsOf = (r: Checked): string => r.flags.replace(/[^dgimsuyv]/g, '');
  const fresh: Checked[] = [];
  for (const r of regexes) {
    const v = cache.get(r.pattern, flagsOf(r));
    if (v === undefined) fresh.push(r);
    else out.set(r, v);
  }
  // (a new pattern recheck cannot decide keeps a run busy for up to ten minutes per check: name the new ones first, so a
  // run that seems to hang says which patterns it is checking; a fresh clone checks them all, and gets one line)
  if (fresh.length > 0 && fresh.length <= 20) for (const r of fresh) process.stderr.write(`      recheck: new or changed pattern at ${r.where.join(', ')}\n`);
  else if (fresh.length > 20) process.stderr.write(`      recheck: ${fresh.length} patterns not in the cache (a fresh clone: about ten minutes)\n`);
  const took: [Checked, number][] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < fresh.length) {
      const r = fresh[next++];
      const flags = flagsOf(r);
      const started = Date.now();
      const d = await check(r.pattern, flags, PARAMS);
      took.push([r, Date.now() - started]);
      const v = verdict(d);
      if (d.status !== 'unknown') cache.set(r.pattern, flags, v);
      out.set(r, v);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  cache.save();
  // the slowest checks of this run: a pattern that grew near recheck's limit shows here before it reaches it
  for (const [r, ms] of took.sort((a, b) => b[1] - a[1]).slice(0, 5)) {
    if (ms >= 10_000) process.stderr.write(`      recheck: ${(ms / 1000).toFixed(0)} s for ${r.where.join(', ')}\n`);
  }
  return out;
}

describe('robustness: every regular expression in src/ is safe from catastrophic backtracking', function () {
  // (a fresh clone checks every pattern: about 10 minutes on a slow two-vCPU machine, a few patterns near their 10 each)
  this.timeout(3_600_000);
  let sites: RegexSite[] = [];
  let built: BuiltRegex[] = [];
  const checked = new Map<string, Checked>();

  before(() => {
    sites = findRegexSites();
    built = captureBuilt();
    const add = (pattern: string, flags: string, where: string): void => {
      const key = `/${pattern}/${[...flags].sort().join('')}`;
      const c = checked.get(key) ?? { pattern, flags, where: [] };
      if (!c.where.includes(where)) c.where.push(where);
      checked.set(key, c);
    };
    for (const s of sites) {
      if (s.kind === 'literal') add(s.pattern, s.flags, s.where);
      if (s.kind === 'implicit' && s.pattern !== null) add(s.pattern, '', s.where);
    }
    for (const b of built) add(b.pattern, b.flags, b.where);
  });

  it('finds the regexes of src/ (literals, constructors and string-to-regex calls)', () => {
    const literals = sites.filter((s) => s.kind === 'literal').length;
    const constructors = sites.filter((s) => s.kind === 'constructor').length;
    assert.ok(literals >= 50, `only ${literals} regex literals found in src/`);
    assert.ok(constructors >= 5, `only ${constructors} RegExp constructor calls found in src/`);
    assert.ok(sites.some((s) => s.where.startsWith('src/engine/quotes.ts')), 'the quote finder is among them');
  });

  it('has seen every RegExp constructor call site build its regex (no site unchecked)', () => {
    const seen = new Set(built.map((b) => b.where));
    const unseen = sites.filter((s) => s.kind === 'constructor' && !seen.has(s.where));
    assert.deepEqual(unseen.map((s) => `${s.where}: ${(s as { code: string }).code}`), [],
      'constructor sites the workload never reached (hoist them to module level or extend the workload in captureBuiltRegexes.ts)');
  });

  it('has no string-to-regex call with a pattern it cannot read', () => {
    const unreadable = sites.filter((s) => s.kind === 'implicit' && s.pattern === null);
    assert.deepEqual(unreadable.map((s) => `${s.where}: ${(s as { code: string }).code}`), []);
  });

  // recheck reads lookbehinds as if they cost nothing; V8 runs one from every position it is tried at, so an unbounded
  // quantifier in one (`(?<=said\s+)`) reads a run of spaces again from each of its positions: quadratic
  it('has no lookbehind with an unbounded quantifier (recheck does not analyse them)', () => {
    const unbounded = [...checked.values()].filter((c) => lookbehinds(c.pattern).some(hasUnboundedQuantifier))
      .map((c) => `${c.where.join(', ')}: /${c.pattern.slice(0, 160)}/`);
    assert.deepEqual(unbounded, []);
  });
  it('tells a bounded lookbehind from an unbounded one (so the check above can fail)', () => {
    assert.equal(lookbehinds('a(?<=said,?\\s+)b').some(hasUnboundedQuantifier), true);
    assert.equal(lookbehinds('a(?<=said,?\\s{1,3})b(?<![.!?…])').some(hasUnboundedQuantifier), false);
    assert.equal(lookbehinds('(?<!\\b(?:not|never)\\s)be').some(hasUnboundedQuantifier), false);
    assert.equal(lookbehinds('x(?<=[+*]{2})').some(hasUnboundedQuantifier), false);
  });

  it('recheck finds none of them vulnerable', async () => {
    const verdicts = await checkAll([...checked.values()], 2);
    const failures = [...verdicts].filter(([, v]) => v !== 'safe').map(([c, v]) =>
      `${c.where.join(', ')}: /${c.pattern.length > 160 ? c.pattern.slice(0, 160) + '…' : c.pattern}/${c.flags} is ${v}`);
    assert.equal(failures.length, 0, `${failures.length} of ${checked.size} regexes are not proven safe:\n${failures.join('\n')}`);
  });
});

/** The bodies of the lookbehind groups of a pattern (`(?<=…)`, `(?<!…)`), nested groups included. */
function lookbehinds(pattern: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') { i++; continue; }
    if (!pattern.startsWith('(?<=', i) && !pattern.startsWith('(?<!', i)) continue;
    let depth = 0;
    let inClass = false;
    for (let j = i; j < pattern.length; j++) {
      const c = pattern[j];
      if (c === '\\') { j++; continue; }
      if (inClass) { if (c === ']') inClass = false; continue; }
      if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) { out.push(pattern.slice(i + 4, j)); break; }
    }
  }
  return out;
}

/** Whether a pattern has `+`, `*` or `{n,}` outside character classes and escapes. */
function hasUnboundedQuantifier(body: string): boolean {
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '+' || c === '*') return true;
    else if (c === '{' && /^\{\d+,\}/.test(body.slice(i))) return true;
  }
  return false;
}
